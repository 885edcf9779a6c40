// Tables read by their header cells' text: which column holds which field, and the body rows.
import { matchLabel, type LabelField } from './labels';
import { isHidden } from './dom';
import { textOf } from './text';
import { hasDigit, withoutColon } from './cut';

export interface TableLayout {
  /** Column index (after colspans) of each recognised field; first match wins. */
  columns: Partial<Record<LabelField, number>>;
  headerTexts: string[];
  headerRow: Element;
}

export function tag(el: Element): string {
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

export function isHeaderCell(cell: Element): boolean {
  if (tag(cell) === 'TH') return true;
  const role = (cell.getAttribute('role') ?? '').toLowerCase();
  return role === 'columnheader';
}

/**
 * Rows of this table, not of tables nested in it, in document order, each with the tag of its
 * parent ('TABLE', 'THEAD', 'TBODY', 'TFOOT'; '' in ARIA grids). Stops after `limit` rows.
 */
function ownRowsIn(table: Element, limit = Number.POSITIVE_INFINITY): Array<{ row: Element; section: string }> {
  if (isAriaTable(table)) {
    // One query per table (not per row): rows whose nearest table is this one.
    const rows = Array.from(table.querySelectorAll('[role=row]')).filter((row) => row.parentElement?.closest(ARIA_TABLE) === table);
    return joinSplitRows(rows)
      .slice(0, limit)
      .map((row) => ({ row, section: row.parentElement ? tag(row.parentElement) : '' }));
  }
  // Indexed `children` access: happy-dom's nextElementSibling is slow on 5,000-row bodies.
  const rows: Array<{ row: Element; section: string }> = [];
  const sections = table.children;
  for (let s = 0; s < sections.length && rows.length < limit; s++) {
    const section = sections[s]!;
    const sectionTag = tag(section);
    if (sectionTag === 'TR') rows.push({ row: section, section: 'TABLE' });
    else if (sectionTag === 'THEAD' || sectionTag === 'TBODY' || sectionTag === 'TFOOT') {
      const sectionRows = section.children;
      for (let r = 0; r < sectionRows.length && rows.length < limit; r++) {
        if (tag(sectionRows[r]!) === 'TR') rows.push({ row: sectionRows[r]!, section: sectionTag });
      }
    }
  }
  return rows;
}

// A grid with pinned columns (ag-Grid) renders one logical row as several `role=row` elements,
// one per container, sharing an aria-rowindex: the first part stands for the row, its cells
// are the cells of all parts.
const ROW_PARTS = new WeakMap<Element, Element[]>();

function rowIndex(row: Element): number {
  const index = Number(row.getAttribute('aria-rowindex'));
  return Number.isInteger(index) && index > 0 ? index : Number.POSITIVE_INFINITY;
}

/** Rows with the same aria-rowindex joined into one, ordered by that index; else unchanged. */
function joinSplitRows(rows: Element[]): Element[] {
  const byIndex = new Map<number, Element[]>();
  let split = false;
  for (const row of rows) {
    const index = rowIndex(row);
    if (index === Number.POSITIVE_INFINITY) continue;
    const parts = byIndex.get(index);
    if (parts) {
      parts.push(row);
      split = true;
    } else byIndex.set(index, [row]);
  }
  if (!split) return rows;
  const joined: Element[] = [];
  for (const index of [...byIndex.keys()].sort((a, b) => a - b)) {
    const parts = byIndex.get(index)!;
    ROW_PARTS.set(parts[0]!, parts);
    joined.push(parts[0]!);
  }
  return joined.concat(rows.filter((row) => rowIndex(row) === Number.POSITIVE_INFINITY));
}

function colIndex(cell: Element): number {
  return Number(cell.getAttribute('aria-colindex'));
}

/** Rows of this table, not of tables nested in it, in document order. */
export function ownRows(table: Element): Element[] {
  return ownRowsIn(table).map((entry) => entry.row);
}

/**
 * The row's cells, a cell spanning n columns repeated n times. When the caller knows the
 * table's column count and the row already has that many cells, colspans are not looked up
 * (attribute reads dominate the cost of a 5,000-row table in happy-dom).
 */
export function cellsOf(row: Element, columnCount?: number): Element[] {
  if (tag(row) !== 'TR') {
    const parts = ROW_PARTS.get(row) ?? [row];
    const cells = parts.flatMap((part) => Array.from(part.querySelectorAll(ARIA_CELLS)).filter((cell) => cell.parentElement?.closest('[role=row]') === part));
    if (parts.length > 1 && cells.every((cell) => colIndex(cell) > 0)) cells.sort((a, b) => colIndex(a) - colIndex(b));
    return cells;
  }
  const raw: Element[] = [];
  const children = row.children;
  for (let c = 0, count = children.length; c < count; c++) {
    const cell = children[c]!;
    const cellTag = tag(cell);
    if (cellTag === 'TD' || cellTag === 'TH') raw.push(cell);
  }
  if (columnCount !== undefined && raw.length >= columnCount) return raw;
  const cells: Element[] = [];
  for (const cell of raw) {
    for (let i = 0, span = spanOf(cell, 'colspan'); i < span; i++) cells.push(cell);
  }
  return cells;
}

/** How many columns (`colspan`) or rows (`rowspan`) a cell spans: 1 to 20. */
export function spanOf(cell: Element, name: string): number {
  return Math.max(1, Math.min(20, Number(cell.getAttribute(name)) || 1));
}

/**
 * A row header holding a whole number (a spreadsheet's row numbers down its left edge): it
 * counts the rows, it is no course's figure.
 */
export function isRowNumber(cell: Element): boolean {
  const n = cell.previousElementSibling ? null : wholeNumber(cell);
  if (n === null) return false;
  if (tag(cell) === 'TH' || cell.getAttribute('role') === 'rowheader') return true;
  // A plain cell counts the rows when the row above or below goes on counting (a sheet drawn with plain cells).
  const row = cell.parentElement;
  return wholeNumber(row?.previousElementSibling?.firstElementChild) === n - 1 || wholeNumber(row?.nextElementSibling?.firstElementChild) === n + 1;
}

function wholeNumber(cell: Element | null | undefined): number | null {
  const text = cell ? textOf(cell) : '';
  const n = Number.parseInt(text, 10);
  return String(n) === text ? n : null;
}

/** A sheet's column letters (A, B, C … AA, AB), an empty corner cell first or not: coordinates, no column's name. */
export function isColumnLetters(row: Element): boolean {
  let last = 0;
  let count = 0;
  for (const cell of cellsOf(row)) {
    const text = textOf(cell);
    if (!text && !count) continue;
    let n = text.length > 2 ? NaN : 0;
    for (const ch of text) n = n * 26 + (ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 64 : NaN);
    if (!n || (count && n !== last + 1)) return false;
    last = n;
    count += 1;
  }
  return count > 1;
}

/** A row in <thead>, or of header cells only. */
export function isHeaderLike(row: Element): boolean {
  if (row.parentElement && tag(row.parentElement) === 'THEAD') return true;
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every(isHeaderCell);
}

/** A table's first rows and the header row its markup marks (see tableHead). */
export interface TableHead {
  rows: Element[];
  marked: Element | undefined;
}

/**
 * The first three rows (not a walk over every row of a long transcript) and the header row the
 * markup marks: the last <thead> row, else the first all-<th> row of several cells among them (a
 * one-cell <th colspan> row is a group label, not the header). Found once for a table read for
 * several field lists.
 */
export function tableHead(table: Element): TableHead {
  const rows = ownRowsIn(table, 3).map((entry) => entry.row);
  let marked: Element | undefined;
  for (const row of rows) {
    // A row of filter inputs under the header (ng-table's, shown without its stylesheet) says no words.
    if (row.parentElement && tag(row.parentElement) === 'THEAD' && textOf(row)) marked = row;
  }
  return { rows, marked: marked ?? rows.find((row) => isHeaderLike(row) && new Set(cellsOf(row)).size > 1) };
}

/**
 * The header row (in <thead>, or the first all-<th> row among the first three rows) mapped to
 * the fields it names. null when the table has no header row.
 */
export function tableLayout(table: Element, fields: readonly LabelField[], head = tableHead(table)): TableLayout | null {
  const first = head.rows[0];
  // Old-style tables mark the header only by its words (<td><b>COURSE NAME</b></td>…).
  const headerRow = head.marked ?? (first && isLabelRow(first, fields) ? first : undefined);
  if (!headerRow) return null;
  const headerTexts = cellsOf(headerRow).map((cell) => textOf(cell));
  // Stacked header rows (a data frame's column names over its index names): an empty header
  // cell takes the text of the cell above it.
  for (const row of head.rows.slice(0, head.rows.indexOf(headerRow)).reverse()) {
    cellsOf(row).forEach((cell, index) => {
      if (headerTexts[index] === '') headerTexts[index] = textOf(cell);
    });
  }
  const columns: Partial<Record<LabelField, number>> = {};
  headerTexts.forEach((text, index) => {
    const field = headerField(text, fields);
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return { columns, headerTexts, headerRow };
}

/**
 * A report drawn as one table (a title row, label rows, then a header row over its own rows):
 * the first of its rows that is a header of `fields` by its words; null when none.
 */
export function laterLayout(table: Element, fields: readonly LabelField[]): TableLayout | null {
  const row = ownRows(table).slice(0, 20).find((r) => isLabelRow(r, fields));
  return row ? tableLayout(table, fields, { rows: [row], marked: row }) : null;
}

function headerField(text: string, fields: readonly LabelField[]): LabelField | null {
  return matchLabel(withoutColon(text), fields);
}

/**
 * A row of plain cells that is a header by its words: at least two cells (`least`) name one of
 * `fields` (any case), as many as do not; an empty cell (an actions column) is allowed, and so is
 * a column of the page's own ("Source"): a few words without a figure, never a value.
 */
export function isLabelRow(row: Element, fields: readonly LabelField[], least = 2): boolean {
  let named = 0;
  let other = 0;
  for (const cell of new Set(cellsOf(row))) {
    const text = textOf(cell);
    if (!text || isRowNumber(cell)) continue;
    if (headerField(text, fields)) named += 1;
    else if (hasDigit(text) || text.split(' ').length > 3) return false;
    else other += 1;
  }
  return named >= least && other <= named;
}

/** Body rows: every own row after the header row, except <thead>/<tfoot> rows (group rows stay). */
export function bodyRows(table: Element, layout: TableLayout): Element[] {
  const rows = ownRowsIn(table);
  const start = rows.findIndex((entry) => entry.row === layout.headerRow) + 1;
  const body: Element[] = [];
  for (let i = start; i < rows.length; i++) {
    const { row, section } = rows[i]!;
    // A hidden row (a template row, a collapsed one) is not shown to the person.
    if (section !== 'TFOOT' && section !== 'THEAD' && !isHidden(row)) body.push(row);
  }
  return body;
}
