// Round 35's layouts, each written here in its own words:
// - a transcript pasted into a snippet manager's code block as markdown bullets, each title in
//   "**" marks: the NREMT content script's read, judged by the background, is the page read whole
//   (titles and an unread row's text without the marks);
// - a transcript copied into an issue tracker's message a cell per line, each course's "Edit"
//   control on its own line after its values;
// - a tree table (a React table kit) whose topic rows count their courses and show their progress
//   ("Trauma (2 courses)", "5 / 5 hrs") above the courses of that topic;
// - a dashboard's agency card: the agency's name drawn at the card title's own level, its town and
//   request date under it, then its status chip; or labelled, with its town's line before the chip;
//   a description sentence under the card's title is no agency's name;
// - an application status labelled "In Progress – Not Submitted" (the remark a status of its own),
//   beside one labelled "In Progress. Your application is not submitted until …" (advice);
// - a forum thread greeting its signed-in member, who posted nothing in it, where another member
//   pastes their course list: nobody's own;
// - a description list drawn as all its terms, then all their values;
// - a pasted tab-separated transcript whose column titles repeat over each of its sections;
// - a password manager's note holding the eLicensing license row pasted with its tabs, the
//   entry's own "License #" field beside it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers/index';
import { readPageEvidence } from '../../lib/readers/read-page';
import { finishRead } from '../../lib/readers/judge-page';
import { PageRequest } from '../../lib/extension/page-service';
import { PageSnapshot } from '../../lib/model';
import { parseHtml, readHtml } from './load';
import { pageLines } from '../../lib/readers/page-lines';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

/** The page read whole, and as the content script sends it and the background judges it. */
function bothReads(html: string, url: string): { full: PageSnapshot; sent: PageSnapshot } {
  const { document, close } = parseHtml(html);
  try {
    const full = readPage(document, url);
    const { snapshot, evidence } = readPageEvidence(document, url);
    const sent = PageSnapshot.parse(finishRead(PageRequest.parse(structuredClone({ snapshot, evidence }))));
    return { full, sent };
  } finally {
    close();
  }
}

describe('markdown bullets pasted into a code block', () => {
  const bullets = [
    '## My continuing education (AEMT)',
    '',
    '- **Bag-Valve-Mask Refresher** 08/03/2026 2 hrs CAPCE 26-LMN-F3-0803 National Airway',
    '- **Chest Pain Differentials** 08/19/2026 1.5 hrs CAPCE 26-LMN-F3-0819 National Cardiovascular',
    '- **Splinting Lab** 09/02/2026 2 hrs CAPCE 26-RST-F1-0902 National Trauma',
    '- **Decon Corridor Walkthrough** 09/15/2026 ? hrs OEMS 26-0915-T',
    '- **Sepsis Screening** 10/01/2026 1 hrs CAPCE 26-RST-F1-1001 National Medical',
    '- **County Protocol Update** 10/22/2026 3 hrs OEMS 26-1022-T Local',
  ];
  const html = page('Snippets · CE log', `<main><h1>Snippets</h1><article><h2>CE log</h2><pre><code>${bullets.join('\n')}</code></pre></article></main>`);

  it('reads the same on nremt.org through the content script as read whole', () => {
    const { full, sent } = bothReads(html, 'https://www.nremt.org/snippets/ce-log');
    expect(sent).toEqual(full);
    expect(full.courses?.map((course) => course.title)).toEqual(['Bag-Valve-Mask Refresher', 'Chest Pain Differentials', 'Splinting Lab', 'Sepsis Screening', 'County Protocol Update']);
    expect(full.unread?.map((row) => row.text)).toEqual([expect.not.stringContaining('**')]);
  });
});

const fields = (read: ReturnType<typeof readHtml>): unknown[] =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

describe('a transcript pasted a cell per line, a row control after each course', () => {
  const cells = [
    ['Neonatal Transport Basics', '02/11/2026', '2.00', '26-NICU-F1-0211'],
    ['Burn Center Referral Criteria', '03/02/2026', '1.50', '26-0302-T'],
    ['Wilderness Hypothermia Care', '04/19/2026', '3.00', '26-WILD-F3-0419'],
  ];
  const message = ['Pasted my NREMT transcript, it came out one box per line:', 'Course Name', 'Date Completed', 'Hours', 'Approval Number', ...cells.flatMap((row) => [...row, 'Edit'])];
  const html = page('Issue 77: recert check - Tracker', `<main><h1>Issue 77: recert check</h1><div class="msg"><pre>${message.join('\n')}</pre></div></main>`);

  it('reads every course, the control lines no part of any', () => {
    const read = readHtml(html, 'https://tracker.example.org/issue77');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Neonatal Transport Basics', '2026-02-11', 2, null, null, '26-NICU-F1-0211'],
      ['Burn Center Referral Criteria', '2026-03-02', 1.5, null, null, '26-0302-T'],
      ['Wilderness Hypothermia Care', '2026-04-19', 3, null, null, '26-WILD-F3-0419'],
    ]);
  });
});

