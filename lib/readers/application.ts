// NREMT Recertification Application: its status, the Submit Application button, payment.
import type { Application } from '../model';
import { applicationTableStatus } from './application-table';
import { matchLabel } from './labels';
import type { ScanEvent } from './scan';
import { findSubmitControl } from './submit-control';
import { hasPhrase, isPhrase, phrases, wordsOf, type Phrases } from './words';

type Status = NonNullable<Application['status']>;

// Order matters: "Not Submitted" also holds "submitted", "Not Started" also holds "started".
const STATUS_FORMS: ReadonlyArray<[Status, Phrases]> = [
  ['returned', phrases('returned', 'incomplete', 'immediate action required', 'action required', 'deficien*')],
  ['not-submitted', phrases('not submitted', 'not yet submitted', 'unsubmitted', 'ready to submit', 'awaiting submission')],
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

export interface ApplicationRead {
  application: Application;
  missing: string[];
}

const NREMT_WAITING_ON = phrases('training officer', 'medical director', 'sign off', 'signoff', 'agency', 'legal pathway', 'national registry review', 'immediate action');

// The reasons NREMT gives for returning an application (its help pages' wording).
const RETURN_REASONS = /\b(out of date|n\/a to topic|not ems related|not state\/capce|duplicate hours|instructor course|insufficient description|leadership\/management|course not accepted|document required)\b/gi;

/** NREMT's return reasons found in the page's lines, each once, in NREMT's words as shown. */
export function returnReasonsFrom(lines: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const line of lines) {
    for (const match of line.matchAll(RETURN_REASONS)) {
      const key = match[1]!.toLowerCase();
      if (!seen.has(key)) seen.set(key, match[1]!);
    }
  }
  return [...seen.values()];
}

/** `root` is the page the events came from: the Submit control is looked up there (submit-control.ts). */
export function readApplication(events: ScanEvent[], root: ParentNode | null): ApplicationRead {
  let status: Status | null = null;
  let badgeStatus: Status | null = null;
  let tableStatus: Status | null = null;
  let paid: boolean | null = null;
  // NREMT's own status wording ("Pending Training Officer Sign Off"): the engine tells them apart.
  let statusText: string | null = null;
  const lines: string[] = [];

  for (const event of events) {
    if (event.kind === 'pair' || event.kind === 'title') lines.push(event.kind === 'pair' ? event.value : event.text);
    if (event.kind === 'pair') {
      const field = matchLabel(event.label, ['applicationStatus', 'payment']);
      if (field === 'applicationStatus' && status === null) {
        status = applicationStatusFrom(event.value);
        statusText = event.value.trim();
      }
      if (field === 'payment' && paid === null) paid = paidFrom(event.value);
    } else if (event.kind === 'table' && tableStatus === null) {
      tableStatus = applicationTableStatus(event.el, applicationStatusFrom);
    } else if ((event.kind === 'title' || event.kind === 'heading') && badgeStatus === null && isPhrase(event.text, STATUS_BADGE)) {
      badgeStatus = applicationStatusFrom(event.text);
      statusText ??= event.text.trim();
    }
  }
  // A labelled status first, then an applications table's Status column, then a bare badge.
  status ??= tableStatus ?? badgeStatus;

  const control = root ? findSubmitControl(root) : null;
  const submitButton = control !== null;
  const application: Application = { status, submitButton, paid };
  // Kept only when it says more than the status above (who or what NREMT is waiting for).
  if (statusText && hasPhrase(statusText, NREMT_WAITING_ON)) application.statusText = statusText;
  const reasons = status === 'returned' ? returnReasonsFrom(lines) : [];
  if (reasons.length > 0) application.returnReasons = reasons;
  if (control) application.submitButtonEnabled = !control.disabled;
  const missing = status === null && !submitButton ? ['application status'] : [];
  return { application, missing };
}
