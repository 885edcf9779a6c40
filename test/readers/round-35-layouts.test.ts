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
//   entry's own "License #" field beside it;
// - (set 91's misses) a transcript pasted a cell per line under column titles run into one line
//   that put the date first; a station roster stating several members' registry numbers above
//   their courses; a split course's hours cell holding its figure and the part's note; an email's
//   badge drawn as a one-cell table inside the title's cell; a mail's fixed-width wrap breaking a
//   tab-separated row's title; a forum's "Member" over "Online"; a course's provider column named
//   like a person; an application's "Agency" line over "Affiliation: Active"; a dashboard's
//   expiration caption over a countdown, the date after it.
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

describe('a transcript pasted a cell per line, its column titles putting the date first', () => {
  const cells = [
    ['11/02/2026', 'Mass Casualty Triage', '2.00', '26-0911-T', 'National / EMS Operations'],
    ['09/14/2026', 'Pediatric Seizures', '1.50', '26-PEDS-F3-0914', 'National / Medical'],
    ['07/30/2026', 'Crew Fatigue and Safety', 'TBD', '26-0730-T', 'Individual'],
    ['05/05/2026', 'Regional Protocols', '3.00', '26-0505-T'],
  ];
  const lines = ['My transcript (copy)', 'Completed Course Credits Approval Number Category', ...cells.flat(), '4 records'];
  const html = page('My transcript', `<main>${lines.map((line) => `<p>${line}</p>`).join('')}</main>`);

  it('opens each course at its date, never giving one course the next one\'s date', () => {
    const read = readHtml(html, 'https://notes.example.org/p/ce');
    expect(fields(read)).toEqual([
      ['Mass Casualty Triage', '2026-11-02', 2, 'national', 'operations', '26-0911-T'],
      ['Pediatric Seizures', '2026-09-14', 1.5, 'national', 'medical', '26-PEDS-F3-0914'],
      ['Regional Protocols', '2026-05-05', 3, null, null, '26-0505-T'],
    ]);
    expect(read.unread).toHaveLength(1);
  });
});

describe("a station roster stating several members' registry numbers", () => {
  const roster = [
    'Station 4 - NREMT recert status',
    'Pulled from the NREMT roster + each member\'s Manage Education bars.',
    'Name          Reg #      Application',
    'Doyle, Kim    E4410021   Not started',
    'Rios, Ana     E4410022   In progress',
    'Shaw, Lee     E4410023   Submitted',
    '',
    'Still missing:',
    '  Doyle   Airway Refresher       09/17/2025   2.00   25-0874-T',
    '  Rios    Stroke Update          12/03/2025   1.00   25-STR-F3-7781',
    '  Shaw    Burn Care              11/14/2026   2.00   26-BRN-F3-4410',
  ];
  it('is nobody\'s own course list', () => {
    expect(readHtml(page('Paste 9x2', `<main><pre>${roster.join('\n')}</pre></main>`), 'https://paste.example.org/9x2').kind).toBe('unknown');
  });
});

describe("a split course's hours cell holding its figure and the part's note", () => {
  it('reads the part that counts here', () => {
    const row = (cells: string[]): string => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    const html = page(
      'Manage Education',
      `<main><h1>Manage Education</h1><h2>National Component</h2><table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>
      ${row(['Pediatric Assessment', '09/27/2026', '2.00 <span>2.00 of 3.00 applied</span>', '26-KIDS-F3-0533'])}
      ${row(['Burn Care', '10/02/2026', '1.50', '26-BURN-F3-1002'])}</tbody></table></main>`,
    );
    expect(readHtml(html, 'https://www.nremt.org/manage-education').courses?.map((course) => course.hours)).toEqual([2, 1.5]);
  });
});

