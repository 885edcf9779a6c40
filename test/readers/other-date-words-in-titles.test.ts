import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// A title may hold a word that elsewhere names another date ("START triage", "Start Strong"):
// only before a date does such a word say the date is not the completion date.
describe('a title holding a word like "Start" before its hours', () => {
  const titles = ['Mass Casualty Triage: START / JumpSTART', 'Fresh Start: Wellness for Responders'];
  const layouts: Record<string, string> = {
    'a list of date groups, each course its title, an hours badge and its approval': `<ul>${titles
      .map((title, i) => `<li>Mon, Jun ${20 + i}, 2025</li><li><a href="#c${i}">${title}<small>3 h</small><span>OEMS 25-063${i}-T1</span></a></li>`)
      .join('')}<li>Wed, Feb 14, 2024</li><li><a href="#c9">Spinal Motion Restriction Update<small>1 h</small><span>CAPCE 24-EMSE-F3-0188</span></a></li></ul>`,
    'cards whose first line is the title and its hours': titles
      .map((title, i) => `<div><p>${title} — 3 hrs</p><p>Completed 06/${20 + i}/2025</p><p>OEMS 25-063${i}-T1</p></div>`)
      .join('') + '<div><p>Spinal Motion Restriction Update — 1 hr</p><p>Completed 02/14/2024</p><p>CAPCE 24-EMSE-F3-0188</p></div>',
  };
  for (const [layout, body] of Object.entries(layouts)) {
    it(layout, () => {
      const read = readHtml(`<h1>Transcript</h1>${body}`, 'https://www.nremt.org/transcript');
      expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual([
        [titles[0], '2025-06-20', 3, '25-0630-T1'],
        [titles[1], '2025-06-21', 3, '25-0631-T1'],
        ['Spinal Motion Restriction Update', '2024-02-14', 1, '24-EMSE-F3-0188'],
      ]);
    });
  }
});
