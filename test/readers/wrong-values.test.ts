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

describe('an agency card with an avatar initial beside the name', () => {
  const dashboard = (card: string) =>
    '<h1>My Certification</h1><dl><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>' +
    `<section><h3>Agency Affiliation</h3><a href="/agency">Add or Remove Agency Affiliation</a>${card}</section>`;
  const cases: Array<{ name: string; card: string }> = [
    { name: 'a letter badge, then the name, then a status chip', card: '<div><div>P</div><div><a href="#">Pioneer Valley Ambulance Service</a></div><span>Active</span></div>' },
    { name: 'two initials, the name with its town and contact after a bullet', card: '<div><div>P V</div><div><a href="#">Pioneer Valley Ambulance Service</a><span>Northampton, MA · Training Officer: R. Szymanski</span></div><span>Active</span></div>' },
    { name: 'a letter badge in a list item', card: '<ul><li><span>P</span><p>Pioneer Valley Ambulance Service</p><p>Active</p></li></ul>' },
  ];
  for (const { name, card } of cases) {
    it(`${name}: the name is the agency's, never the letters`, () => {
      const read = readHtml(dashboard(card), 'https://www.nremt.org/dashboard');
      expect(read.agency).toEqual({ name: 'Pioneer Valley Ambulance Service', status: 'active' });
    });
  }
});

describe('a status phrase on a course is no title', () => {
  const card = (ribbon: string, title: string, rest: string) => `<div>${ribbon}</div><div><span>1.25 CEH</span><h3>${title}</h3><p>Completed Jan 22, 2026</p><p>Approval ${rest}</p></div>`;
  const layouts: Record<string, (ribbon: string, title: string, rest: string) => string> = {
    'article cards': (...args) => `<article>${card(...args)}</article>`,
    'list items': (...args) => `<li>${card(...args)}</li>`,
  };
  for (const [layout, render] of Object.entries(layouts)) {
    for (const ribbon of ['Not yet assigned', 'Awaiting assignment']) {
      it(`${layout}: a "${ribbon}" ribbon above the title`, () => {
        const body = `<h1>Manage Education</h1><ul>${render(ribbon, 'Mass Casualty Triage (SALT)', '26-0120-T1')}${render('Individual', 'Tactical Casualty Care Basics', '24-TCCC-F1-0777')}</ul>`;
        const read = readHtml(body, URL);
        expect(read.courses?.map((course) => [course.title, course.component])).toEqual([
          ['Mass Casualty Triage (SALT)', null],
          ['Tactical Casualty Care Basics', 'individual'],
        ]);
      });
    }
  }
});

describe('a group of one course under a title line with its progress', () => {
  const option = (title: string, values: string) => `<div role="option"><span>${title}</span><span>${values}</span></div>`;
  const groups = (wrap: (title: string, courses: string) => string) =>
    wrap('National · Airway, Respiration &amp; Ventilation (4.0 of 5 hrs)', option('Advanced Airway Adjuncts', '9/20/2025 · 2.5 hrs · 25-MAEM-F1-0652') + option('Pediatric Respiratory Distress', '1/17/2026 · 1.5 hrs · 26-PEDS-F3-0044')) +
    wrap('National · Cardiology (2.0 of 6 hrs)', option('12-Lead Acquisition', '10/5/2025 · 2.0 hrs · 25-0712-T1')) +
    wrap('National · Medical (1.25 of 7 hrs)', option('Diabetic Emergencies', '7/19/2024 · 1.25 hrs · T3-24-0931'));
  const layouts: Record<string, string> = {
    'listbox groups': `<div role="listbox">${groups((title, courses) => `<div role="group"><div role="presentation">${title}</div>${courses}</div>`)}</div>`,
    'plain div groups': `<div>${groups((title, courses) => `<div><div>${title}</div>${courses}</div>`)}</div>`,
    'sections of a list': `<ul>${groups((title, courses) => `<li><p>${title}</p>${courses}</li>`)}</ul>`,
  };
  for (const [layout, body] of Object.entries(layouts)) {
    it(`${layout}: each course takes its own group's topic`, () => {
      const read = readHtml(`<h1>Manage Education</h1>${body}`, URL);
      expect(read.courses?.map((course) => [course.title, course.topic])).toEqual([
        ['Advanced Airway Adjuncts', 'airway'],
        ['Pediatric Respiratory Distress', 'airway'],
        ['12-Lead Acquisition', 'cardiovascular'],
        ['Diabetic Emergencies', 'medical'],
      ]);
    });
  }
});

describe("a page's name after the cycle's year", () => {
  const cases: Array<{ name: string; html: string; kind: string }> = [
    {
      name: 'an application headed with its year, beside a "Certification" card',
      html: '<title>Recertification Application - NREMT</title><h1>2026 Recertification Application</h1><h2>Application Sections</h2><p>Continuing Education</p><h2>Certification</h2><p>Expiration Date 03/31/2026</p>',
      kind: 'nremt-application',
    },
    {
      name: 'an application headed with its year under a plain title',
      html: '<title>NREMT</title><h2>2026 Recertification Application</h2><h2>Certification</h2><p>Expiration Date 03/31/2026</p>',
      kind: 'nremt-application',
    },
    {
      name: 'a transcript headed with its year',
      html: '<title>NREMT</title><h1>2025 Transcript</h1><h2>Certification</h2><p>Expiration Date 03/31/2026</p>',
      kind: 'nremt-education',
    },
  ];
  for (const { name, html, kind } of cases) {
    it(name, () => {
      expect(readHtml(html, 'https://www.nremt.org/')?.kind).toBe(kind);
    });
  }
});
