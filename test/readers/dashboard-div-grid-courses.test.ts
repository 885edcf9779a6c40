// A dashboard's panel of the person's own courses drawn as a grid of plain boxes (a utility-CSS
// kit's `div` rows, no table markup and no ARIA roles): its row of column titles ("Course",
// "Completed", "Hours", "Approval") names a course's title and hours as a table's header would, so
// its rows are read as courses adding to the stored list (domain.md's Transcript: "every course
// entered or imported"), the dashboard's facts kept. Boxes without such titles read no courses.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (panel: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dashboard</h1>' +
  '<section><h2>My Certification</h2><dl><dt>Certification Level</dt><dd>EMT</dd><dt>Registry Number</dt><dd>E1234567</dd>' +
  '<dt>Expiration Date</dt><dd>03/31/2028</dd></dl></section>' +
  `${panel}<section><h2>Message Center</h2><p>Welcome to the new dashboard.</p></section></body></html>`;

const boxes = (cells: string[], tag = 'p'): string => `<div>${cells.map((cell) => `<div><${tag}>${cell}</${tag}></div>`).join('')}</div>`;
const COURSES: string[][] = [
  ['Pediatric Assessment', '12 May 2026', '2.0 CEH', 'National', 'CAPCE 26-EMSX-F3-0101'],
  ['Airway Adjuncts Review', '1 July 2026', '1.5 CEH', 'Local', 'OEMS 26-0219-T3'],
];

describe("a dashboard's course panel drawn as boxes under a row of column titles", () => {
  it.each([
    ['titles in paragraphs', boxes(['Course', 'Completed', 'Hours', 'Assigned to', 'Approval']) + COURSES.map((cells) => boxes(cells)).join('')],
    ['titles in bold spans', boxes(['Course Title', 'Date Completed', 'Credits', 'Component', 'Approval #'], 'b') + COURSES.map((cells) => boxes(cells, 'span')).join('')],
    ['titles in small print over three columns', boxes(['Course', 'Date', 'CEH'], 'small') + COURSES.map((cells) => boxes(cells.slice(0, 3), 'span')).join('')],
  ])('%s', (_, grid) => {
    const snapshot = readHtml(dashboard(`<section><h4>Recent Continuing Education</h4>${grid}</section>`));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.certification).toMatchObject({ level: 'emt', expiresOn: '2028-03-31' });
    expect(snapshot.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Pediatric Assessment', '2026-05-12', 2],
      ['Airway Adjuncts Review', '2026-07-01', 1.5],
    ]);
    expect(snapshot.listCoverage?.complete).toBe(false);
  });

  it.each([
    ['boxes of messages with dates, no column titles', COURSES.map((cells) => boxes([cells[0]!, cells[1]!, cells[2]!])).join('')],
    ['titles that name no hours', boxes(['Message', 'Date', 'From']) + boxes(['Renewal window open', '1 October 2026', 'NREMT'])],
  ])('%s: no courses', (_, grid) => {
    const snapshot = readHtml(dashboard(`<section><h4>Recent activity</h4>${grid}</section>`));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.courses ?? []).toEqual([]);
  });
});
