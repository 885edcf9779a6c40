// NREMT Recertification Application: its status, the Submit Application button, payment.
// Judged from the page's lines and what only the page can tell (application-evidence.ts), so it
// runs in the background for the content scripts (judge-page.ts).
import type { Application } from '../model';
import { applicationTableStatus, SUBMIT_ROW, SUBMIT_STEP } from './application-table';
import type { ApplicationEvidence } from './application-evidence';
import { matchLabel } from './labels';
import type { PageLine } from './page-lines';
import { consistsOf, findPhrase, hasPhrase, isPhrase, phrases, startsWithPhrase, wordSpans, wordsOf, yesOrNo, type Phrases } from './words';
import { withLeadingDate } from './parse-date';
import { SEPARATORS, trimChars } from './cut';
import { splitLabelled } from './labels';
import { kindFromHeading } from './classify';
import { isSubmitWording } from './submit-control';

type Status = NonNullable<Application['status']>;

// Order matters: "Not Submitted" also holds "submitted", "Not Started" also holds "started".
const STATUS_FORMS: ReadonlyArray<[Status, Phrases]> = [
  ['returned', phrases('returned', 'incomplete', 'immediate action required', 'action required', 'deficien*')],
  ['not-submitted', phrases('not submitted', 'not yet submitted', 'not been submitted', 'not yet been submitted', 'unsubmitted', 'ready to submit', 'awaiting submission', 'pending submission')],
  ['not-started', phrases('not started', 'not yet started', 'not begun', 'no application')],
  ['submitted', phrases('submitted', 'pending', 'under review', 'in review', 'awaiting review', 'awaiting approval')],
  ['approved', phrases('approved', 'recertified', 'accepted', 'complete', 'completed')],
  ['in-progress', phrases('in progress', 'started', 'draft', 'saved', 'open')],
];

export function applicationStatusFrom(text: string): Status | null {
  const words = wordsOf(text);
  for (const [status, form] of STATUS_FORMS) if (hasPhrase(words, form)) return status;
  return null;
}

// Where a status value's remark begins: "In Progress — 2 of 6 sections complete" is in progress.
const REMARK_CUTS = ['. ', ' — ', ' – ', ' - ', '; ', ' ('];

/** A value's first clause, before its remark. */
function firstClause(value: string): string {
  return value.slice(0, Math.min(...REMARK_CUTS.map((cut) => value.indexOf(cut)).filter((at) => at > 0), value.length));
}

/** A status value is its first clause: "In Progress. Your application is not submitted until …" is in progress. */
function valueStatus(value: string): Status | null {
  return applicationStatusFrom(firstClause(value)) ?? applicationStatusFrom(value.split('. ')[0]!);
}

const APPLICATION_WORD = phrases('application');
// Advice says what would happen ("is not submitted until you click Submit"), not what did.
const ADVICE = phrases('until', 'if', 'unless', 'once', 'when', 'before', 'after', 'can', 'will', 'must', 'should');
const STATUS_WORDS = phrases(...STATUS_FORMS.flatMap(([, form]) => form.list.map((phrase) => phrase.join(' '))), 'application', 'recertification');

/**
 * The status a sentence tells of the application ("Your … application was Returned Incomplete
 * on …", "Oct 20, 2026 — Application submitted", "Nov 9, 2026 — Approved"): the status words
 * after the word "application", or a sentence of status words alone; never advice.
 */
function sentenceStatus(sentence: string): Status | null {
  const words = wordsOf(sentence);
  if (words.length === 0 || words.length > 25 || hasPhrase(words, ADVICE)) return null;
  if (consistsOf(words, STATUS_WORDS)) return applicationStatusFrom(sentence);
  const named = findPhrase(words, APPLICATION_WORD);
  return named ? applicationStatusFrom(words.slice(named.at + 1).join(' ')) : quotedStatus(sentence);
}

const STATUS_NOUN = phrases('status');

/** "Overall status on the page reads "Not Submitted"": the status word, then the page's badge quoted. */
function quotedStatus(sentence: string): Status | null {
  const [before, quoted] = sentence.replaceAll('“', '"').replaceAll('”', '"').split('"');
  return quoted && hasPhrase(before!, STATUS_NOUN) && consistsOf(quoted, STATUS_WORDS) ? applicationStatusFrom(quoted) : null;
}

