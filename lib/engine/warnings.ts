// Warnings with stable codes and messages that say what to do next, in plain English.
import { longDate } from '../dates';
import type { Agency, Cycle, Phase, Warning } from '../model';
import { TOPICS } from '../model';
import { MA_FEES } from '../rules';
import type { AssessedCourse } from './courses';
import { COMPONENT_LABELS, formatHours, TOPIC_LABELS } from './format';
import { windowHasOpened } from './phase';
import type { StepAStatus, StepBStatus } from './steps';
import type { Components } from './tally';

type Severity = NonNullable<Warning['severity']>;

const warn = (code: string, severity: Severity, message: string, course?: string): Warning =>
  course === undefined ? { code, message, severity } : { code, message, course, severity };

export function courseWarnings(assessed: readonly AssessedCourse[]): Warning[] {
  const out: Warning[] = [];
  for (const { course, problems } of assessed) {
    const title = course.title;
    if (problems.includes('no-approval-number')) {
      out.push(warn('NO_APPROVAL_NUMBER', 'warning',
        `"${title}" has no approval number (CAPCE or Massachusetts OEMS): it earns nothing until you add one.`, title));
    }
    if (problems.includes('outside-cycle')) {
      out.push(warn('OUTSIDE_CYCLE', 'warning',
        course.completedOn === null
          ? `"${title}": no completion date shown, so it cannot count. Add the date completed on NREMT.org.`
          : `"${title}" (completed ${longDate(course.completedOn)}) is outside this recertification cycle and does not count.`,
        title));
    }
    if (problems.includes('duplicate')) {
      out.push(warn('DUPLICATE_COURSE', 'warning',
        `"${title}" appears more than once with the same date and approval number: it counts once. Remove the repeat.`, title));
    }
    if (problems.includes('unassigned')) {
      out.push(warn('UNASSIGNED_COURSE', 'warning',
        course.component === null
          ? `"${title}" is not assigned to a component: assign it in Manage Education.`
          : `"${title}" is a National course without a topic: assign it in Manage Education.`,
        title));
    }
  }
  return out;
}

export function hoursWarnings(components: Components, phase: Phase): Warning[] {
  const severity: Severity = windowHasOpened(phase) ? 'warning' : 'info';
  const out: Warning[] = [];
  const national = components.national;
  if (national.remaining > 0) {
    const shortTopics = TOPICS.filter((t) => national.topics[t].remaining > 0).map(
      (t) => `${TOPIC_LABELS[t]} ${formatHours(national.topics[t].remaining)} h`,
    );
    const detail = shortTopics.length > 0 ? `: ${shortTopics.join(', ')}` : '.';
    out.push(warn('HOURS_NEEDED', severity, `Add ${formatHours(national.remaining)} more National hours${detail}`));
  }
  for (const c of ['local', 'individual'] as const) {
    const t = components[c];
    if (t.remaining > 0) {
      out.push(warn('HOURS_NEEDED', severity, `Add ${formatHours(t.remaining)} more ${COMPONENT_LABELS[c]} hours.`));
    }
  }
  return out;
}

/** Hours beyond a cap earn nothing where they sit; a class may be split across components. */
export function surplusWarnings(components: Components): Warning[] {
  const national = components.national;
  const hasTopics = TOPICS.some((t) => national.topics[t].required > 0);
  const surplus: string[] = [];
  const targets: string[] = [];
  if (hasTopics) {
    for (const t of TOPICS) {
      const topic = national.topics[t];
      if (topic.hours > topic.required) surplus.push(`${formatHours(topic.hours - topic.required)} h in ${TOPIC_LABELS[t]}`);
      if (topic.remaining > 0) targets.push(`${TOPIC_LABELS[t]} (National)`);
    }
  } else {
    if (national.hours > national.required) surplus.push(`${formatHours(national.hours - national.required)} h in National`);
    if (national.remaining > 0) targets.push('National');
  }
  for (const c of ['local', 'individual'] as const) {
    const t = components[c];
    if (t.hours > t.required) surplus.push(`${formatHours(t.hours - t.required)} h in ${COMPONENT_LABELS[c]}`);
    if (t.remaining > 0) targets.push(COMPONENT_LABELS[c]);
  }
  if (surplus.length === 0 || targets.length === 0) return [];
  return [
    warn('MOVE_SURPLUS', 'info',
      `You have ${surplus.join(', ')} beyond what counts there. A class may be split across components: in Manage Education you may move those hours to ${targets.join(', ')}, where hours are still needed.`),
  ];
}

