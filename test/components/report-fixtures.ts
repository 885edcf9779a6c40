// Hand-built Reports for the key states, written from the report format , not
// from the engine's output: the UI is tested on what the contract promises.
import type { ChecklistItem, NextAction, Report, Tally, Warning } from '../../lib/model';

/** An action as the contract describes it (report.nextActions). */
function act(
  id: string,
  item: string | null,
  site: NextAction['where']['site'],
  page: string,
  urgency: NextAction['urgency'],
  by: string | null,
  what: string,
  why: string,
  control: NextAction['where']['control'] = null,
  code?: string,
): NextAction {
  return { id, item, what, why, where: { site, page, control }, by, urgency, ...(code ? { code } : {}) };
}
const renewOnElicensing = (urgency: NextAction['urgency'], why: string) =>
  act('renew-elicensing', 'attest', 'elicensing', 'Manage My Licenses and Applications', urgency, '2027-03-31',
    'Renew your Massachusetts license on eLicensing: Show Details on your license → Start … Renewal Application → I Agree → pay → Submit',
    why, null, 'STEP_B_NOT_DONE');

const tally = (required: number, credited: number): Tally => ({
  required,
  hours: credited,
  credited,
  remaining: Math.max(0, required - credited),
});

function checklist(states: Partial<Record<string, ChecklistItem['state']>>): ChecklistItem[] {
  const items: Array<[string, 'A' | 'B', string]> = [
    ['login', 'A', 'Log in to NREMT.org'],
    ['affiliate', 'A', 'Affiliate with your EMS agency'],
    ['hours', 'A', 'Enter all required continuing education hours'],
    ['signoff', 'A', 'Training Officer / Medical Director sign-off'],
    ['submit', 'A', 'Click Submit Application'],
    ['pay', 'A', 'Pay the NREMT fee'],
    ['elicensing-account', 'B', 'eLicensing account linked'],
    ['attest', 'B', 'Review & attest on eLicensing'],
    ['pay-state', 'B', 'Pay the state fee'],
    ['confirm-expiration', 'B', 'eLicensing shows the new expiration'],
  ];
  return items.map(([id, step, label]) => ({ id, step, label, state: states[id] ?? 'todo' }));
}

const CYCLE_2027 = {
  opensOn: '2026-10-01',
  recommendedBy: '2027-02-15',
  lastDay: '2027-03-31',
  signOffBy: '2027-04-30',
  renewsTo: '2029-03-31',
};

