// A numeric program's table output (MATLAB's Live Editor export, R's printed data frame, a
// notebook's) prints every hours figure to four places: "1.5000", "0.7500", "2.0000". Trailing
// zeros write the same figure, so those cells are hours and the rows are courses.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const HEAD = ['Title', 'Completed', 'Hours', 'Component', 'Approval'];
const ROWS = [
  ['Airway Basics for Responders', '14-Jun-2025', '1.5000', 'National', '25-AIRW-F3-0210'],
  ['Hypoglycemia Recognition', '07-Jan-2026', '0.7500', 'National', '26-MEDX-F3-0101'],
  ['Local Protocol Review', '12-Mar-2026', '2.0000', 'Local', '26-0301-T'],
];
const EXPECTED = [
  ['Airway Basics for Responders', '2025-06-14', 1.5],
  ['Hypoglycemia Recognition', '2026-01-07', 0.75],
  ['Local Protocol Review', '2026-03-12', 2],
];

const cells = (row: readonly string[], tag = 'td') => row.map((cell) => `<${tag}>${cell}</${tag}>`).join('');
const LAYOUTS: Record<string, (rows: string[][]) => string> = {
  'a plain table': (rows) => `<table><thead><tr>${cells(HEAD, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r)}</tr>`).join('')}</tbody></table>`,
  'a table with row numbers as row headers (MATLAB, pandas)': (rows) =>
    `<table><thead><tr><th></th>${cells(HEAD, 'th')}</tr></thead><tbody>${rows.map((r, i) => `<tr><th>${i + 1}</th>${cells(r.map((c) => `<div>${c}</div>`))}</tr>`).join('')}</tbody></table>`,
  'labelled cards': (rows) => rows.map((r) => `<div><strong>${r[0]}</strong>${r.slice(1).map((v, i) => `<div>${HEAD[i + 1]}: ${v}</div>`).join('')}</div>`).join(''),
};

function page(body: string): string {
  return `<!DOCTYPE html><html><head><title>recert_tracker</title></head><body><h1>Manage Education</h1>${body}</body></html>`;
}

describe('hours printed to four places by a numeric program', () => {
  it.each(Object.keys(LAYOUTS))('%s', (layout) => {
    const snap = readHtml(page(LAYOUTS[layout]!(ROWS)), 'https://www.nremt.org/education');
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual(EXPECTED);
  });
});
