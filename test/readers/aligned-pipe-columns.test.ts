// A CSV file lined up in a terminal with `column -t -s, -o ' | '` (or any tool printing " | "
// between padded columns, with no rule under the header): a pipe table whose bars stand at the
// same places on every line. Its rows are read under its own header, never under the CSV header
// printed by a command before it. A shell pipeline ("cut … | sort | uniq") is no table, nor are
// lines whose bars do not line up.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const page = (text: string): string => `<!DOCTYPE html><html><head><title>Terminal</title></head><body><pre>${esc(text)}</pre></body></html>`;

const ROWS = [
  ['title', 'completed', 'hours', 'approval', 'component'],
  ['Airway Adjuncts Review', '2025-06-14', '2', '25-ABCD-F1-0340', 'National'],
  ['Pediatric Triangle', '2025-09-02', '1.5', '25-EFGH-F3-0517', 'National'],
  ['Spinal Motion Restriction', '2026-04-22', '2', '26-1061-T3', 'Local'],
];

function aligned(rows: string[][], bar: string): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join(bar).trimEnd()).join('\n');
}

const PROMPT = 'dana@laptop:~/recert$';
const EXPECTED = [
  ['Airway Adjuncts Review', '2025-06-14', 2, 'national'],
  ['Pediatric Triangle', '2025-09-02', 1.5, 'national'],
  ['Spinal Motion Restriction', '2026-04-22', 2, 'local'],
];

describe('a pipe table without a rule, its bars lined up', () => {
  it.each([
    ['after the CSV header printed by head -1', `${PROMPT} head -1 nremt_transcript.csv\n${ROWS[0]!.join(',')}\n${PROMPT} column -t -s, -o ' | ' nremt_transcript.csv\n${aligned(ROWS, ' | ')}\n${PROMPT}`],
    ['alone, bars without spaces', `${PROMPT} column -t -s, -o '|' nremt_transcript.csv\n${aligned(ROWS, '|')}\n${PROMPT}`],
  ])('%s', (_name, text) => {
    const read = readHtml(page(text));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component])).toEqual(EXPECTED);
    expect(read.unread ?? []).toEqual([]);
  });

  it('a shell pipeline and lines whose bars do not line up are no table', () => {
    const text = `${PROMPT} cut -d, -f1 a.csv | sort | uniq -c\nsee notes | ask Dana | later\nthe form | the fee | the Submit button, then done`;
    const read = readHtml(page(text));
    expect(read.courses ?? []).toEqual([]);
  });
});
