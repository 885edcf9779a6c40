// What to do next, and how urgent it is: the one place that decides. The badge, the panels,
// the strip, the popup, the reminders and the page outlines render this list; none of them
// works urgency out again. The acting warnings (STEP_B_NOT_DONE, SUBMIT_APPLICATION,
// DEADLINE_SOON, LATE…) come from the same facts here, so the list and the warnings agree.
import { longDate } from '../dates';
import type { Agency, Application, Cycle, Level, NextAction, PageFigure, Phase, RenewalApplication, Report, Warning } from '../model';
import { TOPICS } from '../model';
import { MA_FEES } from '../rules';
import { COMPONENT_LABELS, formatHours, TOPIC_LABELS } from './format';
import type { NremtStatus } from './nremt-status';
import { windowHasOpened } from './phase';
import type { StepAStatus, StepBStatus } from './steps';
import type { Components } from './tally';
import { pageFigureText, warn } from './warnings';

type Urgency = NextAction['urgency'];
type Site = NextAction['where']['site'];
type Control = NextAction['where']['control'];

export interface ActionFacts {
  today: string;
  cycle: Cycle | null;
  phase: Phase;
  daysToLastDay: number | null;
  level: Level | null;
  nremtRead: boolean;
  stepA: StepAStatus;
  stepB: StepBStatus;
  /** NREMT already shows the expiration this cycle renews to. */
  nremtShowsNewDate: boolean;
  renewed: boolean;
  byExam: boolean;
  totalRemaining: number | null;
  components: Components | null;
  /** A course list was read; until then the hours are unknown. */
  coursesRead: boolean;
  agency: Agency | undefined;
  /** The NREMT application of this cycle (undefined once it belongs to a finished one). */
  application: Application | undefined;
  nremtStatus: NremtStatus | null;
  /** The eLicensing renewal application of this license period, when read. */
  renewal: RenewalApplication | undefined;
  /** Manage Education's own figures that disagree with the courses read there. */
  pageFigures?: readonly PageFigure[];
}

export interface ActionPlan {
  actions: NextAction[];
  warnings: Warning[];
}

/**
 * How urgent: nothing before the window opens; everything once March 31 has passed or within
 * 30 days of it; a trap (paid or complete but not submitted, returned, NREMT renewed but the
 * state license not) as soon as the window is open; the rest "soon".
 */
export function urgencyOf(kind: 'trap' | 'step' | 'wait', facts: Pick<ActionFacts, 'phase' | 'daysToLastDay'>): Urgency {
  if (kind === 'wait' || !windowHasOpened(facts.phase)) return 'later';
  if (facts.phase !== 'open') return 'now';
  if (kind === 'trap') return 'now';
  return facts.daysToLastDay !== null && facts.daysToLastDay <= 30 ? 'now' : 'soon';
}

// Traps are "danger" in the warnings list whatever the date; other steps become danger only
// once March 31 has passed (DEADLINE_SOON carries the last month's alarm).
const TRAPS = new WeakSet<NextAction>();
// The warning an action raises, when its wording differs from "what. why".
const WARNING_TEXT = new WeakMap<NextAction, string>();
function worded(a: NextAction, message: string): NextAction {
  WARNING_TEXT.set(a, message);
  return a;
}
function trap(a: NextAction, isTrap = true): NextAction {
  if (isTrap) TRAPS.add(a);
  return a;
}

const NREMT_PAGES = {
  dashboard: 'Dashboard (My Certification)',
  education: 'Manage Education',
  application: 'Recertification Application',
} as const;
const ELICENSING_PAGES = {
  license: 'Manage My Licenses and Applications',
  renewal: 'Renewal Application',
} as const;

function action(
  id: string,
  item: string | null,
  where: { site: Site; page: string; control?: Control },
  urgency: Urgency,
  by: string | null,
  what: string,
  why: string,
  code?: string,
): NextAction {
  const out: NextAction = { id, item, what, why, where: { site: where.site, page: where.page, control: where.control ?? null }, by, urgency };
  if (code) out.code = code;
  return out;
}

function hoursLeftText(components: Components): string {
  const parts: string[] = [];
  const national = components.national;
  if (national.remaining > 0) {
    const topics = TOPICS.filter((t) => national.topics[t].remaining > 0).map(
      (t) => `${TOPIC_LABELS[t]} ${formatHours(national.topics[t].remaining)}`,
    );
    parts.push(`National ${formatHours(national.remaining)}${topics.length ? ` (${topics.join(', ')})` : ''}`);
  }
  for (const c of ['local', 'individual'] as const) {
    if (components[c].remaining > 0) parts.push(`${COMPONENT_LABELS[c]} ${formatHours(components[c].remaining)}`);
  }
  return parts.join('; ');
}

