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
import { headingAssignment } from './education';
import { isProgress } from './requirements';

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
    const rows = item.kind === 'record' && !item.row ? (gridRows(pinned, item.atoms) ?? treeGridRows(item.atoms)) : null;
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

/**
 * A tree grid (jsTree's grid plugin: a Manage Education tree): the tree drawn as the first column,
 * component and topic captions over the courses' titles, and each other column drawn apart, its
 * title naming its first cell, the captions' cells drawn empty (or, in the hours column, as the
 * group's progress "18.00 / 20.00"). Read as the captions' headings over rows of a title, a date,
 * hours and an approval number where the date column holds exactly as many cells as the tree holds
 * titles, the hours column as many besides progress figures, and the titles past the tree's own
 * controls ("Expand all", its column title) all stand under a caption; else null.
 */
function treeGridRows(atoms: readonly Atom[]): RecordItem[] | null {
  const valuesAt = atoms.findIndex((atom) => atom.field || atom.label);
  if (valuesAt < 4) return null;
  const tree = atoms.slice(0, valuesAt);
  const columns: Atom[][] = [];
  for (const atom of atoms.slice(valuesAt)) {
    if (atom.label || columns.length === 0) columns.push([atom]);
    else columns.at(-1)!.push(atom);
  }
  // A column's cells: the run of its kind its title opens (a caption's empty approval drawn "—"; the
  // hours column's progress figures left out). What follows it is another block's (a status column's own title).
  const column = (kind: CellKind): Atom[] | null => {
    for (const cells of columns) {
      const fits = (cell: Atom): boolean => cellKind(cell) === kind || (kind === 'approval' && cellKind(cell) === 'empty') || (kind === 'hours' && isProgress(cell.text.trim()));
      const end = cells.findIndex((cell) => !fits(cell));
      const run = cells.slice(0, end < 0 ? cells.length : end).filter((cell) => !isProgress(cell.text.trim()));
      if (run.length > 0 && fits(cells[0]!)) return run;
    }
    return null;
  };
  const dates = column('date');
  const n = dates?.length ?? 0;
  const hours = column('hours');
  const approvals = column('approval');
  const isCaption = (atom: Atom): boolean => headingAssignment(atom.text) !== null;
  const firstCaption = tree.findIndex(isCaption);
  const titles = tree.filter((atom) => !isCaption(atom));
  const extra = titles.length - n;
  if (n < 3 || hours?.length !== n || (approvals && approvals.length !== n) || firstCaption < 0 || extra < 0 || extra > 3) return null;
  // The tree's own controls and column title come before its first caption.
  if (titles.slice(0, extra).some((atom) => tree.indexOf(atom) > firstCaption)) return null;
  const items: RecordItem[] = [];
  let row = 0;
  for (const atom of tree.slice(firstCaption)) {
    const caption = headingAssignment(atom.text);
    if (caption !== null) {
      items.push({ kind: 'heading', level: caption !== 'unassigned' && caption.topic ? 3 : 2, text: atom.text });
      continue;
    }
    const cells: Atom[] = [{ text: atom.text, field: 'courseTitle' }, { text: dates![row]!.text, field: 'completedOn' }, { text: hours[row]!.text, field: 'hours' }];
    if (approvals) cells.push({ text: approvals[row]!.text, field: 'approvalNumber' as const });
    items.push({ kind: 'record', row: true, atoms: cells });
    row += 1;
  }
  return items;
}
