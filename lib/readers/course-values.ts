// Whether a list's records read as courses by their values alone (background only): a page that
// never names NREMT nor its list (a reference manager's table, a spreadsheet, a notes app's cards)
// is the person's course list when its records carry what Add Courses asks for together: a date
// completed, an hours figure and an approval number, and say the date is a completion (a
// "Completed" column or label, "completed 05/03/2026"). Dates and hours alone (a timesheet),
// numbers alone (a register), one such record, or a provider's schedule of classes to come (the
// same values, no completion) tell nothing: unknown beats wrong.
import type { RecordList } from '../model';
import { coursesFromLists } from './record-courses';
import { hasPhrase, phrases } from './words';

const COMPLETED = phrases('completed', 'completion', 'date completed', 'finished', 'attended');

/** Records that say their date is when the course was completed: a column or label naming it so, or the word beside it. */
function completions(lists: readonly RecordList[]): number {
  let count = 0;
  for (const list of lists) {
    for (const item of list.items) {
      if (item.kind !== 'record') continue;
      // Not a bare "Date" column: a schedule's dates are dates too.
      if (item.atoms.some((atom) => hasPhrase(atom.label ?? '', COMPLETED) || hasPhrase(atom.text, COMPLETED))) count += 1;
    }
  }
  return count;
}

/**
 * Two or more records read as courses with a date, hours and an approval number, at least half of
 * all read, saying they were completed; or, where `assigned` (a page naming NREMT), each saying the
 * component it was put under on the Training Profile (a class schedule offering such classes is told by its own words: course-schedule.ts).
 */
export function carriesCourseValues(lists: readonly RecordList[], assigned = false): boolean {
  if (lists.length === 0) return false;
  const read = coursesFromLists(lists);
  const full = read.courses.filter((course) => course.completedOn !== null && course.hours > 0 && course.approvalNumber !== null).length;
  const taken = Math.max(completions(lists), assigned ? read.courses.filter((course) => course.component !== null).length : 0);
  return full >= 2 && full * 2 >= read.courses.length + read.unread.length && taken * 2 >= read.courses.length;
}