/** Step A (NREMT): what is left, in the order NREMT asks for it. */
function stepAActions(facts: ActionFacts, cycle: Cycle): NextAction[] {
  const out: NextAction[] = [];
  if (facts.stepA === 'complete') return out;
  const opened = windowHasOpened(facts.phase);
  const lastDay = cycle.lastDay;
  const nremtBy = facts.phase === 'open' || !opened ? lastDay : cycle.signOffBy;
  const status = facts.nremtStatus;
  const application = facts.application;

  if (!facts.nremtRead) {
    out.push(action('open-nremt', 'login', { site: 'nremt', page: NREMT_PAGES.dashboard }, urgencyOf('step', facts), nremtBy,
      'Open your NREMT dashboard (My Certification)',
      'Your level, expiration, agency and hours come from NREMT.org: we have not read it yet.'));
  }
  if (opened && status === 'immediate-action') {
    out.push(trap(action('nremt-immediate-action', 'submit', { site: 'nremt', page: NREMT_PAGES.application }, urgencyOf('trap', facts), nremtBy,
      'NREMT shows "Immediate Action Required": open your Recertification Application and do what it asks',
      'NREMT cannot go on with your recertification until you act.', 'IMMEDIATE_ACTION')));
  } else if (opened && (status === 'returned' || application?.status === 'returned')) {
    const reasons = application?.returnReasons ?? [];
    out.push(trap(action('fix-returned', 'submit', { site: 'nremt', page: NREMT_PAGES.application }, urgencyOf('trap', facts), nremtBy,
      'Fix what NREMT returned, then click Submit Application again',
      reasons.length > 0
        ? `NREMT returned your application as incomplete: ${reasons.join('; ')}.`
        : 'NREMT returned your application as incomplete: open it to see the reasons NREMT gives.',
      'RETURNED_INCOMPLETE')));
  }
  if (!facts.agency || facts.agency.status !== 'active' || status === 'agency') {
    if (facts.agency?.status === 'pending' || status === 'agency') {
      const name = facts.agency?.name ? ` with ${facts.agency.name}` : '';
      out.push(action('agency-pending', 'affiliate', { site: 'nremt', page: NREMT_PAGES.dashboard }, urgencyOf('step', facts), nremtBy,
        `Ask your Training Officer to approve your agency affiliation${name}`,
        'Without an active agency affiliation NREMT renews you as "Inactive".', 'NO_AGENCY'));
    } else if (facts.agency?.status === 'none') {
      out.push(action('affiliate', 'affiliate', { site: 'nremt', page: NREMT_PAGES.dashboard }, urgencyOf('step', facts), nremtBy,
        'Affiliate with your agency (Add or Remove Agency Affiliation on your NREMT dashboard)',
        'Without an active agency affiliation NREMT renews you as "Inactive".', 'NO_AGENCY'));
    }
  }
  if (!facts.byExam && facts.components && facts.totalRemaining !== null && facts.totalRemaining > 0) {
    const passed = facts.phase === 'open' && facts.today > cycle.recommendedBy;
    out.push(action('add-hours', 'hours', { site: 'nremt', page: NREMT_PAGES.education }, urgencyOf('step', facts), lastDay,
      `Add ${formatHours(facts.totalRemaining)} more hours: ${hoursLeftText(facts.components)}`,
      passed
        ? `The recommended date (${longDate(cycle.recommendedBy)}) has passed: courses must be completed by ${longDate(lastDay)}.`
        : `Courses count when completed by ${longDate(lastDay)}, with an approval number, and assigned in Manage Education.`,
      'HOURS_NEEDED'));
  }
  if (!facts.byExam && !facts.coursesRead && facts.stepA !== 'submitted') {
    out.push(action('read-courses', 'hours', { site: 'nremt', page: NREMT_PAGES.education }, urgencyOf('step', facts), lastDay,
      'Open Manage Education on NREMT.org so we can read your courses',
      'We have not read your course list yet, so we cannot say how many hours are left.',
      'COURSES_NOT_READ'));
  }
  const figures = facts.pageFigures ?? [];
  if (!facts.byExam && figures.length > 0 && facts.stepA !== 'submitted') {
    out.push(action('check-page-figures', 'hours', { site: 'nremt', page: NREMT_PAGES.education }, urgencyOf('step', facts), lastDay,
      'Check your hours on Manage Education: NREMT’s own totals disagree with the courses listed',
      figures.map(pageFigureText).join(' '),
      'PAGE_FIGURE_DISAGREES'));
  }
  // Paid on NREMT's own application but not submitted: the classic failure, told while nothing says
  // hours are short (by the courses read, or by NREMT's own figures: then those come first).
  const paidNotSubmitted = application?.paid === true && (application.status === 'not-submitted' || application.status === 'in-progress');
  const hoursNotShort = (facts.totalRemaining === null || facts.totalRemaining === 0) && !facts.pageFigures?.length;
  const ready = facts.stepA === 'ready-to-submit';
  if (opened && (ready || (paidNotSubmitted && hoursNotShort)) && status !== 'returned' && status !== 'immediate-action') {
    const submit = trap(action('submit-nremt', 'submit', { site: 'nremt', page: NREMT_PAGES.application, control: 'nremt-submit' }, urgencyOf('trap', facts), nremtBy,
      ready ? 'Click Submit Application on NREMT.org' : 'You paid the NREMT fee but did not submit: click Submit Application on NREMT.org',
      ready
        ? `All your hours are in, but NREMT does not review your application until you click Submit Application — paying the $${MA_FEES.stepA} fee does not submit it.`
        : `Your application shows the $${MA_FEES.stepA} fee paid and not submitted — paying does not submit it, and NREMT does not review it until you click Submit Application.`,
      'SUBMIT_APPLICATION'));
    out.push(ready ? worded(submit, `All your hours are in. Click Submit Application on NREMT.org — paying the $${MA_FEES.stepA} fee does not submit it.`) : submit);
  }
  if (opened && status === 'training-officer') {
    const who = facts.level === 'aemt' || facts.level === 'paramedic' ? 'Training Officer (and Medical Director, for your skills)' : 'Training Officer';
    out.push(action('ask-training-officer', 'signoff', { site: 'nremt', page: NREMT_PAGES.application }, urgencyOf('step', facts), cycle.signOffBy,
      `Ask your ${who} to sign off by ${longDate(cycle.signOffBy)}`,
      'NREMT shows "Pending Training Officer Sign Off": it cannot renew you before that sign-off.', 'SIGN_OFF_PENDING'));
  } else if (opened && (status === 'registry-review' || (facts.stepA === 'submitted' && status === null))) {
    out.push(action('wait-nremt-review', null, { site: 'nremt', page: NREMT_PAGES.dashboard }, 'later', null,
      'Nothing to do on NREMT.org while it reviews your application',
      'NREMT shows your application pending National Registry review; Step A is complete when your dashboard shows the new expiration.'));
  } else if (opened && status === 'legal') {
    out.push(action('nremt-legal', null, { site: 'nremt', page: NREMT_PAGES.application }, urgencyOf('step', facts), nremtBy,
      'Answer NREMT about the Legal Pathway section of your application',
      'NREMT shows "Pending Legal Pathway".'));
  }
  return out;
}

