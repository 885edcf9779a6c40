// eLicensing's renewal application (Step B): where it stands, in the site's own words. The
// site's guide: "Show Details" on the license → "Start a … - Renewal Application" → "Start
// Application" → photo, "I Agree", e-signature → pay → submit. Leaving after paying and before
// submitting leaves the renewal incomplete: the reader tells "paid" from "submitted".
import type { LicenseEvent, RenewalApplication } from '../model';
import { matchLabel, splitLabelled } from './labels';
import type { ScanEvent } from './scan';
import { isElicensingSubmitWording } from './submit-control';
import { consistsOf, findPhrase, hasPhrase, isPhrase, phrases, startsWithPhrase, textAfterPhrase, TITLE_PARTS, wordsOf, yesOrNo, type Phrases } from './words';
import { trimChars } from './cut';

type State = NonNullable<RenewalApplication['state']>;

const NOT_SUBMITTED = phrases('not submitted', 'not yet submitted');
// Checked in order: "Submitted - In Review" is in review; "Not Submitted" is started, not
// submitted; "Incomplete" is not "complete".
const STATE_FORMS: ReadonlyArray<[State, Phrases]> = [
  ['paid-not-submitted', phrases('pending submission', 'awaiting submission', 'ready to submit')],
  ['not-started', phrases('not started', 'not yet started')],
  ['in-review', phrases('in review', 'under review', 'pending review', 'pending approval', 'processing')],
  ['started', NOT_SUBMITTED],
  ['approved', phrases('approved', 'issued', 'complete', 'completed', 'renewed')],
  ['submitted', phrases('submitted', 'received')],
  ['started', phrases('in progress', 'started', 'draft', 'incomplete', 'saved', 'pending payment', 'payment due', 'payment required')],
];
// The states that say the applicant's part is over.
export const DONE: ReadonlySet<State> = new Set(['submitted', 'in-review', 'approved']);
const PAID_WORD = phrases('paid', 'payment received', 'fee received');
// A status chip holds nothing but the statuses' words ("Submitted - Under Review"; not a step
// "Submit - not completed").
const STATE_CHIP = phrases(
  ...STATE_FORMS.flatMap(([, forms]) => forms.list.flat()).filter((word) => word !== 'submit' && word !== 'to'),
  'paid',
);

// "Will not be renewed", "has not yet been approved": a state's word after these is denied.
const DENIALS = new Set(['not', 'never', 'until', 'unless']);

/** Whether a state's words appear in the words and not right after a denial ("will not be renewed"). */
function saysState(words: readonly string[], forms: Phrases): boolean {
  for (let found = findPhrase(words, forms); found; found = findPhrase(words, forms, found.at + 1)) {
    if (!words.slice(Math.max(0, found.at - 3), found.at).some((word) => DENIALS.has(word))) return true;
  }
  return false;
}

/**
 * A renewal status in eLicensing's words ("Submitted - In Review") → its state. A status is its
 * first sentence ("Incomplete. Your fee has been received, but … will not be renewed until you
 * click Submit."): what follows explains it, and is read only when the first says nothing.
 */
export function renewalStateFromText(text: string): State | null {
  return stateIn(text.split(/[.!?]\s/)[0]!) ?? stateIn(text);
}

function stateIn(text: string): State | null {
  const all = wordsOf(text);
  // The fee's words say nothing of the application ("Payment Received" is not "Received").
  const fee = findPhrase(all, PAID_WORD);
  const words = fee ? [...all.slice(0, fee.at), ...all.slice(fee.at + fee.length)] : all;
  for (const [state, forms] of STATE_FORMS) {
    // "Paid - Not Submitted", "Incomplete – Payment Received": the trap, in the status itself.
    if (saysState(words, forms)) return fee && state === 'started' ? 'paid-not-submitted' : state;
  }
  return null;
}