interface Told {
  status: Status;
  /** The date the line starts with (a timeline's entry), '' when none. */
  date: string;
}

/** What a line of prose or a timeline entry tells of the application's status. */
function toldIn(line: string): Told | null {
  // A timeline entry: the date, then what happened ("Nov 9, 2026 — Approved. Recertified …").
  const [date, rest] = withLeadingDate(line) ?? ['', line];
  let urgent: Told | null = null;
  for (const sentence of rest.split('. ')) {
    const status = sentenceStatus(trimChars(sentence, SEPARATORS));
    // A banner's lead-in "Immediate Action Required." yields to its own "… has not been submitted".
    if (status === 'returned' && !hasPhrase(sentence, RETURN_WORDS)) urgent ??= { status, date };
    else if (status && (!urgent || status === 'not-submitted')) return { status, date };
  }
  return urgent;
}

// Words only a returned application shows; "(Immediate) Action Required" alone may be a banner's urgency.
const RETURN_WORDS = phrases('returned', 'incomplete', 'deficien*');

const NOT_PAID = phrases('not paid', 'unpaid', 'due', 'outstanding', 'balance', 'payment required');
const PAID = phrases('paid', 'received', 'payment complete');

export function paidFrom(text: string): boolean | null {
  const words = wordsOf(text);
  if (hasPhrase(words, NOT_PAID)) return false;
  if (hasPhrase(words, PAID)) return true;
  return null;
}

// Bare status lines the page may show as a badge, without a label.
const STATUS_BADGE = phrases('returned incomplete', 'immediate action required', 'pending national registry review', 'pending review', 'submitted', 'not submitted', 'in progress', 'not started', 'approved');

// Where a badge's two parts meet ("Payment received — Not Submitted", "Paid · In Progress").
const BADGE_JOINS = [' — ', ' – ', ' - ', ' · ', ' | ', ' • '];

/**
 * A badge saying the payment and the status in one line: the status's part and what the payment's
 * part tells (a short part that speaks of paying); null when no part is the payment's.
 */
function paymentApart(text: string): { rest: string; paid: boolean } | null {
  for (const join of BADGE_JOINS) {
    const at = text.indexOf(join);
    if (at < 0) continue;
    const parts = [text.slice(0, at), text.slice(at + join.length)];
    for (const [i, part] of parts.entries()) {
      const paid = wordsOf(part).length <= 3 ? paidFrom(part) : null;
      if (paid !== null) return { rest: parts[1 - i]!, paid };
    }
  }
  return null;
}

function combinedBadge(text: string): boolean {
  const apart = paymentApart(text);
  return apart !== null && badgeFrom(apart.rest) !== null;
}

export interface ApplicationRead {
  application: Application;
  missing: string[];
}

const NREMT_WAITING_ON = phrases('training officer', 'medical director', 'sign off', 'signoff', 'agency', 'legal pathway', 'national registry review', 'immediate action');
const WAITING = phrases('pending', 'awaiting');

/** A bare badge: a status phrase alone, or "Pending/Awaiting" + whom NREMT waits on ("Pending Training Officer Sign Off"). */
function badgeFrom(text: string): Status | null {
  const words = wordsOf(text);
  const waiting = words.length <= 7 && findPhrase(words, WAITING)?.at === 0 && hasPhrase(words, NREMT_WAITING_ON);
  if (waiting) return 'submitted';
  return isPhrase(text, STATUS_BADGE) ? applicationStatusFrom(text) : null;
}

// The reasons NREMT gives for returning an application (its help pages' wording; "N/A to Topic",
// "Not State/CAPCE" and "Leadership/Management" are words apart at their slash).
const RETURN_REASONS = phrases('out of date', 'n a to topic', 'not ems related', 'not state capce', 'duplicate hours', 'instructor course', 'insufficient description', 'leadership management', 'course not accepted', 'document required');

