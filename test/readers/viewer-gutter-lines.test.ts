// A file shown by a terminal pager with line numbers (bat, `less -N`): each line behind a gutter of
// its number and a vertical bar ("   3   │ "), the file's own header lines behind an empty one.
// The gutter is no part of the line: a CSV file behind it is read as a CSV file. A box-drawn table,
// whose bars open every line and stand between its cells, keeps its bars.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const page = (text: string): string => `<!DOCTYPE html><html><head><title>my NREMT transcript (ce-log.csv)</title></head><body><pre>${esc(text)}</pre></body></html>`;

const CSV = [
  'title,completed,hours,component,topic,approval',
  '"Airway, Respiration & Ventilation Update",2025-05-03,2,National,Airway,25-ABCD-F3-0101',
  'Pediatric Seizures,2025-10-14,1,National,Medical,25-EFGH-F3-0788',
  'MA Protocol Update 2025,2026-01-10,3,Local,,MA-26-0012-T3',
];

function gutter(lines: readonly string[], bar: string): string {
  const rule = '───────┬' + '─'.repeat(40);
  const numbered = lines.map((line, at) => `${String(at + 1).padStart(4)}   ${bar} ${line}`);
  return [rule, `       ${bar} File: ce-log.csv   Registry # E2918406`, '───────┼' + '─'.repeat(40), ...numbered, '───────┴' + '─'.repeat(40)].join('\n');
}

describe('a file viewer\'s numbered gutter', () => {
  it.each([['│'], ['┃'], ['║']])('behind "%s"', (bar) => {
    const read = readHtml(page(gutter(CSV, bar)));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.approvalNumber])).toEqual([
      ['Airway, Respiration & Ventilation Update', '2025-05-03', 2, 'national', '25-ABCD-F3-0101'],
      ['Pediatric Seizures', '2025-10-14', 1, 'national', '25-EFGH-F3-0788'],
      ['MA Protocol Update 2025', '2026-01-10', 3, 'local', 'MA-26-0012-T3'],
    ]);
  });
});
