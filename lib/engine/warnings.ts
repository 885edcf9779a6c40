// Warnings with stable codes and messages, in plain English: what is unknown, course problems,
// hours and agency. The warnings that ask to act on a step come from next-actions.ts.
import { longDate } from '../dates';
import type { Agency, Course, Cycle, PageFigure, Phase, Warning } from '../model';
import { TOPICS } from '../model';
import type { AssessedCourse } from './courses';
import { COMPONENT_LABELS, formatHours, TOPIC_LABELS } from './format';
import { windowHasOpened } from './phase';
import type { Components } from './tally';

type Severity = NonNullable<Warning['severity']>;

const warn = (code: string, severity: Severity, message: string, course?: string): Warning =>
  course === undefined ? { code, message, severity } : { code, message, course, severity };

/**
 * Courses dated after today: nobody completed them yet. The date is a typo, or the list is a
 * schedule of classes read as the person's (report-format.md still credits them inside the cycle):
 * said, never silently counted as done.
 */
export function futureCourseWarnings(courses: readonly Course[], today: string): Warning[] {
  return courses.flatMap((course) =>
    course.completedOn !== null && course.completedOn > today
      ? [warn('DATED_AFTER_TODAY', 'warning', `"${course.title}" is dated ${longDate(course.completedOn)}, after today: a class not yet taken counts for nothing. Check the date on NREMT.org.`, course.title)]
      : [],
  );
}

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
    if (problems.includes('possible-split')) {
      out.push(warn('SPLIT_UNCONFIRMED', 'warning',
        `"${title}" is listed again (${formatHours(course.hours)} h${course.component ? ` in ${COMPONENT_LABELS[course.component]}${course.topic ? ` – ${TOPIC_LABELS[course.topic]}` : ''}` : ''}), and no page shows the course's full hours: this part counts only if it is a split of one course (the parts add up to no more than its certificate's hours). Is it? Check the certificate; if it is a repeat, remove it in Manage Education.`,
        title));
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

/** Where a figure sits, in NREMT's words: "National", "National – Trauma", "Local". */
function figurePlace(figure: PageFigure): string {
  return figure.topic ? `${COMPONENT_LABELS[figure.component]} – ${TOPIC_LABELS[figure.topic]}` : COMPONENT_LABELS[figure.component];
}

/** Both figures, trusting neither: "NREMT shows 23.5 h for National; I read 25 h from the courses listed." */
export function pageFigureText(figure: PageFigure): string {
  return `NREMT shows ${formatHours(figure.shown)} h for ${figurePlace(figure)}; I read ${formatHours(figure.read)} h from the courses listed.`;
}

export function pageFigureWarnings(figures: readonly PageFigure[]): Warning[] {
  return figures.map((figure) =>
    warn('PAGE_FIGURE_DISAGREES', 'warning',
      `${pageFigureText(figure)} Until they agree, ${figurePlace(figure)} is not counted as complete: check its courses on Manage Education (a course I could not read, or a figure that counts something else).`));
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
  // An agency shown without its status (an application's "Agency: …") says nothing either way.
  if (!agency || agency.status === 'active' || agency.status === undefined) return [];
  const inactive = 'Without an agency affiliation NREMT renews you as "Inactive".';
  if (agency.status === 'pending') {
    const name = agency.name ? ` with ${agency.name}` : '';
    return [warn('NO_AGENCY', 'warning',
      `Your agency affiliation${name} is pending approval: ask your Training Officer to approve it. ${inactive}`)];
  }
  return [warn('NO_AGENCY', 'warning',
    `Affiliate with your agency under Agency Affiliations on your NREMT dashboard. ${inactive}`)];
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
