// A flag a tool or the person sets beside a course's title, drawn as its own element after it
// ("Missing approval", "Out of cycle", "Pending", "Duplicate", "Awaiting approval", "No approval #",
// "Needs certificate"), says how the record stands: no part of the title. A title whose own words
// hold such a word ("Pending Arrest Recognition", "Missing Person Searches") keeps them.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const FLAGS = ['Missing approval', 'Out of cycle', 'Pending', 'Duplicate', 'Awaiting approval', 'No approval #', 'Needs certificate', 'Missing certificate'];

// [title, date shown, ISO date, hours shown, hours]
type Course = [string, string, string, string, number];
const COURSES: Course[] = [
  ['Behavioral Emergencies', '03/03/2026', '2026-03-03', '1.5 hrs', 1.5],
  ['Sepsis Recognition in the Field', '01/19/2026', '2026-01-19', '1.25 hrs', 1.25],
  ['Missing Person Searches', '11/02/2025', '2025-11-02', '2 hrs', 2],
  ['Pending Arrest Recognition', '02/02/2026', '2026-02-02', '3 hrs', 3],
];

const flag = (text: string | null): string => (text ? ` <span class="x9f2">${text}</span>` : '');

type Layout = (courses: Course[], flags: Array<string | null>) => string;
const LAYOUTS: Record<string, Layout> = {
  'a table, the flag after the title text in its cell': (courses, flags) =>
    `<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>${courses
      .map(([title, date, , hours], i) => `<tr><td>${title}${flag(flags[i]!)}</td><td>${date}</td><td>${hours}</td></tr>`)
      .join('')}</tbody></table>`,
  'a table, the flag a nested chip after a link': (courses, flags) =>
    `<table><tr><th>Title</th><th>Date</th><th>Credits</th></tr>${courses
      .map(([title, date, , hours], i) => `<tr><td><a href="#">${title}</a>${flags[i] ? ` <span><span>${flags[i]}</span></span>` : ''}</td><td>${date}</td><td>${hours}</td></tr>`)
      .join('')}</table>`,
  'cards with a heading title and labelled lines': (courses, flags) =>
    courses.map(([title, date, , hours], i) => `<div><h4>${title}${flag(flags[i]!)}</h4><p>Completed: ${date}</p><p>Hours: ${hours}</p></div>`).join(''),
  'list items with a bold title and a meta line': (courses, flags) =>
    `<ul>${courses.map(([title, date, , hours], i) => `<li><div><b>${title}</b>${flag(flags[i]!)}</div><div>${date} · ${hours}</div></li>`).join('')}</ul>`,
};

const PAGE = (list: string) => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body>
<main><h1>Manage Education</h1><p>All sections must be complete to recertify</p>
<section><h2>Individual Component</h2>${list}</section></main></body></html>`;

const read = (html: string) =>
  readHtml(PAGE(html), 'https://www.nremt.org/recertification/manage-education').courses?.map((c) => [c.title, c.completedOn, c.hours]);
const expected = COURSES.map(([title, , date, , hours]) => [title, date, hours]);

describe('a flag after a course title is no part of it', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    it.each(FLAGS)(`${layout}: "%s"`, (word) => {
      expect(read(render(COURSES, COURSES.map((_, i) => (i % 2 === 0 ? word : null))))).toEqual(expected);
    });
  }
});
