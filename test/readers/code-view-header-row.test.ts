// A code view that draws a file a row per line (ViewVC's markup view, Trac's and Redmine's source
// views): a line-number cell, then the line's text in a cell that keeps its spaces. Such a table
// may open with a header row ("#", "Content") that keeps no spaces of its own: the listing is told
// by its lines, the last of them among them, not by its first row.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const LINES = [
  '# my NREMT continuing education, kept as CSV',
  '# Owner: Priya N. Castellano, NRAEMT, Registry A3391045',
  '# Certification expires 2027-03-31; last recertification date 2025-03-14',
  'completed,title,hours,approval,component,topic',
  '2025-05-06,"Airway Adjuncts, Revisited",2.0,25-AIRW-F3-0412,National,Airway',
  '2025-11-19,"Sepsis Screening in the Field",1.5,25-SEPS-F1-0877,National,Medical',
  '2026-02-03,"Regional Protocol Review",3.0,26-0145-T1,Local,',
];
const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

const codeView = (head: string, cellStyle: string): string =>
  `<!DOCTYPE html><html><head><title>Contents of recert/ce.csv</title><style>.line-text { white-space: pre; font-family: monospace }</style></head><body>
<h2>File Contents</h2><table>${head}${LINES.map((line, i) => `<tr id="l${i + 1}"><td class="line-number"><a href="#l${i + 1}">${i + 1}</a></td><td ${cellStyle}>${escape(line)}</td></tr>`).join('\n')}</table></body></html>`;

const HEADS = [
  { where: 'a header row of its own', head: '<tr><th>#</th><th>Content</th></tr>' },
  { where: 'no header row', head: '' },
];
const STYLES = [
  { keeps: 'spaces kept by a class', style: 'class="line-text"' },
  { keeps: 'spaces kept inline', style: 'style="white-space: pre"' },
];

describe('a code view drawn a row per line', () => {
  it.each(HEADS.flatMap((head) => STYLES.map((style) => ({ ...head, ...style }))))('$where, $keeps: its lines are the course list', ({ head, style }) => {
    const snapshot = readHtml(codeView(head, style), 'https://svn.example.org/viewvc/recert/ce.csv?view=markup');
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.certification).toMatchObject({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-03-15' });
    expect((snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic, c.approvalNumber])).toEqual([
      ['Airway Adjuncts, Revisited', '2025-05-06', 2, 'national', 'airway', '25-AIRW-F3-0412'],
      ['Sepsis Screening in the Field', '2025-11-19', 1.5, 'national', 'medical', '25-SEPS-F1-0877'],
      ['Regional Protocol Review', '2026-02-03', 3, 'local', null, '26-0145-T1'],
    ]);
  });

  it('a table of cells that keep no spaces is no code view: a header row over plain cells stays a table', () => {
    const html = `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1><table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr>
<tr><td>Airway Adjuncts, Revisited</td><td>05/06/2025</td><td>2.00</td><td>25-AIRW-F3-0412</td></tr>
<tr><td>Sepsis Screening in the Field</td><td>11/19/2025</td><td>1.50</td><td>25-SEPS-F1-0877</td></tr>
<tr><td>Regional Protocol Review</td><td>02/03/2026</td><td>3.00</td><td>26-0145-T1</td></tr></table></body></html>`;
    expect((readHtml(html, 'https://www.nremt.org/account/manage-education').courses ?? []).map((c) => [c.title, c.hours])).toEqual([
      ['Airway Adjuncts, Revisited', 2],
      ['Sepsis Screening in the Field', 1.5],
      ['Regional Protocol Review', 3],
    ]);
  });
});
