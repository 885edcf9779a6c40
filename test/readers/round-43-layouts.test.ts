// Round 43's layouts, each written here in its own words (after set 129 was measured):
// - a blog's comment widget read signed out (its "Log in" offered), each comment under its author's
//   name and "N days ago" on the next line, one commenter pasting her courses run together: hers,
//   nobody's for the reader;
// - a help desk ticket whose reply box (its text area hidden while it previews) shows the reader's
//   pasted application status below a staff member's reply: the reader's own application, not theirs
//   (the box is told by its label, "Add a comment", which the scan reads with the text area's source);
// - a forum post's code block of a transcript copied with its tabs, its header row with it: the
//   header row is the column titles, neither a course nor an unread row; "User Control Panel" in the
//   forum's bar is no person;
// - a document whose own metadata says "Expires: 1 June 2027" above the cycle "1 April 2025 to 31
//   March 2027": certifications expire March 31, so the cycle's end is the expiration;
// - eLicensing's "Licenses for <name>" over the license table names the licensee; a footer's "Coded by
//   <maker>" link is no second name beside the top bar's.
// (after sets 130 to 132 were measured)
// - a push notification holding the Transcript a cell per line, its column titles a line each, the
//   date's first: each date opens its course;
// - a chat message holding the application pasted as rich text whose cells ran together
//   ("Recertification ApplicationDana R. OkaforRegistry #: …"): cut where the cells meet;
// - a code view's OEMS number, its T marker in an element of its own: one number;
// - a list group's course title with the source's badge ("CAPCE") after it: the title alone;
// - a feed reader's council bulletin offering "open seats in our classes" over a table of them: nobody's;
// - a direct message's tab-separated Transcript with its "Total Hours: 14.25" and its buttons after
//   the last row: the last course as shown, the total and the buttons no course nor unread row;
// - a CMS's list of course posts, each row's Date cell "Published 2026/11/22 at 9:02 pm": no unread row;
// - a feedback board read signed out ("Log in / Sign up"), each post under its author's name with
//   its date below it: a member's pasted transcript is theirs, nobody's for the reader;
// - a dashboard pasted into a chat, its agency's line run on into the section's action
//   ("… – Pending Approval    Add or Remove Agency Affiliation"): the agency, pending.
// (after sets 133 and 134 were measured)
// - a code editor's HTML export of a CE log, a <span> per line inside its <pre> drawn as a block by
//   the page's stylesheet: `recert` breaks the lines where the browser does;
// - (a page-layout tool's text box, a course a paragraph, its values set apart by tab runs the record
//   finder sends as two spaces, the date first: the title between the values is the title. Set 133's
//   iWeb page; written here in other words the record finder takes the paragraphs for lines of text,
//   which line-records reads otherwise, so no case of our own shows the change: set 133's floor guards it)
// - a ticket's markdown table run on in one paragraph: a row each, an empty cell kept in its place;
// - an open-data portal's preview of a dataset of course offerings ("offered_on"): nobody's list.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

