// The component a heading or a line above a list gives its courses holds only where the list's
// own courses agree with it. A grid whose courses name their own components ("National",
// "State/Local", "Individual" cells) under the page's section progress lines ("Individual 5 / 10
// hrs", the last of them before the grid) shows what those lines are: a summary. A course of that
// grid whose own component cell is empty ("", "—", "N/A") is unassigned, not the last line's.
// Background only (record-courses.ts).
import type { Course } from '../model';
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

  override onHeading(level: number, text: string): boolean {
    const before = this.current();
    const named = super.onHeading(level, text);
    const after = this.current();
    if (named || before.component !== after.component || before.topic !== after.topic) this.run += 1;
    return named;
  }

  /** A course read under the current heading, from these parts. */
  note(course: Course, parts: CourseParts): void {
    this.noted.push({ course, run: this.run, inherited: shown(parts.assignmentText) === null && shown(parts.topicText) === null });
  }

  /** Courses that took a heading's component its run's own courses contradict: unassigned. */
  settle(): void {
    const runs = new Map<number, Noted[]>();
    for (const noted of this.noted) runs.set(noted.run, [...(runs.get(noted.run) ?? []), noted]);
    for (const run of runs.values()) {
      const given = run.find((noted) => noted.inherited)?.course.component;
      if (!given || !run.some((noted) => !noted.inherited && noted.course.component !== null && noted.course.component !== given)) continue;
      for (const { course, inherited } of run) {
        if (!inherited) continue;
        course.component = null;
        course.topic = null;
      }
    }
  }
}
