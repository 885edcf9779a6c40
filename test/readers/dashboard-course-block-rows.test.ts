// Courses listed on a dashboard in rows of blocks, not a table (a panel of the person's courses
// drawn as a CSS grid: a row of column titles, then one row of blocks per course): the column
// titles naming a course's title and its hours say the rows are courses, as a table's header does
// (dashboard-course-panels.test.ts). Read as courses adding to the stored list; the dashboard's
// facts stay read. Rows without such titles above them (an agency request, the Message Center)
// are no courses.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (panel: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dashboard</h1>' +
  '<section><h2>My Certification</h2><dl><dt>Certification Level</dt><dd>Advanced EMT</dd><dt>Registry Number</dt><dd>A7720415</dd>' +
  '<dt>Expiration Date</dt><dd>03/31/2027</dd></dl></section>' +
  `${panel}<section><h2>Message Center</h2><p>Your affiliation request was sent. 04/02/2026</p></section></body></html>`;

// One row of blocks: each cell its own block, as a grid layout draws it.
const blockRow = (cells: string[], cell = 'div'): string => `<div>${cells.map((text) => `<${cell}><p>${text}</p></${cell}>`).join('')}</div>`;

const COURSES = [
  ['Pediatric Assessment Triangle', 'May 12, 2026', '2 hrs', 'National', 'CAPCE 26-PEDS-F3-0101'],
  ['Airway Adjuncts Review', 'Jul 1, 2026', '1.5 hrs', 'Local', 'OEMS 26-0412-T3'],
  ['Stroke Scales Update', 'Aug 20, 2026', '1 hr', 'Individual', '—'],
];

describe('a dashboard course panel drawn as rows of blocks', () => {
  it.each([
    ['column titles "Course | Completed | Hours | Component | Approval"', ['Course', 'Completed', 'Hours', 'Component', 'Approval'], 'div'],
    ['column titles "Course Title | Date Completed | Credits | Assigned To | Approval Number"', ['Course Title', 'Date Completed', 'Credits', 'Assigned To', 'Approval Number'], 'div'],
    ['column titles in spans "Title | Date | CEH | Component | CAPCE #"', ['Title', 'Date', 'CEH', 'Component', 'CAPCE #'], 'span'],
  ])('%s: the rows are read as courses', (_, titles, cell) => {
    const panel = `<section><h2>Recent Continuing Education</h2>${blockRow(titles, cell)}${COURSES.map((course) => blockRow(course, cell)).join('')}</section>`;
    const snapshot = readHtml(dashboard(panel));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.certification).toMatchObject({ level: 'aemt', expiresOn: '2027-03-31' });
    expect(snapshot.courses?.map((course) => [course.title, course.completedOn, course.hours, course.component, course.approvalNumber])).toEqual([
      ['Pediatric Assessment Triangle', '2026-05-12', 2, 'national', '26-PEDS-F3-0101'],
      ['Airway Adjuncts Review', '2026-07-01', 1.5, 'local', '26-0412-T3'],
      ['Stroke Scales Update', '2026-08-20', 1, 'individual', null],
    ]);
    // A dashboard shows no whole transcript: they only add to the stored list.
    expect(snapshot.listCoverage?.complete).toBe(false);
  });

  it.each([
    ['no column titles above the rows', `<section><h2>Recent activity</h2>${COURSES.map((course) => blockRow(course)).join('')}</section>`],
    ['column titles naming no hours (an agency list)', `<section><h2>Agency Affiliation</h2>${blockRow(['Agency', 'Requested', 'Status'])}${blockRow(['Lakeside Ambulance', '05/12/2026', 'Pending Approval'])}${blockRow(['Harbor Fire EMS', '01/03/2025', 'Approved'])}</section>`],
  ])('%s: no courses', (_, panel) => {
    const snapshot = readHtml(dashboard(panel));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.courses ?? []).toEqual([]);
  });
});