describe("a blog's comment widget read signed out", () => {
  const page = (signIn: string) =>
    '<!DOCTYPE html><html><head><title>Recert season is here | Harbor Medic Notes</title></head><body>' +
    '<header><a href="/">Harbor Medic Notes</a></header><main><article><h1>Recert season is here</h1>' +
    '<p>The window is open. Pay and then actually press Submit Application, and do eLicensing after.</p></article>' +
    '<section class="comments"><h3>3 Comments</h3>' +
    signIn +
    '<div class="comment"><div class="who">Marta V.</div><div class="when">4 days ago</div>' +
    '<p>Quick sanity check on my list, I copied it off my NREMT transcript: Abdominal Pain Assessment 01/14/2026 1.50 CAPCE 26-ABD-F3-0114 ' +
    'Bariatric Lifting 03/02/2026 2.00 OEMS 26-0302-T Pediatric Fever Calls 05/19/2026 1.00 CAPCE 26-PFC-F3-0519 Anything missing?</p>' +
    '<a href="#">Reply</a></div>' +
    '<div class="comment"><div class="who">Harbor Medic</div><div class="when">Author · 3 days ago</div>' +
    '<p>Looks fine to me, check your local hours though.</p><a href="#">Reply</a></div>' +
    '<div class="comment"><div class="who">Deshawn K. (Medic, Quincy)</div><div class="when">2 days ago</div>' +
    '<p>Same boat, thanks for the reminder.</p><a href="#">Reply</a></div>' +
    '<h3>Leave a comment</h3><form><textarea aria-label="Comment"></textarea><button>Post Comment</button></form></section></main></body></html>';
  it("reads a commenter's pasted courses as nobody's where the page offers to log in", () => {
    const read = readHtml(page('<div class="login"><a href="#">Log in</a> <a href="#">Google</a> <a href="#">Facebook</a></div>'));
    expect(read.kind).toBe('unknown');
    expect(read.courses).toBeUndefined();
  });
  it('without a sign-in offer, the bylines alone do not make the page nobody\'s', () => {
    expect(readHtml(page('')).kind).toBe('nremt-education');
  });
});

describe("a help desk ticket's reply box previewing the reader's pasted application", () => {
  const html =
    '<!DOCTYPE html><html><head><title>Ticket 5120: TO sign-off for NREMT · Station Desk</title></head><body>' +
    '<nav><a href="/">Station Desk</a> <a href="/t">Tickets</a> <a href="/logout">Sign out (mbrandt)</a></nav>' +
    '<main><h3>Ticket 5120: TO sign-off for NREMT</h3>' +
    '<div class="post"><div class="meta">Mara Brandt · Dec 1, 2026 6:40 PM</div><p>Submitted my recert, can you sign off? Status page coming next.</p></div>' +
    '<div class="post"><div class="meta">Lt. P. Osei · Dec 2, 2026 7:15 AM</div><p>Sure. Remember the state renewal is separate.</p></div>' +
    '<form><label for="reply">Add a comment</label><textarea id="reply" style="display: none">Here\'s my status page, copied off nremt.org: ``` Recertification Application … ```</textarea>' +
    '<div class="preview"><p>Here\'s my status page, copied off nremt.org:</p><pre><code>' +
    'Recertification Application\n' +
    'Mara Brandt                         Registry # E7712045\n' +
    'Emergency Medical Technician        Expiration Date 03/31/2027\n\n' +
    'Section                             Status\n' +
    '----------------------------------  --------------------\n' +
    'Continuing Education                Complete\n' +
    'Make Payment                        Paid 12/01/2026\n' +
    'Submit                              Submitted 12/01/2026\n\n' +
    'Application Status: Pending Training Officer Sign Off\n' +
    '</code></pre></div><button>Post comment</button></form></main></body></html>';
  it("reads the reader's own application, its status submitted", () => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-application');
    expect(read.person?.registryNumber).toBe('E7712045');
    expect(read.application?.status).toBe('submitted');
  });
});

describe("a forum post's code block of a transcript copied with its tabs", () => {
  const rows = [
    ['Course Name', 'Date Completed', 'Credit Hours', 'Approval #', 'Entered By'],
    ['Airway Suctioning Skills', '02/03/2026', '1.00', '26-SUC-F3-0203', 'CAPCE Import'],
    ['Seizure Management', '04/11/2026', '2.00', '26-0411-T', 'Manual Entry'],
    ['Water Rescue Awareness', '06/21/2026', '', '26-WRA-F1-0621', 'Manual Entry'],
    ['Crew Resource Management', '08/08/2026', '1.50', '26-CRM-F1-0808', 'CAPCE Import'],
  ];
  const html =
    '<!DOCTYPE html><html><head><title>Post a reply - Berkshire EMS Board</title></head><body>' +
    '<div class="navbar">Board index Search User Control Panel Logout [ rkowal ]</div><h2>Post a reply</h2>' +
    '<p>This is my transcript, copied from the NREMT Transcript page:</p>' +
    `<pre><code>${rows.map((cells) => cells.join('\t')).join('\n')}</code></pre>` +
    '<p>The water rescue one has no hours yet.</p></body></html>';
  it('reads the header row as the column titles: neither a course nor an unread row', () => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.hours])).toEqual([
      ['Airway Suctioning Skills', 1],
      ['Seizure Management', 2],
      ['Crew Resource Management', 1.5],
    ]);
    expect(read.unread?.map((row) => row.text)).toEqual([expect.stringContaining('Water Rescue Awareness')]);
  });
  it("reads no person from the forum's User Control Panel link", () => {
    expect(readHtml(html).person?.name).toBeUndefined();
  });
});

