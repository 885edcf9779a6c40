// What a course's title cell shows beside the title that is no part of the course's name
// (domain.md: the pediatric share is counted from the course's content; pages mark it with a tag):
// a tag or badge in its own element after the words ("PEDS", "Pediatric"), after a footnote's
// dagger too, and a note number set above the line (<sup>1</sup>) right after the last word.
// In a table's cell, a card's title line and a list item's. A title's own word in its own element stays.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Row = readonly [title: string, date: string, hours: string, approval: string];
const ROWS: Row[] = [
  ['Airway Adjuncts Review', '05/14/2026', '2.00', 'CAPCE 26-EMSX-F3-0412'],
  ['Croup and Bronchiolitis', '06/02/2026', '1.50', 'OEMS 26-0412-T3'],
  ['STEMI Recognition', '07/09/2026', '2.00', 'CAPCE 26-TLCE-F3-1187'],
];

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>${body}</body></html>`;

const table = (cell: (title: string, at: number) => string): string =>
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
  ROWS.map(([title, date, hours, approval], at) => `<tr><td>${cell(title, at)}</td><td>${date}</td><td>${hours}</td><td>${approval}</td></tr>`).join('') +
  '</tbody></table>';
const cards = (cell: (title: string, at: number) => string): string =>
  ROWS.map(([title, date, hours, approval], at) => `<div><div>${cell(title, at)}</div><div>Completed ${date}</div><div>${hours} hrs</div><div>${approval}</div></div>`).join('');
const items = (cell: (title: string, at: number) => string): string =>
  `<ul>${ROWS.map(([title, date, hours, approval], at) => `<li><p>${cell(title, at)}</p><p>${date} · ${hours} hrs · ${approval}</p></li>`).join('')}</ul>`;

const LAYOUTS = [
  ['a table', table],
  ['cards', cards],
  ['list items', items],
] as const;

const MARKS: ReadonlyArray<readonly [string, string, string]> = [
  ['a tag after a dagger', 'Croup and Bronchiolitis<sup>†</sup><span>Pediatric</span>', 'Croup and Bronchiolitis'],
  ['a badge after a space', 'Croup and Bronchiolitis <span title="Counts toward pediatric credits">PEDS</span>', 'Croup and Bronchiolitis'],
  ['a note number above the line', 'Croup and Bronchiolitis<sup>1</sup>', 'Croup and Bronchiolitis'],
  ['a note number, then a tag', 'Croup and Bronchiolitis<sup>2</sup> <span>Peds</span>', 'Croup and Bronchiolitis'],
  ['a title word in its own element stays', 'Croup and <em>Bronchiolitis</em>', 'Croup and Bronchiolitis'],
  ['a superscript inside a word stays', 'Croup<sup>®</sup> and Bronchiolitis', 'Croup® and Bronchiolitis'],
];

describe('a tag or note mark beside a title in its cell is no part of it', () => {
  for (const [layout, draw] of LAYOUTS) {
    it.each(MARKS)(`${layout}: %s`, (_, marked, expected) => {
      const courses = readHtml(page(draw((title, at) => (at === 1 ? marked : title)))).courses ?? [];
      expect(courses.map((course) => course.title)).toEqual([ROWS[0]![0], expected, ROWS[2]![0]]);
    });
  }
});
