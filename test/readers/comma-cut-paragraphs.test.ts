// A paragraph of sentences telling the person's own courses ("I took the Surgical Airway Lab on
// 05/03/2026 for 3.00 hours, approval CAPCE 26-AIRW-F1-0503, then …"): the record finder cuts a
// block's text at its commas, so the prose reader (prose-courses.ts) never saw a sentence and the
// pieces were read as one course (the first person's words in its title, a second course lost).
// Pieces that are the paragraph cut at ", " are read as the paragraph, by the prose rules: a
// sentence saying a course was done with two of its values (domain.md's Add Courses: date
// completed, hours/credits, approval number) tells a course; a plan tells none.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string =>
  '<!DOCTYPE html><html><head><title>Transcript | National Registry of Emergency Medical Technicians</title></head><body>' +
  `<div><p>Transcript\nRiley Okafor · EMT · Registry # E5521907\nCertification Expires: 03/31/2028\n</p>${body}</div></body></html>`;
const rows = (body: string) =>
  (readHtml(page(body)).courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

describe("a paragraph of the person's own sentences, cut at its commas", () => {
  it.each([
    [
      'two courses joined by "then"',
      '<p>I took the Pediatric Assessment Update on 03/14/2026 for 2.0 hours, approval CAPCE 26-PEDS-F3-0144, then the County Protocol Update on 09/12/2026 for 2 hours, approval OEMS 26-0912-T3.</p>',
      [
        ['Pediatric Assessment Update', '2026-03-14', 2, null, null, '26-PEDS-F3-0144'],
        ['County Protocol Update', '2026-09-12', 2, null, null, '26-0912-T3'],
      ],
    ],
    [
      'one course and where it counts',
      '<p>I completed Airway Management Review on 01/14/2026, 1.5 hours, CAPCE 26-AIRW-F3-0114, assigned to National – Airway, Respiration &amp; Ventilation.</p>',
      [['Airway Management Review', '2026-01-14', 1.5, 'national', 'airway', '26-AIRW-F3-0114']],
    ],
    [
      "a date written with its own comma",
      '<p>I attended the Trauma Triage Refresher on March 3, 2026, worth 2 credits, OEMS 26-0303-T3, and it counted toward National – Trauma.</p>',
      [['Trauma Triage Refresher', '2026-03-03', 2, 'national', 'trauma', '26-0303-T3']],
    ],
  ])('%s', (_, body, expected) => {
    expect(rows(body)).toEqual(expected);
  });

  it('a plan with a date and hours, no course done: no course', () => {
    expect(rows('<p>The cardiology refresher is on 03/12/2027, it runs 8 hours, in room 2 of the county building, bring your card.</p>')).toEqual([]);
  });
});
