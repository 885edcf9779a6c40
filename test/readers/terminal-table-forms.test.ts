// A course log printed by a terminal and copied as HTML (Windows Terminal, a PowerShell session):
// the lines parted by <br> inside one `white-space: pre` box of coloured spans, the table drawn by
// Format-Table, its columns one space apart and marked by a rule of dash runs under their titles.
// The table is read by those runs. A table with a Component column (where each course counts:
// National, Local, Individual) is the person's own course log even where no registry number is
// shown; one without it and without a registry number may be anyone's class schedule: unknown.
// A course split over two places is read by the part "applied here".
import { describe, expect, it } from 'vitest';
import { parseAppliedHours } from '../../lib/readers/parse-hours';
import { readHtml } from './load';

const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const ROWS = [
  ['2025-05-14', '2', 'National', 'Airway', '25-ABC-F3-2217', 'Advanced Airway Adjuncts'],
  ['2025-06-03', '1.5', 'National', 'Cardiovascular', '25-DEF-F1-0336', '12-Lead Acquisition Refresher'],
  ['2026-01-17', '2.5', 'Local', '', 'MA-26-T1-0044', 'Region 4 Protocol Update 2026'],
  ['2026-03-05', '4', 'Individual', '', '26-GHI-F5-0217', 'Winter Conference'],
];

function formatTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]): string => cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' ').trimEnd();
  return [line(header), line(header.map((title) => '-'.repeat(title.length))), ...rows.map(line)];
}

function terminal(header: string[], rows: string[][]): string {
  const lines = ['PS C:\\Users\\dana\\recert> Import-Csv .\\recert-log.csv | Format-Table -AutoSize', '', ...formatTable(header, rows), '', 'PS C:\\Users\\dana\\recert> '];
  const spans = lines.map((text, at) => `<SPAN STYLE="color:${at === 2 ? '#16C60C' : '#CCCCCC'};">${esc(text)}<BR></SPAN>`).join('');
  return `<!DOCTYPE><HTML><HEAD></HEAD><BODY><!--StartFragment --><DIV STYLE="display:inline-block;white-space:pre;font-family:'Cascadia Mono',monospace;">${spans}</DIV><!--EndFragment --></BODY></HTML>`;
}

describe('a terminal copy of a Format-Table course log', () => {
  it('its columns one space apart, read by the rule under them', () => {
    const read = readHtml(terminal(['Date', 'Hours', 'Component', 'Topic', 'Approval', 'Course'], ROWS));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.approvalNumber])).toEqual([
      ['Advanced Airway Adjuncts', '2025-05-14', 2, 'national', '25-ABC-F3-2217'],
      ['12-Lead Acquisition Refresher', '2025-06-03', 1.5, 'national', '25-DEF-F1-0336'],
      ['Region 4 Protocol Update 2026', '2026-01-17', 2.5, 'local', 'MA-26-T1-0044'],
      ['Winter Conference', '2026-03-05', 4, 'individual', '26-GHI-F5-0217'],
    ]);
  });

  it('without a Component column or a registry number: anyone\'s list, unknown', () => {
    const read = readHtml(terminal(['Date', 'Hours', 'Approval', 'Course'], ROWS.map((row) => [row[0]!, row[1]!, row[4]!, row[5]!])));
    expect(read.kind).toBe('unknown');
  });

  it.each([
    ['2.00 of 3.00 credits applied here', { hours: 2, of: 3 }],
    ['1 of 3 hours applied', { hours: 1, of: 3 }],
    ['2.00 of 3.00 credits applied there', null],
  ])('"%s"', (text, expected) => {
    expect(parseAppliedHours(text)).toEqual(expected);
  });
});
