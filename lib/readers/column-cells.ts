// A grid drawn column by column with each column in one cell (Rico's LiveGrid: a frozen title
// column and the other columns in tables of their own, each column one cell of stacked values
// under its own header). The record finder sees one record whose cells each hold a whole column.
// Three or more cells under different headers, each holding as many values as the others (three
// or more, one of them a column of dates): the n-th value of each cell is the n-th course. Anything
// less regular stays one record (a course's cell holding a second line is no column).
import type { RecordPiece } from '../model';
import { dateIn } from './values';

type TextPiece = Extract<RecordPiece, { t: string }>;

/** The record's pieces as one record per row when its cells are whole columns (see above), else null. */
export function columnCellRows(pieces: readonly RecordPiece[]): RecordPiece[][] | null {
  const cells: TextPiece[][] = [];
  let cell: TextPiece[] = [];
  for (const piece of pieces) {
    if ('t' in piece) cell.push(piece);
    else if ('n' in piece && piece.n === cell.length) {
      cells.push(cell);
      cell = [];
    } else return null;
  }
  const rows = cells[0]?.length ?? 0;
  const headers = new Set(cells.map((column) => column[0]?.c));
  const sameHeader = (column: TextPiece[]) => column.every((value) => value.c && value.c === column[0]!.c);
  const isDate = (value: TextPiece) => !value.t.trim() || dateIn(value.t) !== null;
  if (cell.length > 0 || rows < 3 || cells.length < 3 || headers.size !== cells.length) return null;
  if (cells.some((column) => column.length !== rows || !sameHeader(column)) || !cells.some((column) => column.every(isDate))) return null;
  return Array.from({ length: rows }, (_, row) => cells.flatMap((column): RecordPiece[] => [column[row]!, { n: 1 }]));
}
