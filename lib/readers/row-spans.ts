// Cells merged down a table (rowspan): a person reading along a row below sees the merged cell's
// text as part of that row ("National" spanning six courses names each of them). Rows are fed
// in reading order; each row's own merges are remembered for the rows they cover.
import { textOf } from './text';
import { spanOf } from './table';

export interface CarriedCell {
  /** The column the merged cell occupies in this row. */
  column: number;
  text: string;
}

interface Span extends CarriedCell {
  /** Rows below still covered. */
  left: number;
}

const NONE: readonly CarriedCell[] = [];

function isCell(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'TD' || tag === 'TH';
}

/**
 * A reader of a table's rows in reading order: for each row, the merged cells from rows above that
 * cover it, by column; each row's own merges are kept for the rows below.
 */
export function rowSpans(): (row: Element) => readonly CarriedCell[] {
  const active = new Map<Element, Span[]>();
  return (row) => {
    const section = row.parentElement;
    if (!section) return NONE;
    const spans = active.get(section);
    let ownSpan = false;
    for (let cell = row.firstElementChild; cell && !ownSpan; cell = cell.nextElementSibling) ownSpan = cell.hasAttribute('rowspan');
    if (!spans?.length && !ownSpan) return NONE;
    const carried = (spans ?? []).map(({ column, text }) => ({ column, text })).sort((a, b) => a.column - b.column);
    const next: Span[] = (spans ?? []).filter((span) => span.left > 1).map((span) => ({ ...span, left: span.left - 1 }));
    const taken = new Set(carried.map((cell) => cell.column));
    let column = 0;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (!isCell(cell)) continue;
      while (taken.has(column)) column += 1;
      const rows = Math.min(100, Number(cell.getAttribute('rowspan')) || 1);
      const columns = spanOf(cell, 'colspan');
      if (rows > 1) next.push({ column, left: rows - 1, text: textOf(cell) });
      column += columns;
    }
    active.set(section, next);
    return carried;
  };
}
