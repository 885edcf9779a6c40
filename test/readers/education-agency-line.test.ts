// An education page's header of the person's facts may name their agency affiliation in one line
// with its status in brackets ("Agency: Hampden County Ambulance (Active)"; domain.md: the Agency
// Affiliation, which can show "Pending Approval"). The line is the affiliation: the agency's name
// without the status, and the status. A course's sponsoring agency in the course table is not.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = `<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Management Update</td><td>01/10/2026</td><td>2</td><td>26-EMSX-F3-0101</td></tr>
<tr><td>Diabetic Emergencies</td><td>02/14/2026</td><td>1.5</td><td>26-EMSX-F3-0202</td></tr>
</tbody></table>`;
const page = (header: string, body = COURSES): string => `<!DOCTYPE html><html><head><title>Manage Education - NREMT</title></head><body>
<h1>Manage Education</h1>${header}${body}</body></html>`;

describe('"Agency: <name> (Active)" on an education page is the affiliation', () => {
  it.each([
    ['a paragraph', `<p>Name: Dana Okafor</p><p>Registry #: E1234567</p><p>Agency: Hampden County Ambulance (Active)</p>`, 'Hampden County Ambulance', 'active'],
    ['a preformatted header', `<pre>Name:            Dana Okafor\nRegistry #:      E1234567\nAgency:          Hampden County Ambulance (Active)\n</pre>`, 'Hampden County Ambulance', 'active'],
    ['a list item', `<ul><li>Name: Dana Okafor</li><li>Agency: Quabbin Valley EMS (Active)</li></ul>`, 'Quabbin Valley EMS', 'active'],
    ['with its pending status', `<p>Name: Dana Okafor</p><p>Agency: Salem Fire Department (Pending Approval)</p>`, 'Salem Fire Department', 'pending'],
    ['"Agency Affiliation:"', `<p>Name: Dana Okafor</p><p>Agency Affiliation: Cape Ann Regional EMS (Active)</p>`, 'Cape Ann Regional EMS', 'active'],
    ['one of a line\u2019s pairs', `<p>Name: Dana Okafor · Level: EMT · Agency: Hampden County Ambulance (Active)</p>`, 'Hampden County Ambulance', 'active'],
  ])('%s', (_name, header, name, status) => {
    const read = readHtml(page(header));
    expect(read.kind).toBe('nremt-education');
    expect(read.agency).toEqual({ name, status });
    expect(read.courses?.length).toBe(2);
  });

  it('a text file\u2019s header, the agency last, a note and the fixed-width course table right under it', () => {
    const text = ['NREMT TRANSCRIPT', '', 'Name:            Dana Okafor', 'NREMT #:         E1234567', 'Level:           EMT', 'Expires:         03/31/2027',
      'Cycle:           04/01/2025 - 03/31/2027', 'Agency:          Hampden County Ambulance (Active)', '', 'Need 40 hrs total', '',
      'COMPLETED   HRS    COMPONENT           COURSE                       APPROVAL #', '----------  -----  ------------------  ---------------------------  ----------------',
      '04/22/2025  2.0    National - Airway   Airway Management Update     CAPCE 25-MAEM-F1-0311', '06/03/2025  1.5    National - Medical  Diabetic Emergencies         CAPCE 25-EMSX-F3-2044', ''].join('\n');
    const read = readHtml(page(`<div style="white-space: pre">${text}</div>`, ''));
    expect(read.kind).toBe('nremt-education');
    expect(read.agency).toEqual({ name: 'Hampden County Ambulance', status: 'active' });
    expect(read.courses?.length).toBe(2);
  });

  it('"Agency:" inside a course card is its sponsor', () => {
    const cards = `<div><p><b>Airway Management Update</b></p><p>Completed: 01/10/2026</p><p>Agency: Boston EMS (Active)</p><p>Hours: 2</p><p>Approval #: 26-EMSX-F3-0101</p></div>` +
      `<div><p><b>Diabetic Emergencies</b></p><p>Completed: 02/14/2026</p><p>Agency: Boston EMS (Active)</p><p>Hours: 1.5</p><p>Approval #: 26-EMSX-F3-0202</p></div>`;
    expect(readHtml(page('<p>Level: EMT</p>', cards)).agency ?? null).toBeNull();
  });

  it('a course\u2019s sponsor is no affiliation', () => {
    const body = COURSES.replace('<th>Approval Number</th>', '<th>Approval Number</th><th>Sponsor</th>').replaceAll('F3-0101</td>', 'F3-0101</td><td>Hampden County Ambulance (Active)</td>').replaceAll('F3-0202</td>', 'F3-0202</td><td>Boston EMS</td>');
    expect(readHtml(page('<p>Name: Dana Okafor</p>', body)).agency ?? null).toBeNull();
  });
});
