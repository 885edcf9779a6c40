// The page's own figures against what was read: "23.5 of 25" beside National while the
// courses read under National add up to 21.5 means one of them is wrong (a course not read, a
// figure that counts something else). Both are kept; neither is trusted blindly.
import type { Course, PageFigure } from '../model';
import type { ShownFigure } from './requirements';

const EPSILON = 0.01;

function hoursUnder(courses: readonly Course[], figure: ShownFigure): number {
  let sum = 0;
  for (const course of courses) {
    if (course.component !== figure.assignment.component) continue;
    if (figure.assignment.topic && course.topic !== figure.assignment.topic) continue;
    sum += course.hours;
  }
  return Math.round(sum * 100) / 100;
}

/** The shown figures that disagree with the courses read (a page may cap its figure at the requirement). */
export function disagreeingFigures(courses: readonly Course[], shown: readonly ShownFigure[]): PageFigure[] {
  const out: PageFigure[] = [];
  for (const figure of shown) {
    const read = hoursUnder(courses, figure);
    const capped = figure.shown >= figure.required - EPSILON && read >= figure.shown - EPSILON;
    if (Math.abs(read - figure.shown) > EPSILON && !capped) {
      out.push({ component: figure.assignment.component, topic: figure.assignment.topic, shown: figure.shown, read });
    }
  }
  return out;
}

/** Hours the page shows as entered anywhere (0 when it shows none). */
export function shownTotal(shown: readonly ShownFigure[]): number {
  return shown.reduce((max, figure) => Math.max(max, figure.shown), 0);
}
