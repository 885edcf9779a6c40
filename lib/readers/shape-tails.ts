// A list whose rows show one shape of cells ("04/18/2026 | 2.00 | National / Airway |
// 26-CNE-F3-0140 | Oxygen Therapy"), some of them with cells of the page's own before it (a blame
// view's revision number and commit message on the rows a commit changed): where rows of that
// shape alone hold a whole course, the cells before it on the others, repeating only kinds of
// value the shape already holds, are no part of the course. Background only (record-courses.ts).
import type { RecordAtom as Atom, RecordItem } from '../model';
import { hasLetters } from './cut';
import { approvalIn, assignmentIn, dateIn, isBareHours } from './values';

// Rows enough to tell the list's shape from a row's extra cells.
const MIN_ROWS = 4;

/** A cell's kind of value: the shape's letters. */
function kindOf(atom: Atom): string {
  const text = atom.text.trim();
  if (approvalIn(text) !== null) return 'a';
  if (dateIn(text) !== null) return 'd';
  if (isBareHours(text)) return 'h';
  if (assignmentIn(text) !== null) return 'c';
  return hasLetters(text) ? 't' : '-';
}

type Row = Extract<RecordItem, { atoms: unknown }>;

/** The items with the cells before the list's shape left out of the rows that have them. */
export function withShapeTails(items: readonly RecordItem[]): readonly RecordItem[] {
  const rows = items.filter((item): item is Row => item.kind === 'record' && !!item.row && item.atoms.every((atom) => !atom.field));
  if (rows.length < MIN_ROWS) return items;
  const shapeOf = (row: Row): string => row.atoms.map(kindOf).join('');
  const shapes = new Map<string, number>();
  for (const row of rows) shapes.set(shapeOf(row), (shapes.get(shapeOf(row)) ?? 0) + 1);
  // The shape: the shortest that two rows or more show whole, holding a course's date, hours and title.
  const whole = [...shapes].filter(([shape, count]) => count >= 2 && shape.includes('d') && shape.includes('h') && shape.includes('t')).map(([shape]) => shape);
  const shape = whole.sort((a, b) => a.length - b.length)[0];
  if (!shape) return items;
  const cut = new Map<Row, Row>();
  for (const row of rows) {
    const own = shapeOf(row);
    const before = own.slice(0, own.length - shape.length);
    // A value among them (a revision's number), not words alone (a title before its "Before cycle" badge).
    const value = /[dha]/.test(before);
    if (own.length > shape.length && own.endsWith(shape) && value && [...before].every((kind) => shape.includes(kind))) cut.set(row, { ...row, atoms: row.atoms.slice(before.length) });
  }
  return cut.size === 0 ? items : items.map((item) => cut.get(item as Row) ?? item);
}
