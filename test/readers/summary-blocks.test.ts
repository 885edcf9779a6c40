// A block above a course list (the page's heading card with the cycle's dates and progress
// figures, an application's list of sections) holds a date and an hours figure like a course,
// but it is the page's summary: never the list's first course.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const TABLE =
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Credits</th><th>Approval #</th></tr></thead><tbody>' +
  '<tr><td>Airway Update</td><td>Jan 14, 2026</td><td>2 credits</td><td>26-AIRW-F3-0001</td></tr>' +
  '<tr><td>Trauma Review</td><td>Feb 14, 2026</td><td>1.5 credits</td><td>26-TRAU-F3-0002</td></tr>' +
  '<tr><td>Protocol Update</td><td>Mar 1, 2026</td><td>3 credits</td><td>26-0101-T1</td></tr></tbody></table>';
const TITLES = ['Airway Update', 'Trauma Review', 'Protocol Update'];

const progress = (name: string, figure: string) => `<div><label>${name}</label><div role="progressbar"></div><div>${figure}</div></div>`;

describe('a summary block above the list is not a course', () => {
  it.each([
    [
      "a card holding the page's heading, the cycle's range and each component's progress",
      '<main><div><div><h1>Manage Education</h1></div><div><span>Paramedic · Recertification cycle Apr 1, 2025 – Mar 31, 2027</span></div>' +
        `<div>${progress('National', '13.25 of 30 credits')}${progress('State/Local', '2 of 15 credits')}</div></div><div>${TABLE}</div></main>`,
      'Manage Education',
    ],
    [
      "the page's heading drawn as an ARIA heading, with the cycle's range and a total",
      '<main><div><div role="heading" aria-level="1">Manage Education</div><p>Cycle: 04/01/2025 – 03/31/2027</p><p>6.5 credits entered</p></div><div>' +
        `${TABLE}</div></main>`,
      'Manage Education',
    ],
    [
      "sibling panels: an application's sections (one with an hours progress figure, one with a payment date) beside the courses",
      '<div><div class="paper"><h5>Recertification Application</h5><div><span>Status</span><span>Not Submitted</span></div></div>' +
        '<div class="paper"><h6>Sections</h6><div><div><p>Continuing Education</p><p>40.00 of 40 hours</p></div><div><p>Profile and Workforce Information</p></div>' +
        '<div><p>Make Payment</p><p>$30.00 paid 3/2/2026 · Receipt #NR-2026-0448127</p></div></div><button>Submit Application</button></div>' +
        `<div class="paper"><h6>Continuing Education Applied</h6>${TABLE}</div></div>`,
      'Recertification Application',
    ],
  ])('%s', (_, body, title) => {
    const snap = readHtml(page(body, title));
    expect(snap.courses?.map((course) => course.title)).toEqual(TITLES);
  });

  // The same block drawn like the course cards under it (one card template for the whole page).
  const card = (title: string, date: string, hours: string, approval: string) =>
    `<div class="card"><h3>${title}</h3><p>Completed ${date}</p><p>${hours}</p><p>${approval}</p></div>`;
  const CARDS = card('Airway Update', '01/14/2026', '2 credits', '26-AIRW-F3-0001') + card('Trauma Review', '02/14/2026', '1.5 credits', '26-TRAU-F3-0002') + card('Protocol Update', '03/01/2026', '3 credits', '26-0101-T1');
  it.each([
    ["the page's heading, the cycle's range and a progress figure", '<div class="card"><h1>Manage Education</h1><p>Cycle Apr 1, 2025 – Mar 31, 2027</p><p>13.25 of 30 credits</p></div>'],
    ["the page's heading, the cycle's range and a total", '<div class="card"><h1>Manage Education</h1><p>Cycle Apr 1, 2025 – Mar 31, 2027</p><p>6.5 credits</p></div>'],
  ])('a card like the course cards holding %s', (_, summary) => {
    const snap = readHtml(page(`<main>${summary}${CARDS}</main>`, 'Manage Education'));
    expect(snap.courses?.map((course) => course.title)).toEqual(TITLES);
  });
});

describe('courses that look alone are still courses', () => {
  const card = (title: string, figure: string) =>
    `<div class="card"><h3>${title}</h3><p>Completed 01/14/2026</p><p>${figure}</p><p>CAPCE 26-ABC-F3-0001</p></div>`;
  it.each([
    ['every course shows only the part applied here ("2 of 2 credits applied")', `<h1>Manage Education</h1><div>${card('Airway Update', '2 of 2 credits applied')}${card('Trauma Review', '1 of 1.5 credits applied')}${card('Protocol Update', '3 of 3 credits applied')}</div>`, TITLES],
    ['one course, shown only as its applied part', `<h1>Manage Education</h1><div>${card('Airway Update', '2 of 2 credits applied')}</div>`, ['Airway Update']],
    ['a course card apart from a table of others, with hours of its own', `<h1>Manage Education</h1><div>${card('Pediatric Assessment', '2 credits')}</div><div>${TABLE}</div>`, ['Pediatric Assessment', ...TITLES]],
  ])('%s', (_, body, titles) => {
    const snap = readHtml(page(body, 'Manage Education'));
    expect(snap.courses?.map((course) => course.title)).toEqual(titles);
  });
});

// A strip of the page's facts above the list, each a label over its value, one of them a cycle's
// range and one a figure in credits: drawn like a record, read as nothing (not even unread).
describe("a strip of the page's own facts is neither a course nor an unread one", () => {
  const fact = (label: string, value: string) => `<div><b>${label}</b>${value}</div>`;
  it.each([
    ['bold labels over their values', `<div class="strip">${fact('Certification', 'Advanced EMT')}${fact('Registry Number', 'A2208815')}${fact('Recertification Cycle', 'Apr 1, 2025 – Mar 31, 2027')}${fact('Model', 'NCCP 2025 · 50 credits')}</div>`],
    ['labels in spans side by side', '<p><span>Level</span> <span>Paramedic</span> <span>Cycle</span> <span>04/01/2025 – 03/31/2027</span> <span>Required</span> <span>60 hours</span></p>'],
  ])('%s', (_, strip) => {
    const snap = readHtml(page(`<main><h1>Manage Education</h1>${strip}${TABLE}</main>`, 'Manage Education'));
    expect(snap.courses?.map((course) => course.title)).toEqual(TITLES);
    expect(snap.unread ?? []).toEqual([]);
  });

  it('a course card titled by one fact label alone is still reported', () => {
    const card = '<div class="card"><h3>Certification</h3><p>Completed 01/20/2026</p><p>4 credits</p><p>26-0202-T1</p></div>';
    const snap = readHtml(page(`<main><h1>Manage Education</h1>${card}${TABLE}</main>`, 'Manage Education'));
    expect(snap.courses?.map((course) => course.title)).toEqual(TITLES);
    expect(snap.unread?.map((row) => row.reason)).toEqual(['a field label, not a course title']);
  });
});