export function agencyWarnings(agency: Agency | undefined): Warning[] {
  if (!agency || agency.status === 'active') return [];
  const inactive = 'Without an agency affiliation NREMT renews you as "Inactive".';
  if (agency.status === 'pending') {
    const name = agency.name ? ` with ${agency.name}` : '';
    return [warn('NO_AGENCY', 'warning',
      `Your agency affiliation${name} is pending approval: ask your Training Officer to approve it. ${inactive}`)];
  }
  return [warn('NO_AGENCY', 'warning',
    `Affiliate with your agency under Agency Affiliations on your NREMT dashboard. ${inactive}`)];
}

export interface ActingInput {
  cycle: Cycle;
  phase: Phase;
  daysToLastDay: number;
  stepA: StepAStatus;
  stepB: StepBStatus;
  nremtShowsNewDate: boolean;
  renewed: boolean;
}

/** Warnings that ask the user to act: only once the window has opened, never after renewal. */
export function actingWarnings(input: ActingInput): Warning[] {
  const { cycle, phase, stepA, stepB } = input;
  if (!windowHasOpened(phase) || input.renewed) return [];
  const out: Warning[] = [];
  const lastDay = longDate(cycle.lastDay);
  const stepsLeft = stepA !== 'complete' || stepB !== 'done';

  if (stepA === 'ready-to-submit') {
    out.push(warn('SUBMIT_APPLICATION', 'danger',
      `All your hours are in. Click Submit Application on NREMT.org — paying the $${MA_FEES.stepA} fee does not submit it.`));
  }
  if (stepB !== 'done') {
    const severity: Severity = input.nremtShowsNewDate ? 'danger' : 'warning';
    const due = phase === 'open' ? `by ${lastDay}` : `now (it was due ${lastDay}; late fees apply)`;
    const check = stepB === 'unknown' ? ' Open eLicensing so we can check it.' : '';
    const lead = input.nremtShowsNewDate ? 'NREMT shows your new date, but your state license still expires. ' : '';
    out.push(warn('STEP_B_NOT_DONE', severity,
      `${lead}Step B not done: review, attest and pay the $${MA_FEES.stepB} state fee on eLicensing (healthprofessionlicensing.mass.gov) ${due}.${check}`));
  }
  if (stepsLeft && phase === 'open' && input.daysToLastDay >= 0 && input.daysToLastDay <= 30) {
    const days = input.daysToLastDay === 0 ? 'Today is the last day' : `${input.daysToLastDay} day${input.daysToLastDay === 1 ? '' : 's'} left`;
    out.push(warn('DEADLINE_SOON', 'danger',
      `${days}: finish Step A on NREMT.org and Step B on eLicensing by ${lastDay} to avoid late fees and a lapse.`));
  }
  if (stepsLeft && phase === 'late') {
    out.push(warn('LATE', 'danger',
      `${lastDay} has passed: late fees apply (NREMT $${MA_FEES.lateNremt}, MA $${MA_FEES.lateState}). Finish both steps now; Training Officer sign-off on NREMT.org must be in by ${longDate(cycle.signOffBy)}. Until eLicensing shows ${longDate(cycle.renewsTo)} you cannot staff an ambulance.`));
  }
  if (stepsLeft && phase === 'closed') {
    out.push(warn('LATE', 'danger',
      `${longDate(cycle.signOffBy)} has passed. A Late Recertification application on eLicensing is possible only once NREMT.org shows the ${longDate(cycle.renewsTo)} expiration.`));
  }
  return out;
}

export function recommendedDateWarning(cycle: Cycle, phase: Phase, today: string, stepsLeft: boolean): Warning[] {
  if (phase !== 'open' || !stepsLeft || today > cycle.recommendedBy) return [];
  return [warn('RECOMMENDED_DATE', 'info',
    `Aim to finish both steps by ${longDate(cycle.recommendedBy)} (recommended): submitting early leaves time to fix anything returned.`)];
}

const SEVERITY_ORDER: Record<Severity, number> = { danger: 0, warning: 1, info: 2 };

/** Most urgent first; the order within a severity is the order raised (stable). */
export function sortWarnings(warnings: readonly Warning[]): Warning[] {
  return [...warnings].sort(
    (a, b) => SEVERITY_ORDER[a.severity ?? 'info'] - SEVERITY_ORDER[b.severity ?? 'info'],
  );
}

export { warn };