const START_APPLICATION = phrases('start application', 'i agree', 'continue application', 'resume application');
// The fee, then what was done to it: "Payment received", "Your payment was received", "The
// renewal fee has been paid" (read without their auxiliaries, see paymentWords). Written out:
// the content script imports this module, and a bundler keeps a computed list.
const PAID = phrases(
  'payment received', 'payment successful', 'payment complete', 'payment completed', 'payment confirmed', 'payment processed',
  'payment paid', 'fee received', 'fee processed', 'fee paid', 'fees paid', 'payment of received', 'amount paid', 'paid in full', 'receipt', 'transaction id', 'transaction number',
);
const AUXILIARIES = ['was', 'were', 'has', 'have', 'been'];
// A payment label's value states the fee first, its details after ("Paid 11/24/2026 ·
// Confirmation …", "Not paid — $125.00 due"); a value that also doubts it says nothing.
const FEE_PAID = phrases('paid', 'received', 'confirmed', 'processed', 'complete', 'completed', 'successful');
const FEE_UNPAID = phrases('not', 'unpaid', 'due', 'outstanding', 'failed', 'declined');
// A step or a row that names the fee ("Make Payment", "Payment – Renewal Fee").
const FEE_STEP = phrases('payment', 'fee');
const FEE_DOUBT = phrases('pending', 'refund*', 'partial*', 'balance');
// Advice says what would happen ("once your payment has been processed", "after your application
// has been submitted"), not what did: the words after these in a sentence state nothing.
const ADVICE = phrases('if', 'once', 'after', 'when', 'until', 'unless', 'before');
const UNPAID = phrases(
  'not paid', 'not yet paid', 'unpaid', 'payment due', 'payment required', 'payment pending', 'pending payment',
  'balance due', 'amount due',
);
// Read without auxiliaries too: "application has been submitted" is "application submitted".
const SUBMITTED = phrases(
  'application submitted', 'submitted successfully',
  'thank you for submi*', 'thank you for your submi*',
);
const RENEWAL_WORDS = phrases('renewal application');
const BARE_STATUS = phrases('status', 'state');
const EMPTY_BOXES = ['☐', '□', '[ ]'];
const BOXES = [...EMPTY_BOXES, '☑', '☒', '✓', '✔'];
const START_RENEWAL = phrases('start a', 'start an');

/** The control that starts a renewal: "Start a EMT - Renewal Application". */
export function isStartRenewal(text: string): boolean {
  const words = wordsOf(text);
  return text.length <= 80 && isPhrase(words.slice(0, 2), START_RENEWAL) && isPhrase(words.slice(-2), RENEWAL_WORDS);
}

/** A text that names a renewal application ("Paramedic - Renewal Application"). */
export function namesRenewalApplication(text: string): boolean {
  return hasPhrase(text, RENEWAL_WORDS);
}

/** A name line ("EMT - Renewal Application (Late)"): a part opens with the words; a sentence mentioning them does not. */
export function isRenewalApplicationName(text: string): boolean {
  return text.split(TITLE_PARTS).some((part) => isPhrase(wordsOf(part).slice(0, 2), RENEWAL_WORDS));
}

/** Headings, lines and controls that name a renewal application (page kind evidence). */
export function showsRenewalApplication(events: readonly ScanEvent[], title: string): boolean {
  if (namesRenewalApplication(title)) return true;
  return events.some((e) => (e.kind === 'heading' || e.kind === 'button') && namesRenewalApplication(e.text));
}


/**
 * Payment words with the amounts and auxiliaries left out: "Payment of $125.00 received" ->
 * payment of received; "Your fee has been paid" -> your fee paid.
 */
function paymentWords(text: string): string[] {
  return wordsOf(text).filter((word) => Number.isNaN(Number(word)) && !AUXILIARIES.includes(word));
}

/** Whether a sentence of the text says one of the phrases as a fact, not after advice's words. */
function states(text: string, set: Phrases): boolean {
  return text.split('. ').some((sentence) => {
    const words = paymentWords(sentence);
    for (let found = findPhrase(words, set); found; found = findPhrase(words, set, found.at + 1)) {
      if (!hasPhrase(words.slice(0, found.at), ADVICE)) return true;
    }
    return false;
  });
}

/**
 * Whether a sentence says the application is not submitted ("has not yet been submitted"), not
 * as a rule ("is not submitted until you click Submit").
 */
function statesNotSubmitted(text: string): boolean {
  return text.split('. ').some((sentence) => {
    const words = paymentWords(sentence);
    const found = findPhrase(words, NOT_SUBMITTED);
    return found !== null && !DENIALS.has(words[found.at + found.length] ?? '');
  });
}

