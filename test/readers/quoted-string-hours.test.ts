// A database tool's table of documents (mongo-express, a JSON viewer) shows a field stored as a
// string in its quotes: hours '"1:30"' beside other rows' bare 2. The figure inside is the course's
// hours; the course is read in its place, not left unread while the rows after it move up.
import { describe, expect, it } from 'vitest';
import { parseHours } from '../../lib/readers/parse-hours';
import { readHtml } from './load';

const ROWS: Array<[string, string, string]> = [
  ['Airway Lab', '2026-01-10T00:00:00.000Z', '2'],
  ['Diabetic Emergencies', '2026-02-14T00:00:00.000Z', 'HOURS'],
  ['County Protocols', '2026-03-21T00:00:00.000Z', '3'],
];
const page = (hours: string): string => `<!DOCTYPE html><html><head><title>ce_courses - Mongo Express</title></head><body>
<h1>NREMT Manage Education</h1><table><thead><tr><th>title</th><th>completed</th><th>hours</th><th>component</th></tr></thead><tbody>
${ROWS.map(([t, d, h]) => `<tr><td><div>${t}</div></td><td><div>${d}</div></td><td><div>${h === 'HOURS' ? hours : h}</div></td><td><div>National</div></td></tr>`).join('\n')}
</tbody></table></body></html>`;

describe('an hours figure a tool shows in its string quotes', () => {
  it.each([
    ['"1:30"', 1.5],
    ['"1.5"', 1.5],
    ['"2 hrs"', 2],
    ['"0.75"', 0.75],
  ])('%s is %s hours, read in its row\'s place', (hours, expected) => {
    expect(parseHours(hours)).toEqual({ ok: true, hours: expected });
    const read = readHtml(page(hours.replaceAll('"', '&quot;')));
    expect(read.courses?.map((c) => [c.title, c.hours])).toEqual([['Airway Lab', 2], ['Diabetic Emergencies', expected], ['County Protocols', 3]]);
  });

  it('quotes around no figure are still no hours', () => {
    expect(parseHours('"TBD"').ok).toBe(false);
    expect(parseHours('""').ok).toBe(false);
  });
});