describe("a document whose own metadata gives it an expiry date", () => {
  const page = (cycle: string) =>
    '<!DOCTYPE html><html><head><title>CE log for the current cycle</title></head><body>' +
    '<dl><dt>Status:</dt><dd>Informational</dd><dt>Expires:</dt><dd>1 June 2027</dd><dt>Author:</dt><dd>P. Nakamura</dd></dl>' +
    '<h1>A Continuing Education Log</h1><p>The courses one EMT entered on the National Registry transcript.</p>' +
    cycle +
    '<table><thead><tr><th>Course</th><th>Hours</th><th>Approval</th><th>Completed</th></tr></thead><tbody>' +
    '<tr><td>Childbirth in the Field</td><td>2.0</td><td>CAPCE 26-OBS-F3-0115</td><td>15 January 2026</td></tr>' +
    '<tr><td>Scene Size-Up Drills</td><td>1.0</td><td>OEMS 26-0320-T</td><td>20 March 2026</td></tr>' +
    '<tr><td>Head Injury Triage</td><td>1.5</td><td>CAPCE 26-HIT-F3-0702</td><td>2 July 2026</td></tr>' +
    '</tbody></table></body></html>';
  it("takes the cycle's March 31 end as the expiration, not the document's own date", () => {
    const read = readHtml(page('<dl><dt>Registry Number:</dt><dd>E3301178</dd><dt>Cycle:</dt><dd>1 April 2025 to 31 March 2027</dd></dl>'));
    expect(read.certification?.expiresOn).toBe('2027-03-31');
    expect(read.certification?.cycleStart).toBe('2025-04-01');
  });
  it('keeps the labelled date where the page states no other', () => {
    expect(readHtml(page('')).certification?.expiresOn).toBe('2027-06-01');
  });
});

describe("eLicensing's license list under the licensee's name, a theme's credits in the footer", () => {
  const page = (heading: string, bar: string) =>
    '<!DOCTYPE html><html><head><title>Manage My Licenses and Applications | Health Professions Licensing</title></head><body>' +
    `<header><span>Health Professions Licensing</span>${bar}<a href="#">My Profile</a> <a href="#">Sign Out</a></header>` +
    `<main><h2>${heading}</h2><div role="table"><div role="row"><span role="columnheader">License Number</span><span role="columnheader">License Status</span><span role="columnheader">Expiration Date</span></div>` +
    '<div role="row"><span role="cell">P771204</span><span role="cell">Current</span><span role="cell">03/31/2027</span></div></div></main>' +
    '<footer><p>© 2026 Commonwealth of Massachusetts. Designed by <a href="#">Studio Nine</a>. Coded by <a href="#">Harold Quince</a>.</p></footer></body></html>';
  it('reads the licensee from "Licenses for <name>"', () => {
    const read = readHtml(page('Licenses for Teodora M. Vasquez-Lind', ''), 'https://healthprofessionlicensing.mass.gov/');
    expect(read.person?.name).toBe('Teodora M. Vasquez-Lind');
  });
  it("reads the top bar's name, the footer's maker no second name", () => {
    const read = readHtml(page('My Licenses', '<span>Teodora Vasquez-Lind</span>'), 'https://healthprofessionlicensing.mass.gov/');
    expect(read.person?.name).toBe('Teodora Vasquez-Lind');
  });
});

