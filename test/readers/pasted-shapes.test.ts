// The user's own NREMT course list after it went through another tool (pasted into a mail, a note,
// a chat, a word processor, a wiki; exported to HTML; turned to text): the table's structure is gone
// or changed. Each cell its own paragraph (a course is N lines, records repeat every N lines), one
// course per line cut by a separator, a markdown pipe table left as text, "Label: value" blocks,
// component/topic lines above their groups, the whole list in one <pre> or broken by <br>, a quoted
// block or chat bubbles. The fields are told by their values. Someone else's list, prose that
// mentions dates and hours, and a message center read no course.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string, style = ''): string =>
  `<!DOCTYPE html><html><head><title>${title}</title>${style ? `<style>${style}</style>` : ''}</head><body>${body}</body></html>`;
const rows = (read: ReturnType<typeof readHtml>) =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

/** A web mail's message view around the pasted text. */
const mail = (subject: string, body: string): string =>
  page(
    `${subject} - dana.whitfield@example.com - Mail`,
    `<div role="navigation"><a href="#">Inbox</a> <a href="#">Sent</a> <a href="#">Drafts</a></div><div role="main"><h2>${subject}</h2>` +
      `<div><span>Dana Whitfield</span> <span>&lt;dana.whitfield@example.com&gt;</span></div><div><span>to me</span></div>${body}</div>`,
  );
/** A notes app: the note's title, then its body. */
const note = (body: string, style = ''): string => page('Notes', `<div role="main"><div><h1>recert stuff</h1><div contenteditable="true">${body}</div></div></div>`, style);
/** A chat: other chats in a list with times, the messages, a composer. */
const chat = (messages: string): string =>
  page(
    'Saved Messages',
    '<nav aria-label="Chats"><ul><li><span>Saved Messages</span><span>10:52 PM</span></li><li><span>Station 4 Crew</span><span>9:05 PM</span><span>who has the narc box</span></li></ul></nav>' +
      `<main><header><span>Saved Messages</span></header><div role="log">${messages}</div><footer><div contenteditable="true" role="textbox" aria-label="Message"></div></footer></main>`,
  );
const bubble = (inner: string, time = '10:49 PM'): string => `<div role="row"><div><div><span dir="ltr">${inner}</span></div><span>${time}</span></div></div>`;

const p = (lines: readonly string[]): string => lines.map((line) => `<p>${line}</p>`).join('');
const divs = (lines: readonly string[]): string => lines.map((line) => `<div>${line}</div>`).join('');

type Row = [string, string, number, string | null, string | null, string | null];
const AIRWAY: Row = ['Pediatric Airway Management', '2027-01-14', 2, 'national', 'airway', '27-PEDS-F3-0114'];
const TRAUMA: Row = ['Trauma Assessment Update', '2026-11-05', 1.5, 'national', 'trauma', '26-TRMA-F1-1105'];
const LOCAL: Row = ['Regional Stroke Protocol', '2026-09-22', 1, 'local', null, '26-0922-T3'];
const SEPSIS: Row = ['Sepsis Recognition', '2026-08-30', 0.75, 'individual', null, '26-SEPS-F3-0830'];
const bare = (row: Row): Row => [row[0], row[1], row[2], null, null, row[5]];

const OWN = 'Copied from my NREMT Manage Education page';

