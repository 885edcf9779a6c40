// Round 34's layouts (blind sets 85 and 86's misses), each written here in its own words:
// - a spreadsheet row pasted into a message, its tabs drawn as single spaces: the date first, the
//   title, a bare hours figure, the approval number after its issuer, then the component and topic
//   ("3/12/2026 Burn Care Basics 2 CAPCE 26-QRS-F1-0312 National Trauma");
// - a blog post whose byline gives its reading time ("Dana Price · May 2, 2026 · 7 min read"): no
//   course, so the comment under it that pastes a course list as bullets is read;
// - those bullets nested under their component and topic: the record finder bounds each course,
//   the lines name where each counts, and they agree with every field the finder read;
// - a comment thread whose bylines give how long ago each post was made ("Lou Carver • 3 days
//   ago"), the comment box filled with the reader's own name: a list in another author's comment
//   is nobody's own; without a name in the box, the commenter's own pasted list is theirs;
// - a dashboard selected and pasted into a chat as one run of words, its line breaks and its
//   labels' colons lost: cut at its labels by the values after them; a sentence naming the same
//   things in lower case is no dashboard;
// - a Q&A page's comment holding the application page pasted as markdown nothing rendered: its
//   "## …" line is a heading, its "**Section** - Complete" lines the words without their marks;
//   a run of lines each opened by "## " (a report's printed output) is no heading;
// - a transcript's certification card (a kit's descriptions grid) whose "Agency Affiliation" cell
//   holds the agency's name and its status tag;
// - a forum thread titled "Is my CE log on track for 2028?" ("log on" inside a subject is no
//   sign-in page), its post holding the transcript printed to text, a member's presence line
//   ("Member Is Online") no name;
// - a chatbot's message where the person pastes a transcript table, its rows run into one
//   paragraph after their own words: the writer's words, then the column titles, then each
//   course; "TBD" in the hours' place; no component column, so a title's "Airway …" is its own.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { courseLineCells } from '../../lib/readers/line-records';
import { runOnFacts } from '../../lib/readers/run-on-facts';
import { withMarkdownMarks } from '../../lib/readers/markdown-marks';
import { runRows } from '../../lib/readers/run-rows';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const fields = (read: ReturnType<typeof readHtml>): unknown[] =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

describe('a spreadsheet row pasted with its tabs drawn as spaces', () => {
  const CASES: Array<[string, string[] | null]> = [
    ['3/12/2026 Burn Care Basics 2 CAPCE 26-QRS-F1-0312 National Trauma', ['Burn Care Basics', '3/12/2026', '2', '26-QRS-F1-0312', 'National Trauma']],
    ['5/4/2026 District 6 Triage Drill 1.5 OEMS 26-0504-T State/Local', ['District 6 Triage Drill', '5/4/2026', '1.5', '26-0504-T', 'State/Local']],
    ['6/30/2026 Lift Assist Practice 1 Individual', ['Lift Assist Practice', '6/30/2026', '1', 'Individual']],
    ['9/9/2026 Airway Adjuncts Review 0.75 CAPCE 26-QRS-F1-0909 National Airway, Respiration & Ventilation', ['Airway Adjuncts Review', '9/9/2026', '0.75', '26-QRS-F1-0909', 'National Airway, Respiration & Ventilation']],
    // No hours: no course's whole line (the row is told unread elsewhere).
    ['7/7/2026 Pediatric Assessment CAPCE 26-QRS-F3-0707 Individual', null],
  ];
  for (const [line, cells] of CASES) it(line, () => expect(courseLineCells(line)).toEqual(cells));

  it('reads a message of such rows under their column names', () => {
    const rows = [
      'Date\tCourse\tCEH\tApproval #\tComponent\tTopic',
      '3/12/2026\tBurn Care Basics\t2\tCAPCE 26-QRS-F1-0312\tNational\tTrauma',
      '5/4/2026\tDistrict 6 Triage Drill\t1.5\tOEMS 26-0504-T\tState/Local\t',
      '6/30/2026\tLift Assist Practice\t1\t\tIndividual\t',
    ];
    const html = page(
      'My NREMT log',
      `<main><h1>My NREMT CE log</h1><p>Registry Number: E7301946. My log as it stands:</p><p>${rows.join('<br>\n')}</p></main>`,
    );
    const read = readHtml(html, 'https://notes.example.org/n/41');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Burn Care Basics', '2026-03-12', 2, 'national', 'trauma', '26-QRS-F1-0312'],
      ['District 6 Triage Drill', '2026-05-04', 1.5, 'local', null, '26-0504-T'],
      ['Lift Assist Practice', '2026-06-30', 1, 'individual', null, null],
    ]);
  });
});

