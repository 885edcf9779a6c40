// A detail card or "selected row" panel beside a course grid repeats one of the grid's courses
// (a spreadsheet's record card, a master-detail view): it is not another course. The grid's own
// repeated rows (a duplicate import) stay courses. And a row is unread only when a person sees a
// course in it: the grid's add-row "+" and a card of the page's own facts are neither.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = [
  ['Airway Adjuncts Review', '18 Apr 2026', '2 hrs', 'National', '26-ELITE-F3-0201'],
  ['Pediatric Cardiac Arrest', '2 Jun 2026', '1.0 CEH', 'National', '26-PEDSRC-F3-0145'],
  ['Massachusetts Protocol Update', '12 Sep 2026', '4', 'State/Local', 'MA-26-0601-T3'],
  ['Geriatric Trauma Considerations', '21 Oct 2026', '1.5', 'Individual', '26-PRIME-F3-0711'],
  // The same class imported twice: the grid shows it twice, both are listed.
  ['Geriatric Trauma Considerations', '21 Oct 2026', '1.5', 'Individual', '26-PRIME-F3-0711'],
];
const HEADER = ['Course', 'Date Completed', 'Hours', 'Component', 'Approval No'];
const EXPECTED = COURSES.map(([title, , , , approval]) => [title, approval]);

type Grid = (addRow: boolean) => string;
const cells = (row: readonly string[], tag: string, attr = '') => row.map((c) => `<${tag}${attr}>${c}</${tag}>`).join('');
const table: Grid = (addRow) =>
  `<table><thead><tr>${cells(HEADER, 'th')}</tr></thead><tbody>${COURSES.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}${addRow ? '<tr><td>+</td><td></td><td></td><td></td><td></td></tr>' : ''}</tbody></table>`;
const ariaGrid: Grid = (addRow) =>
  `<div role="grid"><div role="row">${cells(HEADER, 'div', ' role="columnheader"')}</div>${COURSES.map((r) => `<div role="row">${cells(r, 'div', ' role="gridcell"')}</div>`).join('')}${addRow ? '<div role="row"><div role="gridcell">+</div></div>' : ''}</div>`;
// A spreadsheet's grid: a header strip of column names, then rows numbered in a gutter.
const sheet: Grid = (addRow) =>
  `<div><div>${cells(HEADER, 'div')}</div>${COURSES.map((r, i) => `<div><div>${i + 1}</div><div>${cells(r, 'div')}</div></div>`).join('')}${addRow ? '<div><div>+</div><div><div></div><div></div></div></div>' : ''}</div>`;

const SHOWN = COURSES[1]!;
const PANEL_FIELDS = [...HEADER.map((label, i) => [label, SHOWN[i]!]), ['Notes', 'Counts toward pediatric credit']];
type Panel = (heading: string) => string;
const labelDivs: Panel = (heading) =>
  `<section>${heading}<div>${PANEL_FIELDS.map(([l, v]) => `<div><div>${l}</div><div>${v}</div></div>`).join('')}<div>2 of 5</div></div></section>`;
const definitionList: Panel = (heading) => `<aside>${heading}<dl>${PANEL_FIELDS.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl></aside>`;
const colonLines: Panel = (heading) => `<div>${heading}${PANEL_FIELDS.map(([l, v]) => `<p><b>${l}:</b> ${v}</p>`).join('')}</div>`;

const CERTIFICATE_CARD = `<section><h3>Certification</h3><div><div><div>Name</div><div>Priya Ramanathan</div></div><div><div>Registry Number</div><div>A5502964</div></div><div><div>Level</div><div>Advanced EMT</div></div><div><div>Last Recertification</div><div>31 Mar 2026</div></div><div><div>Expires</div><div>31 Mar 2028</div></div></div></section>`;

const page = (body: string) => `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>${body}</body></html>`;

describe('a panel repeating the selected row is not another course', () => {
  const cases: Array<[string, Grid, Panel, string, 'after' | 'before', boolean]> = [];
  const grids = [['table', table], ['ARIA grid', ariaGrid], ['sheet', sheet]] as const;
  const panels = [['label divs', labelDivs], ['dl', definitionList], ['colon lines', colonLines]] as const;
  const headings = [['Selected course', '<h3>Selected course</h3>'], ['Course details', '<h3>Course details</h3>'], ['SELECTED RECORD', '<div>SELECTED RECORD</div>']] as const;
  for (const [g, grid] of grids) {
    for (const [p, panel] of panels) {
      headings.forEach(([words, heading], i) => {
        const where = i === 1 ? 'before' : 'after';
        cases.push([`${g}, panel as ${p} ${where} it, headed "${words}"`, grid, panel, heading, where, i !== 2]);
      });
    }
  }
  it.each(cases)('%s', (_name, grid, panel, heading, where, addRow) => {
    const shown = panel(heading);
    const body = `${CERTIFICATE_CARD}<h2>Education Assignments</h2>${where === 'before' ? shown + grid(addRow) : grid(addRow) + shown}`;
    const read = readHtml(page(body), 'https://www.nremt.org/manage-education');
    expect(read.courses?.map((c) => [c.title, c.approvalNumber])).toEqual(EXPECTED);
    expect(read.unread ?? []).toEqual([]);
  });

  it('a course shown only in a card, beside a grid of others, is still a course', () => {
    const other = `<section><h3>Unassigned course</h3><div><div><div>Course</div><div>Hazmat Awareness</div></div><div><div>Date Completed</div><div>3 Mar 2026</div></div><div><div>Hours</div><div>0.75</div></div></div></section>`;
    const read = readHtml(page(`<h2>Education Assignments</h2>${table(false)}${other}`), 'https://www.nremt.org/manage-education');
    expect(read.courses?.map((c) => c.title)).toEqual([...COURSES.map(([t]) => t), 'Hazmat Awareness']);
  });
});
