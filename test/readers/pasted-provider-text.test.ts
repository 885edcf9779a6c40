// The provider's own NREMT text pasted or exported into another tool (a chat export, a mail's plain
// text, a Markdown export), thirteenth round:
// (1) the courses an application page lists, pasted as bullet lines cut by " — ", " – " or " | ":
//     read on the application page as on an education page, the bullet mark no part of the title;
// (2) a transcript row whose column gaps were lost (tabs turned to spaces), where it counts after its
//     values ("… 2.00 25-EMSX-F3-0311 National - Medical"; "… 0.75 State/Local"); a row whose hours
//     say "Pending" is one unread row;
// (3) the Airway topic written short ("Airway, Resp & Vent");
// (4) a document's table of contents (links repeating its own headings) is no label and no value:
//     a heading's name is never the agency's.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { parseAssignment } from '../../lib/readers/topics';

const page = (title: string, body: string, style = ''): string =>
  `<!DOCTYPE html><html><head><title>${title}</title>${style ? `<style>${style}</style>` : ''}</head><body>${body}</body></html>`;
const rows = (read: ReturnType<typeof readHtml>) =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

/** A chat export: each message its time, its sender, its body. */
const exported = (bodies: readonly string[]): string =>
  page(
    'Note to Self',
    '<h1>Note to Self</h1><p>Exported conversation · 88 messages</p>' +
      bodies.map((body, at) => `<div class="msg"><span>2027-01-0${at + 1} 21:1${at}</span> <span>Me</span><div>${body}</div></div>`).join(''),
  );
/** A notes app: the note's title, then its lines. */
const note = (lines: readonly string[]): string => page('Notes', `<div role="main"><h1>recert</h1>${lines.map((line) => `<div>${line}</div>`).join('')}</div>`);
/** A mail's plain text: one block whose line breaks pre-wrap keeps. */
const plainMail = (text: string, subject = 'my transcript'): string =>
  page(
    `Fwd: ${subject} - Mail`,
    `<div role="navigation"><a href="#">Inbox 4</a> <a href="#">Sent</a></div><div role="main"><h2>${subject}</h2><div>Sam Ortiz &lt;sam@example.com&gt;</div>` +
      `<div class="body">${text}</div></div>`,
    '.body{white-space:pre-wrap}',
  );

const APPLICATION_HEAD = ['Recertification Application', 'Application Status: In Progress', 'Continuing Education – Complete', 'Make Payment – Start'];

type Row = [string, string, number, string | null, string | null, string | null];
const AIRWAY: Row = ['Surgical Airway Lab', '2026-05-03', 3, 'national', 'airway', '26-AIRW-F1-0503'];
const CARDIAC: Row = ['ACLS Provider Renewal', '2026-06-07', 8, 'national', 'cardiovascular', '26-0607-T'];
const LOCAL: Row = ['County Protocol Update', '2026-09-12', 2, 'local', null, '26-0912-T3'];
const INDIVIDUAL: Row = ['Wilderness Medicine Update', '2026-10-24', 1.5, 'individual', null, null];

describe("the courses an application lists, pasted as the user's bullet lines", () => {
  it.each([
    [
      'a chat export: "•" bullets, " — " between the fields, day-first words for the month',
      exported([
        'gate code 4471#',
        APPLICATION_HEAD.join('<br>'),
        [
          'Continuing Education (as listed in the application):',
          '• Surgical Airway Lab — 3 May 2026 — 3 hrs — National / Airway, Respiration &amp; Ventilation — 26-AIRW-F1-0503',
          '• ACLS Provider Renewal — 7 June 2026 — 8 hrs — National / Cardiovascular — 26-0607-T',
          '• County Protocol Update — 12 September 2026 — 2 hrs — State/Local — 26-0912-T3',
          '• Wilderness Medicine Update — 24 October 2026 — 1.5 hrs — Individual — no approval #',
        ].join('<br>'),
      ]),
      [AIRWAY, CARDIAC, LOCAL, INDIVIDUAL],
    ],
    [
      'a note: "-" bullets, " – " between the fields',
      note([
        ...APPLICATION_HEAD,
        '- Surgical Airway Lab – May 3, 2026 – 3 hrs – National – Airway – 26-AIRW-F1-0503',
        '- ACLS Provider Renewal – Jun 7, 2026 – 8 hrs – National – Cardiology – 26-0607-T',
        '- County Protocol Update – Sep 12, 2026 – 2 hrs – Local – 26-0912-T3',
      ]),
      [AIRWAY, CARDIAC, LOCAL],
    ],
    [
      'a mail: "*" bullets, " | " between the fields',
      plainMail(
        [
          ...APPLICATION_HEAD,
          '',
          '* Surgical Airway Lab | 05/03/2026 | 3.0 | National - Airway | 26-AIRW-F1-0503',
          '* ACLS Provider Renewal | 06/07/2026 | 8.0 | National - Cardiovascular | 26-0607-T',
          '* Wilderness Medicine Update | 10/24/2026 | 1.5 | Individual | —',
        ].join('\n'),
        'where my application stands',
      ),
      [AIRWAY, CARDIAC, INDIVIDUAL],
    ],
  ])('%s', (_, html, expected) => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-application');
    expect(rows(read)).toEqual(expected);
    expect(read.listCoverage).toMatchObject({ complete: false });
  });
});

