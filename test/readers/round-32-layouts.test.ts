// Round 32's layouts (blind set 74's misses and set 73's), each written here in its own words:
// - a help desk ticket whose reply holds the person's transcript pasted as plain text, its tabs
//   lost (one space between cells, a last "Source" column), beside the ticket's "State: open";
// - a staff training roster whose first column is titled over two lines ("Staff Member / Role"):
//   several people's courses, nobody's own list (guard);
// - a Q&A post and a forum thread holding a dashboard copied off NREMT, the thread's posts repeated;
// - a dashboard whose menu line ("Account Settings") stands where the agency's name would;
// - a split course's hours with a note on the split after them;
// - a component column written with abbreviations ("Nat'l / Cardio");
// - facts stated by the writer ("I last recertified on …", "before my cycle started …",
//   "My Advanced EMT card runs out …", "My NREMT dashboard says Emergency Medical Technician");
// - a members' area saying "Signed in as" a handle with the person's name in brackets.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { parseAssignment } from '../../lib/readers/topics';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const fields = (read: ReturnType<typeof readHtml>): unknown[] =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

describe('a help desk ticket with a transcript pasted as plain text', () => {
  const reply = [
    'Pasted from my transcript, sorry about the spacing.',
    '',
    'Jordan P. Alvarez',
    'National Registry Number: E2233445',
    'Nationally Registered EMT - Expiration Date 03/31/2027',
    '',
    'Course Title Date Completed Credit Hours Approval Number Source',
    'Bleeding Control Refresher 05/14/2025 2.00 25-ABCD-F3-0114 CAPCE Import',
    'Geriatric Falls Assessment 08/02/2025 1.50 25-ABCD-F3-0208 CAPCE Import',
    'County Protocol Review 10/19/2025 3.00 25-1019-T3 Manual Entry',
    'Agency Skills Night 02/07/2026 1.00  Manual Entry',
    'Hazmat Awareness 04/11/2026 TBD 26-ABCD-F5-0411 Manual Entry',
  ].join('<br/>\n');
  const html = page(
    'Ticket#2026110410000031 — question about my hours - Service Desk',
    '<h1>Service Desk</h1><ul id="Messages"><li class="Customer Visible"><h3>Jordan Alvarez – question about my hours</h3>' +
      `<div class="ArticleBody">${reply}</div></li></ul>` +
      '<ul id="Metadata"><li><span class="Key">Type:</span> <span>Training Request</span></li><li><span class="Key">State:</span> <span>open</span></li></ul>',
  );
  it('reads the lines as courses: the source column is none of their values, the ticket state no application', () => {
    const read = readHtml(html, 'https://desk.example.org/customer.pl?Action=CustomerTicketZoom;TicketNumber=2026110410000031');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Bleeding Control Refresher', '2025-05-14', 2, null, null, '25-ABCD-F3-0114'],
      ['Geriatric Falls Assessment', '2025-08-02', 1.5, null, null, '25-ABCD-F3-0208'],
      ['County Protocol Review', '2025-10-19', 3, null, null, '25-1019-T3'],
      ['Agency Skills Night', '2026-02-07', 1, null, null, null],
    ]);
    expect(read.unread).toHaveLength(1);
    expect(read.person?.registryNumber).toBe('E2233445');
  });
});

describe("a school's staff training roster (guard)", () => {
  const row = (who: string, role: string, title: string, date: string, hours: string, approval: string): string =>
    `<tr><td>${who}<br><span class="small">${role}</span></td><td>${title}</td><td>${date}</td><td>${hours}</td><td>${approval}</td><td>Verified</td></tr>`;
  const html = page(
    'Professional Development Records - Staff',
    '<h2>Professional Development Records</h2><table><thead><tr><th>Staff Member<br><small>Role</small></th><th>Activity</th><th>Date</th><th>Hours</th><th>Approval #</th><th>Status</th></tr></thead><tbody>' +
      row('Lindqvist, Petra', 'Lead Instructor', 'Pediatric Assessment Update', '10/18/2026', '2.0', '26-ABCD-F1-0401') +
      row('Lindqvist, Petra', 'Lead Instructor', 'Airway Lab Refresher', '09/03/2026', '3.0', '26-ABCD-F3-0402') +
      row('Moreau, Felix', 'Clinical Coordinator', 'Regional Protocol Update', '01/14/2026', '2.5', '26-0114-T3') +
      row('Achebe, Ngozi', 'Program Director', 'High-Performance CPR', '09/30/2026', '1.5', '26-ABCD-F1-0403') +
      '</tbody></table>',
  );
  it("reads several people's courses as nobody's own list", () => {
    expect(readHtml(html, 'https://sis.example.edu/index.php?q=/modules/Staff/pd_records.php').kind).toBe('unknown');
  });
});

