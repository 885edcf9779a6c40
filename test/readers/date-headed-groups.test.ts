// A course list grouped under date headings (iPhone-style lists, activity feeds, text-only
// transcodings): each date alone on its line heads the courses after it, which show their hours
// and approval but no date of their own. Read as one run, the date must go to the courses under
// it, never to the course before it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Transcript | NREMT</title></head><body><h1>Transcript</h1>${body}</body></html>`;

const expected = [
  { title: 'Airway Update', completedOn: '2026-03-12', hours: 1.5 },
  { title: 'Naloxone Leave-Behind', completedOn: '2026-03-12', hours: 1 },
  { title: 'Cold Weather Injuries', completedOn: '2026-01-28', hours: 0.5 },
  { title: 'Obstetric Emergencies', completedOn: '2025-09-27', hours: 2 },
];

const items: string[][] = [
  ['Thu, Mar 12, 2026'],
  ['Airway Update', '1.5 h', 'CAPCE 26-LFEM-F3-0312'],
  ['Naloxone Leave-Behind', '1 h', 'OEMS 26-0312-T3'],
  ['Wed, Jan 28, 2026'],
  ['Cold Weather Injuries', '0.5 h', 'CAPCE 26-NEEMS-F3-0021'],
  ['Sat, Sep 27, 2025'],
  ['Obstetric Emergencies', '2 h', 'no approval #'],
];

const line = ([title, hours, approval]: string[]) => (hours ? `${title}<small>${hours}</small><span> ${approval}</span>` : title!);

describe('dates heading groups of courses', () => {
  it.each([
    ['list items, the date groups as items of the same list', `<ul><li>Pat Doe · EMT · Registry E5520913<br>Certification expires 03/31/2026</li>${items.map((item) => `<li>${line(item)}</li>`).join('')}</ul>`],
    ['one text block, a line each', `<p>Pat Doe · EMT · Registry E5520913<br>Certification expires 03/31/2026</p><div>${items.map((item) => line(item)).join('<br>')}</div>`],
    ['divs, one a line', `<div><div>Pat Doe · EMT · Registry E5520913 · Certification expires 03/31/2026</div>${items.map((item) => `<div>${line(item)}</div>`).join('')}</div>`],
  ])('%s', (_, body) => {
    const courses = readHtml(page(body)).courses ?? [];
    expect(courses.map(({ title, completedOn, hours }) => ({ title, completedOn, hours }))).toEqual(expected);
  });
});
