// What makes a page an eLicensing license page. Kept apart from the classifier so the eLicensing
// content script can recognise its pages without bundling the NREMT readers.
import { matchLabel } from './labels';
import type { ScanEvent } from './scan';
import { laterLayout, tableLayout } from './table';
import { LICENSE_FIELDS } from './license-events';
import { normaliseSpace } from './text';
import { hasPhrase, isPhrase, phrases, runTogetherWordsOf } from './words';

const ELICENSING_HEADING = phrases(
  'manage my licenses', 'manage my licenses and applications', 'my licenses', 'my licenses and applications',
  'license detail*', 'license information',
);
const ELICENSING_WORDS = phrases('health profession* licensing', 'healthprofessionlicensing', 'manage my licenses');

/** A heading that names eLicensing's license pages ("Manage My Licenses and Applications"). */
export function isElicensingHeading(text: string): boolean {
  return isPhrase(cleanHeading(text), ELICENSING_HEADING);
}

/** The site's own name ("Health Professions Licensing") in a title or heading. */
export function hasElicensingWords(text: string): boolean {
  return hasPhrase(runTogetherWordsOf(text), ELICENSING_WORDS);
}

// What people call the site ("eLicensing", "e-Licensing"): a page's name in its title or heading,
// never a sentence's word (an NREMT page tells Step B "on eLicensing").
const SITE_NICKNAME = phrases('e licensing');

/** The site's name or its nickname ("eLicensing – My Licenses"): only for a title or a heading. */
export function namesElicensingSite(text: string): boolean {
  return hasElicensingWords(text) || hasPhrase(runTogetherWordsOf(text), SITE_NICKNAME);
}

/**
 * The site's own name in the title, a heading or a short line: a printout's letterhead or an
 * account card ("Health Professions Licensing account") names the site as well as its header.
 */
export function namesElicensing(events: readonly ScanEvent[], title: string): boolean {
  return namesElicensingSite(title) || events.some((e) => (e.kind === 'heading' && namesElicensingSite(e.text)) || (e.kind === 'title' && e.text.length <= 80 && hasElicensingWords(e.text)));
}

export function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function isElicensingHost(url: string | null): boolean {
  return hostOf(url).endsWith('healthprofessionlicensing.mass.gov');
}

/** A heading's words without trailing qualifiers ("My Licenses | Health Professions Licensing"). */
export function cleanHeading(text: string): string {
  let end = text.length;
  for (const mark of [':', '|']) {
    const at = text.indexOf(mark);
    if (at >= 0 && at < end) end = at;
  }
  return normaliseSpace(text.slice(0, end));
}

/** A page title's first part ("My Licenses | Health Professions Licensing" -> "My Licenses"). */
export function titleHead(title: string): string {
  const text = normaliseSpace(title);
  let end = text.length;
  for (const mark of [' | ', ' – ', ' — ', ' - ']) {
    const at = text.indexOf(mark);
    if (at >= 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

export interface LicenseEvidence {
  /** The site's own name appears in the title or a heading. */
  elicensingWords: boolean;
  /** A table with a License Number column, or a "License Number" label on an eLicensing page. */
  licenseTable: boolean;
}

export function licenseEvidence(events: ScanEvent[], title: string, url: string | null): LicenseEvidence {
  const elicensingWords = namesElicensing(events, title);
  const onElicensing = isElicensingHost(url) || elicensingWords;
  let licenseTable = false;
  for (const event of events) {
    if (event.kind === 'table') {
      const layout = tableLayout(event.el, ['licenseNumber', 'expiresOn']) ?? laterLayout(event.el, LICENSE_FIELDS);
      if (layout && layout.columns.licenseNumber !== undefined) licenseTable = true;
    } else if (onElicensing && matchLabel(event.kind === 'pair' ? event.label : event.text, ['licenseNumber'])) {
      // A label, or a header cell drawn as a line of its own (a PDF turned to placed boxes: "License #").
      licenseTable = true;
    }
    if (licenseTable) break;
  }
  return { elicensingWords, licenseTable };
}
