// The person's own record of their continuing education kept in a spreadsheet or a database tool
// and named as such by its title or heading: a "CE log" is the course list (as a "CE record" or an
// "Education transcript" is), whatever the tool around it says.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// [title, date completed, credits, component, topic, approval number]
const COURSES = [
  ['Trauma Assessment Refresher', '05/14/2026', '2.00', 'National', 'Trauma', '26-EMSX-F3-0655'],
  ['Respiratory Distress in Children', '06/02/2026', '1.50', 'National', 'Airway', '26-RSQD-F5-0412'],
  ['Regional Spinal Protocol Update', '08/30/2026', '2.00', 'Local', '', '26-0540-T3'],
] as const;

// A tool's grid of boxes (no table markup): a row of column titles, then one row per course.
const row = (texts: readonly string[]): string => `<div class="row">${texts.map((t) => `<div class="cell">${t}</div>`).join('')}</div>`;
const grid =
  `<div class="grid">${row(['Course', 'Completed', 'Hours', 'Component', 'Topic', 'Approval #'])}` +
  `<div class="rows">${COURSES.map((c) => row(c)).join('')}</div><div class="foot">3 rows</div></div>`;

const page = (title: string, heading = ''): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>` +
  `<aside><a>Workspace</a><a>Licenses &amp; cards</a></aside>${heading}` +
  `<div class="info">NREMT EMT · cycle 04/01/2026 – 03/31/2028</div>${grid}</body></html>`;

describe("a page titled as the person's own CE log is the course list", () => {
  it.each([
    ['a database tool\'s title "Recert tracker - CE log - Baserow"', page('Recert tracker - CE log - Baserow')],
    ['a title "CE Log | Airtable"', page('CE Log | Airtable')],
    ['a title "Continuing Education Log – NocoDB"', page('Continuing Education Log – NocoDB')],
    ['a heading "My CE log"', page('Workspace', '<h1>My CE log</h1>')],
    ['a heading "NREMT CE Log"', page('Workspace', '<h2>NREMT CE Log</h2>')],
  ])('%s', (_name, html) => {
    const snapshot = readHtml(html);
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((c) => [c.title, c.hours])).toEqual([
      ['Trauma Assessment Refresher', 2],
      ['Respiratory Distress in Children', 1.5],
      ['Regional Spinal Protocol Update', 2],
    ]);
  });

  it('a log kept by someone else ("Mike\'s CE log") names no page of the reader\'s', () => {
    expect(readHtml(page("Mike's CE log - Baserow", "<h1>Mike's CE log</h1>")).kind).toBe('unknown');
  });
});
