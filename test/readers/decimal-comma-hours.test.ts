import { describe, expect, it } from 'vitest';
import { parseHours } from '../../lib/readers/parse-hours';
import { hoursWithUnit } from '../../lib/readers/values';
import { readHtml } from './load';

// Locales that write a decimal comma ("1,5", "0,75 h") in an hours figure; a comma before three
// digits is a thousands separator and a comma with more numbers after it is a list.
describe('decimal-comma hours', () => {
  it.each([
    ['1,5', 1.5],
    ['0,75', 0.75],
    ['3,25 h', 3.25],
    ['2,0 Std', 2], // German "Std." is a unit of hours (sixteenth round; was unknown before)
    ['2,00 credits', 2],
  ])('a cell %j -> %s', (raw, hours) => {
    const parsed = parseHours(raw);
    if (hours === null) expect(parsed.ok).toBe(false);
    else expect(parsed).toEqual({ ok: true, hours });
  });

  it.each(['1,500', '1,2,3', '1, 2'])('%j is not an hours figure', (raw) => {
    expect(parseHours(raw).ok).toBe(false);
  });

  it('a unit after a decimal-comma figure inside a line takes the whole figure', () => {
    expect(hoursWithUnit('27.11.2026 · 1,5 h · CAPCE 26-EMSW-F3-2214')?.hours).toBe(1.5);
    expect(hoursWithUnit('Completed 3 Dec 2025, 2 hours')?.hours).toBe(2);
  });

  const TABLE = (rows: string) =>
    `<!DOCTYPE html><html><head><title>Transcript</title></head><body><h1>Continuing Education Transcript</h1><table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
  it('a grid of day-first dotted dates and decimal-comma hours keeps every course on its own row', () => {
    const rows = [
      ['Trauma Triage Guidelines', '27.11.2026', '1,5', '26-EMSW-F3-2214'],
      ['Pediatric Assessment Review', '19.11.2026', '1', '26-PEDR-F3-0840'],
      ['Stroke Scales Review', '03.11.2026', '0,75', '26-NEUR-F3-0419'],
    ].map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
    const courses = readHtml(TABLE(rows), 'https://www.nremt.org/transcript').courses ?? [];
    expect(courses.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Trauma Triage Guidelines', '2026-11-27', 1.5],
      ['Pediatric Assessment Review', '2026-11-19', 1],
      ['Stroke Scales Review', '2026-11-03', 0.75],
    ]);
  });
});