describe('a push notification holding the Transcript a cell per line, its column titles a line each', () => {
  const cells = ['Date Completed', 'Course', 'Hours', 'Approval Number', '03/14/2026', 'Burn Management', '1.5', 'CAPCE 26-BRN-F3-0314', '06/02/2026', 'Tourniquet Skills Refresher', '1.0', 'OEMS # 26-0602-T', '09/21/2026', 'Neonatal Resuscitation', '2.0', 'CAPCE 26-NRP-F5-0921'];
  const html =
    '<!DOCTYPE html><html><head><title>Notify · Messages</title></head><body><div id="messages"><div class="message">' +
    '<div class="date">Dec 4, 8:10 PM</div><div class="title">my CE list</div>' +
    `<div class="body">${cells.join('<br>')}</div><div class="meta">sent from the web</div></div></div></body></html>`;
  it('opens each course at its date', () => {
    expect(readHtml(html).courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Burn Management', '2026-03-14', 1.5],
      ['Tourniquet Skills Refresher', '2026-06-02', 1],
      ['Neonatal Resuscitation', '2026-09-21', 2],
    ]);
  });
});

describe("a chat message holding the application pasted as rich text, its cells run together", () => {
  const html =
    '<!DOCTYPE html><html><head><title>Recert question - Crew Chat</title></head><body><main>' +
    '<div class="comment"><div class="author">Dana Okafor</div><div class="time">Dec 3</div><div class="text">' +
    '<p>paid tonight, my application page says this (copied it):</p>' +
    '<p>Recertification ApplicationDana R. OkaforRegistry #: E4471920Emergency Medical TechnicianExpires 03/31/2027</p>' +
    '<p>Continuing EducationCompleteView</p><p>Make PaymentPaid 12/03/2026Receipt</p><p>SubmitNot StartedStart</p>' +
    '<p>Application Status: Not SubmittedYour application is not submitted until you click Submit Application.</p>' +
    '</div></div></main></body></html>';
  it('reads the person and the certification where the cells meet', () => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-application');
    expect(read.person).toEqual({ name: 'Dana R. Okafor', registryNumber: 'E4471920' });
    expect(read.certification).toEqual({ level: 'emt', expiresOn: '2027-03-31' });
  });
});

describe("a code view's OEMS number, its T marker in an element of its own", () => {
  const row = (date: string, title: string, hours: string, number: string) => `<li><b>${date}</b> ${title} &mdash; ${hours} h &mdash; <code><span class="kw">OEMS</span> ${number}<span class="kw">T</span></code></li>`;
  const html =
    '<!DOCTYPE html><html><head><title>CE log</title></head><body><h1>My NREMT CE log</h1><ul>' +
    row('2026-02-10', 'Pediatric Burns', '2', '26-0210-') + row('2026-04-18', 'Water Rescue Basics', '1.5', '26-0418-') + row('2026-07-07', 'Heat Emergencies', '1', '26-0707-') +
    '</ul></body></html>';
  it('reads the number with its marker', () => {
    expect(readHtml(html).courses?.map((course) => course.approvalNumber)).toEqual(['26-0210-T', '26-0418-T', '26-0707-T']);
  });
});

