// An approval number is read as written without the authority word or label printed before it
// (domain.md: CAPCE "YY-ORG-Fx-NNNN", Massachusetts OEMS numbers with a T): "OEMS 25-0419-T" ->
// "25-0419-T", "Approval # OEMS-26-0142-T3" -> "OEMS-26-0142-T3" (letters joined to the number by its
// dashes are written as its own, as the MA of "MA-26-0031-T"), "CAPCE: 26-EMSX-F3-0412" ->
// "26-EMSX-F3-0412"; a state's letters that open the number stay ("OEMS MA-26-0031-T" ->
// "MA-26-0031-T"). A number of another shape ("OEMS 25-1027-R", "MA-26-0114") is read as written
// where a column or label names it, or the authority's word stands right before it; never as a title.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const OTHER = ['Airway Review', '01/14/2026', '2 hrs', '26-AIRW-F3-0207'] as const;
const TITLE = 'Regional Spinal Motion Restriction Update';

type Layout = (approval: string) => string;
const tableCell: Layout = (approval) =>
  `<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>` +
  `<tr><td>${OTHER.join('</td><td>')}</td></tr><tr><td>${TITLE}</td><td>07/09/2025</td><td>3.0 CEH</td><td>${approval}</td></tr></tbody></table>`;
const ariaGrid: Layout = (approval) =>
  `<div role="grid"><div role="row"><span role="columnheader">Course</span><span role="columnheader">Completed</span><span role="columnheader">Credits</span><span role="columnheader">State Approval #</span></div>` +
  `<div role="row"><span role="gridcell">${OTHER.join('</span><span role="gridcell">')}</span></div>` +
  `<div role="row"><span role="gridcell">${TITLE}</span><span role="gridcell">07/09/2025</span><span role="gridcell">3.0</span><span role="gridcell">${approval}</span></div></div>`;
const afterLabel: Layout = (approval) =>
  `<div><div><h3>${OTHER[0]}</h3><p>Completed: ${OTHER[1]}</p><p>Hours: ${OTHER[2]}</p><p>Approval Number: ${OTHER[3]}</p></div>` +
  `<div><h3>${TITLE}</h3><p>Completed: 07/09/2025</p><p>Hours: 3.0 CEH</p><p>Approval Number: ${approval}</p></div></div>`;
const definitionList: Layout = (approval) =>
  `<dl><dt>Course Title</dt><dd>${OTHER[0]}</dd><dt>Date Completed</dt><dd>${OTHER[1]}</dd><dt>Hours</dt><dd>${OTHER[2]}</dd><dt>Approval</dt><dd>${OTHER[3]}</dd></dl>` +
  `<dl><dt>Course Title</dt><dd>${TITLE}</dd><dt>Date Completed</dt><dd>07/09/2025</dd><dt>Hours</dt><dd>3.0 CEH</dd><dt>Approval</dt><dd>${approval}</dd></dl>`;
const metaLine: Layout = (approval) =>
  `<ul><li><div><a href="#a">${OTHER[0]}</a></div><div><span>Completed ${OTHER[1]}</span> <span>${OTHER[2]}</span> <span>CAPCE ${OTHER[3]}</span></div></li>` +
  `<li><div><a href="#b">${TITLE}</a></div><div><span>Completed 07/09/2025</span> <span>3.0 CEH</span> <span>${approval}</span></div></li></ul>`;
const oneLine: Layout = (approval) =>
  `<h2>Local</h2><ul><li>${OTHER[0]} — ${OTHER[1]} — ${OTHER[2]} — CAPCE ${OTHER[3]}</li><li>${TITLE} — 07/09/2025 — 3 hrs — ${approval}</li></ul>`;

const LABELLED = { 'own cell': tableCell, 'ARIA grid cell': ariaGrid, 'after a label': afterLabel, 'definition list': definitionList } as const;
const ALL = { ...LABELLED, 'meta line': metaLine, 'one line': oneLine } as const;

// [as written, as read]: a number of either authority's shape, its word or label before it.
const SHAPED: Array<[string, string]> = [
  ['OEMS 25-0419-T', '25-0419-T'],
  ['25-0419-T', '25-0419-T'],
  ['OEMS #25-0419-T', '25-0419-T'],
  ['CAPCE: 26-EMSX-F3-0412', '26-EMSX-F3-0412'],
  ['OEMS-26-0142-T3', 'OEMS-26-0142-T3'],
  ['Approval # OEMS-26-0142-T3', 'OEMS-26-0142-T3'],
  ['OEMS MA-26-0031-T', 'MA-26-0031-T'],
  ['MA-26-0031-T', 'MA-26-0031-T'],
];
// Another shape: read where a column, a label or the authority's word names it.
const OTHER_SHAPE: Array<[string, string]> = [
  ['OEMS 25-1027-R', '25-1027-R'],
  ['MA-26-0114', 'MA-26-0114'],
  ['OEMS MA-26-0114', 'MA-26-0114'],
  ['Approval # 25-1027-R', '25-1027-R'],
];

