// Status badges inside a course's title cell or line, or beside its hours ("Possible duplicate",
// "Duplicate?", "Needs review", "Split", "(split)", "New", "Outside cycle"), drawn as their own
// element after the value, are no part of the title or the hours, and a row carrying one is still
// a course. A title that really holds such a word ("Duplicate Patient Records Training", "New
// Protocols 2026") keeps it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const BADGES = ['Possible duplicate', 'Duplicate?', 'Needs review', 'Split', '(split)', 'New', 'Outside cycle'];

// [title, date shown, ISO date, hours shown, hours]
type Course = [string, string, string, string, number];
const COURSES: Course[] = [
  ['Pediatric Respiratory Emergencies', '09/03/2025', '2025-09-03', '1.5 CEH', 1.5],
  ['Sepsis Recognition in the Field', '01/19/2026', '2026-01-19', '1.25 CEH', 1.25],
  ['Duplicate Patient Records Training', '11/02/2025', '2025-11-02', '2 hrs', 2],
  ['New Protocols 2026', '02/02/2026', '2026-02-02', '3 hrs', 3],
];


const badge = (text: string | null) => (text ? ` <span class="badge">${text}</span>` : '');

// Each layout draws course i with `badges[i]` after its title and `hoursBadges[i]` after its hours.
type Layout = (courses: Course[], badges: Array<string | null>, hoursBadges: Array<string | null>) => string;
const LAYOUTS: Record<string, Layout> = {
  'a table, the badge after the title text in its cell': (courses, badges, hoursBadges) =>
    `<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th></tr></thead><tbody>${courses
      .map(([title, date, , hours], i) => `<tr><td>${title}${badge(badges[i]!)}</td><td>${date}</td><td>${hours}${badge(hoursBadges[i]!)}</td><td>26-EMSL-F3-00${10 + i}</td></tr>`)
      .join('')}</tbody></table>`,
  'a table, the title a link and the badge a chip': (courses, badges, hoursBadges) =>
    `<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Credit Hours</th></tr></thead><tbody>${courses
      .map(([title, date, , hours], i) => `<tr><td><a href="#">${title}</a>${badge(badges[i]!)}</td><td>${date}</td><td>${hours}${badge(hoursBadges[i]!)}</td></tr>`)
      .join('')}</tbody></table>`,
  'cards with a heading title and labelled lines': (courses, badges, hoursBadges) =>
    courses
      .map(([title, date, , hours], i) => `<div class="card"><h4>${title}${badge(badges[i]!)}</h4><p>Completed: ${date}</p><p>Hours: ${hours}${badge(hoursBadges[i]!)}</p></div>`)
      .join(''),
  'list items with a bold title and a meta line': (courses, badges, hoursBadges) =>
    `<ul>${courses
      .map(([title, date, , hours], i) => `<li><div><b>${title}</b>${badge(badges[i]!)}</div><div>${date} · ${hours}${badge(hoursBadges[i]!)}</div></li>`)
      .join('')}</ul>`,
};

const PAGE = (list: string) => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body>
<main><h1>Manage Education</h1><p>All sections must be complete to recertify</p>
<section><h2>Individual Component</h2>${list}</section></main></body></html>`;

const read = (html: string) =>
  readHtml(PAGE(html), 'https://www.nremt.org/recertification/manage-education').courses?.map((c) => [c.title, c.completedOn, c.hours]);
const expected = COURSES.map(([title, , date, , hours]) => [title, date, hours]);

describe('a status badge after a course title or its hours is no part of them', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const word of BADGES) {
      it(`${layout}: "${word}" after the title`, () => {
        expect(read(render(COURSES, COURSES.map((_, i) => (i % 2 === 1 ? word : null)), COURSES.map(() => null)))).toEqual(expected);
      });
    }
    it(`${layout}: "(split)" and "Split" after the hours`, () => {
      expect(read(render(COURSES, COURSES.map(() => null), ['(split)', null, 'Split', null]))).toEqual(expected);
    });
    it(`${layout}: titles holding a badge's word keep it, with and without a badge after them`, () => {
      expect(read(render(COURSES, [null, null, 'Possible duplicate', 'New'], COURSES.map(() => null)))).toEqual(expected);
      expect(read(render(COURSES, COURSES.map(() => null), COURSES.map(() => null)))).toEqual(expected);
    });
  }
});
