// A status badge drawn before a course's title ("Possible duplicate", "Needs approval #", "New",
// "Duplicate?", "Needs review"), in its own element inside the title's cell or above the card's
// heading, is no part of the title and does not split the course; a title that really opens with
// such a word ("New Protocols 2026", "Duplicate Patient Records Training") keeps it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const BADGES = ['Possible duplicate', 'Needs approval #', 'New', 'Duplicate?', 'Needs review'];

// [title, date shown, ISO date, hours shown, hours]
type Course = [string, string, string, string, number];
const COURSES: Course[] = [
  ['Pediatric Respiratory Emergencies', '09/03/2025', '2025-09-03', '1.5 CEH', 1.5],
  ['Sepsis Recognition in the Field', '01/19/2026', '2026-01-19', '1.25 CEH', 1.25],
  ['Duplicate Patient Records Training', '11/02/2025', '2025-11-02', '2 hrs', 2],
  ['New Protocols 2026', '02/02/2026', '2026-02-02', '3 hrs', 3],
];

const badge = (text: string | null) => (text ? `<span class="badge">${text}</span> ` : '');

type Layout = (courses: Course[], badges: Array<string | null>) => string;
const LAYOUTS: Record<string, Layout> = {
  'a table, the badge before the title text in its cell': (courses, badges) =>
    `<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th></tr></thead><tbody>${courses
      .map(([title, date, , hours], i) => `<tr><td>${badge(badges[i]!)}${title}</td><td>${date}</td><td>${hours}</td><td>26-EMSL-F3-00${10 + i}</td></tr>`)
      .join('')}</tbody></table>`,
  'a table, a chip before the title link': (courses, badges) =>
    `<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Credit Hours</th></tr></thead><tbody>${courses
      .map(([title, date, , hours], i) => `<tr><td>${badge(badges[i]!)}<a href="#">${title}</a></td><td>${date}</td><td>${hours}</td></tr>`)
      .join('')}</tbody></table>`,
  'cards, the badge above the heading': (courses, badges) =>
    courses.map(([title, date, , hours], i) => `<div class="card">${badges[i] ? `<div>${badges[i]}</div>` : ''}<h4>${title}</h4><p>Completed: ${date}</p><p>Hours: ${hours}</p></div>`).join(''),
  'cards, the badge inside the heading before the title': (courses, badges) =>
    courses.map(([title, date, , hours], i) => `<div class="card"><h4>${badge(badges[i]!)}${title}</h4><p>Completed: ${date}</p><p>Hours: ${hours}</p></div>`).join(''),
  'list items, the badge before a bold title, a meta line': (courses, badges) =>
    `<ul>${courses.map(([title, date, , hours], i) => `<li><div>${badge(badges[i]!)}<b>${title}</b></div><div>${date} · ${hours}</div></li>`).join('')}</ul>`,
};

const PAGE = (list: string) => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body>
<main><h1>Manage Education</h1><p>All sections must be complete to recertify</p>
<section><h2>Individual Component</h2>${list}</section></main></body></html>`;

const read = (html: string) =>
  readHtml(PAGE(html), 'https://www.nremt.org/recertification/manage-education').courses?.map((c) => [c.title, c.completedOn, c.hours]);
const expected = COURSES.map(([title, , date, , hours]) => [title, date, hours]);

describe('a status badge before a course title is no part of it', () => {
  const cases: Array<[string, Layout, string]> = [];
  for (const [layout, render] of Object.entries(LAYOUTS)) for (const word of BADGES) cases.push([`${layout}: "${word}"`, render, word]);
  it.each(cases)('%s', (_name, render, word) => {
    expect(read(render(COURSES, COURSES.map((_, i) => (i % 2 === 1 ? word : null))))).toEqual(expected);
  });
  it.each(Object.entries(LAYOUTS))('%s: on every course, titles opening with a badge\'s word keep it', (_name, render) => {
    expect(read(render(COURSES, ['New', 'Possible duplicate', 'Possible duplicate', 'New']))).toEqual(expected);
  });
});
