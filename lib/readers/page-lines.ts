// A page's outline (read-page.ts) back as the lines the readers walk: headings, labelled values,
// free lines and tables (as text). What is judged in the background (the dashboard, the
// application's status) reads these instead of the page's elements.
import type { OutlineLine, TableText } from '../model';
import { LABEL_FIELDS, cutAtNextLabel, type LabelField } from './labels';
import { withLabelColumnsPaired } from './label-columns';

export type PageLine =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'pair'; label: string; value: string }
  | { kind: 'title'; text: string }
  | { kind: 'table'; table: TableText | undefined; registry: string[][] | undefined };

// The labels of facts, the only fields read from these lines: a course's ("Approval", "Course")
// may follow a status word ("Pending Approval: Hilltown Ambulance") without starting a pair.
const COURSE_FIELDS: readonly LabelField[] = ['courseTitle', 'completedOn', 'hours', 'approvalNumber', 'assignment', 'topic'];
const FACT_FIELDS = LABEL_FIELDS.filter((field) => !COURSE_FIELDS.includes(field));

/**
 * The outline's lines, in reading order. A value or a line that runs on into further "Label:
 * value" pairs ("Cape Cod Regional EMS Status: Active Training Officer: …", a box of several
 * lines read as one value) stops where the next known label begins; the pairs follow it. A
 * table of labels with the table of their values after it is read as their pairs.
 */
export function pageLines(outline: readonly OutlineLine[]): PageLine[] {
  // A document's table of contents (its headings again, as links before them): a section's name
  // alone on its line names no value, nor is the next section's name one.
  const headings = new Set(outline.flatMap((line) => (line.heading !== undefined && line.text ? [line.text.toLowerCase()] : [])));
  const lines = outline.flatMap((line): PageLine[] => {
    const text = line.text;
    if (text === undefined) return [{ kind: 'table', table: line.table, registry: line.registry }];
    if (line.heading !== undefined) return [{ kind: 'heading', level: line.heading, text }];
    // A labelled value's text is "label: value".
    const value = line.label === undefined ? text : text.slice(line.label.length + 2);
    if (line.label !== undefined && headings.has(line.label.toLowerCase()) && headings.has(value.toLowerCase())) return [{ kind: 'title', text: line.label }, { kind: 'title', text: value }];
    const { before, pairs } = value.includes(':') ? cutAtNextLabel(value, FACT_FIELDS) : { before: value, pairs: [] };
    const first: PageLine = line.label === undefined ? { kind: 'title', text: before } : { kind: 'pair', label: line.label, value: before };
    return [first, ...pairs.map((pair): PageLine => ({ kind: 'pair', label: pair.label, value: pair.value }))];
  });
  return withLabelColumnsPaired(lines, FACT_FIELDS);
}

// A cell longer than this is no fact of a row drawn as a line (a layout table's one cell holds the page).
const MAX_ROW_CELL = 80;

/**
 * A table's only row as the line it shows, its cells side by side ("EMT · 03/31/2027": the
 * person's facts drawn as a grid's row); null unless it has one row. `shortCells` where the
 * table may be a layout's: only several short cells side by side count.
 */
export function rowLine(table: TableText, shortCells = false): string | null {
  const row = table.rows.length === 1 ? table.rows[0]! : null;
  if (!row || (shortCells && (row.length < 2 || row.some((cell) => cell.length > MAX_ROW_CELL)))) return null;
  return row.join(' · ');
}
