// A table's title rows above its column titles (a report table's subtitle drawn as one cell across
// the table: R's gt, a report writer): "Recertification cycle 1 April 2026 – 31 March 2028 · 50
// credits required" states the cycle's dates (domain.md: "the recert cycle dates") and what the
// level needs, not a course: a row whose only dates are a range a year or more long is the list's
// summary, neither a course nor an unread one. A course row's own dates stay a course's.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = `<tr><td>Advanced Airway: i-gel Placement</td><td>18 April 2026</td><td>2 CEH</td><td>26-BOSE-F1-0611</td></tr>
<tr><td>12-Lead ECG Acquisition</td><td>9 May 2026</td><td>1.5 CEH</td><td>26-CMED-F3-1208</td></tr>`;
const HEADER = '<tr><th>Course</th><th>Completed</th><th>Credits</th><th>Approval #</th></tr>';

const page = (table: string): string => `<!DOCTYPE html><html><head><title>CE transcript</title></head><body>
<h1>Continuing Education Transcript</h1>${table}</body></html>`;

describe("a table's title row stating the cycle is no course", () => {
  it.each([
    ['a subtitle cell across the table in its head, cut at "·"', `<table><thead><tr><td colspan="4"><strong>Ines Brandt</strong> — NREMT Advanced EMT · Registry # A7730215</td></tr><tr><td colspan="4">Recertification cycle 1 April 2026 – 31 March 2028 · 50 credits required (25 National / 12.5 Local / 12.5 Individual)</td></tr>${HEADER}</thead><tbody>${COURSES}</tbody></table>`],
    ['the cycle in numbers and the hours needed, a body row across the table', `<table><tbody><tr><td colspan="4">Cycle 04/01/2026 – 03/31/2028 | 50 hours required</td></tr>${HEADER}${COURSES}</tbody></table>`],
    ['the certification period written "to", credits needed', `<table><thead><tr><th colspan="4">Certification period Apr 1, 2026 to Mar 31, 2028 — 40 credits needed</th></tr>${HEADER}</thead><tbody>${COURSES}</tbody></table>`],
  ])('%s', (_, table) => {
    const read = readHtml(page(table));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Advanced Airway: i-gel Placement', '2026-04-18', 2],
      ['12-Lead ECG Acquisition', '2026-05-09', 1.5],
    ]);
    expect(read.unread ?? []).toEqual([]);
  });

  it("a two-day course's dates in its row stay the course's", () => {
    const read = readHtml(page(`<table><thead>${HEADER}</thead><tbody>${COURSES}<tr><td>PHTLS Provider Course</td><td>03/01/2026 – 03/02/2026</td><td>16 CEH</td><td>26-PHTL-F1-0301</td></tr></tbody></table>`));
    expect(read.courses?.map((c) => c.title)).toContain('PHTLS Provider Course');
  });
});