describe("a list group's course title with the source's badge after it", () => {
  const item = (title: string, badge: string, line: string) => `<a class="list-group-item" href="#"><h4 class="list-group-item-heading">${title} <span class="label">${badge}</span></h4><p>${line}</p></a>`;
  const html =
    '<!DOCTYPE html><html><head><title>Transcript</title></head><body><h2>Transcript</h2><div class="list-group">' +
    item('Trauma Triage Update', 'CAPCE', 'Completed 02/02/2026 · 2 credits · 26-TTU-F3-0202') +
    item('Protocols Review Night', 'OEMS', 'Completed 05/05/2026 · 3 credits · OEMS #26-0505-T') +
    item('Airway Pressure Monitoring', 'CAPCE', 'Completed 08/08/2026 · 1.5 credits · 26-APM-F1-0808') +
    '</div></body></html>';
  it('reads the title alone', () => {
    expect(readHtml(html).courses?.map((course) => course.title)).toEqual(['Trauma Triage Update', 'Protocols Review Night', 'Airway Pressure Monitoring']);
  });
});

describe("a feed reader's council bulletin offering open seats in its classes", () => {
  const html =
    '<!DOCTYPE html><html><head><title>FeedRead</title></head><body><div class="story">' +
    '<div class="story-title">January Bulletin: Winter CE and Recert Reminders</div><div class="story-date">Monday, January 4, 2027</div>' +
    '<p>Providers expiring March 31, 2027: the recommended completion date is February 15.</p>' +
    "<p>Open seats in the region's winter classes (registration on the region's site):</p>" +
    '<table><tr><th>Class</th><th>Date</th><th>Hours</th><th>Approval</th></tr>' +
    '<tr><td>Childbirth Emergencies</td><td>01/16/2027</td><td>2.0</td><td>CAPCE 27-REG-F5-0016</td></tr>' +
    '<tr><td>Cold Water Rescue</td><td>01/30/2027</td><td>3.0</td><td>OEMS 27-0030-T</td></tr>' +
    '<tr><td>Protocol Update</td><td>02/06/2027</td><td>2.0</td><td>OEMS 27-0037-T</td></tr></table></div></body></html>';
  it("is nobody's list", () => {
    expect(readHtml(html).kind).toBe('unknown');
  });
  it("a writer's own plan to sign up for classes, beside their pasted list, makes it nobody's no more", () => {
    const own =
      '<!DOCTYPE html><html><head><title>Do these count? - EMS Q&amp;A</title></head><body><h1>Do these count toward my NREMT recert?</h1>' +
      '<p>I copied my NREMT transcript table and pasted it in. I want to make sure before I sign up for more classes.</p>' +
      '<table><tr><th>Course Title</th><th>Date Completed</th><th>Credit Hours</th><th>Approval #</th></tr>' +
      '<tr><td>Wound Care</td><td>10/14/2025</td><td>2.00</td><td>25-WND-F3-1014</td></tr>' +
      '<tr><td>Bariatric Transport</td><td>01/09/2026</td><td>1.00</td><td>26-0109-T</td></tr>' +
      '<tr><td>Allergic Reactions</td><td>04/22/2026</td><td>1.50</td><td>26-ALG-F3-0422</td></tr></table></body></html>';
    expect(readHtml(own).kind).toBe('nremt-education');
  });
});

describe("a direct message's tab-separated Transcript with its total and buttons after the last row", () => {
  const lines = [
    'Transcript',
    'Course Title\tDate Completed\tHours\tApproval Number',
    'Shock Recognition\t10/02/2026\t1.50\t26-SHK-F3-1002',
    'Hazmat Awareness\t08/15/2026\t2.00\t26-0815-T',
    'Spinal Care Update\t03/11/2026\t1.00\t26-0311-T',
    'Total Hours: 4.50',
    'Import CAPCE Courses\tAdd Course',
  ];
  const html =
    '<!DOCTYPE html><html><head><title>Direct · Messages</title></head><body><div class="thread">' +
    "<div class=\"msg\">here's my transcript straight off the registry site</div>" +
    `<div class="msg"><pre>${lines.join('\n')}</pre></div></div></body></html>`;
  it('reads the last course as shown, the total and the buttons as none', () => {
    const read = readHtml(html);
    expect(read.courses?.map((course) => [course.title, course.hours, course.approvalNumber])).toEqual([
      ['Shock Recognition', 1.5, '26-SHK-F3-1002'],
      ['Hazmat Awareness', 2, '26-0815-T'],
      ['Spinal Care Update', 1, '26-0311-T'],
    ]);
    expect(read.unread ?? []).toEqual([]);
  });
});