/** Step B (eLicensing): open it, renew, submit, wait — never "done" until it shows the new date. */
function stepBActions(facts: ActionFacts, cycle: Cycle): NextAction[] {
  if (facts.stepB === 'done') return [];
  const opened = windowHasOpened(facts.phase);
  const renewsTo = longDate(cycle.renewsTo);
  const by = facts.phase === 'open' || !opened ? cycle.lastDay : cycle.signOffBy;
  const trapOrStep = facts.nremtShowsNewDate ? 'trap' : 'step';
  const renewal = facts.renewal?.state ?? null;

  if (facts.phase === 'closed') {
    // After April 30 the state accepts only a late recertification, and only once NREMT renewed.
    if (facts.nremtShowsNewDate || facts.stepA === 'complete') {
      return [action('late-recertification', 'attest', { site: 'elicensing', page: ELICENSING_PAGES.license }, 'now', null,
        'Submit a Late Recertification application on eLicensing',
        `${longDate(cycle.signOffBy)} has passed. NREMT shows ${renewsTo}, so the state accepts a late recertification application.`,
        'STEP_B_NOT_DONE')];
    }
    return [];
  }
  if (facts.stepB === 'unknown' && renewal === null) {
    return [trap(action('open-elicensing', 'confirm-expiration', { site: 'elicensing', page: ELICENSING_PAGES.license },
      opened ? urgencyOf(trapOrStep, facts) : 'later', opened ? by : null,
      'Open your eLicensing license page (healthprofessionlicensing.mass.gov) so we can check Step B',
      facts.nremtShowsNewDate
        ? `NREMT shows ${renewsTo}, but only eLicensing showing it renews your Massachusetts license: we have never read eLicensing.`
        : 'We have never read eLicensing: Step B (your Massachusetts license) is renewed only when it shows the new date.',
      opened ? 'STEP_B_NOT_DONE' : undefined), facts.nremtShowsNewDate)];
  }
  if (!opened) return [];
  if (renewal === 'paid-not-submitted') {
    return [trap(action('submit-elicensing', 'submit-state', { site: 'elicensing', page: ELICENSING_PAGES.renewal, control: 'elicensing-submit' },
      urgencyOf('trap', facts), by,
      'You paid the state fee but did not submit your renewal: click Submit on eLicensing',
      'Leaving after paying and before submitting leaves the renewal incomplete and your license not renewed.',
      'ELICENSING_NOT_SUBMITTED'))];
  }
  if (renewal === 'submitted' || renewal === 'in-review' || renewal === 'approved') {
    return [action('wait-elicensing', 'confirm-expiration', { site: 'elicensing', page: ELICENSING_PAGES.license }, 'later', null,
      `Check eLicensing in a few days: Step B is done when it shows ${renewsTo}`,
      'Your renewal is submitted; the state processes it in 2–5 business days.')];
  }
  const steps = renewal === 'started'
    ? 'finish the renewal application you started (I Agree and e-signature, pay, then Submit)'
    : 'Show Details on your license → Start … Renewal Application → I Agree → pay → Submit';
  return [trap(action('renew-elicensing', 'attest', { site: 'elicensing', page: ELICENSING_PAGES.license }, urgencyOf(trapOrStep, facts), by,
    `Renew your Massachusetts license on eLicensing: ${steps}`,
    (facts.nremtShowsNewDate
      ? `NREMT shows ${renewsTo}, but your state license still expires ${longDate(cycle.lastDay)}.`
      : `The $${MA_FEES.stepB} state renewal is Step B; it is done only when eLicensing shows ${renewsTo}.`) +
      (facts.phase === 'late' ? ` It was due ${longDate(cycle.lastDay)}; late fees apply.` : ''),
    'STEP_B_NOT_DONE'), facts.nremtShowsNewDate)];
}