/** NREMT's return reasons found in the page's lines, each once, in NREMT's words as shown. */
export function returnReasonsFrom(lines: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const line of lines) {
    const { words, ends } = wordSpans(line);
    for (let found = findPhrase(words, RETURN_REASONS); found; found = findPhrase(words, RETURN_REASONS, found.at + found.length)) {
      const last = found.at + found.length - 1;
      const key = words.slice(found.at, last + 1).join(' ');
      if (!seen.has(key)) seen.set(key, line.slice(ends[found.at]! - words[found.at]!.length, ends[last]));
    }
  }
  return [...seen.values()];
}


/**
 * A heading that names the application, then its status ("2026 Recertification Application In
 * Progress"), or the Submit step's heading with its status ("Submit · Not submitted"). Never
 * "approved": a section heading's "Complete" says the form is filled in, not that NREMT approved it.
 */
function headingStatus(text: string): Status | null {
  const words = wordsOf(text);
  const named = findPhrase(words, APPLICATION_WORD);
  const submit = findPhrase(words, SUBMIT_STEP);
  const rest = named ? words.slice(named.at + 1) : submit?.at === 0 ? words.slice(submit.length) : [];
  const status = rest.length > 0 && consistsOf(rest, STATUS_WORDS) ? applicationStatusFrom(rest.join(' ')) : null;
  if (status === 'approved' || (!named && status !== 'not-submitted' && status !== 'submitted')) return null;
  // "Application Incomplete" is a form not filled in yet; NREMT's return says "Returned".
  if (status === 'returned' && !rest.includes('returned')) return null;
  return status;
}

/**
 * The Submit step's status in a list of the application's sections ("Submit | Not Submitted — …",
 * a table's cells as lines; "Submit: Not submitted"): whether it was submitted. Another step's
 * "Complete" says a form is filled in, nothing of the application.
 */
function submitStepStatus(step: string, value: string): Status | null {
  if (!isPhrase(step, SUBMIT_STEP)) return null;
  const status = valueStatus(value);
  return status === 'not-submitted' || status === 'submitted' ? status : null;
}

/**
 * A line of the Submit step and its status only ("6. Submit — Not submitted", "Submit: Submitted
 * 11/30/2026", a row whose gap was lost "Submit  Not Submitted"); an instruction is none.
 */
function submitLineStatus(text: string): Status | null {
  const words = wordsOf(text).filter((word) => Number.isNaN(Number(word)));
  const step = findPhrase(words, SUBMIT_STEP);
  const rest = words.slice(step?.length);
  return step?.at === 0 && consistsOf(rest, STATUS_WORDS) ? submitStepStatus('submit', rest.join(' ')) : null;
}

/** The status a status bar marks as the current step (aria-current="step"), when the step is a status. */
function currentStep(steps: readonly string[]): Status | null {
  for (const text of steps) {
    const status = consistsOf(text, STATUS_WORDS) ? applicationStatusFrom(text) : null;
    if (status) return status;
  }
  return null;
}

/**
 * The Submit control as a copy of the page draws it: a text browser's button ("[19][Submit
 * Application]", its link's number first), or the wording alone as the Submit step's cell (a
 * document the sections table was pasted into: the step's name, then its button).
 */
function drawnSubmit(event: PageLine, before: PageLine | undefined): boolean {
  let text = event.kind === 'title' ? event.text.trim() : '';
  const close = text.indexOf(']');
  if (text.startsWith('[') && close > 1 && !Number.isNaN(Number(text.slice(1, close)))) text = text.slice(close + 1).trim();
  if (text.startsWith('[') && text.endsWith(']')) return isSubmitWording(text.slice(1, -1));
  return before?.kind === 'title' && isPhrase(before.text, SUBMIT_ONLY) && isSubmitWording(text);
}
const SUBMIT_ONLY = phrases('submit');

