// Hours written with a vulgar fraction ("¼ hr", "1¾ hours": a word processor's autocorrect turns
// "1 3/4" into one character) or with a unit in the person's own language ("2 Std", "1,5 Std.",
// German "Stunden" with its decimal comma). One credit is one hour (domain.md); the figure is the
// course's hours, in a table's Hours column and inside a course line alike.
import { describe, expect, it } from 'vitest';
import { parseHours } from '../../lib/readers/parse-hours';
import { readHtml } from './load';

const CASES: Array<[string, number]> = [
  ['1½ hrs', 1.5],
  ['¼ hr', 0.25],
  ['¾ hours', 0.75],
  ['1¾ hours', 1.75],
  ['2¼ hrs', 2.25],
  ['1 ¾ credits', 1.75],
  ['2 Std', 2],
  ['1,5 Std.', 1.5],
  ['3 Stunden', 3],
  ['0,75 Std', 0.75],
];

const ROWS: Array<[string, string, string]> = [
  ['Airway Management Update', '01/10/2026', '2'],
  ['Diabetic Emergencies', '02/14/2026', 'HOURS'],
  ['Regional Protocols', '03/21/2026', '3'],
];
const table = (hours: string): string => `<!DOCTYPE html><html><head><title>Manage Education - NREMT</title></head><body>
<h1>Manage Education</h1><table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Component</th></tr></thead><tbody>
${ROWS.map(([t, d, h]) => `<tr><td>${t}</td><td>${d}</td><td>${h === 'HOURS' ? hours : h}</td><td>National</td></tr>`).join('\n')}
</tbody></table></body></html>`;
const lines = (hours: string): string => `<!DOCTYPE html><html><head><title>Manage Education - NREMT</title></head><body>
<h1>Manage Education</h1><h2>National</h2><ul>
${ROWS.map(([t, d, h]) => `<li>${t} — ${d} — ${h === 'HOURS' ? hours : `${h} hrs`} — CAPCE 26-EMSX-F3-0${d.slice(0, 2)}1</li>`).join('\n')}
</ul></body></html>`;

describe('hours with a vulgar fraction or a unit in another language', () => {
  it.each(CASES)('%s is %s hours', (hours, expected) => {
    expect(parseHours(hours)).toEqual({ ok: true, hours: expected });
  });

  it.each(CASES)('%s in an Hours column is the row\'s hours', (hours, expected) => {
    const read = readHtml(table(hours));
    expect(read.courses?.map((c) => [c.title, c.hours])).toEqual([['Airway Management Update', 2], ['Diabetic Emergencies', expected], ['Regional Protocols', 3]]);
  });

  it.each(CASES)('%s inside a course line is its hours', (hours, expected) => {
    const read = readHtml(lines(hours));
    expect(read.courses?.map((c) => [c.title, c.hours])).toEqual([['Airway Management Update', 2], ['Diabetic Emergencies', expected], ['Regional Protocols', 3]]);
  });

  it('a word that merely starts like the unit is no hours', () => {
    expect(parseHours('2 Stations').ok).toBe(false);
    expect(parseHours('¼').ok).toBe(true);
  });
});
