// A public schedule of CE classes (a city's EMS page, a training centre's calendar) lists courses
// with dates, hours and approval numbers like a transcript, but they are classes offered: a
// heading naming a schedule or calendar and a line offering registration, and no registry number,
// make it nobody's course list (unknown). The person's own list with the same rows stays theirs,
// and so does a schedule-like heading on a page stating their registry number.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROWS: Array<[string, string, string, string]> = [
  ['Pediatric Airway Skills Lab', 'December 10, 2026', '2.0', 'OEMS 26-1102-T'],
  ['High-Performance CPR', 'December 15, 2026', '1.5', 'CAPCE 26-BEMS-F1-0344'],
  ['Statewide Treatment Protocols 2027', 'February 1, 2027', '4.0', 'OEMS 27-0042-T3'],
];

const table = (first: string): string =>
  `<table><thead><tr><th>${first}</th><th>Date</th><th>Hours</th><th>Approval</th></tr></thead><tbody>` +
  ROWS.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('') +
  '</tbody></table>';

const LAYOUTS: Array<[string, string, string]> = [
  ['a session table and a register button', '<h2>Session schedule</h2>' + table('Session'), '<p><a class="btn" href="/form">Register for a session</a></p>'],
  ['a course calendar and seats left', '<h3>Winter course calendar</h3>' + table('Course'), '<p>Seats left are shown on the sign-up sheet; full classes take a waitlist.</p>'],
  ['upcoming classes and a registration note', '<h2>Upcoming classes</h2>' + table('Course title'), '<div>Registration closes a week before each class.</div>'],
  // A bulletin laid out in a publishing tool: its headings are paragraphs styled as such.
  ['a caption paragraph opening with "Upcoming" and a seats note', '<p class="Head-1">Upcoming CE at the Council training room</p>' + table('Class'), '<p class="Caption">Register on the Council website. Seats are limited to 30.</p>'],
];

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('a public schedule of classes is nobody\'s course list', () => {
  for (const [name, schedule, signUp] of LAYOUTS) {
    it(`reads ${name} as unknown`, () => {
      const read = readHtml(page('EMS Continuing Education | City of Springfield', `<h1>EMS Continuing Education: Winter 2026–2027</h1><p>Free refresher sessions for members.</p>${schedule}${signUp}`));
      expect(read.kind).toBe('unknown');
      expect(read.courses).toBeUndefined();
    });
  }

  // The page's own main heading names it a schedule or calendar: no sign-up line is needed.
  it.each([
    ['an h1 naming the calendar', '<h1>Continuing Education Calendar</h1><p>Classes below are open to any provider. Bring your NREMT number to sign in.</p>'],
    ['an h2 naming the season\'s schedule', '<h1>Central Mass EMS Council</h1><h2>Winter 2027 CE Schedule</h2><p>Council-sponsored classes for January through March 2027.</p>'],
  ])('reads a page whose main heading is %s as unknown', (_name, top) => {
    const read = readHtml(page('Council', `${top}${table('Class')}`));
    expect(read.kind).toBe('unknown');
  });

  it('keeps a list where a long sentence, not a caption, speaks of upcoming classes', () => {
    const read = readHtml(page('My courses', `<h1>Manage Education</h1><p>Upcoming classes at my agency are not listed here, only what I completed and entered myself this cycle.</p>${table('Course')}<p>Seats were limited.</p>`));
    expect(read.kind).toBe('nremt-education');
  });

  it('keeps the person\'s own course list (no schedule heading, no sign-up)', () => {
    const read = readHtml(page('My courses', `<h1>Manage Education</h1><p>Registry number: E1234567</p>${table('Course')}`));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.title)).toEqual(ROWS.map((row) => row[0]));
  });

  it('keeps a list under a schedule-like heading where the page states the person\'s registry number', () => {
    const read = readHtml(page('My courses', `<h1>Manage Education</h1><p>Registry number: E1234567</p><h2>My class schedule</h2>${table('Course')}<p>Registration confirmed for every class.</p>`));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(3);
  });
});
