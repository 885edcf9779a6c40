// Grids with fixed (frozen, locked) columns: component kits draw one logical row in two or three
// tables laid over each other, each showing part of it. Either every copy holds every cell and
// the kit's stylesheet hides, in each copy, the cells another copy shows, or an overlay holds
// only the frozen columns. A person sees one row; so do the readers: tables of one grid (close
// together, with as many rows) whose shown cells complement each other column by column are one
// table, row i of each one row, its cells the shown cell of each column. The first table stands
// for the grid; the others are folded into it and not read on their own.
import { RECORD_FIELDS } from '../vocabulary';
import { hasDigit } from './cut';
import { isHidden, isHiddenElement, queryAllDeep } from './dom';
import { matchLabel, type LabelField } from './labels';
import { parseDates } from './parse-date';
import { cellsOf, isHeaderLike, isLabelRow, isRowNumber, ownRows, tag } from './table';
import { SKIPPED_TAGS, textOf } from './text';
import { hoursWithUnit, isBareHours } from './values';

export interface OverlayJoin {
  /** Tables folded into another table of their grid: their cells are read there. */
  folded: Set<Element>;
  /** The first table's rows: the cells of the logical row, one per column, in order. */
  cells: Map<Element, Element[]>;
}

const CURRENT = new WeakMap<Document, OverlayJoin>();

/** The logical row's cells when `row` stands for a row split over overlaid tables, else undefined. */
export function joinedCells(row: Element): Element[] | undefined {
  return CURRENT.get(row.ownerDocument)?.cells.get(row);
}

// Parts of one grid sit within a few levels of a common wrapper (a kit's scroll and fixed panes).
const NEAR_LEVELS = 5;
const TABLES = 'table,[role=table],[role=grid],[role=treegrid]';

interface Slot {
  cell: Element | null;
  shown: string;
  /** Holds text its page hides: a copy's cell that another table shows. */
  hiddenCopy: boolean;
}

/** Tables read as one: the first stands for them; its rows, their header rows, each row's cells by column. */
interface Grid {
  tables: Element[];
  rows: Element[];
  headerRows: number;
  slots: Slot[][];
  /** Widths of the tables laid side by side (locked + scrolling), in order. */
  widths: number[];
}

function gridOf(table: Element, rows: Element[], headerRows: number): Grid {
  const cells = rows.map((row) => cellsOf(row));
  const width = Math.max(...cells.map((row) => row.length));
  const slots = cells.map((row) => {
    const slotOf = new Map<Element, Slot>();
    return Array.from({ length: width }, (_, c): Slot => {
      const cell = row[c];
      if (!cell) return { cell: null, shown: '', hiddenCopy: false };
      let slot = slotOf.get(cell);
      if (!slot) {
        const shown = isHidden(cell) ? '' : textOf(cell);
        slot = { cell, shown, hiddenCopy: !shown && (cell.textContent ?? '').trim() !== '' };
        slotOf.set(cell, slot);
      }
      return slot;
    });
  });
  return { tables: [table], rows, headerRows, slots, widths: [width] };
}

/**
 * `overlay`'s cells laid into `base`'s empty columns from column `offset`; null where both show
 * different text. Tables as wide join only where one fills the other's empty or hidden cells;
 * tables of different widths only where the base hides the overlay's cells or repeats them (`needEvidence`).
 */
function merge(base: Slot[][], overlay: Slot[][], offset: number, needEvidence: boolean): Slot[][] | null {
  let evidence = 0;
  const merged = base.map((row) => row.slice());
  for (let r = 0; r < merged.length; r++) {
    overlay[r]!.forEach((slot, c) => {
      const into = merged[r]![offset + c];
      if (!into || !slot.shown) return;
      // (Tables as wide, each showing every cell alike, are rows repeated, a duplicate import: no overlay.)
      if (into.shown) {
        evidence += into.shown === slot.shown ? +needEvidence : -Infinity;
        return;
      }
      if (into.hiddenCopy || !needEvidence) evidence += 1;
      merged[r]![offset + c] = slot;
    });
  }
  return evidence > 0 ? merged : null;
}

