// A course table flattened into one run of text (sixteenth round): a PDF's text layer turned to
// paragraphs (Apache Tika's XHTML, a text extractor) keeps no cells and no marks between the
// courses: the column titles, then each course's title, date completed, hours, approval number and
// where it counts, one after another, a browser running the paragraph's lines into one. The run is
// cut at the courses' dates: each title is the words between the last course's values (its
// component and topic, as domain.md names them) and the next date. A paragraph of sentences or of
// the person's facts holding several dates is no such run: unknown beats wrong.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Transcript | National Registry of Emergency Medical Technicians</title></head><body><div class="page">` +
  `<p>Transcript\nJordan Ellis · EMT · Registry # E4471203\nCertification Expires: 03/31/2028\n</p>${body}</div></body></html>`;
const rows = (read: ReturnType<typeof readHtml>) =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

const HEADER = 'Course Title Date Completed Hours Approval Number Assigned To';
const AIRWAY = ['Surgical Airway Lab', '2026-05-03', 3, 'national', 'airway', '26-AIRW-F1-0503'];
const CARDIAC = ['ACLS Provider Renewal', '2026-06-07', 8, 'national', 'cardiovascular', '26-0607-T'];
const LOCAL = ['County Protocol Update', '2026-09-12', 2, 'local', null, '26-0912-T3'];
const PEDS = ['Pediatric Assessment: Fever and Dehydration', '2026-10-01', 1.5, 'individual', null, '26-PEDS-F3-0144'];
const REVIEW = ['Cardiac Arrest Case Review (Station 4)', '2026-11-03', 1.25, null, null, null];
const TRAUMA = ['12-Lead and Trauma Triage Refresher', '2026-11-17', 2, 'national', 'trauma', '26-TRMA-F3-0213'];

const LINES = {
  airway: 'Surgical Airway Lab 05/03/2026 3.00 CAPCE 26-AIRW-F1-0503 National - Airway, Respiration &amp; Ventilation',
  cardiac: 'ACLS Provider Renewal 06/07/2026 8.00 OEMS 26-0607-T National - Cardiovascular',
  local: 'County Protocol Update 09/12/2026 2.00 OEMS 26-0912-T3 State/Local',
  peds: 'Pediatric Assessment: Fever and Dehydration 10/01/2026 1.50 CAPCE 26-PEDS-F3-0144 Individual',
  review: 'Cardiac Arrest Case Review (Station 4) 11/03/2026 1.25 — Unassigned',
  trauma: '12-Lead and Trauma Triage Refresher 11/17/2026 2.00 CAPCE 26-TRMA-F3-0213 National - Trauma',
};

describe('a course table flattened into one run of text, cut at the courses\' dates', () => {
  it.each([
    [
      'one paragraph: the column titles, then a course a line (the browser runs them together)',
      `<p>${HEADER}\n${[LINES.airway, LINES.cardiac, LINES.local, LINES.peds, LINES.review, LINES.trauma].join('\n')}\n</p>`,
      [AIRWAY, CARDIAC, LOCAL, PEDS, REVIEW, TRAUMA],
    ],
    [
      'the same written as one line, no line breaks at all',
      `<p>${HEADER} ${[LINES.airway, LINES.cardiac, LINES.local, LINES.peds, LINES.review, LINES.trauma].join(' ')}</p>`,
      [AIRWAY, CARDIAC, LOCAL, PEDS, REVIEW, TRAUMA],
    ],
    [
      'two pages: the column titles again over the second page\'s courses, a page footer between',
      `<p>${HEADER}\n${[LINES.airway, LINES.cardiac, LINES.local, LINES.peds].join('\n')}\n</p><p>https://www.nremt.org/rwd/transcript 1/2</p>` +
        `<p>${HEADER}\n${[LINES.review, LINES.trauma].join('\n')}\n</p>`,
      [AIRWAY, CARDIAC, LOCAL, PEDS, REVIEW, TRAUMA],
    ],
    [
      'no column titles, hours with their unit',
      `<p>${[LINES.cardiac, LINES.local, LINES.trauma].map((line) => line.replace(' 8.00 ', ' 8 hrs ').replace(' 2.00 ', ' 2 hrs ')).join('\n')}</p>`,
      [CARDIAC, LOCAL, TRAUMA],
    ],
    [
      'a table without its assignment column: each title right after the last approval number',
      `<p>Course Title Date Completed Hours Approval Number\n` +
        `Surgical Airway Lab 05/03/2026 3.00 CAPCE 26-AIRW-F1-0503\nACLS Provider Renewal 06/07/2026 8.00 OEMS 26-0607-T\nCounty Protocol Update 09/12/2026 2.00 OEMS 26-0912-T3\n</p>`,
      [AIRWAY, CARDIAC, LOCAL].map((row) => [...row.slice(0, 3), null, null, row[5]]),
    ],
  ])('%s', (_name, body, expected) => {
    const read = readHtml(page(body));
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual(expected);
  });

  it.each([
    [
      'a paragraph of the person\'s facts with several dates',
      `<p>Jordan Ellis · EMT · Registry # E4471203 Certification Expires: 03/31/2028 Recertification Cycle: 04/01/2026 – 03/31/2028 ` +
        `Last Recertified: 03/31/2026 Member since 06/14/2019 Last sign-in: 11/29/2026 7:52 PM Agency: Harbor EMS (Active) Affiliated 02/02/2024 ` +
        `Training Officer: Dana Okafor Phone (508) 555-0199 Address 14 Main St, Lee, MA 01238 Preferred contact by email only please</p>`,
    ],
    [
      'a run whose dates are not each followed by a course\'s values (a class schedule): not cut',
      `<p>${HEADER}\nSurgical Airway Lab 05/03/2026 3.00 CAPCE 26-AIRW-F1-0503 National - Airway ACLS Provider Renewal 06/07/2026 at the station, bring your card. ` +
        `County Protocol Update 09/12/2026 evening session, room 2 Pediatric Assessment 10/01/2026 to be announced by the office later this fall, ask the Training Officer.</p>`,
    ],
  ])('no courses: %s', (_name, body) => {
    const read = readHtml(page(body));
    expect(read.courses ?? []).toEqual([]);
  });

  // Not this class: a paragraph of sentences naming a course's date, hours and number ("I took the
  // Surgical Airway Lab on 05/03/2026 for 3.00 hours …, then …"), cut at its commas by the record
  // finder, is read by the prose rules since the seventeenth round (comma-cut-paragraphs.test.ts).
});