describe('a dashboard copied into a Q&A post', () => {
  const html = page(
    'My NREMT affiliation says Pending Approval — Ask the Region',
    '<div class="questionpage"><h1>My NREMT affiliation says "Pending Approval" — will it hold up my recert?</h1>' +
      '<div class="postbox"><div class="postbody"><p>Copied from my NREMT dashboard this morning:</p><ul>' +
      '<li><strong>Avery L. Brandt</strong></li><li>National Registry Number: E7788123</li><li>Certification Level: Emergency Medical Technician (NREMT)</li>' +
      '<li>Expiration Date: 03/31/2027</li><li>Last Recertification Date: 03/20/2025</li><li>Agency Affiliation: North Shore Ambulance — Pending Approval</li>' +
      '</ul><p>Do I need it approved before I submit?</p></div><div class="userbox">Avery Brandt · posted 12/01/2026</div></div>' +
      '<div class="postbox"><div class="postbody"><p>Yes — your Training Officer has to approve it first. Posted by the TO.</p></div><div class="userbox">Lt. Sam Ruiz · posted 12/02/2026</div></div></div>',
  );
  it('is the dashboard, not a course list', () => {
    const read = readHtml(html, 'https://ask.example.org/question/123/pending-approval');
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.certification).toEqual({ level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-03-21' });
    expect(read.agency).toEqual({ name: 'North Shore Ambulance', status: 'pending' });
  });
});

describe("a forum thread holding a pasted dashboard, its title naming the affiliation", () => {
  const post = (who: string, body: string): string =>
    `<div class="post"><div class="post-author">${who}</div><div class="post-date">December 1, 2026, 8:12 pm</div><div class="post-message">${body}</div></div>`;
  const html = page(
    'Affiliation stuck on Pending Approval (NREMT) – Forum',
    '<h1>Affiliation stuck on “Pending Approval” (NREMT)</h1><div class="pages">Page 1 of 1</div>' +
      post(
        'Robin Ostrowski',
        '<p>Here is what my dashboard shows (copied straight off nremt.org):</p><p>My Certification<br>Robin Ostrowski<br>Emergency Medical Technician (NREMT)<br>Registry Number E5566778<br>Expiration Date 03/31/2028<br>' +
          'Agency Affiliation<br>Harbor Ambulance – Pending Approval<br>Recertification CE Summary<br>National 0% · Local 0% · Individual 25%<br>Message Center<br>11/03/2026 – Your affiliation request has been sent to Harbor Ambulance.</p>',
      ) +
      post('Dana', '<p>Mine flipped to Active after two weeks.</p>') +
      '<div class="pages">Page 1 of 1</div>',
  );
  it('is the dashboard, its agency the one pasted (no pager line, no status from a reply)', () => {
    const read = readHtml(html, 'https://members.example.org/forum/topic/affiliation-stuck/');
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.agency).toEqual({ name: 'Harbor Ambulance', status: 'pending' });
  });
});

describe('a dashboard whose menu line stands where the agency would', () => {
  const html = page(
    'Dashboard - My Certification | NREMT',
    '<nav><a>Dashboard</a> <a>Manage Education</a> <a>Recertification Application</a></nav>' +
      '<div class="menu"><span class="label">Agency Affiliation</span><a>Account Settings</a></div>' +
      '<h1>Dashboard</h1><h4>My Certification</h4><dl><dt>Name</dt><dd>Tomas Varga</dd><dt>Registry Number</dt><dd>A6649201</dd><dt>Certification Level</dt><dd>Advanced EMT</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>',
  );
  it('reads no agency from the menu line', () => {
    const read = readHtml(html, 'https://www.nremt.org/dashboard');
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.agency?.name).not.toBe('Account Settings');
  });
});