/** Closed after April 30 without NREMT's renewal: the certification has lapsed. */
function lapsedActions(facts: ActionFacts, cycle: Cycle): NextAction[] {
  if (facts.phase !== 'closed' || facts.stepA === 'complete' || facts.nremtShowsNewDate) return [];
  return [action('lapsed', null, { site: 'nremt', page: NREMT_PAGES.dashboard }, 'now', null,
    'Contact NREMT and Massachusetts OEMS about reinstatement',
    `Your certification expired ${longDate(cycle.lastDay)} and the sign-off deadline (${longDate(cycle.signOffBy)}) has passed: you cannot staff an ambulance until you are reinstated.`,
    'LAPSED')];
}

const URGENCY_ORDER: Record<Urgency, number> = { now: 0, soon: 1, later: 2 };

// Raised with their own detail by hoursWarnings / agencyWarnings / pageFigureWarnings, and by stepBWarning below.
const RAISED_ELSEWHERE = new Set(['HOURS_NEEDED', 'NO_AGENCY', 'STEP_B_NOT_DONE', 'PAGE_FIGURE_DISAGREES']);

function warningFor(a: NextAction, phase: Phase): Warning | null {
  if (!a.code || a.urgency === 'later' || RAISED_ELSEWHERE.has(a.code)) return null;
  const severity = TRAPS.has(a) || phase === 'late' || phase === 'closed' ? 'danger' : 'warning';
  const by = a.by ? ` by ${longDate(a.by)}` : '';
  return warn(a.code, severity, WARNING_TEXT.get(a) ?? `${a.what}${by}. ${a.why}`);
}