describe('a tree table whose topic rows count their courses', () => {
  const row = (cells: string[]): string => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  const html = page(
    'Manage Education',
    `<main><h1>Manage Education</h1><h2>National Component</h2><table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Credits</th><th>Approval #</th></tr></thead><tbody>
    ${row(['<b>Trauma</b> (2 courses)', '', '5 / 5 hrs', ''])}
    ${row(['Pelvic Binder Skills', '03/14/2026', '2 hrs', '26-TRMA-F1-0314'])}
    ${row(['Crush Injury Review', '05/02/2026', '3 hrs', '26-TRMA-F1-0502'])}
    ${row(['<b>Medical</b> (1 course)', '', '1.5 / 8 hrs', ''])}
    ${row(['Hyperkalemia Recognition', '06/20/2026', '1.5 hrs', '26-MED-F3-0620'])}
    </tbody></table></main>`,
  );

  it('reads each course under its topic, and no group row as a course', () => {
    const read = readHtml(html, 'https://www.nremt.org/manage-education');
    expect(fields(read)).toEqual([
      ['Pelvic Binder Skills', '2026-03-14', 2, 'national', 'trauma', '26-TRMA-F1-0314'],
      ['Crush Injury Review', '2026-05-02', 3, 'national', 'trauma', '26-TRMA-F1-0502'],
      ['Hyperkalemia Recognition', '2026-06-20', 1.5, 'national', 'medical', '26-MED-F3-0620'],
    ]);
    expect(read.unread ?? []).toEqual([]);
  });
});

describe("a dashboard's agency card", () => {
  const dashboard = (card: string): string =>
    page(
      'Dashboard | NREMT',
      `<main><h1>My Certification</h1><p>Registry Number: E5120438</p><p>Certification Level: EMT</p><p>Expiration Date: 03/31/2027</p>${card}</main>`,
    );

  it('reads a name drawn at the card title\'s level, its town, then its status chip', () => {
    const read = readHtml(dashboard('<h5>Agency Affiliation</h5><p>Your agency\'s Training Officer confirms your skills.</p><h5>Quinebaug Valley EMS</h5><p>Putnam, CT · Requested 11/02/2026</p><span>Pending Approval</span>'), 'https://www.nremt.org/dashboard');
    expect(read.agency).toEqual({ name: 'Quinebaug Valley EMS', status: 'pending' });
  });

  it('reads a labelled name, its town on the next line, then its status', () => {
    const read = readHtml(dashboard('<p><b>AGENCY AFFILIATION:</b> Sturbridge Rescue Squad</p><p>Sturbridge, MA</p><p>Pending Approval</p>'), 'https://www.nremt.org/dashboard');
    expect(read.agency).toEqual({ name: 'Sturbridge Rescue Squad', status: 'pending' });
  });
});

describe('an application status with a remark', () => {
  const application = (status: string): string =>
    page('Recertification Application', `<main><h1>Recertification Application</h1><p>Application Status: ${status}</p><button>Submit Application</button></main>`);
  const CASES: Array<[string, string]> = [
    ['In Progress – Not Submitted', 'not-submitted'],
    ['In Progress (Not Submitted)', 'not-submitted'],
    ['In Progress. Your application is not submitted until you click Submit Application.', 'in-progress'],
    ['In Progress — Complete every section below. Your application is not submitted until you click Submit.', 'in-progress'],
  ];
  for (const [status, told] of CASES) it(status, () => expect(readHtml(application(status), 'https://www.nremt.org/recertification').application?.status).toBe(told));
});

