// Phrasing elements inside a heading or a line are part of its text (a documentation tool's
// "2.1<tt>&nbsp;</tt>National"), and a name broken where it may wrap ("State/" then "Local") is
// no "Label: value" pair, so it makes no page an application.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROW = (title: string, date: string, hours: string, approval: string) => `<tr><td>${title}</td><td>${date}</td><td>${hours}</td><td>${approval}</td></tr>`;
const TABLE = (rows: string) => `<table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr>${rows}</table>`;

const page = (toc: string, heading: (n: string, name: string) => string) =>
  '<!DOCTYPE html><html><head><title>Recertification notes</title></head><body><h2>Recertification notes</h2>' +
  '<p>Copied by hand from NREMT.org Manage Education. National Registry Number E2290471, EMT, expires 03/31/2027.</p>' +
  toc +
  heading('2.1', 'National') +
  TABLE(ROW('Airway Adjuncts', '05/02/2025', '2', '25-NRAW-F3-0311') + ROW('Sepsis Recognition', '04/14/2026', '1', '26-SEPS-F3-0418')) +
  heading('2.2', 'State/Local') +
  TABLE(ROW('Statewide Protocols Update', '07/10/2025', '4', 'MA-25-T1-0902') + ROW('Regional MCI Drill', '03/07/2026', '3', 'MA-26-T1-0150')) +
  '</body></html>';

describe('section headings numbered by a documentation tool', () => {
  it.each([
    ['a <tt> between the number and the name', (n: string, name: string) => `<h4>${n}<tt>&nbsp;</tt><a name="s${n}"></a>${name}</h4>`],
    ['a <span> between the number and the name', (n: string, name: string) => `<h4>${n}<span>&nbsp;</span>${name}</h4>`],
  ])('%s: the name assigns the courses under it', (_name, heading) => {
    const toc = '<table><tr><td>2.1 National</td></tr><tr><td>2.2 State/<span> &nbsp;</span>Local</td></tr></table>';
    const snapshot = readHtml(page(toc, heading));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((course) => course.component)).toEqual(['national', 'national', 'local', 'local']);
  });
});
