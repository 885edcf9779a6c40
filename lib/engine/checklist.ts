// The two-step checklist every UI shows. Each item is done / todo / unknown from what was read:
// "unknown" when the pages we have cannot tell, never a guess.
import { longDate } from '../dates';
import type { ChecklistItem, Cycle, Level, ProviderRecord } from '../model';
import { MA_FEES } from '../rules';
import { formatHours } from './format';
import type { StepAStatus, StepBStatus } from './steps';

export interface ChecklistInput {
  record: ProviderRecord;
  level: Level | null;
  cycle: Cycle | null;
  nremtRead: boolean;
  stepA: StepAStatus;
  stepB: StepBStatus;
  totalRemaining: number | null;
  applicationApplies: boolean;
}

type State = ChecklistItem['state'];

const item = (id: string, step: 'A' | 'B', label: string, state: State, detail?: string): ChecklistItem =>
  detail === undefined ? { id, step, label, state } : { id, step, label, state, detail };

const SUBMITTED_WORDS = /submitted|review|pending|processing|received|approved|complete/i;

export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const { record, cycle, stepA, stepB } = input;
  const aDone = stepA === 'complete';
  const submitted = aDone || stepA === 'submitted';
  const application = input.applicationApplies ? record.application : undefined;

  const login = input.nremtRead ? 'done' : 'todo';

  const agency = record.agency;
  const affiliate: [State, string?] = aDone || agency?.status === 'active'
    ? ['done', agency?.name ?? undefined]
    : agency?.status === 'pending'
      ? ['todo', 'Pending approval by your agency']
      : agency?.status === 'none'
        ? ['todo', 'No agency affiliation shown']
        : ['unknown', 'Open your NREMT dashboard'];

  const hours: [State, string?] = aDone || input.totalRemaining === 0
    ? ['done']
    : input.totalRemaining === null
      ? ['unknown']
      : ['todo', `${formatHours(input.totalRemaining)} h left`];

  const submit: State = submitted ? 'done' : application || stepA === 'ready-to-submit' ? 'todo' : 'unknown';

  const paid = application?.paid;
  const pay: State = aDone || paid === true ? 'done' : paid === false ? 'todo' : 'unknown';

  const director = input.level === 'aemt' || input.level === 'paramedic';
  const signoffLabel = `Training Officer review${director ? ' / Medical Director skills sign-off' : ''}`;
  const signoff: State = aDone ? 'done' : stepA === 'unknown' ? 'unknown' : 'todo';
  const signoffDetail = cycle ? `By ${longDate(cycle.signOffBy)}` : undefined;

  const license = record.license;
  const licenseRead = !!license && (license.number !== null || license.expiresOn !== null);
  const renewalUnderway = !!license?.renewalStatus && SUBMITTED_WORDS.test(license.renewalStatus);
  const bDone = stepB === 'done';
  const stateStep: State = bDone || renewalUnderway ? 'done' : licenseRead ? 'todo' : 'unknown';
  const confirm: State = bDone ? 'done' : stepB === 'not-done' ? 'todo' : 'unknown';
  const confirmLabel = cycle
    ? `eLicensing shows the new expiration ${longDate(cycle.renewsTo)}`
    : 'eLicensing shows the new expiration';

  return [
    item('login', 'A', 'Log in to NREMT.org', login),
    item('affiliate', 'A', 'Affiliate with your EMS agency', affiliate[0], affiliate[1]),
    item('hours', 'A', 'Enter all required continuing education hours', hours[0], hours[1]),
    item('submit', 'A', 'Click Submit Application (paying does not submit)', submit),
    item('pay', 'A', `Pay the $${MA_FEES.stepA} NREMT fee`, pay),
    item('signoff', 'A', signoffLabel, signoff, signoffDetail),
    item('elicensing-account', 'B', 'eLicensing account linked', licenseRead || bDone ? 'done' : 'unknown'),
    item('attest', 'B', 'Review & attest on eLicensing', stateStep),
    item('pay-state', 'B', `Pay the $${MA_FEES.stepB} state fee`, stateStep),
    item('confirm-expiration', 'B', confirmLabel, confirm,
      license?.expiresOn ? `eLicensing shows ${longDate(license.expiresOn)}` : undefined),
  ];
}
