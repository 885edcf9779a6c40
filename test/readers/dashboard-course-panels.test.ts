// Courses listed on a dashboard (a table or grid panel of the person's own courses beside the
// dashboard's facts) are read as courses, adding to the stored list, while the dashboard's facts
// stay read; a dashboard without such a table reads no courses.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (panel: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dashboard</h1>' +
  '<section><h2>My Certification</h2><dl><dt>Certification Level</dt><dd>EMT</dd><dt>Registry Number</dt><dd>E1234567</dd>' +
  '<dt>Expiration Date</dt><dd>03/31/2028</dd></dl></section>' +
  `${panel}<section><h2>Message Center</h2><p>Welcome to the new dashboard.</p></section></body></html>`;

const row = (cells: string[], tag = 'td'): string => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
const ariaRow = (cells: string[], role = 'cell'): string => `<div role="row">${cells.map((cell) => `<div role="${role}">${cell}</div>`).join('')}</div>`;

describe('courses listed on a dashboard', () => {
  it.each([
    [
      'a table panel with a header row',
      '<section><h2>Recent Education</h2><table><thead>' + row(['Course Title', 'Date Completed', 'Hours'], 'th') + '</thead><tbody>' +
        row(['Pediatric Assessment', '05/12/2026', '2.00']) + row(['Airway Adjuncts Review', '07/01/2026', '1.50']) + '</tbody></table></section>',
    ],
    [
      'an ARIA grid panel',
      '<section><h2>Education on transcript</h2><div role="table">' + ariaRow(['Course', 'Completed', 'Credits'], 'columnheader') +
        ariaRow(['Pediatric Assessment', '2026-05-12', '2']) + ariaRow(['Airway Adjuncts Review', '2026-07-01', '1.5']) + '</div></section>',
    ],
    [
      'a table with component and approval columns and a total row',
      '<section><h2>My Courses</h2><table>' + row(['Title', 'Component', 'Completion Date', 'CEH', 'Approval #'], 'th') +
        row(['Pediatric Assessment', 'National', 'May 12, 2026', '2', '26-EMSX-F3-0101']) + row(['Airway Adjuncts Review', 'Local', 'Jul 1, 2026', '1.5', '—']) +
        row(['Total', '', '', '3.5', '']) + '</table></section>',
    ],
  ])('%s: the courses are read and the facts stay', (_, panel) => {
    const snapshot = readHtml(dashboard(panel));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.certification).toMatchObject({ level: 'emt', expiresOn: '2028-03-31' });
    expect(snapshot.person?.registryNumber).toBe('E1234567');
    expect(snapshot.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Pediatric Assessment', '2026-05-12', 2],
      ['Airway Adjuncts Review', '2026-07-01', 1.5],
    ]);
    // They add to the stored list: a dashboard shows no whole transcript.
    expect(snapshot.listCoverage?.complete).toBe(false);
  });

  it.each([
    ['no course panel', ''],
    ['a CE summary of percentages', '<section><h2>Recertification CE Summary</h2><ul><li>National 40%</li><li>Local 10%</li></ul></section>'],
    ['an agency table', '<section><h2>Agency Affiliation</h2><table>' + row(['Agency', 'Status', 'Requested'], 'th') + row(['Lakeside Ambulance', 'Pending Approval', '05/12/2026']) + '</table></section>'],
  ])('%s: no courses', (_, panel) => {
    const snapshot = readHtml(dashboard(panel));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.courses ?? []).toEqual([]);
  });
});
