// A phantom among real courses: a repeated-looking element that is no course (a notification or
// message item with a date and "45 min", a navbar dropdown entry, a news card, a payment receipt
// line, a "last login" line, a page-chrome list) read as one, which on a list read by position
// shifts every course after it. domain.md: Manage Education and the Transcript list the courses
// (title, date completed, hours/credits, approval number, National / Local / Individual and a
// National topic); the dashboard's Message Center sits at the bottom. A record drawn unlike its
// siblings, without their approval number or component, is not a course. But the user's problem
// courses ("courses without an approval number, courses from before the cycle", duplicates,
// courses not yet assigned) are theirs and must still be read.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const titles = (html: string): string[] => (readHtml(html).courses ?? []).map((course) => course.title);

const HEAD = '<h1>Manage Education</h1><p>Sam Ortiz — Registry # E5512034 — EMT, expires 03/31/2027</p>';
type Row = readonly [title: string, date: string, hours: string, where: string, approval: string];
const ROWS: Row[] = [
  ['Airway Management Review', '05/03/2025', '2.0', 'National – Airway, Respiration & Ventilation', '25-AIRW-F1-0503'],
  ['ACLS Provider Renewal', '06/07/2025', '4.0', 'National – Cardiovascular', '25-0607-T'],
  ['Trauma Assessment Update', '09/12/2025', '1.5', 'National – Trauma', '25-TRMA-F3-0912'],
  ['County Protocol Update', '01/15/2026', '3.0', 'Local', '26-0115-T3'],
];
const TITLES = ROWS.map(([title]) => title);