/** The fields the header rows' shown cells name, and whether the body rows show dates and hours. */
function contentOf(grid: Grid): { fields: Set<LabelField>; dates: boolean; hours: boolean } {
  const fields = new Set<LabelField>();
  let dates = false;
  let hours = false;
  grid.slots.forEach((row, r) => {
    for (const { shown, cell } of row) {
      if (r < grid.headerRows) {
        const field = shown ? matchLabel(shown, RECORD_FIELDS) : null;
        if (field) fields.add(field);
        // A sheet's row number beside its frozen titles counts the rows: no course's hours.
      } else if (hasDigit(shown) && !isRowNumber(cell!)) {
        if (parseDates(shown).length > 0) dates = true;
        else if (isBareHours(shown) || hoursWithUnit(shown)) hours = true;
      }
    }
  });
  return { fields, dates, hours };
}

/** Shown text between two tables of a grid, outside its tables (a heading, a caption, a note). */
function textBetween(first: Element, second: Element, tables: readonly Element[]): boolean {
  const FOLLOWING = 4;
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child.nodeValue ?? '').trim() && first.compareDocumentPosition(child) & FOLLOWING && child.compareDocumentPosition(second) & FOLLOWING) return true;
      } else if (child.nodeType === 1 && !tables.includes(child as Element) && !SKIPPED_TAGS.has(tag(child as Element)) && !isHidden(child as Element) && visit(child)) return true;
    }
    return false;
  };
  let ancestor = first.parentElement;
  while (ancestor && !ancestor.contains(second)) ancestor = ancestor.parentElement;
  return !ancestor || visit(ancestor);
}

/**
 * Locked and scrolling tables side by side: no field named by both headers, no value kind shown
 * by both (a row shows its date once and its hours once), nothing between them; body tables
 * without a header row need header tables split the same way.
 */
function canSideBySide(grid: Grid, next: Grid, cluster: readonly Element[], headerGrids: readonly Grid[]): boolean {
  const last = grid.tables[grid.tables.length - 1]!;
  const widths = [...grid.widths, ...next.widths];
  if (last.contains(next.tables[0]!)) return false;
  if (grid.headerRows === 0 && !headerGrids.some((header) => widths.every((width, i) => header.widths[i] === width))) return false;
  const mine = contentOf(grid);
  const theirs = contentOf(next);
  if ((mine.dates && theirs.dates) || (mine.hours && theirs.hours)) return false;
  if (grid.headerRows > 0 && (mine.fields.size + theirs.fields.size === 0 || [...theirs.fields].some((field) => mine.fields.has(field)))) return false;
  return !textBetween(last, next.tables[0]!, cluster);
}

/** Folds `next` into `grid` when they are parts of one grid. */
function tryJoin(grid: Grid, next: Grid, cluster: readonly Element[], headerGrids: readonly Grid[]): boolean {
  const width = grid.slots[0]!.length;
  const other = next.slots[0]!.length;
  let merged: Slot[][] | null;
  if (other === width) merged = merge(grid.slots, next.slots, 0, false);
  else if (other < width) merged = merge(grid.slots, next.slots, 0, true) ?? merge(grid.slots, next.slots, width - other, true);
  else merged = merge(next.slots, grid.slots, 0, true) ?? merge(next.slots, grid.slots, other - width, true);
  if (merged) grid.slots = merged;
  else if (canSideBySide(grid, next, cluster, headerGrids)) {
    grid.slots = grid.slots.map((row, r) => row.concat(next.slots[r]!));
    grid.widths.push(other);
  } else return false;
  grid.tables.push(next.tables[0]!);
  return true;
}

function wrappersOf(table: Element): Element[] {
  const wrappers: Element[] = [];
  for (let up = table.parentElement; up && wrappers.length < NEAR_LEVELS; up = up.parentElement) wrappers.push(up);
  return wrappers;
}

/** Runs of tables, in document order, each within a few levels of a wrapper of the one before (not inside it). */
function clustersOf(tables: Element[]): Element[][] {
  const clusters: Element[][] = [];
  let before: Element[] = [];
  tables.forEach((table, i) => {
    const wrappers = wrappersOf(table);
    const near = i > 0 && !wrappers.includes(tables[i - 1]!) && wrappers.some((up) => before.includes(up));
    if (near) clusters[clusters.length - 1]!.push(table);
    else clusters.push([table]);
    before = wrappers;
  });
  return clusters.filter((cluster) => cluster.length > 1);
}

