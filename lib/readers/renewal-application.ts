// eLicensing's renewal application (Step B): where it stands, in the site's own words. The
// site's guide: "Show Details" on the license → "Start a … - Renewal Application" → "Start
// Application" → photo, "I Agree", e-signature → pay → submit. Leaving after paying and before
// submitting leaves the renewal incomplete: the reader tells "paid" from "submitted".
import type { RenewalApplication } from '../model';
import { matchLabel } from './labels';
import type { ScanEvent } from './scan';
import { isElicensingSubmitWording } from './submit-control';

type State = NonNullable<RenewalApplication['state']>;

// Order matters: "Submitted - In Review" is in review; "Paid, not submitted" is not submitted;
// "Incomplete" is not "complete".
const STATE_FORMS: ReadonlyArray<[State, RegExp]> = [
  ['paid-not-submitted', /\bpaid\b.*\bnot (?:yet )?submitted\b|\bpending submission\b|\bawaiting submission\b|\bready to submit\b/i],
  ['not-started', /\bnot (?:yet )?started\b/i],
  ['in-review', /\bin review\b|\bunder review\b|\bpending (?:review|approval)\b|\bprocessing\b/i],
  ['approved', /\bapproved\b|\bissued\b|\bcompleted?\b|\brenewed\b/i],
  ['submitted', /\bsubmitted\b|\breceived\b/i],
  ['started', /\bin progress\b|\bstarted\b|\bdraft\b|\bincomplete\b|\bsaved\b|\bpending payment\b|\bpayment (?:due|required)\b/i],
];

/** A renewal status in eLicensing's words ("Submitted - In Review") → its state. */
export function renewalStateFromText(text: string): State | null {
  for (const [state, form] of STATE_FORMS) if (form.test(text)) return state;
  return null;
}

/** The control that starts a renewal: "Start a EMT - Renewal Application". */
export const START_RENEWAL = /^start an? .{0,60}renewal application$/i;
const START_APPLICATION = /^(?:start application|i agree|continue application|resume application)$/i;
const PAID = /\bpayment (?:was )?(?:successful|complete|completed|received|confirmed|processed)\b|\bfee paid\b|\bamount paid\b|\breceipt\b|\btransaction (?:id|number)\b/i;
const UNPAID = /\bnot paid\b|\bunpaid\b|\bpayment (?:due|required)\b|\bbalance due\b/i;
const SUBMITTED = /\bapplication (?:has been |was )?submitted\b|\bsubmitted successfully\b|\bthank you for (?:your )?submi/i;
const RENEWAL_WORDS = /\brenewal application\b/i;

/** Headings, lines and controls that name a renewal application (page kind evidence). */
export function showsRenewalApplication(events: readonly ScanEvent[], title: string): boolean {
  if (RENEWAL_WORDS.test(title)) return true;
  return events.some((e) => (e.kind === 'heading' || e.kind === 'button') && RENEWAL_WORDS.test(e.text));
}

/**
 * The renewal application as the page shows it, or null when the page shows nothing of one.
 * A labelled status wins; else the page's evidence: a submission confirmation, a payment
 * receipt (with or without the submit control still there), the start controls.
 */
export function readRenewalApplication(events: readonly ScanEvent[]): RenewalApplication | null {
  let labelled: State | null = null;
  let paid: boolean | null = null;
  let submitted = false;
  let submitControl = false;
  let started = false;
  let startable = false;
  for (const event of events) {
    const text = event.kind === 'pair' ? `${event.label}: ${event.value}` : event.kind === 'table' ? '' : event.text;
    if (event.kind === 'pair' && labelled === null && matchLabel(event.label, ['renewalStatus'])) {
      labelled = renewalStateFromText(event.value);
    }
    const words = text.replace(/\s+/g, ' ').trim();
    // The start controls may be links or buttons; the submit control is a button.
    if (START_APPLICATION.test(words)) started = true;
    if (START_RENEWAL.test(words)) startable = true;
    if (event.kind === 'button') {
      if (isElicensingSubmitWording(words) && !event.disabled) submitControl = true;
      continue;
    }
    if (UNPAID.test(text)) paid = false;
    else if (PAID.test(text) && paid === null) paid = true;
    if (SUBMITTED.test(text)) submitted = true;
  }
  const state: State | null =
    labelled ??
    (submitted
      ? 'submitted'
      : paid === true
        ? 'paid-not-submitted'
        : started || submitControl || paid === false
          ? 'started'
          : startable
            ? 'not-started'
            : null);
  if (state === null) return null;
  return { state, paid: paid ?? (state === 'paid-not-submitted' ? true : null), submitControl };
}