/** The application the page's lines and its evidence (application-evidence.ts) show. */
export function readApplication(events: readonly PageLine[], found: ApplicationEvidence): ApplicationRead {
  let status: Status | null = null;
  let badgeStatus: Status | null = null;
  let tableStatus: Status | null = null;
  let paid: boolean | null = null;
  let badgePaid: boolean | null = null;
  // NREMT's own status wording ("Pending Training Officer Sign Off"): the engine tells them apart.
  let statusText: string | null = null;
  const lines: string[] = [];

  const toldLines: Array<Told & { text: string }> = [];
  // Bare status lines counted: one repeated is each course's or section's own badge ("Accepted").
  const bare = new Map<string, number>();
  let headed: Status | null = null;
  let last: PageLine | undefined;
  for (const event of events) {
    const before = last;
    last = event;
    if (event.kind === 'title' && headed === null) headed = (before?.kind === 'title' ? submitStepStatus(before.text, event.text) : null) ?? submitLineStatus(event.text);
    if (event.kind === 'pair' || event.kind === 'title') lines.push(event.kind === 'pair' ? event.value : event.text);
    if (event.kind === 'pair') {
      const field = matchLabel(event.label, ['applicationStatus', 'payment']);
      if (field === 'applicationStatus' && status === null) {
        status = valueStatus(event.value);
        statusText = event.value.trim();
      }
      if (field === 'payment' && paid === null) paid = paidFrom(event.value) ?? yesOrNo(event.value);
    } else if (event.kind === 'heading' && headed === null && headingStatus(event.text)) {
      headed = headingStatus(event.text);
    } else if ((event.kind === 'title' || event.kind === 'heading') && badgeStatus === null && badgeFrom(event.text)) {
      badgeStatus = badgeFrom(event.text);
      statusText ??= event.text.trim();
    } else if ((event.kind === 'title' || event.kind === 'heading') && badgeStatus === null && combinedBadge(event.text)) {
      // "Payment received — Not Submitted": the status's part is the badge, the other tells the payment.
      const apart = paymentApart(event.text)!;
      badgeStatus = badgeFrom(apart.rest);
      badgePaid = apart.paid;
    } else if (event.kind === 'title') {
      const key = wordsOf(event.text).join(' ');
      if (consistsOf(event.text, STATUS_WORDS)) bare.set(key, (bare.get(key) ?? 0) + 1);
      // "Certification expires 03/31/2026 · Application status: In Progress": a labelled status inside a line.
      for (const piece of event.text.split(' · ')) {
        const split = splitLabelled(piece, ['applicationStatus']);
        if (split && status === null && hasPhrase(piece.slice(0, piece.indexOf(':')), APPLICATION_WORD)) status = valueStatus(split.value);
      }
      // Prose and timelines: the newest dated entry, else the first sentence that tells.
      const line = toldIn(event.text);
      if (line) toldLines.push({ ...line, text: key });
    }
  }
  let told: Told | null = null;
  for (const line of toldLines) if ((bare.get(line.text) ?? 0) < 2 && (told === null || line.date > told.date)) told = line;
  // A labelled status first, then an applications table's Status column, then the current step
  // of a status bar, then a bare badge, then a heading's, then what the page's sentences tell.
  for (const rows of found.tables) {
    tableStatus ??= applicationTableStatus(rows.filter(([, date]) => date !== SUBMIT_ROW), applicationStatusFrom);
    for (const [text, date] of rows) if (date === SUBMIT_ROW) headed ??= submitStepStatus('submit', text);
  }
  paid ??= badgePaid;
  const labelled = status !== null;
  const step = currentStep(found.steps);
  status ??= tableStatus ?? step ?? badgeStatus ?? headed ?? told?.status ?? null;
  // Conflicting unlabelled evidence: never claim the more advanced "approved" (a wrong "done" tells
  // the provider Step A is finished); take the first source that says otherwise.
  if (!labelled && status === 'approved') status = [tableStatus, step, badgeStatus, headed, told?.status].find((other) => other && other !== 'approved') ?? status;

  // "Action Required" with no word of a return, beside a sentence saying the application is not
  // submitted: the action is Submit (paid, not submitted), not a returned application.
  const returnSaid = events.some((event) => (event.kind === 'title' || event.kind === 'heading') && hasPhrase(event.text, RETURN_WORDS));
  if (!labelled && status === 'returned' && !returnSaid && toldLines.some((line) => line.status === 'not-submitted')) status = 'not-submitted';

  // A labelled "In Progress – Not Submitted": its remark, a status alone (no advice's sentence), names the step left, the Submit.
  const remark = statusText ? firstClause(trimChars(statusText.slice(firstClause(statusText).length), ' .—–-;(')) : '';
  if (labelled && status === 'in-progress' && wordsOf(remark).length <= 3 && applicationStatusFrom(remark) === 'not-submitted') status = 'not-submitted';

  // A status bar's Submit step "In progress" once the fee is paid, the page saying "Not Submitted":
  // paid and not submitted (paying does not submit).
  if (!labelled && status === 'in-progress' && paid === true && [badgeStatus, headed, ...toldLines.map((line) => line.status)].includes('not-submitted')) status = 'not-submitted';

  const control = found.control;
  const submitButton = control !== undefined || events.some((event, at) => drawnSubmit(event, events[at - 1]));
  // An approved application shows no Submit control: unlabelled "approved" beside one is a step's
  // badge ("Continuing Education · Complete"), and a wrong "done" is worse than not knowing.
  if (!labelled && status === 'approved' && submitButton) status = null;
  const application: Application = { status, submitButton, paid };
  // Kept only when it says more than the status above (who or what NREMT is waiting for).
  if (statusText && hasPhrase(statusText, NREMT_WAITING_ON)) application.statusText = statusText;
  const reasons = status === 'returned' ? returnReasonsFrom(lines) : [];
  if (reasons.length > 0) application.returnReasons = reasons;
  if (control) application.submitButtonEnabled = !control.disabled;
  const missing = status === null && !submitButton ? ['application status'] : [];
  return { application, missing };
}

