// The page's own figures against what was read: "23.5 of 25" beside National while the
// courses read under National add up to 21.5 means one of them is wrong (a course not read, a
// figure that counts something else). Both are kept; neither is trusted blindly.
import type { Course, PageFigure } from '../model';
import type { ShownFigure } from './requirements';

const EPSILON = 0.01;

/** Where a figure stands: a component, or a National topic. */
interface FigurePlace {
  component: Course['component'];
  topic: Course['topic'];
}

/** The hours of the courses at that place: all of them, and with each exact repeat counted once. */
function hoursAt(courses: readonly Course[], place: FigurePlace): { all: number; once: number } {
  let all = 0;
  let once = 0;
  const seen = new Set<string>();
  for (const course of courses) {
    if (course.component !== place.component) continue;
    if (place.topic && course.topic !== place.topic) continue;
    all += course.hours;
    const key = `${course.title.trim().toLowerCase()}|${course.completedOn}|${course.approvalNumber}|${course.hours}`;
    if (!seen.has(key)) once += course.hours;
    seen.add(key);
  }
  return { all: Math.round(all * 100) / 100, once: Math.round(once * 100) / 100 };
}

/**
 * Whether a figure the page shows agrees with the courses at its place, and the hours read
 * there. A page may cap its figure at the requirement, and may leave a listed repeat out of it
 * (NREMT does not credit duplicate hours): a figure that matches either reading agrees.
 */
export function figureAgrees(courses: readonly Course[], place: FigurePlace, shown: number, required: number | undefined): { agrees: boolean; read: number } {
  const { all, once } = hoursAt(courses, place);
  const matches = (read: number): boolean =>
    Math.abs(read - shown) <= EPSILON || (required !== undefined && shown >= required - EPSILON && read >= shown - EPSILON);
  return { agrees: matches(all) || matches(once), read: all };
}

/** The shown figures that disagree with the courses read. */
export function disagreeingFigures(courses: readonly Course[], shown: readonly ShownFigure[]): PageFigure[] {
  const out: PageFigure[] = [];
  for (const figure of shown) {
    const { component, topic } = figure.assignment;
    const { agrees, read } = figureAgrees(courses, { component, topic }, figure.shown, figure.required);
    if (!agrees) out.push({ component, topic, shown: figure.shown, read });
  }
  return out;
}

/** Hours the page shows as entered anywhere (0 when it shows none). */
export function shownTotal(shown: readonly ShownFigure[]): number {
  return shown.reduce((max, figure) => Math.max(max, figure.shown), 0);
}