describe('an education list pasted as bullet lines: the mark is no part of the title', () => {
  it.each([
    ['"◦" bullets', '◦ '],
    ['"*" bullets', '* '],
    ['"-" bullets', '- '],
  ])('%s', (_, mark) => {
    const read = readHtml(
      note([
        'Copied from my NREMT Manage Education page',
        `${mark}Surgical Airway Lab | 05/03/2026 | 3 hrs | National - Airway | 26-AIRW-F1-0503`,
        `${mark}ACLS Provider Renewal | 06/07/2026 | 8 hrs | National - Cardiovascular | 26-0607-T`,
        `${mark}County Protocol Update | 09/12/2026 | 2 hrs | Local | 26-0912-T3`,
      ]),
    );
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual([AIRWAY, CARDIAC, LOCAL]);
  });
});

const HEAD = ['My Transcript', 'Sam Ortiz NREMT # E5512034', 'Emergency Medical Technician (EMT) Expires: 2028-03-31'];

describe('transcript rows whose gaps were lost, where each counts written after its values', () => {
  it.each([
    [
      'tabs in a plain-text mail, a header line of column names',
      plainMail(
        [
          'Here is my transcript pasted out of the NREMT site.',
          '',
          ...HEAD,
          'Course Title\tDate Completed\tHours\tApproval Number\tComponent',
          'Surgical Airway Lab\t2026-05-03\t3.00\t26-AIRW-F1-0503\tNational - Airway/Respiration/Ventilation',
          'ACLS Provider Renewal\t2026-06-07\t8.00\t26-0607-T\tNational - Cardiology',
          'County Protocol Update\t2026-09-12\t2.00\t26-0912-T3\tState/Local',
          'Wilderness Medicine Update\t2026-10-24\t1.50\t\tIndividual',
        ].join('\n'),
      ),
      [AIRWAY, CARDIAC, LOCAL, INDIVIDUAL],
      0,
    ],
    [
      'spaces in a note, month-name dates, an hours cell "Pending"',
      note([
        'Copied from my NREMT transcript',
        'Surgical Airway Lab May 3, 2026 3.0 26-AIRW-F1-0503 National – Airway',
        'ACLS Provider Renewal Jun 7, 2026 8.0 26-0607-T National – Cardiovascular',
        'County Protocol Update Sep 12, 2026 2.0 26-0912-T3 Local',
        'Tactical Casualty Care Nov 7, 2026 Pending 26-TCCC-F3-1107 Unassigned',
      ]),
      [AIRWAY, CARDIAC, LOCAL],
      1,
    ],
    [
      'a course not assigned yet, in words',
      plainMail(
        [
          'Pasted my NREMT transcript below.',
          'Surgical Airway Lab 05/03/2026 3 hrs 26-AIRW-F1-0503 National Airway',
          'County Protocol Update 09/12/2026 2 hrs 26-0912-T3 State/Local',
          'Wilderness Medicine Update 10/24/2026 1.5 hrs Not assigned',
        ].join('\n'),
      ),
      [AIRWAY, LOCAL, [INDIVIDUAL[0], INDIVIDUAL[1], INDIVIDUAL[2], null, null, null]],
      0,
    ],
  ])('%s', (_, html, expected, unread) => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual(expected);
    expect(read.unread ?? []).toHaveLength(unread);
  });
});

describe('the Airway topic written short', () => {
  it.each([['National > Airway, Resp & Vent'], ['National - Airway/Resp/Vent'], ['National: Airway & Resp'], ['Airway, Resp and Vent']])('%s', (text) => {
    expect(parseAssignment(text)).toEqual({ component: 'national', topic: 'airway' });
  });
});

/** A Markdown tool's HTML export: its table of contents, then the document. */
const markdownExport = (toc: string): string =>
  page(
    'NREMT dashboard',
    toc +
      '<div class="doc"><h1>NREMT dashboard – copied</h1><p>Pasted from my NREMT dashboard.</p><h2>My Certification</h2>' +
      '<p><strong>Name</strong><br>Sam Ortiz</p><p><strong>Certification Level</strong><br>EMT</p><p><strong>National Registry Number</strong><br>E5512034</p>' +
      '<p><strong>Expiration Date</strong><br>03/31/2028</p><p><strong>Status</strong><br>Active</p><h2>Agency Affiliation</h2>' +
      '<table><thead><tr><th>Agency</th><th>Status</th></tr></thead><tbody><tr><td>Valley Regional Ambulance</td><td>Pending Approval</td></tr></tbody></table>' +
      '<h2>Recertification CE Summary</h2><ul><li>National: 40%</li><li>Local: 10%</li></ul><h2>Message Center</h2><p>Nothing new.</p></div>',
  );
