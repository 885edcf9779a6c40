// A blog post or a note tells the writer's own facts in a clause after a comma ("I'm a Nationally
// Registered Advanced EMT here in western Mass, my certification expires March 31, 2027, and my
// last recertification was March 31, 2025"): the clause starting with "my" is the writer's,
// wherever its sentence began; a clause about someone else before it is not, and a "your" after a
// bare comma is said to someone else ("Mike, your cert expires …").
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROWS =
  '<table><tr><th>Completed</th><th>Course</th><th>Credits</th><th>Approval #</th></tr>' +
  '<tr><td>05/14/2025</td><td>Pediatric Airway Management</td><td>2</td><td>25-BOUND-F1-0412</td></tr>' +
  '<tr><td>06/02/2025</td><td>STEMI Recognition and 12-Lead Acquisition</td><td>3</td><td>25-CENTR-F1-0088</td></tr></table>';
const post = (sentence: string): string =>
  `<!DOCTYPE html><html><head><title>My AEMT recert CE log</title></head><body><article><h1>My AEMT recert CE log</h1><p>${sentence}</p>${ROWS}</article></body></html>`;

describe("the writer's own clause after a comma", () => {
  it.each([
    ["I'm a Nationally Registered Advanced EMT here in western Mass, my certification expires March 31, 2027, and my last recertification was March 31, 2025, so everything counts."],
    ["I'm a Nationally Registered Advanced EMT here in western Mass, my certification <strong>expires March 31, 2027</strong>, and my last recertification was <strong>March 31, 2025</strong>."],
  ])('%s', (sentence) => {
    expect(readHtml(post(sentence)).certification).toEqual({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
  });

  it("a partner's date before the writer's own clause is not the writer's", () => {
    const sentence = "I'm a Nationally Registered Advanced EMT, Mike's certification expires March 31, 2028, my certification expires March 31, 2027, and my last recertification was March 31, 2025.";
    expect(readHtml(post(sentence)).certification).toMatchObject({ expiresOn: '2027-03-31' });
  });

  it('a "your" after a bare comma is said to someone else, not the writer', () => {
    const sentence = "Congrats on the new job Mike, your certification expires March 31, 2028 so you have plenty of time.";
    expect(readHtml(post(sentence)).certification?.expiresOn).toBeUndefined();
  });
});
