// A caption naming the list as the level's continuing education, with the cycle's end beside it
// (a database table's comment, a spreadsheet's title: "EMR continuing education – NREMT cycle
// ending 3/31/2027"; domain.md: "The course must be completed inside the cycle … no later than
// March 31 of the expiration year") states the person's level and expiration. A course titled
// with a level's continuing education, without the cycle's end beside it, states neither.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROWS =
  '<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
  '<tr><td>Pediatric Assessment</td><td>05/14/2025</td><td>2</td><td>25-NEMSX-F3-0817</td></tr>' +
  '<tr><td>Bleeding Control</td><td>09/22/2025</td><td>1.5</td><td>25-EMSP-F5-2231</td></tr></tbody></table>';
const page = (caption: string) =>
  `<!DOCTYPE html><html><head><title>Transcript | NREMT</title></head><body><h1>Transcript</h1><div><span>${caption}</span></div>${ROWS}</body></html>`;

describe("a caption naming the level's continuing education and the cycle's end", () => {
  it.each([
    ['a quoted table comment', '“EMR continuing education – NREMT cycle ending 3/31/2027”', 'emr'],
    ['"CE" after the level, a bar before the date', 'Paramedic CE | cycle ends March 31, 2027', 'paramedic'],
    ['"education" after the level', 'Advanced EMT education · expires 03/31/2027', 'aemt'],
  ])('%s', (_, caption, level) => {
    const snap = readHtml(page(caption), 'https://www.nremt.org/transcript');
    expect(snap.kind).toBe('nremt-education');
    expect(snap.certification).toMatchObject({ level, expiresOn: '2027-03-31' });
  });

  it.each([
    ['a course-like caption with no cycle end', 'EMT Continuing Education – Spring Session'],
    ['the level\'s education with words after it', 'EMR continuing education bundle – 3/31/2027'],
  ])('%s: no level', (_, caption) => {
    const snap = readHtml(page(caption), 'https://www.nremt.org/transcript');
    expect(snap.certification?.level ?? null).toBeNull();
  });
});
