// A title that starts with a component's word ("Local Protocol Review: …", "Individual Study
// Project: …") is a title, not the course's component chip; a control's words beside it ("Edit
// assignment") are never the title.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Course = [title: string, date: string, hours: string, chips: string[]];
const COURSES: Course[] = [
  ['Crew Resource Management', 'Mar 3, 2026', '2', ['National', 'Operations']],
  ['Local Protocol Review: Southeastern MA', 'Apr 27, 2026', '5', ['Local']],
  ['Individual Study Project: Wilderness Medicine', 'Aug 1, 2026', '6', ['Individual']],
];
const LAYOUTS: Record<string, (course: Course) => string> = {
  'cards: a bare title line, chips and a footer link': ([title, date, hours, chips]) =>
    `<div><div>${title}<div>Completed ${date} · ${hours} credits</div><div>${chips.map((chip) => `<span>${chip}</span>`).join(' ')}</div></div><div><a href="#">Edit assignment</a></div></div>`,
  'list items: title, values and chips in spans, a control link': ([title, date, hours, chips]) =>
    `<li><span>${title}</span> <span>${date}</span> <span>${hours} hrs</span> ${chips.map((chip) => `<em>${chip}</em>`).join(' ')} <a href="#">Edit assignment</a></li>`,
};

describe('a title starting with a component word, beside a control', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    it(layout, () => {
      const read = readHtml(`<h1>Manage Education</h1><div>${COURSES.map(render).join('')}</div>`, 'https://www.nremt.org/manage-education');
      expect(read.courses?.map((course) => [course.title, course.hours, course.component, course.topic])).toEqual([
        ['Crew Resource Management', 2, 'national', 'operations'],
        ['Local Protocol Review: Southeastern MA', 5, 'local', null],
        ['Individual Study Project: Wilderness Medicine', 6, 'individual', null],
      ]);
    });
  }
});
