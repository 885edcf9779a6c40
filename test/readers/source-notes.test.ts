// A note under a course's title saying where the course came from ("Entered by you", "Imported
// from CAPCE"), drawn as its own line by the stylesheet, is no part of the title.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const NOTES = ['Entered by you', 'Imported from CAPCE', 'Self-reported', 'Added by your Training Officer'];
const LAYOUTS: Record<string, (note: string) => string> = {
  'a table cell': (note) =>
    `<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody><tr><td>Childbirth &amp; Neonatal Resuscitation<span class="src">${note}</span></td><td>12/09/2025</td><td>1.5</td></tr><tr><td>Lift Assist<small>${note}</small></td><td>10/30/2025</td><td>0.5</td></tr></tbody></table>`,
  'cards with a title line': (note) =>
    `<div><p><b>Childbirth &amp; Neonatal Resuscitation</b><span>${note}</span></p><p>Completed: 12/09/2025</p><p>Hours: 1.5</p></div><div><p><b>Lift Assist</b><span>${note}</span></p><p>Completed: 10/30/2025</p><p>Hours: 0.5</p></div>`,
};

describe("a source note after a course's title is no part of it", () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const note of NOTES) {
      it(`${layout}: "${note}"`, () => {
        const read = readHtml(`<h1>Transcript</h1>${render(note)}`, 'https://www.nremt.org/transcript');
        expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
          ['Childbirth & Neonatal Resuscitation', '2025-12-09', 1.5],
          ['Lift Assist', '2025-10-30', 0.5],
        ]);
      });
    }
  }
});
