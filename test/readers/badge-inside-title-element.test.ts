// A course record's title with a badge the record shows in its own element right after the title
// words (domain.md: a course returned or flagged, "Possible duplicate", a split course, a course
// outside the cycle), the title's element beside another line of the record (its approval number).
// The badge is not part of the title; a title's own last word stays.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const record = (title: string, date: string, hours: string): string =>
  `<div><div><div><span>${title}</span><span>CAPCE 26-EMSW-F3-00${hours.replace('.', '')}</span></div></div>` +
  `<div><span>${date}</span></div><div><span>National</span><span>Medical</span></div><div><span>${hours} <span>hrs</span></span></div></div>`;

const page = (first: string): string =>
  '<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1><div>' +
  record(first, 'Feb 11, 2026', '2.00') +
  record('Pediatric Assessment Review', 'Mar 02, 2026', '1.50') +
  record('Trauma Triage Update', 'Apr 18, 2026', '3.00') +
  '</div></body></html>';

describe('a badge in its own element after the title words', () => {
  it.each([
    ['"Split"', 'Stroke Assessment and Care <span>Split</span>', 'Stroke Assessment and Care'],
    ['"Possible duplicate"', 'Stroke Assessment and Care <span>Possible duplicate</span>', 'Stroke Assessment and Care'],
    ['"Outside cycle"', 'Stroke Assessment and Care <span>Outside cycle</span>', 'Stroke Assessment and Care'],
    ['"Needs review"', 'Stroke Assessment and Care <span>Needs review</span>', 'Stroke Assessment and Care'],
    ['a title word in its own element stays', 'Stroke Assessment and <em>Care</em>', 'Stroke Assessment and Care'],
    ['no badge', 'Stroke Assessment and Care', 'Stroke Assessment and Care'],
  ])('%s', (_, title, expected) => {
    const courses = readHtml(page(title)).courses ?? [];
    expect(courses.map((c) => c.title)).toEqual([expected, 'Pediatric Assessment Review', 'Trauma Triage Update']);
  });
});
