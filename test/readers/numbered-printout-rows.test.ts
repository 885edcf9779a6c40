// A text file shown by a syntax highlighter or a code viewer: every line starts with its number
// (a gutter), the file's course rows are fixed-width columns under indented group lines, and one
// course's hours column is blank. The gutter's number is no title word and no cell of the row, and
// the row with its title, date and approval number but no hours is a course the list shows:
// reported unread, never dropped, never counted.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const FILE = [
  'Manage Education  -  copied 11/30/2026',
  'Dana R. Whitcombe   Advanced EMT   NRAEMT A0412290',
  'Expiration Date: 03/31/2027    Cycle: 04/01/2025 - 03/31/2027',
  '',
  'NATIONAL COMPONENT                                   5.0 / 25 hrs',
  '  Trauma                                             2.0 / 2.5',
  '    Pelvic Binder Practice          06/12/2025   2.0   25-ABCD-F3-0733',
  '  Medical                                            3.0 / 9',
  '    Stroke Scales Refresher         09/03/2025   1.0   25-EFGH-F3-1411',
  '    Allergic Reactions              11/08/2025   2.0   25-IJKL-F3-2042',
  '',
  'INDIVIDUAL COMPONENT                                 1.0 / 10 hrs',
  '    Ice Rescue Awareness            10/01/2026   1.0   (none)',
  '    Grand Rounds - Burns            10/29/2026         26-MNOP-F3-0977',
];

const gutter = (at: number, width: number): string => String(at + 1).padStart(width, ' ') + ' ';

const pages: Array<[string, string]> = [
  ['spans before each line', `<pre>${FILE.map((line, at) => `<span class="lin">${gutter(at, 4)}</span>${line}`).join('\n')}</pre>`],
  ['numbers typed in the text', `<pre>${FILE.map((line, at) => `${gutter(at, 3)}${line}`).join('\n')}</pre>`],
];

describe('a numbered printout of a course list', () => {
  it.each(pages)('%s', (_name, body) => {
    const read = readHtml(`<!DOCTYPE html><html><head><title>manage-education.txt</title></head><body>${body}</body></html>`);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.hours, c.component, c.topic])).toEqual([
      ['Pelvic Binder Practice', 2, 'national', 'trauma'],
      ['Stroke Scales Refresher', 1, 'national', 'medical'],
      ['Allergic Reactions', 2, 'national', 'medical'],
      ['Ice Rescue Awareness', 1, 'individual', null],
    ]);
    expect(read.unread?.map((u) => u.text)).toEqual([expect.stringContaining('Grand Rounds - Burns')]);
  });
});
