// The compact Step B strip at the top of eLicensing pages. Built with plain DOM calls (text
// only, never HTML) instead of Preact: it is the eLicensing content script's whole UI, and
// that script has a 15 kB budget. It renders the engine's eLicensing action; it decides nothing.
import type { Report } from '../lib/model';
import { dateLabel } from './format';

type StripStatus = 'unread' | 'unknown' | 'done' | 'not-done';

interface StripContent {
  status: StripStatus;
  tone: 'warning' | 'info' | 'success';
  lead: string | null;
  text: string;
}

/** What the strip says, from the report's eLicensing action (pure: tested without a DOM). */
export function stepBStripContent(report: Report | null, unreadReason?: string | null): StripContent {
  if (unreadReason) {
    const reason = unreadReason.replace(/^could not read this page:\s*/i, '');
    return { status: 'unread', tone: 'warning', lead: null, text: `Recert Copilot could not read this page: ${reason}.` };
  }
  if (!report) {
    return { status: 'unknown', tone: 'info', lead: null, text: 'Recert Copilot: open your license page to check Step B.' };
  }
  if (report.renewed || report.stepB.status === 'done') {
    return { status: 'done', tone: 'success', lead: 'Step B done', text: ` — eLicensing shows ${dateLabel(report.stepB.licenseExpiresOn)}.` };
  }
  const action = report.nextActions.find((a) => a.where.site === 'elicensing');
  if (!action) {
    return { status: 'unknown', tone: 'info', lead: null, text: 'Recert Copilot: nothing to do on eLicensing yet.' };
  }
  const by = action.by ? ` by ${dateLabel(action.by)}` : '';
  const shows = report.stepB.licenseExpiresOn ? ` eLicensing shows ${dateLabel(report.stepB.licenseExpiresOn)}.` : '';
  return {
    status: 'not-done',
    tone: action.urgency === 'later' ? 'info' : 'warning',
    lead: action.id === 'submit-elicensing' ? 'Renewal not submitted' : 'Step B not done',
    text: ` —${shows} ${action.what}${by}. ${action.why}`,
  };
}

/** Replaces the container's content with the strip. */
export function renderStepBStrip(container: HTMLElement, report: Report | null, unreadReason?: string | null): HTMLElement {
  const content = stepBStripContent(report, unreadReason);
  const doc = container.ownerDocument;
  const strip = doc.createElement('div');
  strip.className = `rc-theme rc-strip rc-strip-${content.tone}`;
  strip.dataset.testid = 'step-b-strip';
  strip.dataset.status = content.status;
  strip.setAttribute('role', 'status');
  if (content.lead) {
    const lead = doc.createElement('strong');
    lead.textContent = content.lead;
    strip.append(lead);
  }
  // Text built around page words (the reader's reason) is isolated: a right-to-left override
  // inside cannot reorder the strip's own words.
  const text = doc.createElement('bdi');
  text.textContent = content.text;
  strip.append(text);
  container.replaceChildren(strip);
  return strip;
}
