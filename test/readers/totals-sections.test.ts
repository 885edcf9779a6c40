// A totals section after the course list (a note's "Tally", "Totals", "Where I stand"): each
// component's progress, the sum of everything entered, remarks naming a course and its date. It
// holds a date and an hours figure like a course, but its hours are the list's: never a course.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const TABLE =
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
  '<tr><td>Airway Update</td><td>14 January 2026</td><td>2.00</td><td>26-AIRW-F3-0001</td></tr>' +
  '<tr><td>Trauma Review</td><td>14 February 2026</td><td>1.50</td><td>26-TRAU-F3-0002</td></tr>' +
  '<tr><td>Crew Resource Management</td><td>15 March 2025</td><td>3.00</td><td>25-0101-T1</td></tr></tbody></table>';
const TITLES = ['Airway Update', 'Trauma Review', 'Crew Resource Management'];

const TOTALS = [
  'National: 24.50 of 30',
  'Everything entered: 51.00 hours',
  'Crew Resource Management is from 15 March 2025, <em>before</em> the cycle. Will be kicked back.',
];
const LAYOUTS: Record<string, (heading: string, lines: string[]) => string> = {
  'a bulleted list under a heading': (heading, lines) => `<h2>${heading}</h2><ul>${lines.map((line) => `<li>${line}</li>`).join('')}</ul>`,
  'a paragraph of lines under a heading': (heading, lines) => `<h3>${heading}</h3><p>${lines.join('<br>')}</p>`,
  'a card of lines': (heading, lines) => `<div><div><b>${heading}</b></div>${lines.map((line) => `<div>${line}</div>`).join('')}</div>`,
};
const SUMS: Array<[string, string]> = [
  ['Everything entered: 51.00 hours', 'everything entered'],
  ['Altogether: 51.00 hours', 'altogether'],
  ['51.00 hours overall', 'overall'],
  ['Grand total: 51.00 hours', 'grand total'],
];
const PAGE = (body: string) => `<!DOCTYPE html><html><head><title>Recert progress — notes</title></head><body><article>
<h1>Recert progress</h1><p>The table is copied from the Manage Education page.</p><h2>National component</h2>${TABLE}${body}</article></body></html>`;

describe('a totals section after the list is not a course', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    it.each(SUMS)(`${layout}: "%s"`, (sum) => {
      const read = readHtml(PAGE(render('Tally', [TOTALS[0]!, sum, TOTALS[2]!])));
      expect(read.kind).toBe('nremt-education');
      expect(read.courses?.map((course) => course.title)).toEqual(TITLES);
    });
  }
});