const cases: Array<[string, string, Row[]]> = [
  [
    '(a) a word processor: every cell a paragraph, the header words once as six paragraphs',
    page(
      'recert courses.docx',
      p([OWN, 'Course Title', 'Date Completed', 'Hours', 'Component', 'Topic', 'Approval Number']) +
        p(['Pediatric Airway Management', '01/14/2027', '2.00', 'National', 'Airway, Respiration &amp; Ventilation', '27-PEDS-F3-0114']) +
        p(['Trauma Assessment Update', '11/05/2026', '1.50', 'National', 'Trauma', '26-TRMA-F1-1105']) +
        p(['Regional Stroke Protocol', '09/22/2026', '1.00', 'Local', '—', '26-0922-T3']),
    ),
    [AIRWAY, TRAUMA, LOCAL],
  ],
  [
    '(a) a notes app: every cell a div, no header, component and topic in one cell',
    note(
      divs([OWN]) +
        divs(['Pediatric Airway Management', 'Jan 14, 2027', '2.0 CEH', 'National – Airway', 'CAPCE 27-PEDS-F3-0114']) +
        divs(['Trauma Assessment Update', 'Nov 5, 2026', '1.5 CEH', 'National – Trauma', 'CAPCE 26-TRMA-F1-1105']) +
        divs(['Sepsis Recognition', 'Aug 30, 2026', '0.75 CEH', 'Individual', 'CAPCE 26-SEPS-F3-0830']),
    ),
    [AIRWAY, TRAUMA, SEPSIS],
  ],
  [
    '(a) a mail: every cell a paragraph, four per course, no component',
    mail(
      'Fwd: my courses',
      p(['Pasted my NREMT transcript below so I have it.', 'Pediatric Airway Management', '2027-01-14', '2 hrs', '27-PEDS-F3-0114']) +
        p(['Trauma Assessment Update', '2026-11-05', '1.5 hrs', '26-TRMA-F1-1105']) +
        p(['Regional Stroke Protocol', '2026-09-22', '1 hr', 'OEMS 26-0922-T3']) +
        p(['Dana']),
    ),
    [bare(AIRWAY), bare(TRAUMA), bare(LOCAL)],
  ],
  [
    '(b) tab-separated lines, one course each, under a line of column names',
    note(
      divs([
        OWN,
        'Course Title\tDate Completed\tHours\tApproval Number',
        'Pediatric Airway Management\t01/14/2027\t2.00\t27-PEDS-F3-0114',
        'Trauma Assessment Update\t11/05/2026\t1.50\t26-TRMA-F1-1105',
        'Sepsis Recognition\t08/30/2026\t0.75\t26-SEPS-F3-0830',
      ]),
    ),
    [bare(AIRWAY), bare(TRAUMA), bare(SEPSIS)],
  ],
  [
    '(b) " | " between the fields, no header',
    mail(
      'my recert list',
      p([
        'Pasted my NREMT transcript:',
        'Pediatric Airway Management | 01/14/2027 | 2.0 CEH | National | Airway | 27-PEDS-F3-0114',
        'Trauma Assessment Update | 11/05/2026 | 1.5 CEH | National | Trauma | 26-TRMA-F1-1105',
        'Regional Stroke Protocol | 09/22/2026 | 1.0 CEH | State/Local | | 26-0922-T3',
      ]),
    ),
    [AIRWAY, TRAUMA, LOCAL],
  ],
  [
    '(b) " · " between the fields',
    note(
      divs([
        OWN,
        'Pediatric Airway Management · Jan 14, 2027 · 2 hrs · National – Airway · CAPCE 27-PEDS-F3-0114',
        'Trauma Assessment Update · Nov 5, 2026 · 1:30 · National – Trauma · CAPCE 26-TRMA-F1-1105',
        'Sepsis Recognition · Aug 30, 2026 · 0.75 · Individual · CAPCE 26-SEPS-F3-0830',
      ]),
    ),
    [AIRWAY, TRAUMA, SEPSIS],
  ],
  [
    '(b) " – " between the fields, year-first dates',
    note(
      divs([
        OWN,
        'Pediatric Airway Management – 2027-01-14 – 2 hrs – 27-PEDS-F3-0114',
        'Trauma Assessment Update – 2026-11-05 – 1.5 hrs – 26-TRMA-F1-1105',
        'Regional Stroke Protocol – 2026-09-22 – 1 hr – 26-0922-T3',
      ]),
    ),
    [bare(AIRWAY), bare(TRAUMA), bare(LOCAL)],
  ],
  [
    '(b) ", " between the fields, a CSV export turned to text',
    note(
      p([
        OWN,
        'Course Title, Date Completed, Hours, Component, Topic, Approval Number',
        'Pediatric Airway Management, 01/14/2027, 2.00, National, Airway, 27-PEDS-F3-0114',
        'Trauma Assessment Update, 11/05/2026, 1.50, National, Trauma, 26-TRMA-F1-1105',
        'Sepsis Recognition, 08/30/2026, 0.75, Individual, , 26-SEPS-F3-0830',
      ]),
    ),
    [AIRWAY, TRAUMA, SEPSIS],
  ],
  [
    '(b) columns kept apart by runs of spaces in a <pre>',
    note(
      divs([OWN]) +
        '<pre>Course Title                   Completed    Hours  Approval\n' +
        'Pediatric Airway Management    01/14/2027   2.00   27-PEDS-F3-0114\n' +
        'Trauma Assessment Update       11/05/2026   1.50   26-TRMA-F1-1105\n' +
        'Regional Stroke Protocol       09/22/2026   1.00   26-0922-T3</pre>',
    ),
    [bare(AIRWAY), bare(TRAUMA), bare(LOCAL)],
  ],
  [
    '(c) a markdown pipe table left as paragraphs',
    chat(
      bubble(
        [
          'Pasted my NREMT transcript',
          '| Course | Date | Hours | Component | Topic | Approval # |',
          '|---|---|---|---|---|---|',
          '| Pediatric Airway Management | 01/14/2027 | 2.0 | National | Airway | 27-PEDS-F3-0114 |',
          '| Trauma Assessment Update | 11/05/2026 | 1.5 | National | Trauma | 26-TRMA-F1-1105 |',
          '| Sepsis Recognition | 08/30/2026 | 0.75 | Individual |  | 26-SEPS-F3-0830 |',
        ].join('<br>'),
      ),
    ),
    [AIRWAY, TRAUMA, SEPSIS],
  ],
  [
    '(c) a markdown pipe table in a <pre>',
    page(
      'Recert notes',
      `<h1>Recert notes</h1><p>${OWN}</p><pre>| Course Title | Completed | Credits | Approval Number |\n| --- | --- | --- | --- |\n` +
        '| Pediatric Airway Management | Jan 14, 2027 | 2 | 27-PEDS-F3-0114 |\n' +
        '| Trauma Assessment Update | Nov 5, 2026 | 1.5 | 26-TRMA-F1-1105 |\n' +
        '| Regional Stroke Protocol | Sep 22, 2026 | 1 | 26-0922-T3 |</pre>',
    ),
    [bare(AIRWAY), bare(TRAUMA), bare(LOCAL)],
  ],
  [
    '(d) "Label: value" blocks parted by blank lines, kept by pre-wrap',
    note(
      `<div class="body">${OWN}\n\n` +
        'Course: Pediatric Airway Management\nCompleted: 01/14/2027\nCredits: 2.0\nAssigned To: National – Airway\nApproval: 27-PEDS-F3-0114\n\n' +
        'Course: Trauma Assessment Update\nCompleted: 11/05/2026\nCredits: 1.5\nAssigned To: National – Trauma\nApproval: 26-TRMA-F1-1105\n\n' +
        'Course: Sepsis Recognition\nCompleted: 08/30/2026\nCredits: 0.75\nAssigned To: Individual\nApproval: 26-SEPS-F3-0830</div>',
      '.body{white-space:pre-wrap}',
    ),
    [AIRWAY, TRAUMA, SEPSIS],
  ],
  [
    '(d) "Label: value" blocks in paragraphs parted by <hr>',
    mail(
      'courses',
      `<p>${OWN}</p><hr>` +
        '<p>Title: Pediatric Airway Management<br>Date: 14 January 2027<br>Hours: 2<br>Component: National<br>Topic: Airway<br>Approval #: 27-PEDS-F3-0114</p><hr>' +
        '<p>Title: Trauma Assessment Update<br>Date: 5 November 2026<br>Hours: 1.5<br>Component: National<br>Topic: Trauma<br>Approval #: 26-TRMA-F1-1105</p><hr>' +
        '<p>Title: Regional Stroke Protocol<br>Date: 22 September 2026<br>Hours: 1<br>Component: Local<br>Approval #: 26-0922-T3</p>',
    ),
    [AIRWAY, TRAUMA, LOCAL],
  ],
  [
    '(e) component and topic lines above their groups, the records below without them',
    note(
      divs([
        OWN,
        '<b>NATIONAL COMPONENT</b>',
        'Airway, Respiration &amp; Ventilation',
        'Pediatric Airway Management | 01/14/2027 | 2.0 | 27-PEDS-F3-0114',
        'Trauma',
        'Trauma Assessment Update | 11/05/2026 | 1.5 | 26-TRMA-F1-1105',
        '<b>LOCAL COMPONENT</b>',
        'Regional Stroke Protocol | 09/22/2026 | 1.0 | 26-0922-T3',
      ]),
    ),
    [AIRWAY, TRAUMA, LOCAL],
  ],
  [
    '(e) "National – Trauma" group lines above cell-per-line records',
    note(
      divs([OWN, 'National – Airway']) +
        divs(['Pediatric Airway Management', '01/14/2027', '2.0 CEH', '27-PEDS-F3-0114']) +
        divs(['National – Trauma']) +
        divs(['Trauma Assessment Update', '11/05/2026', '1.5 CEH', '26-TRMA-F1-1105']) +
        divs(['State/Local']) +
        divs(['Regional Stroke Protocol', '09/22/2026', '1.0 CEH', '26-0922-T3']),
    ),
    [AIRWAY, TRAUMA, LOCAL],
  ],
  [
    '(f) the whole page in one <pre>, a cell per line',
    page(
      'export.txt',
      `<pre>NREMT Manage Education (my own, copied ${'02/03/2027'})\n\nCourse Title\nDate Completed\nHours\nApproval Number\n` +
        'Pediatric Airway Management\n01/14/2027\n2.00\n27-PEDS-F3-0114\n' +
        'Trauma Assessment Update\n11/05/2026\n1.50\n26-TRMA-F1-1105\n' +
        'Sepsis Recognition\n08/30/2026\n0.75\n26-SEPS-F3-0830\n</pre>',
    ),
    [bare(AIRWAY), bare(TRAUMA), bare(SEPSIS)],
  ],
  [
    '(f) lines parted only by <br>, a blank line between courses',
    note(
      `<div>${OWN}<br><br>Pediatric Airway Management<br>01/14/2027<br>2 hrs<br>27-PEDS-F3-0114<br><br>` +
        'Trauma Assessment Update<br>11/05/2026<br>1.5 hrs<br>26-TRMA-F1-1105<br><br>' +
        'Regional Stroke Protocol<br>09/22/2026<br>1 hr<br>26-0922-T3</div>',
    ),
    [bare(AIRWAY), bare(TRAUMA), bare(LOCAL)],
  ],
  [
    '(g) a mail quote: every line opened by ">"',
    mail(
      'Re: recert',
      '<div>Thanks, that looks right.</div><div>On Tue, Feb 2, 2027 at 8:14 PM Dana Whitfield wrote:</div>' +
        '<div>&gt; Pasted my NREMT transcript:<br>' +
        '&gt; Pediatric Airway Management | 01/14/2027 | 2.0 | 27-PEDS-F3-0114<br>' +
        '&gt; Trauma Assessment Update | 11/05/2026 | 1.5 | 26-TRMA-F1-1105<br>' +
        '&gt; Sepsis Recognition | 08/30/2026 | 0.75 | 26-SEPS-F3-0830</div>',
    ),
    [bare(AIRWAY), bare(TRAUMA), bare(SEPSIS)],
  ],
  [
    '(g) a <blockquote> holding cell-per-paragraph records',
    mail(
      'Fwd: transcript',
      `<p>${OWN}, forwarding to myself.</p><blockquote>` +
        p(['Pediatric Airway Management', '01/14/2027', '2.0', 'National', 'Airway', '27-PEDS-F3-0114']) +
        p(['Trauma Assessment Update', '11/05/2026', '1.5', 'National', 'Trauma', '26-TRMA-F1-1105']) +
        p(['Regional Stroke Protocol', '09/22/2026', '1.0', 'Local', 'N/A', '26-0922-T3']) +
        '</blockquote>',
    ),
    [AIRWAY, TRAUMA, LOCAL],
  ],
  [
    '(g) chat bubbles, one course line each',
    chat(
      bubble('Pasted my NREMT transcript, one per message', '10:40 PM') +
        bubble('Pediatric Airway Management – 01/14/2027 – 2 hrs – CAPCE 27-PEDS-F3-0114', '10:41 PM') +
        bubble('Trauma Assessment Update – 11/05/2026 – 1.5 hrs – CAPCE 26-TRMA-F1-1105', '10:41 PM') +
        bubble('Sepsis Recognition – 08/30/2026 – 0.75 hrs – CAPCE 26-SEPS-F3-0830', '10:42 PM'),
    ),
    [bare(AIRWAY), bare(TRAUMA), bare(SEPSIS)],
  ],
  [
    '(g) chat bubbles, one course of several lines each',
    chat(
      bubble('Pasted my NREMT transcript', '10:40 PM') +
        bubble('Pediatric Airway Management<br>01/14/2027<br>2.0 CEH<br>National – Airway<br>27-PEDS-F3-0114', '10:41 PM') +
        bubble('Trauma Assessment Update<br>11/05/2026<br>1.5 CEH<br>National – Trauma<br>26-TRMA-F1-1105', '10:41 PM') +
        bubble('Regional Stroke Protocol<br>09/22/2026<br>1.0 CEH<br>Local<br>26-0922-T3', '10:42 PM'),
    ),
    [AIRWAY, TRAUMA, LOCAL],
  ],
];

