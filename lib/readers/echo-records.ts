// A detail card or "selected row" panel beside a course grid (a spreadsheet's record card, a
// master-detail view) repeats one of the grid's courses: it is not another course. Told by shape:
// the card is drawn unlike every other record of the page (its own labels, not the grid's
// columns), the course it repeats is one of a run drawn alike. The grid's own repeated rows (a
// duplicate import) are drawn alike and both stay. Background only (record-courses.ts).
import type { Course, RecordItem } from '../model';

/** How a record is drawn: a table row or not, and the fields its labels or column headers name. */
function shapeOf(item: RecordItem): string {
  if (item.kind !== 'record' && item.kind !== 'unread') return '';
  const fields = item.atoms.flatMap((atom) => (atom.field ? [`${atom.field}=${atom.label ?? ''}`] : []));
  return `${item.row ? 'row' : 'block'}|${fields.join(',')}`;
}

// Values a card may leave out (its own columns are fewer): a value missing there still matches.
const same = <T>(a: T | null | undefined, b: T | null | undefined): boolean => a === b || a == null || b == null;

/** One course shown twice: the same title, date and hours, nothing else told differently. */
function repeats(a: Course, b: Course): boolean {
  return a.title === b.title && a.completedOn === b.completedOn && a.hours === b.hours && same(a.approvalNumber, b.approvalNumber) && same(a.component, b.component) && same(a.topic, b.topic);
}

/** The records that only repeat a course a run of differently drawn records shows. */
export function echoRecords(origins: ReadonlyMap<Course, RecordItem>): Set<RecordItem> {
  const shapes = new Map<string, Set<RecordItem>>();
  for (const item of origins.values()) {
    const shape = shapeOf(item);
    shapes.set(shape, (shapes.get(shape) ?? new Set()).add(item));
  }
  const coursesOf = new Map<RecordItem, Course[]>();
  for (const [course, item] of origins) coursesOf.set(item, [...(coursesOf.get(item) ?? []), course]);
  const echoes = new Set<RecordItem>();
  for (const [item, courses] of coursesOf) {
    const shape = shapeOf(item);
    if (courses.length !== 1 || shapes.get(shape)!.size !== 1) continue;
    const course = courses[0]!;
    const shown = [...origins].some(([other, from]) => from !== item && shapes.get(shapeOf(from))!.size >= 2 && repeats(course, other));
    if (shown) echoes.add(item);
  }
  return echoes;
}