/** A blog post with a comment thread; `box` is the name the comment box holds, `byline` each comment's. */
function blogWithComments(box: string, first: string): string {
  const bullets = `<ul>
    <li>National<ul>
      <li>Trauma<ul><li>Burn Care Basics | 03/12/2026 | 2.0 hrs | 26-QRS-F1-0312</li><li>Splinting Skills | 04/02/2026 | 1.5 hrs | 26-QRS-F1-0402</li></ul></li>
      <li>Medical<ul><li>Stroke Scales | 05/20/2026 | 1.0 hrs | 26-QRS-F3-0520</li></ul></li>
    </ul></li>
    <li>Individual<ul><li>Lift Assist Practice | 06/30/2026 | 1.0 hrs | 26-0630-T</li></ul></li>
  </ul>`;
  return page(
    'Sorting your hours — Station Notes',
    `<header><a href="/">Station Notes</a></header><main><article><h1>Sorting your hours before the deadline</h1>
    <p class="meta">Dana Price · May 2, 2026 · 7 min read</p>
    <p>Open Manage Education on NREMT once a month and put every course where it counts.</p></article>
    <section class="comments"><h2>Comments</h2>
    <form><label>Name <input name="author" value="${box}"></label><textarea></textarea><button>Post</button></form>
    <div class="comment"><div class="byline">${first}</div>
      <div class="text"><p>EMT, my card runs to 03/31/2028. Here is my Manage Education page as bullets:</p>${bullets}</div></div>
    <div class="comment"><div class="byline">Rosa Lind • 1 day ago</div><div class="text"><p>Looks right to me.</p></div></div>
    </section></main>`,
  );
}

describe("a blog's comment thread holding a pasted course list", () => {
  it("reads the commenter's own list, the reading time no course, each course under its topic", () => {
    const read = readHtml(blogWithComments('', 'Ivy Chen Pending 2 hours ago'), 'https://stationnotes.example.org/2026/05/sorting');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Burn Care Basics', '2026-03-12', 2, 'national', 'trauma', '26-QRS-F1-0312'],
      ['Splinting Skills', '2026-04-02', 1.5, 'national', 'trauma', '26-QRS-F1-0402'],
      ['Stroke Scales', '2026-05-20', 1, 'national', 'medical', '26-QRS-F3-0520'],
      ['Lift Assist Practice', '2026-06-30', 1, 'individual', null, '26-0630-T'],
    ]);
  });

  it("is nobody's own list where the comment box names the reader and another author posted it", () => {
    const read = readHtml(blogWithComments('Marta Sole', 'Lou Carver • 3 days ago'), 'https://stationnotes.example.org/2026/05/sorting');
    expect(read.kind).toBe('unknown');
    expect(read.courses).toBeUndefined();
  });

  it("is the reader's own where the box names the author of the comment holding it", () => {
    const read = readHtml(blogWithComments('Lou Carver', 'Lou Carver • 3 days ago'), 'https://stationnotes.example.org/2026/05/sorting');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(4);
  });
});