describe("an email's badge drawn as a one-cell table inside the title's cell", () => {
  it('is no row of its own', () => {
    const row = (date: string, title: string, badge: string, approval: string, hours: string): string =>
      `<tr><td>${date}</td><td><div>${title}</div>${badge ? `<table role="presentation"><tbody><tr><td><span>${badge}</span></td></tr></tbody></table>` : ''}<div>NCCP: National · Medical</div></td><td>${approval}</td><td>${hours}</td></tr>`;
    const html = page(
      'Your CE transcript',
      `<table><thead><tr><th>Completed</th><th>Course</th><th>Approval</th><th>CEH</th></tr></thead><tbody>
      ${row('Oct 14, 2026', 'Sepsis Recognition', 'Retake', 'CAPCE 26-SMC-F3-0277', '1.00')}
      ${row('Sep 29, 2026', 'Sepsis Recognition', '', 'CAPCE 26-SMC-F3-0277', '1.00')}
      ${row('Aug 3, 2026', 'Stroke Scales', 'Live', 'CAPCE 26-SMC-F3-0190', '2.00')}</tbody></table>`,
    );
    const read = readHtml(html, 'https://mail.example.org/m/1');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Sepsis Recognition', '2026-10-14', 1],
      ['Sepsis Recognition', '2026-09-29', 1],
      ['Stroke Scales', '2026-08-03', 2],
    ]);
    expect(read.unread ?? []).toEqual([]);
  });
});

describe("a mail's fixed-width wrap breaking a tab-separated row's title", () => {
  it('reads the title whole', () => {
    const mail = [
      'Pasted from my NREMT transcript:',
      '',
      'Course Title\tDate Completed\tCredits\tApproval Number',
      'Airway Adjuncts and Supraglottic',
      'Devices\t10/3/2026\t2.0\t26-LRN-F3-5521',
      'Pediatric Trauma Assessment\t5/16/2026\t2.5\t26-0528-T',
      'Stroke Scales in the Field: BE-FAST and',
      'LAMS\t2/20/2026\t2.0\t26-RSN-F3-0871',
    ];
    const read = readHtml(page('Crew list archive', `<main><div style="white-space: pre">${mail.join('\n')}</div></main>`), 'https://lists.example.org/archives/m/77');
    expect(read.courses?.map((course) => course.title)).toEqual(['Airway Adjuncts and Supraglottic Devices', 'Pediatric Trauma Assessment', 'Stroke Scales in the Field: BE-FAST and LAMS']);
  });
});

describe('names a page labels that are no person', () => {
  const lines = (pairs: Array<[string, string]>): string => pairs.map(([label, value]) => `<p><b>${label}</b> ${value}</p>`).join('');

  it("takes no forum member line's presence for a name", () => {
    const html = page('Recertification Application', `<main><h1>Recertification Application</h1><ul><li>jmercer_emt</li><li>Member</li><li>Online</li></ul>${lines([['Application Status:', 'In Progress']])}</main>`);
    expect(readHtml(html, 'https://forum.example.org/t/1').person?.name).toBeUndefined();
  });

  it("takes no course's provider for the person", () => {
    const course = (title: string, provider: string): string => `<p>course: ${title}</p><p>provider: ${provider}</p><p>date: 2026-05-06</p><p>hours: 2</p>`;
    const html = page('ce-log.md', `<main><h1>CE log</h1><p>NREMT: Dev Raghu, Paramedic, registry # E6603157</p>${course('RSI Pharmacology', 'Boston MedFlight')}${course('ACLS Renewal', 'Cape Cod Hospital')}${course('Peds Airway', 'Boston MedFlight')}</main>`);
    expect(readHtml(html, 'file:///home/dev/ce-log.html').person?.name).not.toBe('Boston MedFlight');
  });
});

describe("an application's agency line over its affiliation's status", () => {
  it('reads the agency and its status', () => {
    const html = page(
      'Recertification Application',
      `<main><h1>Recertification Application</h1><p>Registry Number: A4412093</p><dl><dt>Agency</dt><dd>Hampden County Regional EMS</dd><dt>Affiliation</dt><dd>Active</dd><dt>Application Status</dt><dd>In Progress</dd></dl></main>`,
    );
    expect(readHtml(html, 'https://www.nremt.org/recertification').agency).toEqual({ name: 'Hampden County Regional EMS', status: 'active' });
  });
});

describe("a dashboard's expiration caption over a countdown", () => {
  it('reads the date after the countdown', () => {
    const html = page(
      'Dashboard',
      `<main><h1>My Certification</h1><p>Registry Number: P3318264</p><p>Certification Level: Paramedic</p><div><h4>Expiration Date</h4><span>116 days</span><h2>Mar 31, 2027</h2></div></main>`,
    );
    expect(readHtml(html, 'https://www.nremt.org/dashboard').certification?.expiresOn).toBe('2027-03-31');
  });
});