/**
 * A dashboard's application card: the section under a heading that names the application page
 * ("Recertification Application", then "Status: Not Started" beside a Start button). Its status
 * when the section shows one, else null; the Submit control wherever the page shows one.
 */
export function dashboardApplication(events: readonly PageLine[], found: ApplicationEvidence): Application | null {
  const names = (event: PageLine | undefined): boolean => (event?.kind === 'heading' || event?.kind === 'title') && kindFromHeading(event.text) === 'nremt-application';
  const at = events.findIndex((event) => event.kind === 'heading' && names(event));
  const heading = events[at];
  if (heading?.kind !== 'heading') {
    // A printout's card title is a line like the others (a PDF turned to paragraphs): it names
    // the application right above its labelled status ("Recertification Application", "Status: Not Started").
    const line = events.findIndex((event, i) => names(event) && events[i + 1]?.kind === 'pair' && matchLabel((events[i + 1] as { label: string }).label, ['applicationStatus']) !== null);
    const read = line < 0 ? null : readApplication(events.slice(line, line + 2), { tables: [], steps: [] }).application;
    // Else a line naming it beside its status, or a table's row naming it ("Recertification Application (2027) | In Progress").
    const row = found.tables.length > 0 ? readApplication([], found).application : null;
    const said = events.map((event) => (event.kind === 'title' ? statusSentence(event.text) : null)).find(Boolean);
    return read?.status ? read : (namedStatusLine(events, found) ?? (row?.status ? row : null) ?? (said ? { status: said, submitButton: found.control !== undefined, paid: null } : null));
  }
  const end = events.findIndex((event, i) => i > at && event.kind === 'heading' && event.level <= heading.level);
  const { control } = found;
  const card = events.slice(at, end < 0 ? undefined : end);
  const read = readApplication(card, { tables: [], steps: [], ...(control ? { control } : {}) }).application;
  read.status ??= cardStatus(card);
  return read.status ? read : null;
}

// A status label however qualified: "Status on the dashboard tile", "Application status (as of 11/29)".
const CARD_STATUS_LABEL = phrases('status', 'application status', 'recertification status', 'current status');

/**
 * "Status on the dashboard tile: In Progress." in the card that names the application (a copy of
 * the dashboard in a note): a label that opens with the word status, whatever remark follows it,
 * is the application's status there.
 */