describe("a split course's hours with a note after them", () => {
  const row = (title: string, topic: string, date: string, hours: string, approval: string): string =>
    `<tr><td>${title}</td><td>${topic}</td><td>${date}</td><td class="credits">${hours}</td><td>${approval}</td></tr>`;
  const html = page(
    'Manage Education · NREMT',
    '<h1>Manage Education</h1><h2>National Component</h2><table><thead><tr><th>Course</th><th>Topic</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
      row('Airway Update', 'Airway', '05/02/2026', '2.00', '26-ABCD-F3-0101') +
      row('Trauma Assessment', 'Trauma', '08/08/2026', '3.00 of 4.00<span style="display:block">split · 1.00 in State/Local</span>', '26-ABCD-F1-0380') +
      row('Stroke Care', 'Medical', '09/18/2026', '1.50', '26-ABCD-F5-0415') +
      '</tbody></table>',
  );
  it('reads the part applied here as its hours', () => {
    const read = readHtml(html, 'https://www.nremt.org/education/manage');
    expect(fields(read)).toEqual([
      ['Airway Update', '2026-05-02', 2, 'national', 'airway', '26-ABCD-F3-0101'],
      ['Trauma Assessment', '2026-08-08', 3, 'national', 'trauma', '26-ABCD-F1-0380'],
      ['Stroke Care', '2026-09-18', 1.5, 'national', 'medical', '26-ABCD-F5-0415'],
    ]);
    expect(read.courses?.[1]?.courseHours).toBe(4);
  });
});

describe('where a course counts, written with abbreviations', () => {
  it.each([
    ["Nat'l / Cardio", { component: 'national', topic: 'cardiovascular' }],
    ['Nat’l – Airway', { component: 'national', topic: 'airway' }],
    ['National - Airway, Respiration and Ventilation', { component: 'national', topic: 'airway' }],
    ['Medical, Obstetrics and Gynecology', { component: 'national', topic: 'medical' }],
    ['State/Local', { component: 'local', topic: null }],
  ])('%s', (text, expected) => {
    expect(parseAssignment(text)).toEqual(expected);
  });
});