describe("a CMS's list of course posts, each row's Date cell its publishing stamp", () => {
  const row = (title: string, completed: string, hours: string, number: string, stamp: string) =>
    `<tr><td class="title column-title"><strong><a href="#">${title}</a></strong><div class="row-actions"><span class="edit"><a href="#">Edit</a> | </span><span class="trash"><a href="#">Trash</a></span></div></td>` +
    `<td>${completed}</td><td>${hours}</td><td>${number}</td><td class="date column-date">Published<br>${stamp}</td></tr>`;
  const html =
    '<!DOCTYPE html><html><head><title>CE Courses ‹ My CE Log — WordPress</title></head><body><div class="wrap"><h1 class="wp-heading-inline">CE Courses</h1>' +
    '<table class="wp-list-table widefat fixed striped posts"><thead><tr><th>Title</th><th>Completed</th><th>Credits</th><th>Approval No.</th><th>Date</th></tr></thead><tbody>' +
    row('Sepsis Screening', '11/20/2026', '1.5', 'CAPCE 26-SEP-F3-1120', '2026/11/22 at 9:02 pm') +
    row('Mass Casualty Drill', '10/28/2026', '3', 'OEMS 26-1028-T', '2026/10/30 at 9:02 pm') +
    row('Pediatric Airway', '10/01/2026', '2', 'CAPCE 26-PAW-F3-1001', '2026/10/04 at 9:02 pm') +
    '</tbody></table></div></body></html>';
  it('reads the courses and no unread row', () => {
    const read = readHtml(html);
    expect(read.courses?.map((course) => course.title)).toEqual(['Sepsis Screening', 'Mass Casualty Drill', 'Pediatric Airway']);
    expect(read.unread ?? []).toEqual([]);
  });
});

describe('a feedback board read signed out, each post under its author with its date below it', () => {
  const html =
    '<!DOCTYPE html><html><head><title>CSV export please | Ideas | Coastal CE</title></head><body>' +
    '<header><a href="/">Coastal CE</a> <a href="/roadmap">Roadmap</a> <span class="auth">Log in / Sign up</span></header>' +
    '<main><h1>CSV export please</h1>' +
    '<div class="post"><div class="author">Morgan Hale</div><div class="body"><pre>Every cycle I retype my courses into NREMT. This is my transcript as it copies:\n' +
    'Scene Safety Basics    2/11/2026    2.0    26-CCE-F1-0211\nChest Trauma    4/20/2026    1.5    26-CCE-F3-0420\nOB Emergencies    6/09/2026    1.0    26-0609-T</pre></div>' +
    '<div class="meta">December 1, 2026 · 2 comments</div></div>' +
    '<div class="comment"><div class="author">Priya Desai</div><div class="body">+1, same here</div><div class="meta">December 2, 2026 · Like · Reply</div></div>' +
    '</main></body></html>';
  it("reads a member's pasted transcript as nobody's", () => {
    expect(readHtml(html).kind).toBe('unknown');
  });
});

describe('a dashboard pasted into a chat, its agency line run on into the section action', () => {
  const text = [
    'Welcome, Rosa Lindqvist',
    'National Registry Emergency Medical Technician',
    'Registry Number: E5120934',
    'Expiration Date: 03/31/2027',
    'Agency Affiliation',
    'Harbor Fire Department – Pending Approval    Add or Remove Agency Affiliation',
    'Message Center',
    '11/02/2026  Your recertification window is open.',
  ].join('\n');
  const html =
    '<!DOCTYPE html><html><head><title>Chat - Harbor FD recert</title></head><body><div role="log">' +
    '<div class="message"><div class="name">Rosa Lindqvist</div><div class="body">copied my NREMT dashboard:</div>' +
    `<div class="body" style="white-space: pre-wrap">${text}</div></div></div></body></html>`;
  it('reads the agency and its pending status', () => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.agency).toEqual({ name: 'Harbor Fire Department', status: 'pending' });
  });
});

