// A course card whose labelled values sit in a small table of its own, one row per label (a header
// cell naming the value, then the value: "Completed | 03/14/2026", "Credit Hours | 2.0"), as
// admin templates draw a record's details: each card is a course, titled by its heading or bold line.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = [
  ['Burns and Blast Injuries', 'Mar 14, 2026', '2.0 CEH', 'CAPCE 26-EMSX-F3-0522', 'National – Trauma'],
  ['Capnography in the Ventilated Patient', 'May 2, 2026', '1.5 CEH', 'CAPCE 26-EMSX-F3-0233', 'National – Airway'],
  ['Pediatric Seizure Management', 'Jun 9, 2026', '1.0 CEH', 'CAPCE 26-PEDS-F3-0410', 'Local'],
] as const;

const rows = (cells: string[][], label: (t: string) => string, value: (t: string) => string) => cells.map(([l, v]) => `<tr>${label(l!)}${value(v!)}</tr>`).join('');
const facts = (c: (typeof COURSES)[number]) => [
  ['Completed', c[1]],
  ['Credit Hours', c[2]],
  ['Approval', c[3]],
];

const LAYOUTS: Record<string, (c: (typeof COURSES)[number]) => string> = {
  'list item: heading, badge line, th/td rows': (c) =>
    `<li><h3>${c[0]}</h3><p><span>${c[4]}</span></p><table><tbody>${rows(facts(c), (t) => `<th scope="row">${t}</th>`, (t) => `<td>${t}</td>`)}</tbody></table></li>`,
  'div card: bold title, th/td rows without tbody': (c) =>
    `<div><div><strong>${c[0]}</strong></div><div>${c[4]}</div><table>${rows(facts(c), (t) => `<th>${t}</th>`, (t) => `<td>${t}</td>`)}</table></div>`,
  'article: heading, rows of a bold label cell and a value cell': (c) =>
    `<article><h4>${c[0]}</h4><p>${c[4]}</p><table>${rows(facts(c), (t) => `<td><b>${t}</b></td>`, (t) => `<td>${t}</td>`)}</table></article>`,
  'list item: heading, label cells with a colon': (c) =>
    `<li><h3>${c[0]}</h3><p>${c[4]}</p><table>${rows(facts(c), (t) => `<td>${t}:</td>`, (t) => `<td>${t}</td>`)}</table></li>`,
};

const PAGE = (body: string) => `<!DOCTYPE html><html><head><title>My Education | NREMT</title></head><body>
<main><h1>My Education</h1><p>Courses on your transcript.</p><ul>${body}</ul></main></body></html>`;

describe('a course card with its own label/value table is a course', () => {
  for (const [layout, card] of Object.entries(LAYOUTS)) {
    it(layout, () => {
      const page = readHtml(PAGE(COURSES.map(card).join('\n')), 'https://www.nremt.org/recertification/manage-education');
      expect(page.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.approvalNumber])).toEqual([
        ['Burns and Blast Injuries', '2026-03-14', 2, 'national', '26-EMSX-F3-0522'],
        ['Capnography in the Ventilated Patient', '2026-05-02', 1.5, 'national', '26-EMSX-F3-0233'],
        ['Pediatric Seizure Management', '2026-06-09', 1, 'local', '26-PEDS-F3-0410'],
      ]);
    });
  }
});