/** AEMT, mid-cycle (Nov 24, 2026): hours missing, one course without approval number. */
export function midCycleReport(): Report {
  return {
    level: 'aemt',
    certification: { expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    cycle: CYCLE_2027,
    phase: 'open',
    daysLeft: { recommendedBy: 83, lastDay: 127, signOffBy: 157 },
    components: {
      national: {
        ...tally(25, 21.5),
        topics: {
          airway: tally(5, 5),
          cardiovascular: tally(6, 6),
          trauma: tally(4, 2),
          medical: tally(7, 7),
          operations: tally(3, 1.5),
        },
      },
      local: tally(12.5, 12),
      individual: tally(12.5, 12.5),
    },
    totalRemaining: 4,
    coursesRead: true,
    courses: [
      {
        course: { title: 'Airway Management', completedOn: '2025-04-08', hours: 3, component: 'national', topic: 'airway', approvalNumber: '25-LEXN-F3-0412' },
        credited: true,
        problems: [],
      },
      {
        course: { title: 'Incident Command Overview', completedOn: '2026-01-20', hours: 2, component: 'local', topic: null, approvalNumber: null },
        credited: false,
        problems: ['no-approval-number'],
      },
      {
        course: { title: 'Hemorrhage Control', completedOn: '2025-01-15', hours: 1, component: 'national', topic: 'trauma', approvalNumber: '24-ABC-F1-0001' },
        credited: false,
        problems: ['outside-cycle'],
      },
    ],
    stepA: { status: 'in-progress' },
    stepB: { status: 'unknown', licenseExpiresOn: null },
    renewed: false,
    lateFeesApply: false,
    checklist: checklist({ login: 'done', affiliate: 'done', 'elicensing-account': 'unknown', 'confirm-expiration': 'unknown' }),
    nextActions: [
      act('add-hours', 'hours', 'nremt', 'Manage Education', 'soon', '2027-03-31', 'Add 4 more hours: National 3.5; Local 0.5',
        'Courses count when completed by March 31, 2027.', null, 'HOURS_NEEDED'),
      act('open-elicensing', 'confirm-expiration', 'elicensing', 'Manage My Licenses and Applications', 'soon', '2027-03-31',
        'Open your eLicensing license page (healthprofessionlicensing.mass.gov) so we can check Step B',
        'We have never read eLicensing.', null, 'STEP_B_NOT_DONE'),
    ],
    warnings: [
      { code: 'NO_AGENCY', message: 'Your agency affiliation is pending approval.', severity: 'warning' },
      { code: 'NO_APPROVAL_NUMBER', message: '"Incident Command Overview" has no approval number.', course: 'Incident Command Overview' },
    ],
  };
}

const full = (): NonNullable<Report['components']> => ({
  national: {
    ...tally(25, 25),
    topics: {
      airway: tally(5, 5),
      cardiovascular: tally(6, 6),
      trauma: tally(4, 4),
      medical: tally(7, 7),
      operations: tally(3, 3),
    },
  },
  local: tally(12.5, 12.5),
  individual: tally(12.5, 12.5),
});

/** Hours complete, Submit Application not clicked (March 10, 2027). */
export function readyToSubmitReport(): Report {
  const warnings: Warning[] = [
    { code: 'SUBMIT_APPLICATION', message: 'Your hours are complete: click Submit Application.', severity: 'danger' },
    { code: 'STEP_B_NOT_DONE', message: 'Step B not done.', severity: 'warning' },
  ];
  return {
    ...midCycleReport(),
    daysLeft: { recommendedBy: -23, lastDay: 21, signOffBy: 51 },
    components: full(),
    totalRemaining: 0,
    coursesRead: true,
    courses: [],
    stepA: { status: 'ready-to-submit' },
    stepB: { status: 'not-done', licenseExpiresOn: '2027-03-31' },
    checklist: checklist({ login: 'done', affiliate: 'done', hours: 'done', 'elicensing-account': 'done' }),
    nextActions: [
      act('submit-nremt', 'submit', 'nremt', 'Recertification Application', 'now', '2027-03-31', 'Click Submit Application on NREMT.org',
        'All your hours are in, but NREMT does not review your application until you click Submit Application — paying the $30 fee does not submit it.',
        'nremt-submit', 'SUBMIT_APPLICATION'),
      renewOnElicensing('now', 'The $125 state renewal is Step B; it is done only when eLicensing shows March 31, 2029.'),
    ],
    warnings,
  };
}

/** NREMT shows 2029; eLicensing still shows March 31, 2027: Step B forgotten. */
export function stepBForgottenReport(): Report {
  return {
    ...readyToSubmitReport(),
    stepA: { status: 'complete' },
    checklist: checklist({ login: 'done', affiliate: 'done', hours: 'done', signoff: 'done', submit: 'done', pay: 'done', 'elicensing-account': 'done' }),
    nextActions: [renewOnElicensing('now', 'NREMT shows March 31, 2029, but your state license still expires March 31, 2027.')],
    warnings: [
      {
        code: 'STEP_B_NOT_DONE',
        message: 'Step B not done: review, attest and pay on eLicensing by March 31, 2027.',
        severity: 'warning',
      },
    ],
  };
}

/** Both sites show March 31, 2029: congratulations, nothing to warn about. */
export function renewedReport(): Report {
  return {
    ...stepBForgottenReport(),
    certification: { expiresOn: '2029-03-31', cycleStart: null },
    cycle: { opensOn: '2028-10-01', recommendedBy: '2029-02-15', lastDay: '2029-03-31', signOffBy: '2029-04-30', renewsTo: '2031-03-31' },
    phase: 'not-open',
    daysLeft: { recommendedBy: 707, lastDay: 751, signOffBy: 781 },
    stepB: { status: 'done', licenseExpiresOn: '2029-03-31' },
    renewed: true,
    checklist: checklist(Object.fromEntries(['login', 'affiliate', 'hours', 'signoff', 'submit', 'pay', 'elicensing-account', 'attest', 'pay-state', 'confirm-expiration'].map((id) => [id, 'done' as const]))),
    nextActions: [
      act('next-window', null, 'nremt', 'Dashboard (My Certification)', 'later', '2028-10-01',
        'Nothing to do now: your next window opens October 1, 2028',
        'NREMT and eLicensing both show your new expiration. Keep your course certificates for at least 5 years.'),
    ],
    warnings: [],
  };
}

/** April 10, 2027: past March 31, not renewed, late fees. */
export function lateReport(): Report {
  return {
    ...midCycleReport(),
    phase: 'late',
    daysLeft: { recommendedBy: -54, lastDay: -10, signOffBy: 20 },
    stepB: { status: 'not-done', licenseExpiresOn: '2027-03-31' },
    lateFeesApply: true,
    nextActions: [
      act('add-hours', 'hours', 'nremt', 'Manage Education', 'now', '2027-03-31', 'Add 4 more hours: National 3.5; Local 0.5',
        'Courses count when completed by March 31, 2027.', null, 'HOURS_NEEDED'),
      { ...renewOnElicensing('now', 'It was due March 31, 2027; late fees apply.'), by: '2027-04-30' },
    ],
    warnings: [{ code: 'LATE', message: 'March 31, 2027 has passed: late fees apply.', severity: 'danger' }],
  };
}