/** The list as a table with a header row. */
const table = (rows: readonly Row[] = ROWS): string =>
  `<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Component</th><th>Approval Number</th></tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/** The list as unlabelled cards: a bold title, then a line of values. */
const cards = (rows: readonly Row[] = ROWS): string =>
  `<div>${rows.map(([title, date, hours, where, approval]) => `<div><div><strong>${title}</strong></div><div>${date} · ${hours} hrs · ${where}${approval ? ` · CAPCE ${approval}` : ''}</div></div>`).join('')}</div>`;

/** The list as labelled cards. */
const labelled = (rows: readonly Row[] = ROWS): string =>
  `<section>${rows
    .map(([title, date, hours, where, approval]) => `<article><h3>${title}</h3><p>Completed: ${date}</p><p>Credit Hours: ${hours}</p><p>Component: ${where}</p>${approval ? `<p>Approval #: ${approval}</p>` : ''}</article>`)
    .join('')}</section>`;

/** A plain transcript: a bold title, then its date and hours only (no component, no approval number). */
const plain = (rows: readonly Row[] = ROWS): string => `<div>${rows.map(([title, date, hours]) => `<div><div><b>${title}</b></div><div>${date} · ${hours} hrs</div></div>`).join('')}</div>`;

const LISTS = [
  ['a table', table()],
  ['unlabelled cards', cards()],
  ['labelled cards', labelled()],
  ['a plain transcript', plain()],
] as const;

// Each phantom: where it sits (before the list: a navbar; after it: a footer or a side panel).
const PHANTOMS = [
  [
    'a notification dropdown item ("45 min")',
    'before',
    '<nav><ul><li><a href="#">Notifications</a><div><a href="#"><div>Your course was added to your transcript</div><div>Nov 20, 2026</div><div>45 min</div></a></div></li><li><a href="/logout">Logout</a></li></ul></nav>',
  ],
  [
    'a navbar dropdown entry',
    'before',
    '<nav><ul><li><a href="#">Recent activity</a><ul><li><a href="#"><span>Transcript synced</span> <span>11/22/2026</span> <span>30 min</span></a></li></ul></li></ul></nav>',
  ],
  [
    'a message item in the Message Center',
    'after',
    '<h2>Message Center</h2><ul><li><div><b>Training Officer</b></div><div>Please upload your certificate for the ACLS course</div><div>11/18/2026 · 1 hr</div></li></ul>',
  ],
  [
    'a news card',
    'after',
    '<aside><h2>News</h2><div><div><strong>Announcement: 2025 model topics explained</strong></div><div>Oct 1, 2026 · 4 min read</div></div></aside>',
  ],
  [
    'a "last login" line',
    'after',
    '<footer><div><span>Last login</span> <span>11/22/2026</span></div><div>Session time: 20 min</div></footer>',
  ],
  [
    'a payment receipt line',
    'after',
    '<h2>Payments</h2><table><tr><td>Step A application fee</td><td>10/01/2026</td><td>Paid</td><td>30.00</td></tr></table>',
  ],
  [
    'a totals line',
    'after',
    '<div><div><strong>Totals as of 11/20/2026</strong></div><div>10.5 hrs</div></div>',
  ],
  [
    'a page-chrome list item',
    'after',
    '<footer><ul><li>Help</li><li>Privacy</li><li>Site updated 11/01/2026 — 5 min</li></ul></footer>',
  ],
] as const;

describe('a phantom among the courses: no course, the courses after it unshifted', () => {
  for (const [list, courses] of LISTS) {
    it.each(PHANTOMS)(`${list}, %s`, (_, where, phantom) => {
      const body = where === 'before' ? `${phantom}${HEAD}${courses}` : `${HEAD}${courses}${phantom}`;
      expect(titles(page('Manage Education', body))).toEqual(TITLES);
    });
  }
});

// The user's problem courses, drawn like the others or beside them: still read.
const NO_APPROVAL: Row = ['Stop the Bleed Instructor Update', '10/02/2025', '2.0', 'Individual', ''];
const OLD: Row = ['Pediatric Assessment', '02/10/2019', '2.0', 'National – Medical', '19-PEDS-F3-0210'];
const DUPLICATE = ROWS[1]!;
const UNASSIGNED: Row = ['Hazmat Awareness', '11/03/2025', '1.0', 'Not assigned', ''];

describe("the user's problem courses: read, never dropped", () => {
  for (const [list, draw] of [
    ['a table', table],
    ['unlabelled cards', cards],
    ['labelled cards', labelled],
    ['a plain transcript', plain],
  ] as const) {
    it.each([
      ['without an approval number', NO_APPROVAL],
      ['from before the cycle', OLD],
      ['a duplicate', DUPLICATE],
      ['not assigned, no approval number', UNASSIGNED],
    ] as const)(`${list}, %s`, (_, row) => {
      const read = titles(page('Manage Education', `${HEAD}${draw([...ROWS, row])}`));
      expect(read).toEqual([...TITLES, row[0]]);
    });
  }

  it('an "Unassigned Courses" card below the table, labelled, no approval number', () => {
    const card = '<h2>Unassigned Courses</h2><div><div><strong>Hazmat Awareness</strong></div><div>Completed: 11/03/2025</div><div>Credits: 1.0</div></div>';
    expect(titles(page('Manage Education', `${HEAD}${table()}${card}`))).toEqual([...TITLES, 'Hazmat Awareness']);
  });

  it('unassigned lines under their heading below the table, no approval number, one before the cycle', () => {
    const lines = '<h2>Unassigned</h2><ul><li>Hazmat Awareness — 11/03/2025 — 1 hr</li><li>Pediatric Assessment — 02/10/2019 — 2 hrs</li></ul>';
    expect(titles(page('Manage Education', `${HEAD}${table()}${lines}`))).toEqual([...TITLES, 'Hazmat Awareness', 'Pediatric Assessment']);
  });

  it('a course with a description line among plain ones, its paid course fee mentioned, after a footer heading', () => {
    const described = '<div><div><b>Ambulance Billing and Documentation</b></div><div>Covers payment codes and receipts for transports</div><div>12/01/2025 · 1.75 hrs</div></div>';
    expect(titles(page('Manage Education', `${HEAD}${plain()}<h2>More</h2>${described}`))).toEqual([...TITLES, 'Ambulance Billing and Documentation']);
  });

  it('a lone course below the table whose title names a notification, no approval number', () => {
    const lone = '<h2>Other courses</h2><div><div><strong>Death Notification and Grief Support</strong></div><div>11/12/2025 · 1.5 hrs</div></div>';
    expect(titles(page('Manage Education', `${HEAD}${table()}${lone}`))).toEqual([...TITLES, 'Death Notification and Grief Support']);
  });

  it('a lone course below the table under its own heading, from before the cycle, no approval number', () => {
    const lone = '<h2>Transcript only</h2><div><div><strong>Vehicle Extrication Basics</strong></div><div>03/14/2020 · 2 hrs</div></div>';
    expect(titles(page('Manage Education', `${HEAD}${table()}${lone}`))).toEqual([...TITLES, 'Vehicle Extrication Basics']);
  });
});
