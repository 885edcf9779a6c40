// A course whose own Component cell is empty ("", "—", "N/A") is unassigned when the courses of its
// list name their own components: the section progress lines above the grid ("Individual 5 / 10
// hrs", the last of them) are the page's summary, not the group of every course below them.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Row = [title: string, date: string, hours: string, component: string, approval: string];
const rows = (empty: string): Row[] => [
  ['Airway Management & Capnography Refresher', '05/14/2025', '2.00', 'National', '25-BOSEMS-F1-0412'],
  ['Region IV Spinal Motion Restriction', '02/03/2026', '2.00', 'State/Local', 'MA-26-0114-T'],
  ['Geriatric Falls Assessment', '03/08/2025', '1.00', 'Individual', '25-PRIME-F3-0662'],
  ['Hazmat Awareness for EMS', '03/21/2026', '2.00', empty, '26-HAZ-F3-0101'],
];
const EXPECTED = [
  ['Airway Management & Capnography Refresher', 'national'],
  ['Region IV Spinal Motion Restriction', 'local'],
  ['Geriatric Falls Assessment', 'individual'],
  ['Hazmat Awareness for EMS', null],
];

const PROGRESS = `<div><div><div>National</div><div>17.25 / 20 hrs</div></div><div><div>State/Local</div><div>6 / 10 hrs</div></div><div><div>Individual</div><div>5 / 10 hrs</div></div></div>`;

const LAYOUTS: Record<string, (rows: Row[]) => string> = {
  'a grid of div rows without column titles': (rows) =>
    `<div>${rows.map((r) => `<div>${r.map((cell) => `<div>${cell}</div>`).join('')}</div>`).join('')}</div>`,
  'a table with a Component column': (rows) =>
    `<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Component</th><th>Approval #</th></tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`,
  'an ARIA grid': (rows) =>
    `<div role="grid"><div role="row"><span role="columnheader">Course</span><span role="columnheader">Date</span><span role="columnheader">Credits</span><span role="columnheader">Component</span><span role="columnheader">Approval</span></div>${rows
      .map((r) => `<div role="row">${r.map((cell) => `<span role="gridcell">${cell}</span>`).join('')}</div>`)
      .join('')}</div>`,
  'cards with labelled lines': (rows) =>
    rows
      .map(([title, date, hours, component, approval]) => `<div><h4>${title}</h4><p>Completed: ${date}</p><p>Hours: ${hours}</p><p>Component: ${component}</p><p>Approval #: ${approval}</p></div>`)
      .join(''),
};

const page = (body: string) => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><h1>Manage Education</h1>${body}</body></html>`;

describe('an empty component cell assigns nothing', () => {
  const cases: Array<[string, string]> = [];
  for (const [name, render] of Object.entries(LAYOUTS)) {
    for (const empty of ['', '—', 'N/A', '-']) cases.push([`${name}: "${empty}"`, render(rows(empty))]);
  }
  it.each(cases)('%s', (_name, list) => {
    const read = readHtml(page(PROGRESS + list), 'https://www.nremt.org/manage-education');
    expect(read.courses?.map((c) => [c.title, c.component])).toEqual(EXPECTED);
  });

  // The same list under one component's heading, every course of it that component: the heading still assigns the empty cell's course.
  it.each(Object.entries(LAYOUTS))('%s under its own component heading', (_name, render) => {
    const own: Row[] = rows('').map((r) => [r[0], r[1], r[2], r[3] ? 'Individual' : '', r[4]]);
    const read = readHtml(page(`<h2>Individual</h2>${render(own)}`), 'https://www.nremt.org/manage-education');
    expect(read.courses?.map((c) => c.component)).toEqual(['individual', 'individual', 'individual', 'individual']);
  });
});

describe('the courses right under a heading are its own', () => {
  // A topic's caption, its courses, then section cards that carry their own captions (a component's name inside the record).
  it.each([
    ['cards', (title: string, date: string, hours: string) => `<div><h4>${title}</h4><p>Completed ${date}</p><p>${hours} credits</p></div>`],
    ['list items', (title: string, date: string, hours: string) => `<li>${title} · Completed ${date} · ${hours} credits</li>`],
  ])('%s under "Cardiology", then sections of their own', (_name, course) => {
    const html = page(
      `<h2>National Component</h2><div>6.5 of 25 credits</div><div>Cardiology</div>${course('Acute Coronary Syndromes', '10/5/2024', '2')}${course('Pit Crew CPR', '1/14/2025', '1.5')}` +
        `<div><div>State/Local Component</div><div>4 of 12.5 credits</div><div>Medication Administration Protocol</div><div>Completed 4/19/2025</div><div>4 credits</div></div>`,
    );
    const read = readHtml(html, 'https://www.nremt.org/manage-education');
    expect(read.courses?.map((c) => [c.component, c.topic]).slice(0, 2)).toEqual([
      ['national', 'cardiovascular'],
      ['national', 'cardiovascular'],
    ]);
  });
});