/** What a payment label's value says of the fee: its first words ("Paid 11/24/2026 · Confirmation …"), else nothing. */
function feeStated(value: string): boolean | null {
  const words = wordsOf(value);
  // "Paid: not submitted" (a sentence's bold words read as a pair) says nothing against the fee.
  if (isPhrase(words, NOT_SUBMITTED)) return null;
  if (startsWithPhrase(words, FEE_UNPAID)) return false;
  return startsWithPhrase(words, FEE_PAID) && !hasPhrase(words, FEE_UNPAID) && !hasPhrase(words, FEE_DOUBT) ? true : null;
}

/**
 * What a line says of the fee, given what earlier lines said: an amount due makes it unpaid, a
 * receipt paid; "Balance Due $0.00" owes nothing.
 */
function paidIn(text: string, before: boolean | null): boolean | null {
  let amount = false;
  for (const sentence of text.split('. ')) {
    const words = wordsOf(sentence);
    // Advice's unpaid ("After paying, … or it sits there unpaid-looking") states nothing.
    const due = findPhrase(words, UNPAID);
    if (due && !hasPhrase(words.slice(0, due.at), ADVICE) && Number.parseFloat(trimChars(textAfterPhrase(sentence, UNPAID)!, '$:')) !== 0) return false;
    // A receipt's amount beside "paid" ("Total paid … $150.00", "$150.00 Paid"): not "not paid", nor a part of it.
    const paid = words.indexOf('paid');
    amount ||= paid >= 0 && words[paid - 1] !== 'not' && !hasPhrase(words.slice(0, paid), ADVICE) && !hasPhrase(words, FEE_DOUBT) && dollars(sentence) > 0;
    // An amount and then "received" ("$125.00 received 11/28/2026", a Payment column's cell): the fee came in.
    amount ||= AMOUNT_RECEIVED.test(sentence) && !hasPhrase(words, FEE_DOUBT);
  }
  return before ?? (amount || states(text, PAID) ? true : null);
}

const AMOUNT_RECEIVED = /\$\s?\d[\d,]*(?:\.\d\d)?\s+received\b/i;

/** The largest dollar amount a text shows ("$1,150.00"), else 0. */
function dollars(text: string): number {
  return Math.max(0, ...text.split('$').slice(1).map((after) => Number.parseFloat(after.replaceAll(',', ''))).filter((n) => !Number.isNaN(n)));
}

/**
 * The renewal application as the page shows it, or null when it shows nothing of one. A
 * labelled status wins (`column`: the one its table's status column shows), then a status chip after the application's name; else the page's
 * evidence: a submission confirmation, a payment receipt (with or without the submit control
 * still there), the start controls. An unfinished status with the fee shown paid is the trap:
 * paid, not submitted.
 */
export function readRenewalApplication(events: readonly LicenseEvent[], column: State | null = null): RenewalApplication | null {
  return readRenewalShown(events, column).renewal;
}

