// One row per figure; the run prints them all as one Markdown table (pasteable into README).
export type Verdict = 'met' | 'missed' | '—';

export interface Row {
  section: string;
  what: string;
  figure: string;
  budget: string;
  verdict: Verdict;
  /** How it was measured, or why a figure is missing. */
  note?: string;
}

/** met when `value` is at most `limit`; missed otherwise (including when there is no value). */
export function atMost(value: number | null, limit: number): Verdict {
  return value !== null && Number.isFinite(value) && value <= limit ? 'met' : 'missed';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['Section', 'What', 'Figure', 'Budget', 'Result', 'Note'];
  const body = rows.map((row) => [row.section, row.what, row.figure, row.budget, row.verdict, row.note ?? '']);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((line) => cell(line[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((text, column) => cell(text).padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
