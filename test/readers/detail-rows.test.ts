// A record's fields split between its main row and the detail row or panel drawn right under it
// (DataTables Responsive child rows, a master-detail grid's expanded row, a <details> opened under
// a row): the detail's component, topic and approval number belong to the course above it; the
// detail is no course of its own, and its labels are never a title. An empty detail value is no
// value ("Topic" with nothing after it), "Unassigned" assigns nothing.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// [title, date shown, ISO, hours shown, hours, component shown, topic shown, approval shown] and what is read.
type Row = { title: string; date: string; iso: string; hours: string; n: number; component: string; topic: string; approval: string };
const ROWS: Row[] = [
  { title: 'Winter Driving & Ambulance Operations', date: '01/12/2026', iso: '2026-01-12', hours: '2 hrs', n: 2, component: 'National', topic: 'EMS Operations', approval: 'OEMS 26-0107-T1' },
  { title: 'Pediatric Respiratory Emergencies', date: '02/03/2026', iso: '2026-02-03', hours: '1.0 CEH', n: 1, component: 'National', topic: 'Airway, Respiration & Ventilation', approval: 'CAPCE 26-EMSX-F3-0412' },
  { title: 'Statewide Treatment Protocols Update', date: '03/18/2026', iso: '2026-03-18', hours: '3', n: 3, component: 'State/Local', topic: '', approval: 'MA-26-0031-T' },
  { title: 'Hazmat Awareness Refresher', date: '04/02/2026', iso: '2026-04-02', hours: '2', n: 2, component: 'Individual', topic: '', approval: '—' },
  { title: 'Stroke Scales: BE-FAST and LAMS', date: '05/07/2026', iso: '2026-05-07', hours: '1.5', n: 1.5, component: 'Unassigned', topic: '', approval: '26-EMSX-F3-0602' },
];
const EXPECTED = [
  ['Winter Driving & Ambulance Operations', '2026-01-12', 2, 'national', 'operations', '26-0107-T1'],
  ['Pediatric Respiratory Emergencies', '2026-02-03', 1, 'national', 'airway', '26-EMSX-F3-0412'],
  ['Statewide Treatment Protocols Update', '2026-03-18', 3, 'local', null, 'MA-26-0031-T'],
  ['Hazmat Awareness Refresher', '2026-04-02', 2, 'individual', null, null],
  ['Stroke Scales: BE-FAST and LAMS', '2026-05-07', 1.5, null, null, '26-EMSX-F3-0602'],
];

const FIELDS = (r: Row): Array<[string, string]> => [
  ['Component', r.component],
  ['Topic', r.topic],
  ['Approval', r.approval],
];
const HEAD = `<thead><tr><th>Completed</th><th>Course</th><th>Hours</th></tr></thead>`;
const MAIN = (r: Row) => `<tr><td>${r.date}</td><td>${r.title}</td><td>${r.hours}</td></tr>`;
const hiddenCells = (r: Row) => FIELDS(r).map(([, v]) => `<td style="display: none;">${v}</td>`).join('');

const LAYOUTS: Record<string, (rows: Row[]) => string> = {
  'DataTables Responsive child rows (title and data spans in list items)': (rows) =>
    `<table><thead><tr><th>Completed</th><th>Course</th><th>Hours</th><th style="display: none;">Component</th><th style="display: none;">Topic</th><th style="display: none;">Approval</th></tr></thead><tbody>${rows
      .map(
        (r) =>
          `<tr><td>${r.date}</td><td>${r.title}</td><td>${r.hours}</td>${hiddenCells(r)}</tr>` +
          `<tr class="child"><td colspan="3"><ul>${FIELDS(r).map(([l, v]) => `<li><span>${l}</span> <span>${v}</span></li>`).join('')}</ul></td></tr>`,
      )
      .join('')}</tbody></table>`,
  'child rows of "Label: value" lines': (rows) =>
    `<table>${HEAD}<tbody>${rows
      .map((r) => MAIN(r) + `<tr><td colspan="3">${FIELDS(r).map(([l, v]) => `<div>${l}: ${v}</div>`).join('')}</td></tr>`)
      .join('')}</tbody></table>`,
  'an expanded row holding a definition list': (rows) =>
    `<table>${HEAD}<tbody>${rows
      .map((r) => MAIN(r) + `<tr><td colspan="3"><dl>${FIELDS(r).map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl></td></tr>`)
      .join('')}</tbody></table>`,
  'an open <details> under each row': (rows) =>
    `<table>${HEAD}<tbody>${rows
      .map((r) => MAIN(r) + `<tr><td colspan="3"><details open><summary>Details</summary>${FIELDS(r).map(([l, v]) => `<p><b>${l}:</b> ${v}</p>`).join('')}</details></td></tr>`)
      .join('')}</tbody></table>`,
  'an ARIA master-detail grid, the detail panel a row of one cell': (rows) =>
    `<div role="grid"><div role="row"><span role="columnheader">Completed</span><span role="columnheader">Course</span><span role="columnheader">Hours</span></div>${rows
      .map(
        (r) =>
          `<div role="row" aria-expanded="true"><span role="gridcell">${r.date}</span><span role="gridcell">${r.title}</span><span role="gridcell">${r.hours}</span></div>` +
          `<div role="row"><div role="gridcell" aria-colspan="3">${FIELDS(r).map(([l, v]) => `<span>${l}: ${v}</span>`).join(' · ')}</div></div>`,
      )
      .join('')}</div>`,
};

const PAGE = (list: string) => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body>
<main><h1>Manage Education</h1><p>All sections must be complete to recertify</p>
<div><div>National</div><div>3 / 20 hrs</div></div><div><div>Individual</div><div>2 / 10 hrs</div></div>
<section>${list}</section></main></body></html>`;

const read = (html: string) =>
  readHtml(PAGE(html), 'https://www.nremt.org/recertification/manage-education').courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic, c.approvalNumber]);

describe('a detail row under a course row holds that course\'s fields', () => {
  it.each(Object.entries(LAYOUTS))('%s', (_name, render) => {
    expect(read(render(ROWS))).toEqual(EXPECTED);
  });
  it.each(Object.entries(LAYOUTS))('%s: one course', (_name, render) => {
    expect(read(render(ROWS.slice(0, 1)))).toEqual(EXPECTED.slice(0, 1));
  });
});

describe('a group row is no detail of the record above it', () => {
  // Group rows written like details ("Component: National"), the first before any course: each names the courses after it.
  const group = (label: string) => `<tr><td colspan="3"><b>${label}</b></td></tr>`;
  it.each([
    ['Label: value', (c: string) => `Component: ${c}`],
    ['label and value', (c: string) => `Component ${c}`],
  ])('%s group rows', (_name, write) => {
    const html = `<table>${HEAD}<tbody>${group(write('National'))}${MAIN(ROWS[0]!)}${MAIN(ROWS[1]!)}${group(write('Individual'))}${MAIN(ROWS[3]!)}</tbody></table>`;
    expect(read(html)?.map((c) => [c[0], c[3]])).toEqual([
      [ROWS[0]!.title, 'national'],
      [ROWS[1]!.title, 'national'],
      [ROWS[3]!.title, 'individual'],
    ]);
  });
});
