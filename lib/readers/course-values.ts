// Whether a list's records read as courses by their values alone (background only): a page that
// never names NREMT nor its list (a reference manager's table, a spreadsheet, a notes app's cards)
// is the person's course list when its records carry what Add Courses asks for together: a date
// completed, an hours figure and an approval number. Dates and hours alone (a timesheet), numbers
// alone (a register) or one such record tell nothing: unknown beats wrong.
import type { RecordList } from '../model';
import { coursesFromLists } from './record-courses';

/** Two or more records read as courses with a date, hours and an approval number, at least half of all read. */
export function carriesCourseValues(lists: readonly RecordList[]): boolean {
  if (lists.length === 0) return false;
  const read = coursesFromLists(lists);
  const full = read.courses.filter((course) => course.completedOn !== null && course.hours > 0 && course.approvalNumber !== null).length;
  return full >= 2 && full * 2 >= read.courses.length + read.unread.length;
}
