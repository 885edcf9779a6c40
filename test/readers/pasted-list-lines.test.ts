// A course list pasted into a document (a mail message, a terminal recording, a note) read with a
// line of the document around it as a course: a message row of the mailbox above it ("Meg Tran ·
// Fwd: PHTLS class 3.5 hrs · 11/24/2026"), the export's preamble ("Transcript export, pulled
// 12/01/2026 23:40"), a signature or totals line below it. On a list read by position it shifts
// every course after it. The repeated block's own shape decides: a line outside it, drawn unlike
// every course in it, with a date later than all of theirs (the day it was sent or pulled), hours
// about their sum, or a person's name for a piece, is not a course. domain.md: Manage Education
// and the Transcript list title, date completed, hours, approval number, component and topic.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const titles = (html: string): string[] => (readHtml(html).courses ?? []).map((course) => course.title);

const HEAD = '<h2>Manage Education</h2><p>Sam Ortiz | Registry # E5512034 | EMT, expires 03/31/2027</p>';
type Row = readonly [title: string, date: string, hours: string, component: string, approval: string];
const ROWS: Row[] = [
  ['Airway Management Review', '05/03/2025', '2.00', 'National', '25-AIRW-F1-0503'],
  ['ACLS Provider Renewal', '06/07/2025', '4.00', 'National', '25-0607-T'],
  ['Trauma Assessment Update', '09/12/2025', '1.50', 'National', '25-TRMA-F3-0912'],
  ['County Protocol Update', '01/15/2026', '3.00', 'Local', '26-0115-T3'],
];
const TITLES = ROWS.map(([title]) => title);

/** The pasted list as a table whose first row names the columns. */
const table = (): string =>
  `${HEAD}<table><tr><td>Course</td><td>Date Completed</td><td>Hours</td><td>Component</td><td>Approval #</td></tr>${ROWS.map(
    ([title, date, hours, component, approval]) => `<tr><td>${title}</td><td>${date}</td><td>${hours} hrs</td><td>${component}</td><td>${approval}</td></tr>`,
  ).join('')}</table>`;

/** The pasted list as labelled cards. */
const cards = (): string =>
  `${HEAD}<section>${ROWS.map(
    ([title, date, hours, component, approval]) =>
      `<article><p>Course Title: ${title}</p><p>Completed: ${date}</p><p>Credit Hours: ${hours}</p><p>Component: ${component}</p><p>Approval #: ${approval}</p></article>`,
  ).join('')}</section>`;

/** The list as a terminal prints a CSV file: a header line, then one line per course, in a <pre>. */
const terminal = (): string =>
  `${HEAD}<pre>COMPLETED   HOURS  COMPONENT  APPROVAL          TITLE\n${ROWS.map(
    ([title, date, hours, component, approval]) => `${date}  ${hours}   ${component.padEnd(9)}  ${approval.padEnd(16)}  ${title}`,
  ).join('\n')}\n</pre>`;

const LISTS = [
  ['a table', table()],
  ['labelled cards', cards()],
  ['a terminal printout', terminal()],
] as const;

// The document's own lines around the list: where each sits, and its markup.
const LINES = [
  [
    'a mailbox row above the message (a sender, a subject naming hours, the day it came)',
    'before',
    '<div><div><div>Luis Ferreira</div><div>RE: shift trade</div><div>Today 7:02 AM</div></div><div><div>Meg Tran</div><div>Fwd: PHTLS class 3.5 hrs</div><div>02/24/2026</div></div></div><p>Hi Luis, can you look at this before I submit?</p>',
  ],
  ['the export\'s preamble line, dated the day it was pulled', 'before', '<pre>Transcript export (CAPCE import + manual adds), pulled 02/01/2026 1.5 hrs after sync</pre>'],
  ['a sender\'s signature line with a date and hours below the list', 'after', '<div><div>Dana Whitcombe</div><div>sent 02/03/2026</div><div>2 hrs before shift</div></div>'],
  ['a line whose hours are the courses\' sum, dated inside their range', 'after', '<div><div>All four so far</div><div>11/01/2025</div><div>10.5 hrs</div></div>'],
] as const;

describe('a document\'s line around a pasted course list is no course', () => {
  for (const [list, courses] of LISTS) {
    it.each(LINES)(`${list}, %s`, (_, where, line) => {
      const body = where === 'before' ? `${line}${courses}` : `${courses}${line}`;
      expect(titles(page('Inbox - Mail', body))).toEqual(TITLES);
    });
  }
});

describe('courses outside the block that stay', () => {
  it('a course under its own heading below the table, dated after the others, no approval number', () => {
    const lone = '<h3>Unassigned Courses</h3><div><div><strong>Hazmat Awareness</strong></div><div>02/03/2026 · 1 hr</div></div>';
    expect(titles(page('Manage Education', `${table()}${lone}`))).toEqual([...TITLES, 'Hazmat Awareness']);
  });

  it('a course with its approval number drawn apart below the table, dated after the others', () => {
    const card = '<div><div><strong>Hazmat Awareness</strong></div><div>02/03/2026 · 1 hr · 26-0203-T</div></div>';
    expect(titles(page('Manage Education', `${table()}${card}`))).toEqual([...TITLES, 'Hazmat Awareness']);
  });

  it('a course drawn like the others, dated after them, no approval number', () => {
    const rows = table().replace('</table>', '<tr><td>Hazmat Awareness</td><td>02/03/2026</td><td>1.00 hrs</td><td></td><td></td></tr></table>');
    expect(titles(page('Manage Education', rows))).toEqual([...TITLES, 'Hazmat Awareness']);
  });
});