describe("the user's own course list pasted through another tool", () => {
  it.each(cases)('%s', (_, html, expected) => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual(expected);
  });
});

const MIKES = [
  ['Pediatric Airway Management', '01/14/2027', '2.0', '27-PEDS-F3-0114'],
  ['Trauma Assessment Update', '11/05/2026', '1.5', '26-TRMA-F1-1105'],
  ['Sepsis Recognition', '08/30/2026', '0.75', '26-SEPS-F3-0830'],
];

describe('pasted pages that hold no course of the reader', () => {
  it.each([
    [
      "a colleague's list quoted as his, cell per paragraph",
      mail('Fwd: Mike', "<p>Here is Mike's NREMT transcript, he wants a second look.</p><blockquote>" + MIKES.map((row) => p(row)).join('') + '</blockquote>'),
    ],
    [
      "a colleague's list in chat bubbles, one line each",
      chat(bubble('This is her NREMT transcript from the station laptop') + MIKES.map((row) => bubble(row.join(' | '))).join('')),
    ],
    [
      'prose that mentions dates and hours beside the own transcript',
      mail(
        'refresher',
        p([
          'I still have to update my NREMT transcript before the deadline.',
          'The refresher is on 03/12/2027 and runs 8 hours; sign-up closes Feb 20, 2027.',
          'Last year it ran 6 hrs on 03/14/2026, and the skills day was 4 hours on 03/21/2026.',
          'Parking is free after 5:30 PM.',
        ]),
      ),
    ],
    [
      "a dashboard's message center pasted with its dated messages",
      note(
        divs([
          'Copied from my NREMT dashboard',
          'Message Center',
          '02/10/2027',
          'Your recertification application was received.',
          '01/20/2027',
          'Course 27-PEDS-F3-0114 was added to your transcript (2.0 hours).',
          '12/02/2026',
          'Reminder: 1.5 hours of Trauma are still needed.',
        ]),
      ),
    ],
  ])('%s', (_, html) => {
    const read = readHtml(html);
    expect(read.courses ?? []).toEqual([]);
  });
});
