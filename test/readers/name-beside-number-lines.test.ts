// The person's name next to their registry number in the layouts a copied or dumped page keeps:
// in a sentence's brackets ("(Marisol Quintero-Baptiste, NREMT registry #E4418820)"), or alone on
// its line over a line showing the level beside the number ("Emergency Medical Responder (NREMR) ·
// Registry Number R0871432"), or after a document's name in the heading right over the line that
// opens with the number. A name after the number in brackets is not taken.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const URL = 'https://www.nremt.org/education';
const COURSES = '<table><tr><th>Course</th><th>Date</th><th>Hours</th></tr><tr><td>Airway Basics</td><td>06/14/2025</td><td>1.5</td></tr><tr><td>Bleeding Control</td><td>11/19/2025</td><td>1</td></tr></table>';
const page = (body: string) => `<!DOCTYPE html><html><head><title>my transcript</title></head><body><h1>Manage Education</h1>${body}${COURSES}</body></html>`;

describe('a name beside the registry number', () => {
  it.each([
    ['in a sentence\'s brackets', '<p>Everything I entered so far (Marisol Quintero-Baptiste, NREMT registry #E4418820). It expires March 31, 2026.</p>', 'Marisol Quintero-Baptiste'],
    ['in brackets, the number first', '<p>My transcript (Registry # E4418820, Dana Reilly) as of today.</p>', null],
    ['alone over the level and the number, in preformatted text', '<pre>Tomás Eriksen-Lyle\nEmergency Medical Responder (NREMR) · Registry Number R0871432\nExpiration Date: 03/31/2027</pre>', 'Tomás Eriksen-Lyle'],
    ['alone over the level and the number, in paragraphs', '<p>Owen Brightwater</p><p>Nationally Registered EMT | Registry # E2204518</p>', 'Owen Brightwater'],
  ])('%s', (_, body, name) => {
    expect(readHtml(page(body), URL).person?.name ?? null).toBe(name);
  });

  // A document's heading, the document's name then its person's, over the line opening with their number.
  const doc = (heading: string, line: string) => `<!DOCTYPE html><html><head><title>tracker</title></head><body>${heading}${line}<h2>Transcript</h2>${COURSES}</body></html>`;
  it.each([
    ['a heading over a div', '<h1>EMR recertification tracker — Owen Szczepański</h1>', '<div>NREMT registry # R2204518 · expiration 03/31/2027</div>', 'Owen Szczepański'],
    ['a heading after a colon over a paragraph', '<h1>CE log: Priya Raghunathan</h1>', '<p>Registry # E5530192, expires 03/31/2027</p>', 'Priya Raghunathan'],
    ['a line that does not open with the number', '<h1>CE log: Priya Raghunathan</h1>', '<p>My agency is Holyoke EMS. Registry # E5530192</p>', null],
  ])('%s', (_, heading, line, name) => {
    expect(readHtml(doc(heading, line), URL).person?.name ?? null).toBe(name);
  });
});
