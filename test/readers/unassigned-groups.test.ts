// A course under a group that says it is not assigned ("(not assigned) (1)", "Transcript Courses
// Not Yet Assigned", "Unassigned") has no component: the group before it must not leak into it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const URL = 'https://www.nremt.org/manage-education';
type Group = [name: string, course: [title: string, date: string, hours: string, approval: string]];

const LAYOUTS: Record<string, (groups: Group[]) => string> = {
  'a grid with group rows (name and count)': (groups) =>
    `<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>${groups
      .map(([name, course]) => `<tr><td colspan="4"><b>${name}</b> (1)</td></tr><tr>${course.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`,
  'panels captioned by plain blocks, one grid each': (groups) =>
    groups
      .map(
        ([name, course]) =>
          `<div><div><div>${name}</div></div><div><table><tr><td>Course Title</td><td>Date Completed</td><td>Credits</td><td>Approval Number</td></tr></table><table><tr>${course.map((cell) => `<td><span>${cell}</span></td>`).join('')}</tr></table></div></div>`,
      )
      .join(''),
  'headings over card lists': (groups) =>
    groups.map(([name, [title, date, hours, approval]]) => `<h3>${name}</h3><div><h4>${title}</h4><p>Completed: ${date}</p><p>Hours: ${hours}</p><p>Approval: ${approval}</p></div>`).join(''),
};

const UNASSIGNED_NAMES = ['(not assigned)', 'Transcript Courses Not Yet Assigned', 'Unassigned', 'Not yet assigned', 'Courses not assigned to a component'];

describe('a course under an unassigned group has no component', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const unassigned of UNASSIGNED_NAMES) {
      it(`${layout}: "${unassigned}" after an Individual group`, () => {
        const html = `<h1>Manage Education</h1>${render([
          ['Individual Component', ['Swift Water Rescue Awareness', '08/09/2025', '4', '25-SWRA-F1-0809']],
          [unassigned, ['Leadership in the Company Officer Role', '12/12/2025', '3', '25-1212-T1']],
        ])}`;
        const read = readHtml(html, URL);
        expect(read.courses?.map((course) => [course.title, course.component])).toEqual([
          ['Swift Water Rescue Awareness', 'individual'],
          ['Leadership in the Company Officer Role', null],
        ]);
      });
    }
  }
});

