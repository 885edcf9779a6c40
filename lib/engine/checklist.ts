// The two-step checklist every UI shows, for the cycle being finished. Each item is done / todo /
// unknown from what was read ("unknown" when the pages we have cannot tell, never a guess), or
// not-yet when its window has not opened: nothing is "to do" before it can be done.
import { longDate } from '../dates';
import type { ChecklistItem, Cycle, Level, Phase, ProviderRecord, RenewalApplication } from '../model';
import { MA_FEES } from '../rules';
import { formatHours } from './format';
import type { NremtStatus } from './nremt-status';
import { windowHasOpened } from './phase';
import type { StepAStatus, StepBStatus } from './steps';

export interface ChecklistInput {
  record: ProviderRecord;
  level: Level | null;
  cycle: Cycle | null;
  phase: Phase;
  renewed: boolean;
  nremtRead: boolean;
  stepA: StepAStatus;
  stepB: StepBStatus;
  totalRemaining: number | null;
  /** A course list was read (engine/steps.ts coursesWereRead). */
  coursesRead: boolean;
  applicationApplies: boolean;
  nremtStatus: NremtStatus | null;
  renewal: RenewalApplication | undefined;
  /** NREMT's own figures disagree with the courses read: the hours are not known to be done. */
  figuresDisagree?: boolean;
}

type State = ChecklistItem['state'];

const item = (id: string, step: 'A' | 'B', label: string, state: State, detail?: string): ChecklistItem =>
  detail === undefined ? { id, step, label, state } : { id, step, label, state, detail };

const SUBMITTED = new Set(['submitted', 'in-review', 'approved']);
const PAID = new Set(['paid-not-submitted', 'submitted', 'in-review', 'approved']);

export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const { record, cycle, stepA, stepB } = input;
  const aDone = stepA === 'complete';
  const submitted = aDone || stepA === 'submitted';
  const application = input.applicationApplies ? record.application : undefined;

  const login: State = input.nremtRead ? 'done' : 'todo';

  const agency = record.agency;
  const affiliate: [State, string?] = (aDone || agency?.status === 'active') && input.nremtStatus !== 'agency'
    ? ['done', agency?.name ?? undefined]
    : agency?.status === 'pending' || input.nremtStatus === 'agency'
      ? ['todo', 'Pending approval by your agency']
      : agency?.status === 'none'
        ? ['todo', 'No agency affiliation shown']
        : ['unknown', 'Open your NREMT dashboard'];

  const hours: [State, string?] = aDone || (input.totalRemaining === 0 && !input.figuresDisagree)
    ? ['done']
    : input.totalRemaining === null
      ? ['unknown', input.coursesRead ? undefined : 'Open Manage Education so we can read your courses']
      : input.totalRemaining === 0
        ? ['unknown', 'NREMT’s own figures disagree with the courses read: check Manage Education']
        : ['todo', `${formatHours(input.totalRemaining)} h left`];

  const returned = input.nremtStatus === 'returned' || input.nremtStatus === 'immediate-action';
  const submit: State = submitted && !returned ? 'done' : application || stepA === 'ready-to-submit' ? 'todo' : 'unknown';

  const paid = application?.paid;
  const pay: State = aDone || paid === true ? 'done' : paid === false ? 'todo' : 'unknown';

  const director = input.level === 'aemt' || input.level === 'paramedic';
  const signoffLabel = `Training Officer review${director ? ' / Medical Director skills sign-off' : ''}`;
  const signoff: State = aDone ? 'done' : stepA === 'unknown' ? 'unknown' : 'todo';
  const signoffDetail = cycle
    ? input.nremtStatus === 'training-officer'
      ? `Pending Training Officer Sign Off: by ${longDate(cycle.signOffBy)}`
      : `By ${longDate(cycle.signOffBy)}`
    : undefined;

  const license = record.license;
  const licenseRead = !!license && (license.number !== null || license.expiresOn !== null);
  const renewal = input.renewal?.state ?? null;
  const bDone = stepB === 'done';
  const known = licenseRead || renewal !== null;
  const attest: State = bDone || (renewal !== null && PAID.has(renewal)) ? 'done' : known ? 'todo' : 'unknown';
  const payState: State = bDone || (renewal !== null && PAID.has(renewal)) || input.renewal?.paid === true ? 'done' : known ? 'todo' : 'unknown';
  const submitState: State = bDone || (renewal !== null && SUBMITTED.has(renewal)) ? 'done' : known ? 'todo' : 'unknown';
  const confirm: State = bDone ? 'done' : stepB === 'not-done' ? 'todo' : 'unknown';
  const confirmLabel = cycle
    ? `eLicensing shows the new expiration ${longDate(cycle.renewsTo)}`
    : 'eLicensing shows the new expiration';

  const items = [
    item('login', 'A', 'Log in to NREMT.org', login),
    item('affiliate', 'A', 'Affiliate with your EMS agency', affiliate[0], affiliate[1]),
    item('hours', 'A', 'Enter all required continuing education hours', hours[0], hours[1]),
    item('submit', 'A', 'Click Submit Application (paying does not submit)', submit),
    item('pay', 'A', `Pay the $${MA_FEES.stepA} NREMT fee`, pay),
    item('signoff', 'A', signoffLabel, signoff, signoffDetail),
    item('elicensing-account', 'B', 'eLicensing account linked', known || bDone ? 'done' : 'unknown'),
    item('attest', 'B', 'Review & attest on eLicensing', attest),
    item('pay-state', 'B', `Pay the $${MA_FEES.stepB} state fee`, payState),
    item('submit-state', 'B', 'Click Submit on eLicensing (paying does not submit)', submitState),
    item('confirm-expiration', 'B', confirmLabel, confirm,
      license?.expiresOn ? `eLicensing shows ${longDate(license.expiresOn)}` : undefined),
  ];
  if (windowHasOpened(input.phase) || !cycle) return items;
  // Before the window opens nothing is "to do"; after a renewal, that includes the next hours.
  const opens = `Opens ${longDate(cycle.opensOn)}`;
  const waits = (i: ChecklistItem) => i.state !== 'done' && (input.renewed || (i.id !== 'hours' && i.id !== 'login' && i.id !== 'affiliate'));
  return items.map((i) => (waits(i) ? { ...i, state: 'not-yet' as const, detail: opens } : i));
}