/** The renewal the page shows, and whether a line says it is "not yet submitted" (whatever a status beside it says). */
export function readRenewalShown(events: readonly LicenseEvent[], column: State | null = null): { renewal: RenewalApplication | null; saysNotSubmitted: boolean } {
  // A status under its column (the application's row in a table, a database tool's "app_status") is labelled too.
  let labelled: State | null = column;
  let chip: State | null = null;
  let named = false;
  let paid: boolean | null = null;
  let submitted = false;
  // The submit control shown, and whether it can be used: a disabled one ("available after
  // payment") is still the application's own control on the page.
  let submitControl = false;
  let submitLive = false;
  let started = false;
  let startable = false;
  let saysNotSubmitted = false;
  // The line before: a step's name over its "Status: …" in a card ("Payment – Renewal Fee").
  let step = '';
  // The short line right under a heading naming the application's status ("Application status" over a chip) states it.
  let underStatus = false;
  // A step's status just read, drawn again as a line of its own (no chip of the application).
  let stepValue: string | null = null;
  for (const event of events) {
    const before = step;
    step = event.kind === 'title' ? event.text : '';
    const afterStatus = underStatus;
    underStatus = event.kind === 'heading' && hasPhrase(event.text, BARE_STATUS) && matchLabel(event.text, ['renewalStatus', 'applicationStatus']) !== null;
    // A chip's few words, not a sentence ("Étiquette In Review": a kit's label for screen readers before it).
    if (afterStatus && labelled === null && event.kind === 'title' && wordsOf(event.text).length <= 4) labelled = renewalStateFromText(event.text);
    const echo = stepValue !== null && event.kind === 'title' && event.text === stepValue;
    stepValue = null;
    if (event.kind === 'table') {
      // A fees table: "Renewal Fee | $125.00 | Amount Due". A progress row whose status comes
      // before its step ("✓ Paid $125.00 | 03/04/2026 | Payment – Renewal Fee") states the fee first.
      for (const row of event.rows) paid = paidIn(row, paid) ?? ((feeStated(row) && hasPhrase(row, FEE_STEP)) || null);
      continue;
    }
    // A <dt> whose words are no known label ("Renewal fee") is read with its <dd> ("$125.00 — not yet paid").
    // A checklist line marked by a box ("Fee paid ☑") is a statement, never the label of the next line.
    const marked = event.kind === 'pair' && BOXES.some((mark) => event.label.includes(mark));
    const text = event.kind === 'pair' ? (marked ? event.label : `${event.label}: ${event.value}`) : event.dd === undefined ? event.text : `${event.text}: ${event.dd}`;
    // A bare "Status" under a step's line ("Photo uploaded 11/19/2026" over "Status: Complete") is the step's, not the application's (a table's is the application's).
    const stepStatus = event.kind === 'pair' && !event.inTable && before !== '' && !namesRenewalApplication(before) && isPhrase(wordsOf(event.label), BARE_STATUS);
    if (stepStatus) stepValue = event.value;
    else if (event.kind === 'pair' && labelled === null && matchLabel(event.label, ['renewalStatus'])) {
      labelled = renewalStateFromText(event.value);
    }
    // A step card's status ("Status:", "State:") is read with its step's name, as a progress table's row is.
    if (event.kind === 'pair' && before && matchLabel(event.label, ['renewalStatus', 'applicationStatus'])) paid = paidIn(`${before} ${event.value}`, paid);
    // "Application #… · Started 02/02/2026 · Status: In Progress": a labelled status inside a line.
    if (event.kind === 'title' && labelled === null) {
      for (const piece of text.split('·')) {
        const split = splitLabelled(piece.trim(), ['renewalStatus']);
        if (split) labelled = renewalStateFromText(split.value);
      }
    }
    // "Fee paid: No" (a check box left off): the label's words say nothing of themselves. A fee
    // stated unpaid wins, as an amount due does.
    const checked = event.kind === 'pair' && matchLabel(event.label, ['payment']) ? (yesOrNo(event.value) ?? feeStated(event.value)) : null;
    if (checked !== null) {
      paid = checked && (paid ?? true);
      continue;
    }
    // A printed checklist's empty box ("Fee paid ☐", "[ ] Application submitted"): the line does not hold.
    const box = EMPTY_BOXES.find((mark) => text.includes(mark));
    if (box) {
      if (matchLabel(trimChars(text.replace(box, ''), ' :'), ['payment'])) paid ??= false;
      continue;
    }
    const words = wordsOf(text);
    // The start controls may be links or buttons; the submit control is a button.
    if (isPhrase(words, START_APPLICATION)) started = true;
    if (isStartRenewal(text)) startable = true;
    if (event.kind === 'button') {
      if (isElicensingSubmitWording(text)) {
        submitControl = true;
        if (!event.disabled) submitLive = true;
      }
      continue;
    }
    if (hasPhrase(words, RENEWAL_WORDS)) named = true;
    else if (named && chip === null && !echo && event.kind === 'title' && consistsOf(words, STATE_CHIP)) chip = renewalStateFromText(text);
    paid = paidIn(text, paid);
    if (states(text, SUBMITTED)) submitted = true;
    if (statesNotSubmitted(text)) saysNotSubmitted = true;
  }
  // A chip saying done beside a live submit control or "not yet submitted" is a step's status
  // ("Photo ✓ Complete"), not the application's: done is never guessed from it.
  if (chip !== null && DONE.has(chip) && (submitLive || saysNotSubmitted)) chip = null;
  // A line saying it is not submitted outweighs one saying it is (a pasted row's "Application Submitted" column title): never a guessed done.
  let state: State | null =
    labelled ??
    chip ??
    (submitted && !saysNotSubmitted
      ? 'submitted'
      : paid === true
        ? 'paid-not-submitted'
        : started || submitLive || paid === false
          ? 'started'
          : startable
            ? 'not-started'
            : null);
  if (state === 'started' && paid === true && !submitted) state = 'paid-not-submitted';
  const renewal = state === null ? null : { state, paid: paid ?? (state === 'paid-not-submitted' ? true : null), submitControl };
  return { renewal, saysNotSubmitted };
}