describe('facts the writer states in sentences', () => {
  const table =
    '<table><tr><th>Date</th><th>Course</th><th>Hrs</th><th>Approval #</th></tr>' +
    '<tr><td>5/2/25</td><td>Airway Adjuncts</td><td>2</td><td>25-ABCD-F3-0101</td></tr>' +
    '<tr><td>9/9/25</td><td>Cardiac Arrest Care</td><td>1.5</td><td>25-ABCD-F3-0102</td></tr>' +
    '<tr><td>1/10/26</td><td>Trauma Triage</td><td>1</td><td>26-ABCD-F3-0103</td></tr></table>';
  it('"I last recertified on …": the cycle starts the day after', () => {
    const html = page('my CE log — a blog', `<h1>Recert season: my CE log</h1><p>My National Registry <b>Advanced EMT</b> card expires <b>March 31, 2027</b>. I last recertified on <b>March 14, 2025</b>, so anything after counts.</p>${table}`);
    const read = readHtml(html, 'https://blog.example.net/recert.html');
    expect(read.kind).toBe('nremt-education');
    expect(read.certification).toEqual({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-03-15' });
  });
  it('"… before my cycle started 04/01/2025": the cycle start inside a remark', () => {
    const html = page('notes', `<h1>CE so far (copied from my NREMT transcript)</h1>${table}<p>(the first one is from before my cycle started 04/01/2025, I know it won't count)</p>`);
    expect(readHtml(html, 'https://notes.example.net/ce').certification?.cycleStart).toBe('2025-04-01');
  });
  it('"My Advanced EMT card runs out …" and "My NREMT dashboard says Emergency Medical Technician": the level', () => {
    const card = page('where my hours stand', `<h1>Where my hours stand (copied off the NREMT transcript)</h1><p>My Advanced EMT card runs out March 31, 2027, so I copied everything into one place.</p>${table}`);
    expect(readHtml(card, 'https://blog.example.net/hours').certification?.level).toBe('aemt');
    const says = page('Is my CE on track? - Forum', `<h1>Is my CE on track?</h1><p>First cycle here. My NREMT dashboard says <strong>Emergency Medical Technician, expires 03/31/2028</strong>, cycle started <strong>04/01/2026</strong>. Here is my sheet:</p>${table.replaceAll('/25<', '/26<')}`);
    expect(readHtml(says, 'https://forum.example.net/posts/412').certification?.level).toBe('emt');
  });
});

describe('a members area signed in as a handle, the name in brackets', () => {
  const row = (date: string, title: string, hours: string, approval: string): string => `<tr><td>${date}</td><td>${title}</td><td>${hours}</td><td>${approval}</td></tr>`;
  const html = page(
    'CE log - Members Area',
    '<div id="masthead"><span class="who">Signed in as <b>mkowal</b> (Marta J. Kowalski) &middot; <a href="/logout">Log out</a></span></div>' +
      '<h3>My Continuing Education Log</h3><table><tr><th>Date Completed</th><th>Course</th><th>Hours</th><th>Approval #</th></tr>' +
      row('2026-11-18', 'Pediatric Seizures', '1.0', '26-ABCD-F3-0501') +
      row('2026-09-02', 'Tourniquet Lab', '2.0', '26-ABCD-F3-0502') +
      row('2026-06-21', 'Regional Protocols', '3.0', '26-0621-T3') +
      '</table>',
  );
  it('names the person from the brackets', () => {
    expect(readHtml(html, 'https://members.example.org/training/ce_log.php').person?.name).toBe('Marta J. Kowalski');
  });
});

describe('a table whose header ends with an empty loader column', () => {
  const row = (title: string, date: string, hours: string, category: string, approval: string): string =>
    `<tr><td class="toggle"><button aria-label="Show more"><svg viewBox="0 0 24 24"></svg></button></td><td><span class="font-semibold">${title}</span></td><td>${date}</td><td>${hours}</td><td>${category}</td><td>${approval}</td><td><button aria-label="more"></button></td></tr>`;
  const html = page(
    'CE log',
    '<h1>Continuing education</h1><table><thead><tr><th></th><th>Course</th><th>Completed</th><th>Hours</th><th>Category</th><th>Approval no.</th><th></th><th class="loader" aria-hidden="true"></th></tr></thead><tbody>' +
      row('Elder Trauma', 'Nov 20, 2026', '1.5', 'National', '26-ABCD-F3-1188') +
      row('Mechanical CPR', 'Oct 8, 2026', '2', 'National', '26-ABCD-F1-0904') +
      row('County Protocols', 'Sep 15, 2026', '3', 'Local', '26-0915-T3') +
      '</tbody></table>',
  );
  it('reads each cell under its own column (the gap is at the end, not the start)', () => {
    const read = readHtml(html, 'https://app.example.com/ce');
    expect(fields(read)).toEqual([
      ['Elder Trauma', '2026-11-20', 1.5, 'national', null, '26-ABCD-F3-1188'],
      ['Mechanical CPR', '2026-10-08', 2, 'national', null, '26-ABCD-F1-0904'],
      ['County Protocols', '2026-09-15', 3, 'local', null, '26-0915-T3'],
    ]);
  });
});

describe("a CE provider's mailed transcript", () => {
  const course = (title: string, date: string, hours: string, number: string): string =>
    `<tr><td><h3>${title}</h3><p>Completed ${date} · ${hours}<br>Course # ${number}</p></td></tr>`;
  const html = page(
    'Your CE transcript',
    '<table class="wrapper"><tr><td><h1>Your CE transcript</h1><p>Hi Rosa,</p><p><strong>Transcript for:</strong> Rosa Lindgren<br><strong>Student ID:</strong> 20418<br><strong>Period:</strong> Jan 1 – Nov 30, 2026</p></td></tr>' +
      course('Pediatric Airway Lab', 'Jan 14, 2026', '4.00 CAPCE credit hours', '26-ABCD-F1-0114') +
      course('Wide-Complex Tachycardias', 'Feb 25, 2026', '2.00 CAPCE credit hours', '26-ABCD-F5-0225') +
      course('Crew Resource Management', 'Jun 17, 2026', '1.00 CAPCE credit hour', '26-ABCD-F1-0617') +
      '</table><p>You still decide where each course goes on your NREMT Manage Education page.</p>',
  );
  it('reads the hours named with their issuer, and the name without the next label', () => {
    const read = readHtml(html, 'https://mail.example.com/t/ViewEmail/r/7E3A');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Pediatric Airway Lab', '2026-01-14', 4, null, null, '26-ABCD-F1-0114'],
      ['Wide-Complex Tachycardias', '2026-02-25', 2, null, null, '26-ABCD-F5-0225'],
      ['Crew Resource Management', '2026-06-17', 1, null, null, '26-ABCD-F1-0617'],
    ]);
    expect(read.person?.name).toBe('Rosa Lindgren');
  });
});

