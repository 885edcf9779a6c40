// Grids with fixed (frozen, locked) columns: component kits draw one logical row in two or three
// tables laid over each other, each showing part of it. Either every copy holds every cell and
// the kit's stylesheet hides, in each copy, the cells another copy shows, or an overlay holds
// only the frozen columns. A person sees one row; so do the readers: tables of one grid (close
// together, with as many rows) whose shown cells complement each other column by column are one
// table, row i of each one row, its cells the shown cell of each column. The first table stands
// for the grid; the others are folded into it and not read on their own.
import { hasDigit } from './cut';
import { isHidden, isHiddenElement } from './dom';
import { matchLabel, type LabelField } from './labels';
import { parseDates } from './parse-date';
import { cellsOf, ownRows } from './table';
import { SKIPPED_TAGS, textOf } from './text';
import { hoursWithUnit, isBareHours } from './values';

export interface OverlayJoin {
  /** Tables folded into another table of their grid: their cells are read there. */
  folded: Set<Element>;
  /** The first table's rows: the cells of the logical row, one per column, in order. */
  cells: Map<Element, Element[]>;
}

const NO_JOIN: OverlayJoin = { folded: new Set(), cells: new Map() };
const CURRENT = new WeakMap<Document, OverlayJoin>();

/** The logical row's cells when `row` stands for a row split over overlaid tables, else undefined. */
export function joinedCells(row: Element): Element[] | undefined {
  return CURRENT.get(row.ownerDocument)?.cells.get(row);
}

// Parts of one grid sit within a few levels of a common wrapper (a kit's scroll and fixed panes).
const NEAR_LEVELS = 5;
const FIELDS: readonly LabelField[] = ['courseTitle', 'completedOn', 'hours', 'approvalNumber', 'assignment', 'topic'];
const TABLES = 'table,[role=table],[role=grid],[role=treegrid]';

interface Slot {
  cell: Element | null;
  shown: string;
  /** Holds text its page hides: a copy's cell that another table shows. */
  hiddenCopy: boolean;
}

interface Part {
  table: Element;
  rows: Element[];
  headerRows: number;
  width: number;
  slots: Slot[][];
}

interface Group {
  parts: Part[];
  slots: Slot[][];
  /** Widths of the parts laid side by side (locked + scrolling), in order. */
  widths: number[];
  headerRows: number;
  bodyRows: number;
}

const EMPTY: Slot = { cell: null, shown: '', hiddenCopy: false };

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

function isHeaderRow(row: Element): boolean {
  if (row.parentElement && tagOf(row.parentElement) === 'THEAD') return true;
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((cell) => tagOf(cell) === 'TH' || (cell.getAttribute('role') ?? '').toLowerCase() === 'columnheader');
}

function slotsOf(row: Element, width: number): Slot[] {
  const cells = cellsOf(row);
  const slots: Slot[] = [];
  let last: Element | null = null;
  let lastSlot: Slot = EMPTY;
  for (const cell of cells) {
    if (cell !== last) {
      const shown = isHidden(cell) ? '' : textOf(cell);
      lastSlot = { cell, shown, hiddenCopy: shown === '' && (cell.textContent ?? '').trim() !== '' };
      last = cell;
    }
    slots.push(lastSlot);
  }
  while (slots.length < width) slots.push(EMPTY);
  return slots;
}

/** Merges `overlay` into `base` from column `offset`; null when both show different text somewhere. */
function merge(base: Slot[][], overlay: Slot[][], offset: number, needCopyEvidence: boolean): Slot[][] | null {
  let fills = 0;
  let evidence = 0;
  const merged: Slot[][] = [];
  for (let r = 0; r < base.length; r++) {
    const row = base[r]!.slice();
    const over = overlay[r]!;
    for (let c = 0; c < over.length; c++) {
      const into = row[offset + c];
      const slot = over[c]!;
      if (!into || !slot.shown) continue;
      if (into.shown) {
        if (into.shown !== slot.shown) return null;
        evidence += 1;
        continue;
      }
      if (into.hiddenCopy) evidence += 1;
      fills += 1;
      row[offset + c] = slot;
    }
    merged.push(row);
  }
  // Tables of different widths align only where the base hides the overlay's cells or repeats them.
  if (needCopyEvidence && evidence === 0) return null;
  return fills > 0 || evidence > 0 || !needCopyEvidence ? merged : null;
}