describe('a dashboard pasted as one run of words', () => {
  const run =
    'My Certification Dashboard Noor Haddad-Lyle Advanced Emergency Medical Technician Registry Number A6612049 Certification Expiration Date 03/31/2027 ' +
    'Recertification Cycle 04/01/2025 - 03/31/2027 Agency Affiliation Quabbin Valley Ambulance Active Add or Remove Agency';

  it('is cut at its labels, the name over the level, a status ending the agency', () => {
    expect(runOnFacts(run)).toEqual([
      { text: 'My Certification Dashboard' },
      { text: 'Name: Noor Haddad-Lyle', label: 'Name' },
      { text: 'Advanced Emergency Medical Technician' },
      { text: 'Registry Number: A6612049', label: 'Registry Number' },
      { text: 'Certification Expiration Date: 03/31/2027', label: 'Certification Expiration Date' },
      { text: 'Recertification Cycle: 04/01/2025 - 03/31/2027', label: 'Recertification Cycle' },
      { text: 'Agency Affiliation: Quabbin Valley Ambulance Active', label: 'Agency Affiliation' },
      { text: 'Add or Remove Agency' },
    ]);
  });

  it('is no such run in a sentence, nor where the words after a label are not its value', () => {
    expect(runOnFacts('Quick note for the crew: my certification expires March 31, 2027 and I last recertified on March 14, 2025, so the registry number on file is the same as last time.')).toBeNull();
    expect(runOnFacts('Registry Number Policy Update Certification Expiration Date Reminders Agency Affiliation Requests and other notes from the November training committee meeting')).toBeNull();
  });

  it('reads as the dashboard where a chat message holds it', () => {
    const html = page(
      'Support chat',
      `<div class="chat"><div class="msg visitor"><p>my affiliation on nremt still says pending, here is my dashboard:</p><p>${run}</p></div>
       <div class="msg agent"><p>Thanks, passing this to the Training Office.</p></div></div>`,
    );
    const read = readHtml(html, 'https://chat.example.org/widget');
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.person).toEqual({ name: 'Noor Haddad-Lyle', registryNumber: 'A6612049' });
    expect(read.certification).toEqual({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
    expect(read.agency).toEqual({ name: 'Quabbin Valley Ambulance', status: 'active' });
  });
});

describe('markdown pasted where nothing renders it', () => {
  it('reads a lone "## " line as a heading and drops emphasis marks, not a run of "## " lines', () => {
    expect(
      withMarkdownMarks([
        { text: 'Copied from my application:' },
        { text: '## Recertification Application ##' },
        { text: '**Make Payment** - Paid 11/30/2026' },
        { text: '## Name:   Ada Byrne' },
        { text: '## Level:  EMT' },
        { text: '# a comment in a script' },
      ]),
    ).toEqual([
      { text: 'Copied from my application:' },
      { heading: 2, text: 'Recertification Application' },
      { text: 'Make Payment - Paid 11/30/2026' },
      { text: '## Name:   Ada Byrne' },
      { text: '## Level:  EMT' },
      { text: '# a comment in a script' },
    ]);
  });

  it("reads a comment's pasted application as the application", () => {
    const lines = [
      '## Recertification Application - National Registry EMT',
      'Ada Byrne | Registry # E5120447 | Certification expires 03/31/2027',
      '**Continuing Education** - Complete',
      '**Make Payment** - Paid 12/01/2026 ($30.00)',
      '**Submit** - Not Submitted',
    ];
    const html = page(
      'Step A questions — Recert Help',
      `<main><h1>Recert Help</h1><div class="comments"><div class="comment"><div class="name">Ada Byrne says...</div>
       <div class="body"><p>Am I done? Copied this from my NREMT application page:</p><p>${lines.join('<br>\n')}</p></div></div>
       <div class="comment"><div class="name">Desk says...</div><div class="body"><p>Click Submit Application after paying.</p></div></div></div></main>`,
    );
    const read = readHtml(html, 'https://recert-help.example.org/qa/step-a');
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe('not-submitted');
    expect(read.person).toEqual({ name: 'Ada Byrne', registryNumber: 'E5120447' });
  });
});

describe("an agency's name beside its status tag in a descriptions grid", () => {
  const item = (label: string, content: string): string => `<div class="desc__item"><div class="desc__label">${label}</div><div class="desc__content">${content}</div></div>`;
  it('reads the name in the cell and the status from its tag', () => {
    const html = page(
      'Transcript',
      `<main><h1>Transcript</h1><div class="card"><div class="desc">` +
        item('Name', 'Rhea T. Olsen') + item('Registry #', 'E4402917') + item('Expiration Date', '2027-03-31') +
        item('Agency Affiliation', 'Harbor Town Ambulance <div role="tag" class="tag tag--success"><span class="tag__content">Active</span></div>') +
        `</div></div><table><tr><th>Course</th><th>Completed</th><th>Hours</th></tr><tr><td>Airway Update</td><td>05/01/2026</td><td>2</td></tr><tr><td>Stroke Scales</td><td>06/02/2026</td><td>1.5</td></tr></table></main>`,
    );
    const read = readHtml(html, 'https://www.nremt.org/ProfessionalProfile/Transcript/Index');
    expect(read.agency).toEqual({ name: 'Harbor Town Ambulance', status: 'active' });
  });
});

describe('a forum thread whose subject holds "log on"', () => {
  const printout = [
    'NREMT TRANSCRIPT (text export)            Printed 11/29/2026',
    'Level: EMT          Recert cycle: 04/01/2026 - 03/31/2028',
    '',
    'Completed   Hrs   Approval #        Course',
    '----------  ----  ----------------  ------------------------------',
    '04/14/2026  2.00  26-WMR-F1-0211    Airway Procedures Review',
    '05/02/2026  1.00  26-CNE-F3-1045    Pediatric Assessment Triangle',
    '06/18/2026  1.50  26-CNE-F3-1177    Spinal Motion Restriction',
  ].join('\n');
  const html = (title: string): string =>
    page(
      title,
      `<table><tr><td>Logged in as kbrennan [ Logout - Messenger ]</td></tr></table>
       <table class="post"><tr><td class="author">kbrennan<br>Junior Member<br>Posts: 14<br>Member Is Online</td>
       <td class="body">posted on 11/29/2026 at 09:04 PM<br>I printed my NREMT transcript to text and pasted it below. Am I missing anything?<pre>${printout}</pre></td></tr>
       <tr><td class="author">medic_ro<br>Moderator<br>Member Is Offline</td><td class="body">posted on 11/30/2026 at 07:22 AM<br>Looks fine. Reply if you have questions.</td></tr></table>`,
    );

  it('is the poster\'s own transcript, and names nobody', () => {
    const read = readHtml(html('Is my CE log on track for 2028? (EMT) - Western EMS Forum'), 'https://forum.example.org/viewthread.php?tid=2291');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.title)).toEqual(['Airway Procedures Review', 'Pediatric Assessment Triangle', 'Spinal Motion Restriction']);
    expect(read.person?.name).toBeUndefined();
  });

  it('is a sign-in page where the title opens or ends with signing in', () => {
    expect(readHtml(html('Log in - Western EMS Forum'), 'https://forum.example.org/login.php').kind).toBe('unknown');
    expect(readHtml(html('Western EMS Forum Login'), 'https://forum.example.org/login.php').kind).toBe('unknown');
  });
});

