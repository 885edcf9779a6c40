// A table pasted as text whose date column carries the writer's own word ("Done", "When"), no
// field's name: its dates are the courses' completion, read by their values, where the row's
// other cells are a course's labelled values. A date under another word that heads no such run
// (a mail's "Sent:") stays no course's.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (pre: string): string =>
  `<!DOCTYPE html><html><head><title>paste</title></head><body><h1>my CE so far</h1><pre>${pre}</pre></body></html>`;

const TABLE = [
  'CE for recert - EMT - Sam Ortiz',
  'NREMT# E5512034    exp 3/31/2027    cycle started 4/1/2025',
  '',
  'Done    | Class                         | Hrs | Approval #',
  '--------+-------------------------------+-----+-----------------',
  '3/11/25 | Airway Management Review      | 2   | 25-AIRW-F1-0503',
  '6/7/25  | ACLS Provider Renewal         | 4   | 25-ACLS-F1-0607',
  '9/12/25 | Trauma Assessment Update      | 1.5 | 25-TRMA-F3-0912',
].join('\n');

describe('a date column under the writer\'s own word', () => {
  it.each([['Done'], ['When']])('"%s": every course with its date', (word) => {
    const courses = readHtml(page(TABLE.replace('Done   ', word.padEnd(7))), 'https://paste.example.org/x1').courses ?? [];
    expect(courses.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Airway Management Review', '2025-03-11', 2],
      ['ACLS Provider Renewal', '2025-06-07', 4],
      ['Trauma Assessment Update', '2025-09-12', 1.5],
    ]);
  });
});