/** The fields the header rows' shown cells name. */
function fieldsOf(slots: Slot[][], headerRows: number): Set<LabelField> {
  const fields = new Set<LabelField>();
  for (let r = 0; r < headerRows; r++) {
    for (const slot of slots[r]!) {
      const field = slot.shown ? matchLabel(slot.shown, FIELDS) : null;
      if (field) fields.add(field);
    }
  }
  return fields;
}

/** Whether the body rows show dates, hours figures. */
function valueKinds(slots: Slot[][], headerRows: number): { dates: boolean; hours: boolean } {
  let dates = false;
  let hours = false;
  for (let r = headerRows; r < slots.length; r++) {
    for (const slot of slots[r]!) {
      const text = slot.shown;
      if (!text || !hasDigit(text)) continue;
      if (!dates && parseDates(text).length > 0) dates = true;
      else if (!hours && (isBareHours(text) || hoursWithUnit(text))) hours = true;
    }
  }
  return { dates, hours };
}

/** Shown text between two parts of a grid, outside its tables (a heading, a caption, a note). */
function textBetween(first: Element, second: Element, tables: ReadonlySet<Element>, live: boolean): boolean {
  let ancestor: Element | null = first.parentElement;
  while (ancestor && !ancestor.contains(second)) ancestor = ancestor.parentElement;
  if (!ancestor) return true;
  const FOLLOWING = 4;
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child.nodeValue ?? '').trim() && first.compareDocumentPosition(child) & FOLLOWING && child.compareDocumentPosition(second) & FOLLOWING) return true;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (tables.has(el) || SKIPPED_TAGS.has(tagOf(el)) || isHiddenElement(el, live)) continue;
      if (visit(el)) return true;
    }
    return false;
  };
  return visit(ancestor);
}

interface Cluster {
  tables: Set<Element>;
  headerGroups: Group[];
  live: boolean;
}

/** Locked and scrolling parts side by side: no column in common, one row's values split between them. */
function canConcat(group: Group, part: Part, cluster: Cluster): boolean {
  const last = group.parts[group.parts.length - 1]!.table;
  if (last.contains(part.table) || part.table.contains(last)) return false;
  const mine = valueKinds(group.slots, group.headerRows);
  const theirs = valueKinds(part.slots, part.headerRows);
  // A row shows its date once and its hours once.
  if ((mine.dates && theirs.dates) || (mine.hours && theirs.hours)) return false;
  if (group.headerRows > 0) {
    const a = fieldsOf(group.slots, group.headerRows);
    const b = fieldsOf(part.slots, part.headerRows);
    if (a.size === 0 || b.size === 0 || [...b].some((field) => a.has(field))) return false;
  } else {
    // Body tables without a header of their own: their header tables must split the same way.
    const widths = [...group.widths, part.width];
    const matches = cluster.headerGroups.some((header) => header.widths.length >= widths.length && widths.every((w, i) => header.widths[i] === w));
    if (!matches) return false;
  }
  return !textBetween(last, part.table, cluster.tables, cluster.live);
}

function tryJoin(group: Group, part: Part, cluster: Cluster): boolean {
  const width = group.slots[0]?.length ?? 0;
  let merged: Slot[][] | null = null;
  if (part.width === width) merged = merge(group.slots, part.slots, 0, false);
  else if (part.width < width) merged = merge(group.slots, part.slots, 0, true) ?? merge(group.slots, part.slots, width - part.width, true);
  else merged = merge(part.slots, group.slots, 0, true) ?? merge(part.slots, group.slots, part.width - width, true);
  if (merged) {
    group.slots = merged;
    group.parts.push(part);
    return true;
  }
  if (!canConcat(group, part, cluster)) return false;
  group.slots = group.slots.map((row, r) => row.concat(part.slots[r]!));
  group.widths.push(part.width);
  group.parts.push(part);
  return true;
}