function cardStatus(card: readonly PageLine[]): Status | null {
  for (const line of card) {
    const text = line.kind === 'pair' ? `${line.label}: ${line.value}` : line.kind === 'title' ? line.text : '';
    const colon = text.indexOf(':');
    const label = colon > 0 ? wordsOf(text.slice(0, colon)) : [];
    const status = label.length <= 6 && startsWithPhrase(label, CARD_STATUS_LABEL) ? valueStatus(text.slice(colon + 1).trim()) : null;
    if (status) return status;
  }
  return null;
}

/**
 * A list row naming the application, then its badge ("Recertification Application (2027) In
 * Progress"), or a tile's badge over its caption ("Not started Recertification application"): the badge's words.
 */
function badgedRow(text: string): string | null {
  const words = wordsOf(text).filter((word) => Number.isNaN(Number(word)));
  const named = findPhrase(words, APPLICATION_WORD);
  const rest = named ? words.slice(named.at + 1) : [];
  if (named && rest.length === 0) return badgeAbove(words.slice(0, 3).join(' '), words.slice(3).join(' ')) ?? badgeAbove(words.slice(0, 2).join(' '), words.slice(2).join(' ')) ?? badgeAbove(words[0]!, words.slice(1).join(' '));
  return named && rest.length > 0 && consistsOf(rest, STATUS_WORDS) && kindFromHeading(words.slice(0, named.at + 1).join(' ')) === 'nremt-application' ? rest.join(' ') : null;
}

/** A badge over a caption naming the application alone (a summary tile: the value above its label); a link's "Open …" is no badge. */
function badgeAbove(badge: string, caption: string): string | null {
  return badgeFrom(badge) && kindFromHeading(caption) === 'nremt-application' ? badge : null;
}

/** A line telling the status in its words alone, the application named ("No application started.", "Application submitted."). */
function statusSentence(text: string): Status | null {
  const first = text.split('. ')[0]!;
  return hasPhrase(first, APPLICATION_WORD) && consistsOf(first, STATUS_WORDS) && !hasPhrase(first, OPENS) ? applicationStatusFrom(first) : null;
}
const OPENS = phrases('open');

/**
 * The card as one line, the application's name its label ("Recertification Application: Not
 * Started", a pasted dashboard's), or as the line before ("Recertification Application", "In
 * Progress"): the value read as the card's badge line (a status's words only, a remark after
 * them set aside; "opens October 1" tells none).
 */
function namedStatusLine(events: readonly PageLine[], found: ApplicationEvidence): Application | null {
  const control = found.control ? { control: found.control } : {};
  for (const [at, event] of events.entries()) {
    const text = event.kind === 'title' ? event.text : '';
    const colon = text.indexOf(':');
    const next = events[at + 1];
    const [label, value] =
      event.kind === 'pair' ? [event.label, event.value] : colon > 0 ? [text.slice(0, colon), text.slice(colon + 1)] : text && next?.kind === 'title' ? [text, next.text] : ['', ''];
    const badged = event.kind === 'title' ? badgedRow(event.text) : null;
    const row = badged ? readApplication([], { tables: [[[badged, '']]], steps: [], ...control }).application : null;
    if (row?.status) return row;
    if (!value.trim() || kindFromHeading(label) !== 'nremt-application') continue;
    // "Not Started — opens 1 October 2027", "In Progress (started 10/03/2026). Fee not paid yet.":
    // the status, then a remark: the first clause is read as the badge first, then the whole value.
    for (const text of new Set([firstClause(value.trim()), value.trim()])) {
      const read = readApplication([{ kind: 'title', text }], { tables: [], steps: [], ...control }).application;
      if (read.status) return read;
    }
  }
  // Else a badge over its caption on lines of their own or in a table's cell (a summary tile's value above its label).
  for (const [at, event] of events.entries()) {
    const next = events[at + 1];
    const cells = event.kind === 'table' ? (event.table?.rows ?? []).flat() : [];
    const badge = event.kind === 'title' && next?.kind === 'title' ? badgeAbove(event.text, next.text) : cells.map(badgedRow).find(Boolean);
    if (badge) return readApplication([{ kind: 'title', text: badge }], { tables: [], steps: [], ...control }).application;
  }
  return null;
}