/** STEP_B_NOT_DONE: once the window has opened, until eLicensing shows the new date. */
function stepBWarning(facts: ActionFacts, cycle: Cycle): Warning[] {
  if (!windowHasOpened(facts.phase) || facts.renewed || facts.stepB === 'done') return [];
  const lastDay = longDate(cycle.lastDay);
  const renewal = facts.renewal?.state ?? null;
  const lead = facts.nremtShowsNewDate ? 'NREMT shows your new date, but your state license still expires. ' : '';
  const severity = facts.nremtShowsNewDate || facts.phase !== 'open' || renewal === 'paid-not-submitted' ? 'danger' : 'warning';
  const due = facts.phase === 'open' ? `by ${lastDay}` : `now (it was due ${lastDay}; late fees apply)`;
  const body =
    renewal === 'paid-not-submitted'
      ? `you paid the state fee but did not submit your renewal: click Submit on eLicensing ${due}.`
      : renewal === 'submitted' || renewal === 'in-review' || renewal === 'approved'
        ? `your renewal is submitted; it is done when eLicensing shows ${longDate(cycle.renewsTo)}.`
        : `review, attest and pay the $${MA_FEES.stepB} state fee on eLicensing (healthprofessionlicensing.mass.gov) ${due}.`;
  const check = facts.stepB === 'unknown' ? ' Open eLicensing so we can check it.' : '';
  return [warn('STEP_B_NOT_DONE', severity, `${lead}Step B not done: ${body}${check}`)];
}

/** The ordered list (most urgent first, stable) and the warnings that stand for it. */
export function planNextActions(facts: ActionFacts): ActionPlan {
  const cycle = facts.cycle;
  if (!cycle) {
    const actions = facts.nremtRead
      ? []
      : [action('open-nremt', 'login', { site: 'nremt', page: NREMT_PAGES.dashboard }, 'soon', null,
          'Open your NREMT dashboard (My Certification)',
          'We need your expiration date and level before we can say what is left.')];
    return { actions, warnings: [] };
  }
  if (facts.renewed) {
    return {
      actions: [action('next-window', null, { site: 'nremt', page: NREMT_PAGES.dashboard }, 'later', cycle.opensOn,
        `Nothing to do now: your next window opens ${longDate(cycle.opensOn)}`,
        'NREMT and eLicensing both show your new expiration. Keep your course certificates for at least 5 years.')],
      warnings: [],
    };
  }
  const actions = [...lapsedActions(facts, cycle), ...stepAActions(facts, cycle), ...stepBActions(facts, cycle)];
  if (!windowHasOpened(facts.phase)) {
    actions.push(action('window-opens', null, { site: 'nremt', page: NREMT_PAGES.application }, 'later', cycle.opensOn,
      `Your renewal window opens ${longDate(cycle.opensOn)}`,
      'From then you can submit Step A on NREMT.org and Step B on eLicensing; hours can be added any time.'));
  }
  const ordered = actions
    .map((a, index) => ({ a, index }))
    .sort((x, y) => URGENCY_ORDER[x.a.urgency] - URGENCY_ORDER[y.a.urgency] || x.index - y.index)
    .map(({ a }) => a);

  const warnings = ordered.map((a) => warningFor(a, facts.phase)).filter((w): w is Warning => w !== null);
  warnings.push(...stepBWarning(facts, cycle), ...deadlineWarnings(facts, cycle));
  return { actions: ordered, warnings };
}

/** DEADLINE_SOON and LATE: the clock, once the window is open and a step is left. */
function deadlineWarnings(facts: ActionFacts, cycle: Cycle): Warning[] {
  const stepsLeft = facts.stepA !== 'complete' || facts.stepB !== 'done';
  if (!stepsLeft || facts.renewed) return [];
  const lastDay = longDate(cycle.lastDay);
  const days = facts.daysToLastDay;
  if (facts.phase === 'open' && days !== null && days >= 0 && days <= 30) {
    const left = days === 0 ? 'Today is the last day' : `${days} day${days === 1 ? '' : 's'} left`;
    return [warn('DEADLINE_SOON', 'danger',
      `${left}: finish Step A on NREMT.org and Step B on eLicensing by ${lastDay} to avoid late fees and a lapse.`)];
  }
  if (facts.phase === 'late') {
    return [warn('LATE', 'danger',
      `${lastDay} has passed: late fees apply (NREMT $${MA_FEES.lateNremt}, MA $${MA_FEES.lateState}). Finish both steps now; Training Officer sign-off on NREMT.org must be in by ${longDate(cycle.signOffBy)}. Until eLicensing shows ${longDate(cycle.renewsTo)} you cannot staff an ambulance.`)];
  }
  if (facts.phase === 'closed') {
    return [warn('LATE', 'danger',
      `${longDate(cycle.signOffBy)} has passed. A Late Recertification application on eLicensing is possible only once NREMT.org shows the ${longDate(cycle.renewsTo)} expiration.`)];
  }
  return [];
}

/** The report's shape for the renewal application, for the views. */
export type RenewalState = NonNullable<Report['stepB']['renewal']>;