describe('a forum thread read by a member who posted nothing in it', () => {
  const list = ['Manage Education - EMT', 'Stroke Scales Refresher', '02/03/2026', '2.00', '26-0203-T', 'Sepsis Alerts', '03/09/2026', '1.50', '26-SEPS-F3-0309', 'Spinal Motion Restriction', '04/12/2026', '2.00', '26-0412-T'];
  const thread = (reader: string, author: string): string =>
    page(
      'Did I enter these right? - Medic Forum',
      `<header><span>Hello ${reader}</span><nav><a>Profile</a><a>Logout</a></nav></header><main><h1>Did I enter these right?</h1>
      <article><div>${author}</div><div>Posts: 12</div><h2>Did I enter these right?</h2><p>December 01, 2026, 08:10:00 pm</p><p>Copied my Manage Education page:</p><pre>${list.join('\n')}</pre></article>
      <article><div>medic_rita</div><div>Posts: 890</div><h2>Re: Did I enter these right?</h2><p>December 02, 2026, 07:00:00 am</p><p>Looks fine.</p></article></main>`,
    );

  it("is someone else's list where the greeted member posted nothing", () => {
    expect(readHtml(thread('quietmedic', 'ValleyTom'), 'https://forum.example.org/t/88').kind).toBe('unknown');
  });

  it("is the member's own where they posted it", () => {
    const read = readHtml(thread('ValleyTom', 'ValleyTom'), 'https://forum.example.org/t/88');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(3);
  });
});

describe('a description list drawn as its terms, then their values', () => {
  it('pairs each term with its value, row for row', () => {
    const lines = pageLines(['Name', 'NREMT #', 'Level', 'Expiration', 'Aaron Feld', 'E2874419', 'EMT', '2027-03-31'].map((text) => ({ text })));
    expect(lines).toEqual([
      { kind: 'pair', label: 'Name', value: 'Aaron Feld' },
      { kind: 'pair', label: 'NREMT #', value: 'E2874419' },
      { kind: 'pair', label: 'Level', value: 'EMT' },
      { kind: 'pair', label: 'Expiration', value: '2027-03-31' },
    ]);
  });

  it('leaves labels over fewer values as they are', () => {
    const lines = pageLines(['Name', 'NREMT #', 'Level', 'Aaron Feld'].map((text) => ({ text })));
    expect(lines.every((line) => line.kind === 'title')).toBe(true);
  });
});

describe('a tab-separated transcript whose column titles repeat over each section', () => {
  // Each section's name and progress, the titles (an empty one over the rows' controls), its rows.
  const section = (name: string, rows: string[][]): string => [name, 'Course\tCompleted\tCredits\tApproval #\t', ...rows.map((row) => [...row, 'Remove'].join('\t'))].join('\n');
  const text = [
    'Manage Education\nEmergency Medical Technician\tExpires 03/31/2027\nRecertification Cycle\t04/01/2025 - 03/31/2027\n\nNational Component\n9.00 / 20.00 credits',
    section('Trauma\t3.00 / 4.00', [['Shock Management', '01/15/2026', '2.00', '26-SHCK-F1-0115'], ['Burns in Children', '02/20/2026', '1.00', '26-0220-T']]),
    section('Medical\t7.00 / 7.00', [['Regional Protocols 2026', '03/05/2026', '4.00', '26-0305-T'], ['Mass Casualty Drill', '04/30/2026', '3.00', '26-0430-T']]),
  ].join('\n');

  it('reads the courses and no title row as an unread one', () => {
    const read = readHtml(page('Paste 4f2a', `<main><pre>${text}</pre></main>`), 'https://paste.example.org/4f2a');
    expect(read.courses?.map((course) => course.title)).toEqual(['Shock Management', 'Burns in Children', 'Regional Protocols 2026', 'Mass Casualty Drill']);
    expect(read.unread ?? []).toEqual([]);
  });
});

describe("a password manager's note holding the license row", () => {
  const note = ['eLicensing, copied 11/28/2026', 'License Type\tLicense Number\tLicense Status\tIssue Date\tExpiration Date', 'EMT\tE662019\tCurrent\t05/02/2019\t03/31/2027\tShow Details'];
  const html = page(
    'Vault',
    `<main><h1>Mass Health Professions Licensing</h1><div><span>Website</span><span>https://healthprofessionlicensing.mass.gov/</span></div><div><span>Notes</span><div>${note.join('<br>')}</div></div><div><span>License #</span><span>E662019</span></div></main>`,
  );

  it("reads the license's status from its row beside the entry's number", () => {
    const read = readHtml(html, 'https://vault.example.org/');
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject({ number: 'E662019', status: 'current', expiresOn: '2027-03-31' });
  });
});