describe('a group chat where the person pastes one row per message', () => {
  const message = (who: string, text: string): string =>
    `<li><small>03.12.2026</small><div><a class="label" href="#">${who}</a><span class="spacer">▸</span>${text}</div></li>`;
  const html = page(
    'crew chat',
    '<div id="chat"><ul class="messages">' +
      message('lt.ramos', 'if you expire 3/31/2027 post your NREMT list here and I will check it') +
      message('kim.ng', 'ok here is mine, copied from my NREMT transcript') +
      message('kim.ng', 'Kim A. Ng / EMT / reg # E4471093 / exp 03/31/2028') +
      message('kim.ng', '02/21/2026 | 4.00 | 26-ABCD-F1-0015 | National - Trauma | PHTLS Refresher') +
      message('kim.ng', '04/18/2026 | 2.00 | 26-ABCD-F3-0102 | National - Airway | Oxygen Delivery Update') +
      message('kim.ng', '05/27/2026 | 1.50 | 26-0527-T3 | Local | State Protocols 2026') +
      '</ul></div>',
  );
  it('titles each course with its own words, not the sender', () => {
    const read = readHtml(html, 'https://chat.example.org/crew/');
    expect((read.courses ?? []).map((course) => course.title)).toEqual(['PHTLS Refresher', 'Oxygen Delivery Update', 'State Protocols 2026']);
  });
});

describe("a forum thread whose first post pastes the reader's application page", () => {
  const post = (who: string, body: string): string =>
    `<div class="forum-post"><div class="author">${who}</div><div class="meta">4 days ago · Quote · Report</div><div class="post-body">${body}</div></div>`;
  const html = page(
    'Paid $30 on NREMT but status still says Not Submitted? - Forums',
    '<div class="navbar"><span>mjoyce</span> <a>Settings</a> <a>Logout</a></div><h1>Paid $30 on NREMT but status still says Not Submitted?</h1>' +
      post(
        'mjoyce<br>Member',
        "<p>I did everything on NREMT for my recert and paid the $30, but the status still says Not Submitted. Here's what my application page looks like (copied straight off the page):</p>" +
          '<p>Recertification Application<br>Morgan Joyce - National Registry # E2716540<br>Nationally Registered EMT - Expiration Date 03/31/2027<br>Application Status: Not Submitted<br>Continuing Education - Complete<br>Make Payment - Paid $30.00 (11/18/2026)<br>Submit - Not Started</p>',
      ) +
      post('lt_okonkwo<br>Training Officer', '<p>Yes, click Submit Application. Paying does not submit it.</p>') +
      post('mjoyce<br>Member', '<p>Thanks, doing it tonight.</p>'),
  );
  it('is her application, not submitted', () => {
    const read = readHtml(html, 'https://forum.example.org/topic/142-paid-30/');
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe('not-submitted');
  });
});

