// A grid drawn column by column (FancyGrid, Webix datatable): each column is a block holding that
// field's cell for every row, the title column often frozen in a block of its own before it. The
// record finder sees one record (the block holding the dates and the hours) and, right before it,
// the frozen titles as an unread block. Cut into columns of as many cells as there are titles,
// the n-th cell of each column is the n-th course. An empty cell draws nothing: a column of
// topics shorter than the rows gives the National rows their topics in order when it is exactly
// as long as they are many (only National courses have a topic); any other gap leaves the grid
// as it was (unknown beats wrong). Background only (record-courses.ts).
import type { RecordAtom as Atom, RecordItem } from '../model';
import { kindOf } from './line-records';
import { assignmentIn } from './values';

type CellKind = 'date' | 'hours' | 'approval' | 'assignment' | 'topic' | 'text' | 'empty';
interface Column {
  kind: CellKind;
  cells: Atom[];
}

const FIELDS = { date: 'completedOn', hours: 'hours', approval: 'approvalNumber', assignment: 'assignment', topic: 'topic' } as const;

function cellKind(atom: Atom): CellKind {
  const kind = kindOf(atom.text);
  if (kind === 'assignment') return assignmentIn(atom.text, true)?.topic ? 'topic' : 'assignment';
  return kind === 'label' ? 'text' : kind;
}

/** The list with each grid drawn column by column read as its rows (see above). */
export function withColumnBlocks(items: readonly RecordItem[]): RecordItem[] {
  const out: RecordItem[] = [];
  for (const item of items) {
    const before = out.at(-1);
    // The frozen titles: an unread block of free words only, right before the record.
    const pinned = before?.kind === 'unread' && !before.row && before.atoms.every((atom) => cellKind(atom) === 'text') ? before.atoms : null;
    const rows = item.kind === 'record' && !item.row ? gridRows(pinned, item.atoms) : null;
    if (!rows) {
      out.push(item);
      continue;
    }
    if (pinned) out.pop();
    out.push(...rows);
  }
  return out;
}

/** The grid's rows, each a record of its cells, or null when the pieces are no such grid. */
function gridRows(pinned: readonly Atom[] | null, atoms: readonly Atom[]): RecordItem[] | null {
  // Cells a label or column header names are a record's own, not a column's (the last column
  // title above the block may name its first cell: the column decides). A record told by its
  // text alone has no pieces here.
  if (atoms.length === 0 || atoms.slice(1).some((atom) => atom.field)) return null;
  // As many rows as titles in the frozen block, else as cells in the run of one kind the block
  // opens with (its first column; three or more: a card's title and subtitle are no column).
  const first = cellKind(atoms[0]!);
  const n = pinned?.length ?? atoms.findIndex((atom) => cellKind(atom) !== first);
  if (n < (pinned ? 2 : 3) || (!pinned && first === 'empty')) return null;
  const columns: Column[] = pinned ? [{ kind: 'text', cells: [...pinned] }] : [];
  let at = 0;
  while (at < atoms.length) {
    const chunk = atoms.slice(at, at + n);
    const kinds = new Set(chunk.map(cellKind).filter((kind) => kind !== 'empty'));
    if (chunk.length === n && kinds.size <= 1) {
      columns.push({ kind: [...kinds][0] ?? 'empty', cells: chunk });
      at += n;
      continue;
    }
    // A shorter run of topics: the National rows' (placed below).
    let end = at;
    while (end < atoms.length && cellKind(atoms[end]!) === 'topic') end++;
    if (end === at) return null;
    columns.push({ kind: 'topic', cells: atoms.slice(at, end) });
    at = end;
  }
  const full = (kind: CellKind) => columns.find((column) => column.kind === kind && column.cells.length === n);
  const components = full('assignment');
  if (!full('text') || !full('date') || !full('hours')) return null;
  // Each short topic column: only as long as the National rows are many, and then theirs in order.
  const national = components ? components.cells.flatMap((cell, row) => (assignmentIn(cell.text, true)?.component === 'national' ? [row] : [])) : [];
  const placed = columns.map((column) => {
    if (column.cells.length === n) return column.cells;
    if (column.cells.length !== national.length) return null;
    const cells: Array<Atom | undefined> = Array.from({ length: n });
    national.forEach((row, i) => (cells[row] = column.cells[i]));
    return cells;
  });
  if (placed.includes(null)) return null;
  const seen = new Set<CellKind>();
  const fields = columns.map((column) => {
    // The first column of each kind is its field; a second title, date or figure column only shows.
    const field = seen.has(column.kind) ? null : column.kind === 'text' ? 'courseTitle' : column.kind === 'empty' ? null : FIELDS[column.kind];
    seen.add(column.kind);
    return field;
  });
  return Array.from({ length: n }, (_, row) => ({
    kind: 'record' as const,
    row: true,
    atoms: placed.flatMap((cells, c) => {
      const cell = cells![row];
      // A second column of free words (a provider, a status) is no part of the title.
      return cell && (columns[c]!.kind !== 'text' || fields[c]) ? [{ text: cell.text, field: fields[c] }] : [];
    }),
  }));
}