function partOf(table: Element, rows: Element[], headerRows: number): Part {
  let width = 0;
  for (const row of rows) width = Math.max(width, cellsOf(row).length);
  return { table, rows, headerRows, width, slots: rows.map((row) => slotsOf(row, width)) };
}

/** Tables that share a wrapper within a few levels, in document order. */
function clustersOf(tables: Element[]): Element[][] {
  const groupOf = new Map<Element, number>();
  const owner: number[] = tables.map((_, i) => i);
  const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i]!)));
  tables.forEach((table, i) => {
    let up: Element | null = table.parentElement;
    for (let level = 0; up && level < NEAR_LEVELS; level++, up = up.parentElement) {
      const seen = groupOf.get(up);
      if (seen === undefined) groupOf.set(up, i);
      else owner[find(i)] = find(seen);
    }
  });
  const clusters = new Map<number, Element[]>();
  tables.forEach((table, i) => {
    const root = find(i);
    clusters.set(root, [...(clusters.get(root) ?? []), table]);
  });
  return [...clusters.values()].filter((cluster) => cluster.length > 1);
}

/** Finds the grids under `root` whose rows are split over overlaid tables, and remembers them for joinedCells. */
export function joinOverlayTables(root: Element, live: boolean): OverlayJoin {
  const doc = root.ownerDocument;
  const tables = Array.from(root.querySelectorAll(TABLES)).filter((table) => !table.closest('[hidden],[aria-hidden="true"]') && !isHiddenElement(table, live));
  if (tables.length < 2) {
    CURRENT.delete(doc);
    return NO_JOIN;
  }
  const join: OverlayJoin = { folded: new Set(), cells: new Map() };
  for (const members of clustersOf(tables)) {
    // Tables of one grid have as many header rows and as many body rows.
    const bySignature = new Map<string, Array<{ table: Element; rows: Element[]; headerRows: number }>>();
    for (const table of members) {
      const rows = ownRows(table).filter((row) => !isHiddenElement(row, live));
      if (rows.length === 0) continue;
      let headerRows = 0;
      while (headerRows < rows.length && isHeaderRow(rows[headerRows]!)) headerRows++;
      const key = `${headerRows}|${rows.length - headerRows}`;
      bySignature.set(key, [...(bySignature.get(key) ?? []), { table, rows, headerRows }]);
    }
    const cluster: Cluster = { tables: new Set(members), headerGroups: [], live };
    // Header tables first: a split of body tables without headers must match theirs.
    const signatures = [...bySignature.entries()].filter(([, list]) => list.length > 1).sort(([a], [b]) => Number(b.endsWith('|0')) - Number(a.endsWith('|0')));
    for (const [, list] of signatures) {
      const groups: Group[] = [];
      for (const { table, rows, headerRows } of list) {
        const part = partOf(table, rows, headerRows);
        if (!groups.some((group) => tryJoin(group, part, cluster))) {
          groups.push({ parts: [part], slots: part.slots, widths: [part.width], headerRows, bodyRows: rows.length - headerRows });
        }
      }
      for (const group of groups) {
        if (group.parts.length < 2) continue;
        if (group.bodyRows === 0) cluster.headerGroups.push(group);
        const [first, ...others] = group.parts;
        for (const other of others) join.folded.add(other.table);
        first!.rows.forEach((row, r) => {
          const cells: Element[] = [];
          for (const slot of group.slots[r]!) if (slot.cell && !cells.includes(slot.cell)) cells.push(slot.cell);
          join.cells.set(row, cells);
        });
      }
    }
  }
  CURRENT.set(doc, join);
  return join;
}