describe('a transcript table pasted into a chat, run into one paragraph after the writer\'s words', () => {
  const run =
    'can you check it? EMT, my NREMT expires 03/31/2027. This is my NREMT transcript, copied off the Transcript page: Course Title Date Completed Credit Hours Approval Number ' +
    'Mass Casualty Triage 11/12/2026 1.75 26-0988-T Infection Control for EMS 08/30/2026 TBD 26-IDCP-F3-0711 Stop the Bleed Refresher 09/20/2025 2.00 25-0931-T ' +
    'Airway Management in the Obese Patient 05/14/2025 2.00 25-ESAE-F3-0417';

  // (Round 42: the column titles a line of their own, each apart, so they name each course's values.)
  it('is cut into the writer\'s words, its column titles and one line per course', () => {
    expect(runRows(run)).toEqual([
      'can you check it? EMT, my NREMT expires 03/31/2027. This is my NREMT transcript, copied off the Transcript page:',
      'Course Title | Date Completed | Credit Hours | Approval Number',
      'Mass Casualty Triage 11/12/2026 1.75 26-0988-T',
      'Infection Control for EMS 08/30/2026 TBD 26-IDCP-F3-0711',
      'Stop the Bleed Refresher 09/20/2025 2.00 25-0931-T',
      'Airway Management in the Obese Patient 05/14/2025 2.00 25-ESAE-F3-0417',
    ]);
  });

  it('reads the courses, the TBD row unread, each title whole', () => {
    const html = page('Training Desk', `<div class="bpw-chat"><div class="bpw-from-user"><div class="bpw-chat-bubble"><p>${run}</p></div></div><div class="bpw-from-bot"><div class="bpw-chat-bubble">Thanks, got it.</div></div></div>`);
    const read = readHtml(html, 'https://bots.example.org/lite/?m=channel-web');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Mass Casualty Triage', '2026-11-12', 1.75, null, null, '26-0988-T'],
      ['Stop the Bleed Refresher', '2025-09-20', 2, null, null, '25-0931-T'],
      ['Airway Management in the Obese Patient', '2025-05-14', 2, null, null, '25-ESAE-F3-0417'],
    ]);
    expect(read.unread).toHaveLength(1);
  });
});