const SECTIONS = ['My Certification', 'Agency Affiliation', 'Recertification CE Summary', 'Message Center'];

describe("a document's table of contents names its sections, not an agency", () => {
  it.each([
    ['a nested list of links', `<div class="toc"><ul><li><a href="#d">NREMT dashboard – copied</a><ul>${SECTIONS.map((s) => `<li><a href="#x">${s}</a></li>`).join('')}</ul></li></ul></div>`],
    ['a flat list of links', `<div class="toc"><ul>${SECTIONS.map((s) => `<li><a href="#x">${s}</a></li>`).join('')}</ul></div>`],
    ['links one per line', `<div class="toc">${SECTIONS.map((s) => `<p><a href="#x">${s}</a></p>`).join('')}</div>`],
  ])('%s', (_, toc) => {
    const read = readHtml(markdownExport(toc));
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.agency).toEqual({ name: 'Valley Regional Ambulance', status: 'pending' });
  });
});

/** A Markdown export of the user's note: the pasted list, then their notes or tasks. */
const markdownNote = (list: string, notes: string): string =>
  page('recert.md', `<div class="doc"><h1>recert notes</h1><p>Copied from my NREMT Manage Education page.</p>${list}${notes}</div>`);
const BULLET_LIST =
  '<p>• Surgical Airway Lab — 05/03/2026 — 3 hrs — National / Airway — 26-AIRW-F1-0503</p><p>• ACLS Provider Renewal — 06/07/2026 — 8 hrs — National / Cardiovascular — 26-0607-T</p>';
const ITEM_LIST =
  '<ul><li>Surgical Airway Lab - 05/03/2026 - 3 hrs - National / Airway - 26-AIRW-F1-0503</li><li>ACLS Provider Renewal - 06/07/2026 - 8 hrs - National / Cardiovascular - 26-0607-T</li></ul>';

describe("the user's notes and tasks beside a pasted list are neither courses nor unread ones", () => {
  it.each([
    ['a reminder line after bullet lines', BULLET_LIST, '<p>Reminder: call the office about 2 hrs from 01/02/2026</p>'],
    ['a note line', BULLET_LIST, '<p>Note: the 03/12/2027 refresher runs 8 hrs, sign up</p>'],
    ['a task list of "[ ]" items', ITEM_LIST, '<h2>To do</h2><ul><li>[ ] ask about the 05/03/2026 airway lab approval</li><li>[ ] 6 more local hrs before 02/15/2027</li><li>[x] import CAPCE courses</li></ul>'],
    ['a "TODO:" line', ITEM_LIST, '<p>TODO: 2 hrs of trauma before 02/15/2027</p>'],
  ])('%s', (_, list, notes) => {
    const read = readHtml(markdownNote(list, notes));
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual([AIRWAY, CARDIAC]);
    expect(read.unread ?? []).toHaveLength(0);
  });
});

const FIELDS: Array<[string, string, string, string, string]> = [
  ['Surgical Airway Lab', '05/03/2026', '3.00', 'National - Airway', '26-AIRW-F1-0503'],
  ['ACLS Provider Renewal', '06/07/2026', '8.00', 'National - Cardiovascular', '26-0607-T'],
];

describe('a course per heading, its fields labelled under it (labels above their values)', () => {
  it.each([
    ['bold labels on their own line above the values', (f: string[]) => `<h3>${f[0]}</h3><p><strong>Date Completed</strong><br>${f[1]}</p><p><strong>Hours</strong><br>${f[2]}</p><p><strong>Assigned To</strong><br>${f[3]}</p><p><strong>Approval Number</strong><br>${f[4]}</p>`],
    ['"Label: value" lines under the heading', (f: string[]) => `<h4>${f[0]}</h4><p>Completed: ${f[1]}<br>Credit Hours: ${f[2]}<br>Component: ${f[3]}<br>CAPCE #: ${f[4]}</p>`],
    ['a definition list under the heading', (f: string[]) => `<h2>${f[0]}</h2><dl><dt>Date Completed</dt><dd>${f[1]}</dd><dt>Hours</dt><dd>${f[2]}</dd><dt>Assigned To</dt><dd>${f[3]}</dd><dt>Approval Number</dt><dd>${f[4]}</dd></dl>`],
  ])('%s', (_, course) => {
    const read = readHtml(markdownNote(FIELDS.map(course).join(''), '<p>Reminder: ask about the approval numbers</p>'));
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual([AIRWAY, CARDIAC]);
  });
});