describe('an agency stated with its status and a remark', () => {
  it('in brackets that run past a sentence\'s cut ("… TO is Sgt. Pereira)")', () => {
    const html = page('recert notes', '<h1>Recert notes</h1><p>Certification: Advanced EMT (NRAEMT), expires 03/31/2027</p><p>Agency: Cape Ann Regional EMS (affiliation active, TO is Sgt. Pereira)</p><h2>Recertification Application</h2><p>Application Status: In Progress</p>');
    expect(readHtml(html, 'https://notes.example.net/recert').agency).toEqual({ name: 'Cape Ann Regional EMS', status: 'active' });
  });
  it('after a dash, a bracketed remark after the status', () => {
    const html = page(
      'NREMT Dashboard',
      '<h1>Dashboard</h1><h2>My Certification</h2><ul><li>Name: Priya Raman</li><li>Certification Level: Emergency Medical Technician</li><li>Registry Number: E1234567</li><li>Expiration Date: 03/31/2028</li></ul>' +
        '<h2>Agency Affiliation</h2><ul><li>Hampden County Ambulance — <strong>Pending Approval</strong> (request sent 11/12/2026)</li></ul>',
    );
    expect(readHtml(html, 'https://www.nremt.org/dashboard').agency).toEqual({ name: 'Hampden County Ambulance', status: 'pending' });
  });
});

describe("a CI job's log holding a CE list", () => {
  const html = page(
    'Job #4412 - Travis CI',
    '<pre id="log">Build system information\nBuild language: python\nBuild id: 278841906\nJob id: 628904117\n$ python ce.py\nProvider : Jordan T. Morrissey    NREMT # P5129384\nLevel    : Paramedic (NRP)   Expires 03/31/2028\n' +
      'completed   hours  approval          title\n2026-04-09  2.00   26-ABCD-F1-0120   Airway Management Update\n2026-05-02  4.00   26-ABCD-F1-0347   ACLS Recertification\n2026-06-13  1.50   26-ABCD-F3-0512   Sepsis Screening\n</pre>',
  );
  it('takes the registry number the line names, not the build id', () => {
    expect(readHtml(html, 'https://app.travis-ci.com/github/jmorrissey/ce/jobs/628904117').person?.registryNumber).toBe('P5129384');
  });
});

