// Values read wrong are worse than values not read: each case here once gave a wrong field.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const URL = 'https://www.nremt.org/manage-education';

type Course = [title: string, date: string, hours: string, approval: string];

/** One flat list of courses: each course a title, then its values, all siblings in one container. */
const LAYOUTS: Record<string, (courses: Course[], labelled: boolean) => string> = {
  'a definition list': (courses, labelled) => `<dl>${courses.map((course) => `<dt>${course[0]}</dt>${values(course, labelled, 'dd')}`).join('')}</dl>`,
  'divs with term and definition roles': (courses, labelled) =>
    `<div>${courses.map((course) => `<div role="term">${course[0]}</div>${values(course, labelled, 'div role="definition"')}`).join('')}</div>`,
  'list items': (courses, labelled) => `<ul>${courses.map((course) => `<li>${course[0]}</li>${values(course, labelled, 'li')}`).join('')}</ul>`,
};

function values([, date, hours, approval]: Course, labelled: boolean, tag: string): string {
  const close = tag.split(' ')[0];
  const cell = (text: string) => `<${tag}>${text}</${close}>`;
  return labelled ? cell(`Completed ${date}`) + cell(hours) + cell(`Approval: ${approval}`) : cell(date) + cell(hours) + cell(approval);
}

const page = (body: string) => `<h1>Education history</h1><h2>2026</h2>${body}`;

describe('courses listed as one flat run of titles and values', () => {
  const courses: Course[] = [
    ['Cardiology Review: ECG 101 — 4 hrs', '3 Feb 2026', '2 credits', 'OEMS 26-0144-T1'],
    ['Neonatal Resuscitation Update', '14 Jan 2026', '1.5 credits', 'CAPCE 26-PRHS-F5-0021'],
    ['Hazardous Materials Refresher', '18 Jun 2025', '4 credits', 'CAPCE 25-HAZM-F1-0602'],
  ];
  const expected = [
    ['Cardiology Review: ECG 101 — 4 hrs', '2026-02-03', 2, '26-0144-T1'],
    ['Neonatal Resuscitation Update', '2026-01-14', 1.5, '26-PRHS-F5-0021'],
    ['Hazardous Materials Refresher', '2025-06-18', 4, '25-HAZM-F1-0602'],
  ];
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const labelled of [true, false]) {
      it(`${layout}, values ${labelled ? 'labelled' : 'alone'}: each title starts its course; a figure in a title stays in it`, () => {
        const read = readHtml(page(render(courses, labelled)), URL);
        expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual(expected);
      });
    }
  }

  it('a course of the run without hours is reported unread, its neighbours keep their own values', () => {
    const html = page(LAYOUTS['divs with term and definition roles']!([courses[0]!, ['EMS Documentation', '19 Jul 2025', 'TBD (awaiting certificate)', 'CAPCE 25-DOCU-F3-0151'], courses[2]!], true));
    const read = readHtml(html, URL);
    expect(read.courses?.map((course) => [course.title, course.hours])).toEqual([
      ['Cardiology Review: ECG 101 — 4 hrs', 2],
      ['Hazardous Materials Refresher', 4],
    ]);
    expect(read.unread?.filter((row) => row.text.includes('EMS Documentation'))).toHaveLength(1);
  });
});

describe('an hours figure after a title', () => {
  const cases: Array<{ name: string; html: string; courses: Array<[string, string, number]> }> = [
    {
      name: 'a one-line course gives the hours after its dash, the date between them',
      html: '<ul><li>Trauma Review — 10/02/2025 — 2 hrs</li><li>Burn Care — 11/03/2025 — 1.5 hrs</li></ul>',
      courses: [['Trauma Review', '2025-10-02', 2], ['Burn Care', '2025-11-03', 1.5]],
    },
    {
      name: 'a one-line course gives the hours right after its title when it shows no other',
      html: '<ul><li>Trauma Review — 2 hrs — 10/02/2025</li><li>Burn Care — 1.5 hrs — 11/03/2025</li></ul>',
      courses: [['Trauma Review', '2025-10-02', 2], ['Burn Care', '2025-11-03', 1.5]],
    },
    {
      name: 'a card titled with its hours gives them when the card shows no other',
      html: '<div><h3>Trauma Review — 2 hrs</h3><p>Completed 10/02/2025</p></div><div><h3>Burn Care — 1.5 hrs</h3><p>Completed 11/03/2025</p></div>',
      courses: [['Trauma Review', '2025-10-02', 2], ['Burn Care', '2025-11-03', 1.5]],
    },
    {
      name: 'a card titled with a figure keeps it when the card shows its own hours',
      html: '<div><h3>ECG 101 — 4 hrs</h3><p>Completed 10/02/2025</p><p>2 credits</p></div><div><h3>Burn Care</h3><p>Completed 11/03/2025</p><p>1.5 credits</p></div>',
      courses: [['ECG 101 — 4 hrs', '2025-10-02', 2], ['Burn Care', '2025-11-03', 1.5]],
    },
  ];
  for (const { name, html, courses } of cases) {
    it(name, () => {
      const read = readHtml(page(html), URL);
      expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual(courses);
    });
  }
});
