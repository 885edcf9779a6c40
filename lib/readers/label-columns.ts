// A column of labels drawn as a table of its own, the column of their values as the next table
// (a data grid's frozen label column: Plotly Dash, a pinned first column): row for row, the two
// are label/value pairs. Judged in the background over the page's lines (page-lines.ts); the
// content script already sends a dashboard's tables as text.
import type { TableText } from '../model';
import { hasDigit } from './cut';
import { matchLabel, type LabelField } from './labels';
import type { PageLine } from './page-lines';

/** The lines with each label column and the value column after it turned into pairs. */
export function withLabelColumnsPaired(lines: readonly PageLine[], fields: readonly LabelField[]): PageLine[] {
  const out: PageLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const labels = line.kind === 'table' ? columnOf(line.table) : null;
    if (labels && isLabelColumn(labels, fields)) {
      // The table's own cells follow it as lines (the scan reads a table and then its cells).
      const next = lines[afterCells(lines, i + 1, labels)];
      const values = next?.kind === 'table' ? columnOf(next.table) : null;
      if (values && values.length === labels.length) {
        labels.forEach((label, row) => {
          if (label && values[row]) out.push({ kind: 'pair', label, value: values[row] });
        });
        i = afterCells(lines, afterCells(lines, i + 1, labels) + 1, values) - 1;
        continue;
      }
    }
    // A description list drawn as all its terms, then all their values ("Name", "NREMT #", "Level", then "Aaron Feld", "E2874419", "EMT"): row for row, pairs.
    const run = labelRun(lines, i, fields);
    if (run > 0) {
      for (let k = 0; k < run; k++) out.push({ kind: 'pair', label: titleText(lines[i + k])!, value: titleText(lines[i + run + k])! });
      i += 2 * run - 1;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** How many label lines from `from` stand over as many value lines right after them (three or more), else 0. */
function labelRun(lines: readonly PageLine[], from: number, fields: readonly LabelField[]): number {
  const texts: string[] = [];
  for (let text = titleText(lines[from]); text !== null && matchLabel(text, fields) !== null; text = titleText(lines[from + texts.length])) texts.push(text);
  const run = texts.length;
  if (run < 3 || !isLabelColumn(texts, fields)) return 0;
  const values = lines.slice(from + run, from + 2 * run).map(titleText);
  return values.length === run && values.every((value) => value !== null && matchLabel(value, fields) === null) ? run : 0;
}

/** A title line's text, else null. */
function titleText(line: PageLine | undefined): string | null {
  return line?.kind === 'title' ? line.text : null;
}

/** A table of one column (each row one cell), two rows or more: its cells. */
function columnOf(table: TableText | undefined): string[] | null {
  const rows = table?.rows ?? [];
  return rows.length >= 2 && rows.every((row) => row.length === 1) ? rows.map((row) => row[0]!) : null;
}

/** Labels, not values: no figure or date in any cell, and most of them (two at least) a fact's label. */
function isLabelColumn(cells: readonly string[], fields: readonly LabelField[]): boolean {
  if (cells.some(hasDigit)) return false;
  const known = cells.filter((cell) => matchLabel(cell, fields) !== null).length;
  return known >= 2 && known * 2 >= cells.length;
}

/** Where the lines repeating a table's cells, in order, end. */
function afterCells(lines: readonly PageLine[], from: number, cells: readonly string[]): number {
  let at = from;
  for (const cell of cells) {
    const line = lines[at];
    if (line && (line.kind === 'heading' || line.kind === 'title') && line.text === cell) at++;
    else if (cell) break;
  }
  return at;
}