describe("a docs page's strip of the certification's facts above its course tables", () => {
  const table = (heading: string, rows: string[][]): string =>
    `<h2>${heading}</h2><table><thead><tr><th>Course</th><th>Date</th><th>Hours</th><th>Approval</th></tr></thead><tbody>${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const html = page(
    'Manage Education | my notes',
    '<article><h1>Manage Education</h1><p><strong>Advanced EMT</strong> · — expires 03/31/2027 · Recert cycle: 04/01/2025 – 03/31/2027 · Requirement: 25 National / 12.5 State-Local / 12.5 Individual = 50 hours</p>' +
      table('National – Airway', [['Airway Adjuncts', '05/02/2025', '2.0', '25-ABCD-F3-0101'], ['CPAP Review', '09/10/2025', '1.0', '25-ABCD-F3-0102']]) +
      table('State/Local', [['County Protocols', '10/19/2025', '3.0', '25-1019-T3']]) +
      '</article>',
  );
  it('reads the strip as the page\'s facts, no unread course', () => {
    const read = readHtml(html, 'https://notes.example.net/docs/manage-education/');
    expect(read.courses).toHaveLength(3);
    expect(read.unread).toEqual([]);
  });
});

describe('a browse form drawing each column title and cell as a line of its own', () => {
  const cells = (...values: string[]): string => values.map((value) => `<div class="nuCell">${value}</div>`).join('');
  const html = page(
    'Cape Ann EMS — Training Records',
    '<div id="nuBrowse"><div id="btitle">' +
      ['Course', 'Completed', 'CEH', 'Approval No.'].map((title, at) => `<div class="nuBrowseTitle"><span class="nuSort" onclick="nuSortBrowse(${at})">${title}</span><div class="nuDragLineV"></div></div>`).join('') +
      '</div>' +
      cells('Pediatric Respiratory Emergencies', '21-Nov-2026', '3.00', '26-ABCD-F1-0047') +
      cells('Monitor In-Service', '06-Nov-2026', '1.00', 'MA OEMS T26-1102') +
      cells('Street Drug Toxicology', '19-Oct-2026', '2.00', '26-ABCD-F3-0415') +
      '</div>',
  );
  it('reads its records under the titles: "Completed" says they are completions', () => {
    const read = readHtml(html, 'https://records.example.org/index.php');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Pediatric Respiratory Emergencies', '2026-11-21', 3, null, null, '26-ABCD-F1-0047'],
      ['Monitor In-Service', '2026-11-06', 1, null, null, 'T26-1102'],
      ['Street Drug Toxicology', '2026-10-19', 2, null, null, '26-ABCD-F3-0415'],
    ]);
  });
});

describe("a dashboard's menu naming the agency page before another page", () => {
  const html = page(
    'Dashboard · My Certification',
    '<nav><a>Dashboard</a><a>Transcript</a><a>Manage Education</a><a>Recertification Application</a><dl><dt>Agency Affiliations</dt><dd>Documents &amp; Cards</dd></dl></nav>' +
      '<h1>Dashboard</h1><h2>Certification</h2><dl><dt>Name</dt><dd>Marisol Varga</dd><dt>Registry Number</dt><dd>P7788123</dd><dt>Certification Level</dt><dd>Paramedic</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>',
  );
  it('reads no agency from the menu', () => {
    expect(readHtml(html, 'https://www.nremt.org/dashboard').agency?.name).not.toBe('Documents & Cards');
  });
});

describe("a community thread where another member posts their list (guard)", () => {
  const post = (who: string, when: string, body: string): string => `<div class="post"><div class="author">${who}</div><div class="date">${when}</div><div class="body">${body}</div></div>`;
  const html = page(
    'Which of these count for my AEMT recert? | EMS Community',
    '<header><nav><a>Home</a> <a>Content</a> <a>People</a> <a>Inbox</a> <a class="user">Robin Castillo</a></nav></header><h1>Which of these count for my AEMT recert?</h1>' +
      post(
        'Chris Delacroix',
        'Dec 2, 2026 9:14 PM',
        "<p>My AEMT expires 03/31/2027. Here's my list copied out of my NREMT transcript:</p><table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th></tr>" +
          '<tr><td>Airway Update</td><td>04/26/2025</td><td>2.0</td><td>25-ABCD-F3-0117</td></tr><tr><td>Cardiology Review</td><td>09/13/2025</td><td>3.0</td><td>25-ABCD-F2-0250</td></tr><tr><td>Trauma in the Elderly</td><td>03/07/2026</td><td>2.0</td><td>26-ABCD-F3-0062</td></tr></table>',
      ) +
      post('Kerry Doyle, NRP', 'Dec 3, 2026 7:40 AM', '<p>Those all look fine to me.</p>'),
  );
  it("is not the signed-in reader's list", () => {
    expect(readHtml(html, 'https://community.example.org/thread/48213').kind).toBe('unknown');
  });
});

describe('lines that are no person', () => {
  it('a mail\'s "Mark Unread" control', () => {
    const mail = page(
      'Sent - webmail',
      '<div class="toolbar"><a>Reply</a> <a>Forward</a> <a>Mark Unread</a></div><h2>Recertification application for sign-off</h2><p>Here is my application page:</p><p>Recertification Application<br>Application Status: Pending Training Officer Sign Off<br>Make Payment - Paid $30.00</p>',
    );
    expect(readHtml(mail, 'https://mail.example.org/?_task=mail&_uid=12').person?.name).not.toBe('Mark Unread');
  });
  it('"I\'m a Nationally Registered Paramedic working in …": the level', () => {
    const html = page(
      'Where my CE stands',
      "<h1>Where my paramedic CE stands</h1><p>Quick context for anyone who found this from the regional forum's thread on recertification season this year: I'm a Nationally Registered Paramedic working in Massachusetts. My current certification expires <strong>March 31, 2027</strong>.</p>" +
        '<table><tr><th>Date</th><th>Course</th><th>Hours</th><th>Approval #</th></tr><tr><td>5/2/25</td><td>Airway Adjuncts</td><td>2</td><td>25-ABCD-F3-0101</td></tr><tr><td>9/9/25</td><td>Cardiac Arrest Care</td><td>1.5</td><td>25-ABCD-F3-0102</td></tr><tr><td>1/10/26</td><td>Trauma Triage</td><td>1</td><td>26-ABCD-F3-0103</td></tr></table>',
    );
    expect(readHtml(html, 'https://blog.example.net/ce-stands').certification?.level).toBe('paramedic');
  });
});

describe("a code host's blame view of a text copy of Manage Education", () => {
  const row = (moment: string, author: string, n: number, line: string): string =>
    `<tr><td class="date">${moment ? `<a title="commit" class="commitTip">${moment}</a>` : ''}</td><td class="author">${author}</td><td class="num"><a id="l${n}" class="linenr">${n}</a></td><td class="codeline">${line}</td></tr>`;
  const html = page(
    'ems-notes.git/blame - GitPHP',
    '<div class="page_path">ems-notes.git / recert / manage-education.txt</div><table class="code">' +
      row('2025-06-03 21:14:52', 'Ana Ruiz', 1, 'NREMT Training Profile - copied from Manage Education (nremt.org)') +
      row('2026-11-28 22:31:05', 'Ana Ruiz', 2, 'Last copied: 11/28/2026 after moving a class to Local') +
      row('2025-06-03 21:14:52', 'Ana Ruiz', 3, 'NATIONAL COMPONENT (25.00 hours)       21.50 / 25.00') +
      row('', '', 4, '  Airway, Respiration &amp; Ventilation        5.00 / 5.00') +
      row('2025-06-03 21:14:52', 'Ana Ruiz', 5, '    06/02/2025  Advanced Airway Adjuncts            3.00  25-ABCD-F1-0214') +
      row('2025-12-04 19:02:10', 'Ana Ruiz', 6, '    09/17/2025  Capnography in Distress             2.00  25-ABCD-F3-0644') +
      row('', '', 7, '    11/02/2026  Stroke Scale Update                 1.00  pending') +
      row('', '', 8, '    07/11/2026  Behavioral Emergencies              TBD   26-ABCD-F3-0899') +
      '</table>',
  );
  it("reads the file's lines as the courses, not the commits' moments, authors and line numbers", () => {
    const read = readHtml(html, 'https://git.example.org/gitphp/index.php?p=ems-notes.git&a=blame&f=recert/manage-education.txt');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Advanced Airway Adjuncts', '2025-06-02', 3, 'national', 'airway', '25-ABCD-F1-0214'],
      ['Capnography in Distress', '2025-09-17', 2, 'national', 'airway', '25-ABCD-F3-0644'],
      ['Stroke Scale Update', '2026-11-02', 1, 'national', 'airway', null],
    ]);
    expect(read.unread).toHaveLength(1);
  });
});

describe("a provider's support chat where the person pastes their own transcript", () => {
  const agent = (text: string, time: string): string => `<div class="message-row"><div class="usr-tit"><i class="material-icons">account_box</i>Karen L.</div><div class="msg-body">${text}</div><div class="msg-date">${time}</div></div>`;
  const mine = (text: string, time: string): string => `<div class="message-row response"><div class="msg-body">${text}</div><div class="msg-date">${time}</div></div>`;
  const html = page(
    'Live Support - Bay State EMS Academy',
    '<div id="widget-layout"><div class="header">Bay State EMS Academy · Student Support</div><div id="messagesBlock">' +
      mine('Hi, I never got a CAPCE number for one class and my TO says it will not count without one', '10:38:04') +
      agent('Hi! Can you paste what your NREMT transcript shows so I can match it to our roster?', '10:38:51') +
      mine(
        'sure, this is straight off my transcript page:<br>Course Title Date Completed Hours Approval Number<br>Trauma Triage Update 11/03/2026 2.00 —<br>' +
          'Cardiac Emergencies 08/14/2026 3.00 26-ABCD-F1-0602<br>Sepsis Recognition 05/19/2026 1.50 26-ABCD-F3-0388<br>Pediatric Trauma Assessment 01/11/2026 2.00 26-ABCD-F5-0017',
        '10:41:12',
      ) +
      agent('Found you on the roster. I am emailing the certificate now.', '10:45:02') +
      '</div></div>',
  );
  it('reads the list as theirs', () => {
    const read = readHtml(html, 'https://support.example.org/index.php/chat/start/(id)/48207');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(4);
  });
});
