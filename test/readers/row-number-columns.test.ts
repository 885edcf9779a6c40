import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// A grid's row-number column (1, 2, 3 … down the rows, headed "#", "Row" or nothing) counts the
// rows: it is never a course's hours, whatever figure the hours column shows beside it.
const COURSES = [
  ['Airway Management Review', '18 Apr 2026', '26-ELITE-F3-0201'],
  ['Pediatric Cardiac Arrest', '6 May 2026', '26-CMED-F3-1288'],
  ['Stroke Scales Update', '20 May 2026', '26-TARGET-F3-2301'],
  ['Burns and Blast Injuries', '2 Jun 2026', '26-PEDSRC-F3-0145'],
];
const WITH_UNITS = ['2 hrs', '1:30', '0.75 CEH', '3 hours'];
const BARE = ['2.5', '1.5', '0.75', '3'];
const EXPECTED = { [WITH_UNITS.join()]: [2, 1.5, 0.75, 3], [BARE.join()]: [2.5, 1.5, 0.75, 3] };

type Layout = (header: string[], rows: string[][]) => string;
const table: Layout = (header, rows) =>
  `<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const grid: Layout = (header, rows) =>
  `<div role="grid"><div role="row">${header.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>${rows.map((r) => `<div role="row">${r.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`).join('')}</div>`;
// A spreadsheet-like grid: its header strip names only the data columns, the row numbers sit in a gutter.
const gutter: Layout = (header, rows) =>
  `<div><div>${header.filter((h) => h !== '#' && h !== 'Row' && h !== '').map((h) => `<div>${h}</div>`).join('')}</div>${rows.map((r) => `<div>${r.map((c) => `<div>${c}</div>`).join('')}</div>`).join('')}</div>`;
const divs: Layout = (_header, rows) => `<div>${rows.map((r) => `<div>${r.map((c) => `<span>${c}</span>`).join('')}</div>`).join('')}</div>`;

const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>Education Transcript</title></head><body><h1>Continuing Education Transcript</h1>${body}</body></html>`;

describe('row-number columns', () => {
  const cases: Array<[string, Layout, string, 'first' | 'last', readonly string[]]> = [];
  for (const [name, layout] of [['table', table], ['ARIA grid', grid], ['header strip', gutter], ['div rows', divs]] as const) {
    for (const where of ['first', 'last'] as const) {
      for (const [head, hours] of [['#', WITH_UNITS], ['', BARE], ['Row', BARE], ['', WITH_UNITS]] as const) cases.push([`${name}, row number ${where} headed "${head}", hours ${hours[0]}`, layout, head, where, hours]);
    }
  }
  it.each(cases)('%s', (_name, layout, head, where, hours) => {
    const header = ['Course', 'Completed', 'Hours', 'Approval No'];
    const rows = COURSES.map(([title, date, approval], i) => [title!, date!, hours[i]!, approval!]);
    const numbered = where === 'first' ? [head, ...header] : [...header, head];
    const numberedRows = rows.map((r, i) => (where === 'first' ? [String(i + 1), ...r] : [...r, String(i + 1)]));
    const courses = readHtml(page(layout(numbered, numberedRows)), 'https://www.nremt.org/transcript').courses ?? [];
    expect(courses.map((c) => [c.title, c.hours])).toEqual(COURSES.map(([title], i) => [title, EXPECTED[hours.join()]![i]]));
  });
});
