// A course list shown as a pivot table (a cross-tab by component): one column per component or
// National topic, its header naming it, each course's credits in the column it counts toward. A
// course split across components shows a figure in each column: one course per figure, each
// with its column's name as its assignment. Background only (record-courses.ts).
import type { RecordAtom as Atom, RecordItem } from '../model';
import { assignmentIn, dateIn, hoursWithUnit, isBareHours } from './values';

/** The component or topic a figure's column header names ("Component\nNational" -> "National"), else null. */
function pivotColumn(atom: Atom): string | null {
  if (atom.field || !atom.label) return null;
  // The header's own (last) row names the column; a row above it may name what the columns are ("Component").
  const leaf = atom.label.split('\n').at(-1)!.trim();
  const figure = isBareHours(atom.text) || hoursWithUnit(atom.text)?.match.text === atom.text.trim();
  return figure && assignmentIn(leaf) ? leaf : null;
}

/**
 * Each dated record holding figures under two or more such columns of its list is read once per
 * figure: its other pieces, that figure as the hours, the column's name as the assignment. A
 * record without a date (a progress summary's "Required 30 15 15") is left as it is.
 */
export function withPivotColumns(items: readonly RecordItem[]): RecordItem[] {
  const columns = new Set<string>();
  for (const item of items) if (item.kind === 'record' || item.kind === 'unread') for (const atom of item.atoms) columns.add(pivotColumn(atom) ?? '');
  columns.delete('');
  if (columns.size < 2) return [...items];
  return items.flatMap((item): RecordItem[] => {
    if (item.kind !== 'record' && item.kind !== 'unread') return [item];
    const figures = item.atoms.filter((atom) => pivotColumn(atom) !== null);
    if (figures.length === 0 || !item.atoms.some((atom) => dateIn(atom.text) !== null)) return [item];
    const rest = item.atoms.filter((atom) => !figures.includes(atom));
    const text = item.text ?? item.atoms.map((atom) => atom.text).join(' ');
    return figures.map((figure) => ({ ...item, text, atoms: [...rest, { ...figure, field: 'hours' as const }, { text: pivotColumn(figure)!, field: 'assignment' as const, label: null }] }));
  });
}