/**
 * An ARIA grid whose pinned (frozen) columns sit in a container of their own beside the body's,
 * without row indexes (UI-Grid): runs of rows, each a header row then its rows (up to a row
 * outside their list: a footer), as many rows in each, headers naming different columns. Row i
 * of each run is one row, read from the run with the widest header; the other runs are folded.
 */
function joinPinnedRuns(grid: Element, join: OverlayJoin): void {
  const runs: Element[][] = [];
  for (const row of grid.querySelectorAll('[role=row]')) {
    if (row.parentElement?.closest('[role=row]')) continue;
    const run = runs[runs.length - 1];
    if (isHeaderLike(row)) runs.push([row]);
    else if (run && (!run[1] || row.parentElement?.parentElement === run[1].parentElement?.parentElement)) run.push(row);
  }
  const heads = runs.flatMap((run) => cellsOf(run[0]!).map(textOf).filter(Boolean));
  if (runs.length < 2 || runs.some((run) => run.length < 2 || run.length !== runs[0]!.length) || new Set(heads).size < heads.length) return;
  const widest = runs.reduce((a, b) => (cellsOf(b[0]!).length > cellsOf(a[0]!).length ? b : a));
  for (const run of runs) if (run !== widest) run.forEach((row) => join.folded.add(row));
  widest.forEach((row, r) => join.cells.set(row, runs.flatMap((run) => cellsOf(run[r]!))));
}

/** Finds the grids under `root` whose rows are split over overlaid tables, and remembers them for joinedCells. */
export function joinOverlayTables(root: Element, live: boolean): OverlayJoin {
  const join: OverlayJoin = { folded: new Set(), cells: new Map() };
  CURRENT.set(root.ownerDocument, join);
  const tables = queryAllDeep(root, TABLES).filter((table) => !table.closest('[hidden],[aria-hidden="true"]') && !isHiddenElement(table, live));
  for (const table of tables) if (table.tagName !== 'TABLE' && !table.parentElement?.closest(TABLES)) joinPinnedRuns(table, join);
  for (const cluster of clustersOf(tables)) {
    // Tables of one grid have as many header rows and as many body rows. Header tables first
    // (their key sorts first): body tables without headers must split as theirs do.
    const bySignature = new Map<string, Array<{ table: Element; rows: Element[]; headerRows: number }>>();
    for (const table of cluster) {
      // A sizing row of empty cells (a kit's zero-height first row) is no row a person sees.
      const rows = ownRows(table).filter((row, r) => !isHiddenElement(row, live) && (r || textOf(row)));
      let headerRows = 0;
      while (headerRows < rows.length && isHeaderLike(rows[headerRows]!)) headerRows++;
      // A header table's one row drawn in plain cells (a published sheet's), one of them naming a
      // course's column ("Course Title" beside the row numbers' corner); one cell is a positioned
      // box's (a report drawn a table per word), no header row.
      if (!rows[1] && rows[0]?.children[1] && isLabelRow(rows[0], RECORD_FIELDS, 1)) headerRows = 1;
      const key = `${rows.length - headerRows}|${headerRows}`;
      if (rows.length === 0) continue;
      (bySignature.get(key) ?? bySignature.set(key, []).get(key)!).push({ table, rows, headerRows });
    }
    const headerGrids: Grid[] = [];
    for (const key of [...bySignature.keys()].sort()) {
      const grids: Grid[] = [];
      for (const { table, rows, headerRows } of bySignature.get(key)!) {
        const next = gridOf(table, rows, headerRows);
        // A kit draws its copies one after another: only the grid before can be joined.
        const before = grids[grids.length - 1];
        if (before && tryJoin(before, next, cluster, headerGrids)) continue;
        grids.push(next);
        if (rows.length === headerRows) headerGrids.push(next);
      }
      for (const grid of grids.filter((g) => g.tables.length > 1)) {
        grid.tables.slice(1).forEach((table) => join.folded.add(table));
        grid.rows.forEach((row, r) => join.cells.set(row, [...new Set(grid.slots[r]!.map((slot) => slot.cell).filter((cell) => cell !== null))]));
      }
    }
  }
  return join;
}