describe("a code editor's HTML export, a span per line drawn as a block", () => {
  const lines = ['CE log, Priya Anand, NREMT E6650172', 'Completed  | Course                 | Hrs  | Approval #', '02/09/2026 | Burn Care Basics       | 1.50 | CAPCE 26-BRN-F3-0209', '05/30/2026 | Rescue Task Force      | 3.00 | OEMS 26-0530-T', '09/12/2026 | Stroke Scales Refresh  | 1.00 | CAPCE 26-STK-F1-0912'];
  const html =
    '<!DOCTYPE html><html><head><title>celog.txt</title><style>.code_line { display: block; } .gutter { display: inline-block; }</style></head><body>' +
    `<pre class="code_page">${lines.map((line, at) => `<span class="code_line"><span class="gutter">${at + 1} </span><span style="color: #ccc">${line}</span></span>`).join('')}</pre></body></html>`;
  it('reads a course per drawn line', () => {
    expect(readHtml(html).courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Burn Care Basics', '2026-02-09', 1.5],
      ['Rescue Task Force', '2026-05-30', 3],
      ['Stroke Scales Refresh', '2026-09-12', 1],
    ]);
  });
});

describe("a ticket's markdown table run on in one paragraph", () => {
  const run =
    'Transcript - Omar Reyes - Registry # E7710345 | Course Title | Date Completed | Credit Hours | Approval # | |---|---|---|---| ' +
    '| Tactical Medicine Intro | 03/02/2026 | 2.00 | 26-TAC-F3-0302 | | Rural Transport Planning | 05/11/2026 | 1.50 | | ' +
    '| Diabetic Crises | 07/23/2026 | pending | 26-DIA-F3-0723 | | Stroke Recognition | 09/30/2026 | 1.00 | OEMS # 26-0930-T |';
  const html =
    '<!DOCTYPE html><html><head><title>#21 NREMT transcript - Tracker</title></head><body><h2>#21 NREMT transcript</h2>' +
    `<div class="comment"><p>Pasted from the NREMT Transcript page (the table didn't survive):</p><p>${run}</p></div></body></html>`;
  it('reads a row each, the empty cell in its place', () => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.hours, course.approvalNumber])).toEqual([
      ['Tactical Medicine Intro', 2, '26-TAC-F3-0302'],
      ['Rural Transport Planning', 1.5, null],
      ['Stroke Recognition', 1, '26-0930-T'],
    ]);
    expect(read.unread?.map((row) => row.text)).toEqual([expect.stringContaining('Diabetic Crises')]);
  });
});

describe("an open-data portal's preview of a dataset of course offerings", () => {
  const cells = ['course_title', 'offered_on', 'ceh', 'approval_no', 'Airway Skills Lab', '2026-01-24', '3.0', '26-0041-T', 'Pediatric Triage', '2026-02-19', '1.5', '26-PED-F5-0109', 'Protocol Update', '2026-05-12', '4.0', '26-0455-T'];
  const rows = [0, 4, 8, 12].map((at) => `<tr>${cells.slice(at, at + 4).map((cell) => (at === 0 ? `<th>${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('');
  const html =
    '<!DOCTYPE html><html><head><title>Approved CE Courses, Region 3 | Open Data</title></head><body><a href="/user/login">Log in</a>' +
    '<h1>Approved CE Courses, Region 3 (2026)</h1><p>Courses approved for OEMS continuing education credit, published for providers planning their NREMT recertification.</p>' +
    `<h2>Data Preview</h2><table>${rows}</table></body></html>`;
  it("is nobody's list", () => {
    expect(readHtml(html).kind).toBe('unknown');
  });
});
