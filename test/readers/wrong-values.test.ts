// Values read wrong are worse than values not read: each case here once gave a wrong field.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const URL = 'https://www.nremt.org/manage-education';

/** A definition list per year: each course a term (its title) and descriptions (its fields). */
const yearList = (terms: string[][]) =>
  `<dl>${terms.map(([title, date, hours, approval]) => `<dt>${title}</dt><dd>Completed ${date}</dd><dd>${hours}</dd><dd>Approval: ${approval}</dd>`).join('')}</dl>`;

describe('courses of a definition list', () => {
  const cases: Array<{ name: string; html: string; courses: Array<[string, string, number]> }> = [
    {
      name: 'two courses in one list, each its own term',
      html: '<h1>Education history</h1><h2>2025</h2>' + yearList([['Airway Management', '22 Nov 2025', '8 credits', 'CAPCE 25-AHAC-F1-0932'], ['Pediatric Trauma Assessment', '30 Aug 2025', '1 credit', 'CAPCE 25-PTRA-F3-0310']]),
      courses: [['Airway Management', '2025-11-22', 8], ['Pediatric Trauma Assessment', '2025-08-30', 1]],
    },
    {
      name: 'a title holding an hours figure keeps it; the course\'s own hours field wins',
      html: '<h1>Education history</h1><h2>2026</h2>' + yearList([['Cardiology Review: ECG 101 — 4 hrs', '3 Feb 2026', '2 credits', 'OEMS 26-0144-T1'], ['Neonatal Resuscitation Update', '14 Jan 2026', '1.5 credits', 'CAPCE 26-PRHS-F5-0021']]) +
        '<h2>2025</h2>' + yearList([['Hazardous Materials Refresher', '18 Jun 2025', '4 credits', 'OEMS T3-24-0602']]),
      courses: [['Cardiology Review: ECG 101 — 4 hrs', '2026-02-03', 2], ['Neonatal Resuscitation Update', '2026-01-14', 1.5], ['Hazardous Materials Refresher', '2025-06-18', 4]],
    },
    {
      name: 'a one-line course still gives the hours after its dash',
      html: '<h1>Education history</h1><ul><li>Trauma Review — 10/02/2025 — 2 hrs</li><li>Burn Care — 11/03/2025 — 1.5 hrs</li></ul>',
      courses: [['Trauma Review', '2025-10-02', 2], ['Burn Care', '2025-11-03', 1.5]],
    },
  ];
  for (const { name, html, courses } of cases) {
    it(name, () => {
      const read = readHtml(html, URL);
      expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual(courses);
    });
  }
});
