// The component a heading or a line above a list gives its courses holds only where the list's
// own courses agree with it. A grid whose courses name their own components ("National",
// "State/Local", "Individual" cells) under the page's section progress lines ("Individual 5 / 10
// hrs", the last of them before the grid) shows what those lines are: a summary. A course of that
// grid whose own component cell is empty ("", "—", "N/A"), after rows that named another
// component, is unassigned, not the last line's. The courses right under a heading are its own,
// whatever sections drawn inside later records follow them.
// Background only (record-courses.ts).
import type { Component, Course } from '../model';
import { HeadingContext, shown, type CourseParts } from './education';

interface Noted {
  course: Course;
  run: number;
  /** The course shows no component or topic of its own: it took the heading's. */
  inherited: boolean;
}

export class HeadingRuns extends HeadingContext {
  private run = 0;
  private readonly noted: Noted[] = [];
  /** The component each run's heading gives. */
  private readonly given = new Map<number, Component>();

  override onHeading(level: number, text: string): boolean {
    const before = this.current();
    const named = super.onHeading(level, text);
    const after = this.current();
    if (named || before.component !== after.component || before.topic !== after.topic) this.run += 1;
    return named;
  }

  /** A course read under the current heading, from these parts. */
  note(course: Course, parts: CourseParts): void {
    const inherited = shown(parts.assignmentText) === null && shown(parts.topicText) === null;
    this.noted.push({ course, run: this.run, inherited });
    const given = this.current().component;
    if (given) this.given.set(this.run, given);
  }

  /**
   * Courses that took a heading's component after courses of its run named another of their own:
   * unassigned. The courses right under a heading are its own, whatever sections follow them.
   */
  settle(): void {
    const contradicted = new Set<number>();
    for (const { course, run, inherited } of this.noted) {
      const given = this.given.get(run);
      if (!inherited && given && course.component !== null && course.component !== given) contradicted.add(run);
      if (inherited && contradicted.has(run)) {
        course.component = null;
        course.topic = null;
      }
    }
  }
}
