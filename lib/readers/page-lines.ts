// A page's outline (read-page.ts) back as the lines the readers walk: headings, labelled values,
// free lines and tables (as text). What is judged in the background (the dashboard, the
// application's status) reads these instead of the page's elements.
import type { OutlineLine, TableText } from '../model';

export type PageLine =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'pair'; label: string; value: string }
  | { kind: 'title'; text: string }
  | { kind: 'table'; table: TableText | undefined; registry: string[][] | undefined };

/** The outline's lines, in reading order. */
export function pageLines(outline: readonly OutlineLine[]): PageLine[] {
  return outline.map((line): PageLine => {
    const text = line.text;
    if (text === undefined) return { kind: 'table', table: line.table, registry: line.registry };
    if (line.heading !== undefined) return { kind: 'heading', level: line.heading, text };
    // A labelled value's text is "label: value".
    if (line.label !== undefined) return { kind: 'pair', label: line.label, value: text.slice(line.label.length + 2) };
    return { kind: 'title', text };
  });
}
