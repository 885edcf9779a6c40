// Tables read by their header cells' text: which column holds which field, and the body rows.
import { matchLabel, type LabelField } from './labels';
import { textOf } from './text';

export interface TableLayout {
  /** Column index (after colspans) of each recognised field; first match wins. */
  columns: Partial<Record<LabelField, number>>;
  headerTexts: string[];
  headerRow: Element;
}

function tag(el: Element): string {
  return el.tagName.toUpperCase();
}

const ARIA_TABLE = '[role=table],[role=grid],[role=treegrid],table';
const ARIA_CELLS = '[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]';

/** A <div role="table"> grid (single-page apps) rather than a real <table>. */
export function isAriaTable(el: Element): boolean {
  if (tag(el) === 'TABLE') return false;
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  return role === 'table' || role === 'grid' || role === 'treegrid';
}

function isHeaderCell(cell: Element): boolean {
  if (tag(cell) === 'TH') return true;
  const role = (cell.getAttribute('role') ?? '').toLowerCase();
  return role === 'columnheader';
}

/** Rows of this table, not of tables nested in it, in document order. */
export function ownRows(table: Element): Element[] {
  if (isAriaTable(table)) {
    // One query per table (not per row): rows whose nearest table is this one.
    return Array.from(table.querySelectorAll('[role=row]')).filter((row) => row.parentElement?.closest(ARIA_TABLE) === table);
  }
  // Indexed `children` access: happy-dom's nextElementSibling is slow on 5,000-row bodies.
  const rows: Element[] = [];
  const sections = table.children;
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s]!;
    const sectionTag = tag(section);
    if (sectionTag === 'TR') rows.push(section);
    else if (sectionTag === 'THEAD' || sectionTag === 'TBODY' || sectionTag === 'TFOOT') {
      const sectionRows = section.children;
      for (let r = 0; r < sectionRows.length; r++) if (tag(sectionRows[r]!) === 'TR') rows.push(sectionRows[r]!);
    }
  }
  return rows;
}

/**
 * The row's cells, a cell spanning n columns repeated n times. When the caller knows the
 * table's column count and the row already has that many cells, colspans are not looked up
 * (attribute reads dominate the cost of a 5,000-row table in happy-dom).
 */
export function cellsOf(row: Element, columnCount?: number): Element[] {
  if (tag(row) !== 'TR') {
    return Array.from(row.querySelectorAll(ARIA_CELLS)).filter((cell) => cell.parentElement?.closest('[role=row]') === row);
  }
  const raw: Element[] = [];
  const children = row.children;
  for (let c = 0; c < children.length; c++) {
    const cell = children[c]!;
    const cellTag = tag(cell);
    if (cellTag === 'TD' || cellTag === 'TH') raw.push(cell);
  }
  if (columnCount !== undefined && raw.length >= columnCount) return raw;
  const cells: Element[] = [];
  for (const cell of raw) {
    const colspan = cell.getAttribute('colspan');
    const span = colspan === null ? 1 : Math.max(1, Math.min(20, Number(colspan) || 1));
    for (let i = 0; i < span; i++) cells.push(cell);
  }
  return cells;
}

function isHeaderLike(row: Element): boolean {
  if (row.parentElement && tag(row.parentElement) === 'THEAD') return true;
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every(isHeaderCell);
}

/**
 * The header row (in <thead>, or the first all-<th> row among the first three rows) mapped to
 * the fields it names. null when the table has no header row.
 */
export function tableLayout(table: Element, fields: readonly LabelField[]): TableLayout | null {
  const rows = ownRows(table);
  // The last <thead> row, else the first all-<th> row of several cells among the first three
  // (a one-cell <th colspan> row is a group label, not the header).
  let headerRow: Element | undefined;
  for (const row of rows.slice(0, 3)) {
    if (row.parentElement && tag(row.parentElement) === 'THEAD') headerRow = row;
  }
  if (!headerRow) headerRow = rows.slice(0, 3).find((row) => isHeaderLike(row) && new Set(cellsOf(row)).size > 1);
  if (!headerRow) return null;
  const headerTexts = cellsOf(headerRow).map((cell) => textOf(cell));
  const columns: Partial<Record<LabelField, number>> = {};
  headerTexts.forEach((text, index) => {
    const field = matchLabel(text.replace(/\s*[:：*]\s*$/, ''), fields);
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return { columns, headerTexts, headerRow };
}

/** Body rows: every own row after the header row, except <thead>/<tfoot> rows (group rows stay). */
export function bodyRows(table: Element, layout: TableLayout): Element[] {
  const rows = ownRows(table);
  const start = rows.indexOf(layout.headerRow) + 1;
  return rows.slice(start).filter((row) => {
    const section = row.parentElement ? tag(row.parentElement) : '';
    return section !== 'TFOOT' && section !== 'THEAD';
  });
}
