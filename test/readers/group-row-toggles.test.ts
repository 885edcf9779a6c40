// Group rows inside one course grid ("National › Cardiology (2)", "Local (1)", "Unassigned
// Courses (1)", each with its count or subtotal) assign the courses under them until the next
// group row, also when the row's expand/collapse toggle reads its caption before or after the
// name ("Collapse", "Expand group": a button's visually hidden words, no part of the name).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type GroupRow = (name: string, subtotal: string) => string;

const COURSES: Array<[string, string[][]]> = [
  ['National {sep} Cardiology (2)', [
    ['Acute Coronary Syndromes Review', '10/02/2025', '2.00', '25-NECC-F3-0101'],
    ['12-Lead ECG Basics', '11/14/2025', '1.50', '25-0719-T1'],
  ]],
  ['National {sep} Airway, Respiration & Ventilation (1)', [['CPAP in the Field', '01/08/2026', '1.00', '26-EMSC-F3-0031']]],
  ['Local (1)', [['Regional Protocol Update', '07/15/2025', '4.00', '25-0701-T3']]],
  ['Individual (1)', [['Geriatric Falls Assessment', '01/30/2026', '0.75', '26-RELI-F3-0041']]],
  ['Unassigned Courses (1)', [['Hazmat Awareness Refresher', '03/10/2026', '1.25', '26-HZMT-F3-0040']]],
];

const EXPECTED = [
  ['national', 'cardiovascular'],
  ['national', 'cardiovascular'],
  ['national', 'airway'],
  ['local', null],
  ['individual', null],
  [null, null],
];

const escape = (text: string) => text.replace(/&/g, '&amp;');

function tablePage(groupRow: GroupRow, sep: string): string {
  const body = COURSES.map(([name, rows]) => {
    const group = groupRow(escape(name.replace('{sep}', sep)), '3.25 of 6.00 credits');
    const courses = rows.map((cells) => `<tr role="row">${cells.map((c) => `<td role="gridcell">${c}</td>`).join('')}<td role="gridcell"><button type="button">Reassign</button></td></tr>`);
    return [group, ...courses].join('\n');
  }).join('\n');
  return `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>
<table role="grid" aria-label="Education"><thead><tr role="row"><th>Course Title</th><th>Date Completed</th><th>Credits</th><th>Approval Number</th><th>Actions</th></tr></thead>
<tbody>${body}</tbody>
<tfoot><tr><td><strong>Total entered</strong></td><td></td><td><strong>11.50</strong></td><td colspan="2"></td></tr></tfoot></table></body></html>`;
}

const hidden = (text: string) => `<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">${text}</span>`;

const GROUP_ROWS: Array<[string, GroupRow, string]> = [
  ['"Collapse" before the name, ›', (name, sub) => `<tr role="row"><td role="gridcell" colspan="5"><button type="button">${hidden('Collapse')}</button><span> ${name}</span><span>${sub}</span></td></tr>`, '›'],
  ['"Expand group" before the name, »', (name, sub) => `<tr role="row"><td colspan="5"><button type="button" aria-expanded="true">${hidden('Expand group')}</button> ${name} <span>${sub}</span></td></tr>`, '»'],
  ['"Toggle" before the name, –', (name) => `<tr><th colspan="5"><button type="button">Toggle</button> ${name}</th></tr>`, '–'],
  ['"Collapse" after the name, /', (name, sub) => `<tr role="row"><td colspan="5"><span>${name}</span> <span>${sub}</span> <button type="button">${hidden('Collapse')}</button></td></tr>`, '/'],
  ['"Collapse row" before the name, :', (name) => `<tr role="row"><td colspan="5"><button type="button">${hidden('Collapse row')}</button><strong>${name}</strong></td></tr>`, ':'],
  ['no toggle, a subtotal after the count, ›', (name, sub) => `<tr role="row"><td colspan="5">${name} <span>${sub}</span></td></tr>`, '›'],
];

describe('group rows inside one grid assign the courses under them', () => {
  it.each(GROUP_ROWS)('%s', (_name, groupRow, sep) => {
    const page = readHtml(tablePage(groupRow, sep), 'https://www.nremt.org/education');
    expect(page.courses?.map((c) => c.title)).toEqual(COURSES.flatMap(([, rows]) => rows.map((r) => r[0])));
    expect(page.courses?.map((c) => [c.component, c.topic])).toEqual(EXPECTED);
  });

  it('a group row of an ARIA grid drawn with divs, its toggle first', () => {
    const rows = COURSES.map(([name, courses]) => {
      const group = `<div role="row"><div role="gridcell" aria-colspan="4"><span role="button" aria-expanded="true">${hidden('Collapse')}</span> ${escape(name.replace('{sep}', '›'))}</div></div>`;
      return [group, ...courses.map((cells) => `<div role="row">${cells.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`)].join('\n');
    }).join('\n');
    const html = `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>
<div role="grid"><div role="row"><div role="columnheader">Course Title</div><div role="columnheader">Date Completed</div><div role="columnheader">Credits</div><div role="columnheader">Approval Number</div></div>
${rows}</div></body></html>`;
    const page = readHtml(html, 'https://www.nremt.org/education');
    expect(page.courses?.map((c) => [c.component, c.topic])).toEqual(EXPECTED);
  });
});