const page = (body: string) => `<!DOCTYPE html><html><head><title>Transcript</title></head><body><h1>Transcript</h1>${body}</body></html>`;
const read = (layout: Layout, approval: string) =>
  readHtml(page(layout(approval)), 'https://www.nremt.org/transcript').courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber]);
const expected = (number: string | null) => [
  [OTHER[0], '2026-01-14', 2, OTHER[3]],
  [TITLE, '2025-07-09', 3, number],
];

describe('an approval number is read without the authority word or label before it', () => {
  const cases: Array<[string, Layout, string, string]> = [];
  for (const [name, layout] of Object.entries(ALL)) for (const [written, number] of SHAPED) cases.push([`${name}: ${written}`, layout, written, number]);
  it.each(cases)('%s', (_name, layout, written, number) => {
    expect(read(layout, written)).toEqual(expected(number));
  });
});

describe('a number of another shape is read as written where the page names it an approval number', () => {
  const cases: Array<[string, Layout, string, string]> = [];
  for (const [name, layout] of Object.entries(LABELLED)) for (const [written, number] of OTHER_SHAPE) cases.push([`${name}: ${written}`, layout, written, number]);
  for (const [name, layout] of Object.entries({ 'meta line': metaLine, 'one line': oneLine })) cases.push([`${name}: OEMS 25-1027-R`, layout, 'OEMS 25-1027-R', '25-1027-R']);
  it.each(cases)('%s', (_name, layout, written, number) => {
    expect(read(layout, written)).toEqual(expected(number));
  });

  // Unnamed, it is no known number: not read (unknown beats wrong), and never the title.
  it.each(Object.entries({ 'meta line': metaLine, 'one line': oneLine }))('%s: a bare MA-26-0114 is neither the title nor a wrong number', (_name, layout) => {
    const got = read(layout, 'MA-26-0114');
    expect(got?.[1]?.[0]).toBe(TITLE);
    expect([null, 'MA-26-0114']).toContain(got?.[1]?.[3]);
  });
});

describe('a number of another shape in the column where the other rows show approval numbers is the approval number', () => {
  type Row = [string, string, string, string];
  const ROWS = (last: string): Row[] => [
    ['Airway Management Refresher', '05/14/2025', '2.00', '25-BOSEMS-F1-0412'],
    ['Statewide Treatment Protocols 2025 Update', '01/12/2026', '4.00', 'MA-25-0981-T3'],
    ['Region IV Spinal Motion Restriction', '02/03/2026', '2.00', last],
  ];
  const LAYOUTS: Record<string, (rows: Row[]) => string> = {
    'div rows without column titles': (rows) => `<div>${rows.map((r) => `<div>${r.map((c) => `<div>${c}</div>`).join('')}</div>`).join('')}</div>`,
    'a table without a header row': (rows) => `<table><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
    'list items of spans': (rows) => `<ul>${rows.map((r) => `<li>${r.map((c) => `<span>${c}</span>`).join(' ')}</li>`).join('')}</ul>`,
  };
  const cases: Array<[string, string, string, string | null]> = [];
  for (const [name, render] of Object.entries(LAYOUTS)) {
    cases.push([`${name}: MA-26-0114`, render(ROWS('MA-26-0114')), 'Region IV Spinal Motion Restriction', 'MA-26-0114']);
    cases.push([`${name}: 26-0114-B`, render(ROWS('26-0114-B')), 'Region IV Spinal Motion Restriction', '26-0114-B']);
    // Words or a figure in that place are no number.
    cases.push([`${name}: a provider's name there`, render(ROWS('Boston EMS')), 'Region IV Spinal Motion Restriction', null]);
  }
  it.each(cases)('%s', (_name, list, title, number) => {
    const read = readHtml(page(`<h2>Local</h2>${list}`), 'https://www.nremt.org/transcript');
    expect(read.courses?.[2]?.title).toBe(title);
    expect(read.courses?.[2]?.approvalNumber).toBe(number);
  });
});
