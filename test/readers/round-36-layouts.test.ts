// Round 36's layouts, each written here in its own words:
// - a CE vendor's transcript mail whose advice names NREMT's Manage Education, then the reader's
//   state's rules in another clause ("check your state's rules"): the reader's own list;
// - an agency portal whose notification menu lists a message from "Training Officer": a sender,
//   no role the page is seen under;
// - a notes app's plain editor (a <textarea>) holding a tab-separated transcript, another note's
//   preview ("I cover his 12/27 day") beside it; a forum's reply box and a paste site's read-only
//   raw box repeat what the page shows and are not read again;
// - a to-do app's note (contenteditable, `white-space: pre-wrap` from its stylesheet) holding the
//   eLicensing license panel pasted with a tab between each label and its value, under "eLicensing
//   still shows this (copied 12/4):";
// - a forum post pasting eLicensing's license and application rows, the application's column
//   titles ("Application Submitted Status Fee") run into one line above "Incomplete / Paid" and
//   the site's paid-but-not-submitted notice: paid, never submitted;
// - a journal entry saying in sentences what the writer's own NREMT dashboard shows, a list of its
//   other facts under it that carries no course's values, a friend's comment below;
// - (set 93's misses) a CE vendor's mail drawing each course as two one-cell tables side by side,
//   their lines broken by <br>; a chat's paste of the transcript, its tabs turned to spaces, under
//   "I need everybody's list", one title ending in its year ("… Update 2026 3.00 Local"); an
//   approval cell holding the issuer's chip and the number apart; a wiki page holding the
//   dashboard as one run of words that kept one colon ("Status: Pending Approval"), greeting the
//   person; a binder page's warning whose bold words read as "paid: not submitted";
// - a forum thread saved by a signed-in member ("Log Out (jhollis)", or "rlindqvist | Settings |
//   Logout") who only replied, the course list in the first post, another member's: nobody's own;
// - (set 94's misses, after it was measured) a chat's message drawn with `white-space: break-spaces`
//   holding a tab-separated transcript; a note's heading "Pasted from the NREMT application page"
//   over the application's facts run into one line.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string, head = ''): string => `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

const TSV = [
  'Course Title\tDate Completed\tCredit Hours\tApproval Number',
  'Spinal Motion Restriction Review\t10/02/2026\t2.00\t26-KLM-F3-1002',
  'Capnography for Basic Providers\t08/14/2026\t1.50\t26-KLM-F3-0814',
  'Hazmat Awareness Refresher\t06/20/2026\t3.00\t26-0620-T',
  'Neonatal Resuscitation Overview\t03/11/2026\t1.00\t26-PQR-F1-0311',
].join('\n');

describe('a vendor mail whose advice names another clause’s "state’s rules"', () => {
  const rows = [
    ['Hypothermia in the Field', '11/02/2026', '1.0', '26-VND-F3-1102', 'Medical'],
    ['Difficult Airway Decisions', '10/18/2026', '2.0', '26-VND-F3-1018', 'Airway/Respiration/Ventilation'],
    ['Triage Under Pressure', '09/05/2026', '1.5', '26-VND-F3-0905', 'EMS Operations'],
  ];
  const html = page(
    'Your CE transcript',
    '<table role="presentation" width="100%"><tr><td>' +
      '<p>Hi Dana, here is the transcript you asked for. Every course below was reported to CAPCE.</p>' +
      '<p>The category is the one the course was approved for. Where your hours go on NREMT is up to you in Manage Education; check your state’s rules before you move a course.</p>' +
      '<table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>CAPCE #</th><th>Category</th></tr>' +
      rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('') +
      '</table></td></tr></table>',
  );
  it('reads the courses as the reader’s own', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.title)).toEqual(rows.map((row) => row[0]));
  });
});

describe('a notification menu’s message from "Training Officer"', () => {
  const html = page(
    'CE Record – Station Portal',
    '<header><ul><li><a href="#" data-toggle="dropdown">Alerts</a><div role="menu" class="dropdown-menu"><h2>Notification</h2>' +
      '<a href="#"><h3>Training Officer</h3><p>Certificate needed for the airway lab</p></a></div></li></ul></header>' +
      '<main><h1>My CE Record</h1><p>Lena Ortiz · NREMT # E1234567 · EMT</p>' +
      '<table><thead><tr><th>Course Title</th><th>Date</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
      '<tr><td>Airway Lab</td><td>10/04/2026</td><td>2</td><td>26-STA-F3-1004</td></tr>' +
      '<tr><td>Stroke Scales</td><td>09/12/2026</td><td>1</td><td>26-STA-F3-0912</td></tr>' +
      '</tbody></table></main>',
  );
  it('is the provider’s own record, not a Training Officer’s view', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-education');
    expect(read.role).toBeUndefined();
    expect(read.courses).toHaveLength(2);
  });
});

describe('a notes app’s plain editor holding a tab-separated transcript', () => {
  const notes =
    '<div class="notes-list"><div class="note-preview"><b>Shift swap</b><p>He takes my 12/19 night, I cover his 12/27 day.</p></div>' +
    '<div class="note-preview"><b>NREMT transcript (copied 12/2)</b><p>National Registry of Emergency Medical Technicians…</p></div></div>';
  const editor = (attributes = '') => `<textarea id="note-editor" class="editable"${attributes}>National Registry of Emergency Medical Technicians\nTranscript\n${TSV}\n</textarea>`;
  it('reads the note’s courses, whatever another note’s preview says of someone', () => {
    const read = readHtml(page('Notes', notes + editor()), null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.title)).toEqual(['Spinal Motion Restriction Review', 'Capnography for Basic Providers', 'Hazmat Awareness Refresher', 'Neonatal Resuscitation Overview']);
  });
  it('does not read a list twice from a read-only raw box beside it, nor from a reply form quoting it', () => {
    const shown = `<h1>NREMT transcript</h1><pre>${TSV}</pre>`;
    for (const box of [editor(' readonly'), `<form action="/reply">${editor()}<button>Post reply</button></form>`]) {
      const read = readHtml(page('Paste', shown + box), null);
      expect(read.kind).toBe('nremt-education');
      expect(read.courses).toHaveLength(4);
    }
  });
});

describe('a to-do app’s note holding the license panel pasted with tabs', () => {
  const note = [
    'eLicensing still shows this (copied 12/4):',
    '',
    'License Details',
    'Licensee Name\tRafael Quint',
    'License Type\tEmergency Medical Technician',
    'License Number\tE771203',
    'License Status\tExpired',
    'Expiration Date\t03/31/2026',
    '',
    'Late renewal: need photo and fee.',
  ].join('\n');
  const html = page(
    'To Do',
    `<div class="tasks"><div class="task">Buy boots</div><div class="task">eLicensing late renewal</div></div><div class="details"><div class="note" contenteditable="true" role="textbox">${note}</div></div>`,
    '<style>.details .note{white-space:pre-wrap;min-height:80px}</style>',
  );
  it('reads the license as the eLicensing license page pasted there', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject({ number: 'E771203', status: 'expired', expiresOn: '2026-03-31' });
  });
});

describe('a forum post pasting the license and application rows, paid and not submitted', () => {
  const post = [
    'Paid the $125 last night and closed the tab. Here it is (copy/paste from the site):',
    'Health Professions Licensing',
    'Welcome, Ines Carvalho',
    'Manage My Licenses and Applications',
    'Licenses: License Type License Number Status Issue Date Expiration Date',
    'Advanced EMT A550912 Current 04/01/2025 03/31/2027 Show Details',
    'Applications',
    'Application Submitted Status Fee',
    'Advanced EMT – Renewal Application — Incomplete Paid',
    'Your payment has been received, but your application has not been submitted. Return to your application and click Submit to complete your renewal.',
    'Continue Application',
  ];
  const html = page(
    'Renewal says paid but not submitted? – Forum',
    '<h1>Forum</h1><div class="post"><div class="author">icarvalho</div><div class="content">' +
      post.map((line) => `<p>${line}</p>`).join('') +
      '</div></div><div class="post"><div class="author">moderator</div><div class="content"><p>Not done. Click Continue Application and Submit; the status should change from Incomplete to Submitted.</p></div></div>',
  );
  it('reads a paid renewal that is not submitted, never a submitted one', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('elicensing-renewal');
    expect(read.renewal?.state).toBe('paid-not-submitted');
    expect(read.license?.number).toBe('A550912');
  });
});

describe('a journal entry stating what the writer’s own dashboard shows', () => {
  const html = page(
    'medic_j: dashboard, finally',
    '<div class="entry"><h2>dashboard, finally</h2>' +
      '<p>I logged into NREMT after shift and went through the Dashboard so I stop worrying. Here is what it says:</p>' +
      '<p>The dashboard has me as Jordan K. Pell, National Registry Paramedic, registry number P5512098. It says my certification expires on March 31, 2028.</p>' +
      '<p>My agency affiliation shows Harbor City EMS, and it still says Pending Approval.</p>' +
      '<p>The rest of the dashboard:</p>' +
      '<ul><li>Recertification Application: Not Started</li><li>Messages: 2 unread, 11/30/2026</li><li>Documents: 1 uploaded, 10/02/2026</li></ul></div>' +
      '<div class="comments"><p>1: Sam’s going-away party, 12/6</p></div>',
  );
  it('is the dashboard, not a course list', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.certification?.expiresOn).toBe('2028-03-31');
  });
});

describe('a vendor mail drawing each course as two one-cell tables', () => {
  const course = (title: string, date: string, approval: string, hours: string, counts: string) =>
    `<table width="264" align="left"><tr><td><strong>${title}</strong><br>Completed ${date}<br><span>CAPCE # ${approval}</span><br><br></td></tr></table>` +
    `<table width="264" align="right"><tr><td><span>${hours} CEH</span><br>${counts}<br><br></td></tr></table>`;
  const html = page(
    'Your CE transcript',
    '<p>Hi Sam, here is every course on your account. Bring them into your NREMT transcript with Import CAPCE Courses.</p>' +
      '<p>Learner: Sam Ferreira</p><p>NREMT ID: E4410982</p>' +
      course('Hypothermia and Cold Injury', 'Nov 21, 2026', '26-ABC-F3-0841', '1.0', 'National – Medical') +
      course('Airway Suctioning Skills', 'Nov 14, 2026', '26-ABC-F3-0802', '0.75', 'National – Airway, Respiration &amp; Ventilation') +
      course('Scene Safety at Night', 'Oct 3, 2026', '26-ABC-F3-0711', '2.0', 'National – EMS Operations'),
  );
  it('reads each course from its two tables’ lines', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual([
      ['Hypothermia and Cold Injury', '2026-11-21', 1, '26-ABC-F3-0841'],
      ['Airway Suctioning Skills', '2026-11-14', 0.75, '26-ABC-F3-0802'],
      ['Scene Safety at Night', '2026-10-03', 2, '26-ABC-F3-0711'],
    ]);
  });
});

describe('a chat’s paste of the transcript under "I need everybody’s list"', () => {
  const message = (who: string, lines: string[]) => `<div class="msg"><b>${who}:</b><div class="text">${lines.join('<br>')}</div></div>`;
  const html = page(
    'History log',
    '<h3>Marta - Lt. Byrne (TO)</h3>' +
      message('Lt. Byrne (TO)', ['did you get your hours in? I need everybody’s list before the 15th']) +
      message('Marta', ['this is what NREMT shows, copied straight off the transcript page:']) +
      message('Marta', [
        'Date Completed Course Title Credits Assigned To Approval #',
        '10/04/2025 Airway Adjuncts Refresher 2.00 National - Airway 25-BSE-F1-3301',
        '01/10/2026 Shock Recognition 2.00 National - Trauma 26-CEM-F3-0015',
        '05/17/2026 Massachusetts Protocol Update 2026 3.00 Local OEMS 26-0520-T',
        '08/29/2026 Incident Command Basics 2.00 National - Operations 26-FEM-F5-0042',
      ]),
  );
  it('reads the pasted list as the reader’s own, the title keeping its year', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.hours, course.approvalNumber])).toEqual([
      ['Airway Adjuncts Refresher', 2, '25-BSE-F1-3301'],
      ['Shock Recognition', 2, '26-CEM-F3-0015'],
      ['Massachusetts Protocol Update 2026', 3, '26-0520-T'],
      ['Incident Command Basics', 2, '26-FEM-F5-0042'],
    ]);
  });
});

describe('an approval cell holding the issuer’s chip and the number apart', () => {
  const row = (title: string, number: string) =>
    `<tr><td><time>02 Dec 2026</time></td><td><span>${title}</span></td><td>National / Cardiology</td><td>2:00</td><td><span class="muted">CAPCE</span> <code>${number}</code></td></tr>`;
  const html = page(
    'CE log',
    '<h1>Continuing education log</h1><p>NREMT # P1187450</p><table><thead><tr><th>Date</th><th>Course</th><th>Category</th><th>Hrs</th><th>Approval</th></tr></thead><tbody>' +
      row('STEMI Mimics', '26-EMSU-F3-1231') +
      row('Pediatric Airway', '26-PEDS-F3-0911') +
      '<tr><td><time>15 Jul 2026</time></td><td><span>QA Case Review</span></td><td>Local</td><td>1:00</td><td><span class="muted">none</span></td></tr>' +
      '</tbody></table>',
  );
  it('reads the number, and a cell saying none as none', () => {
    const read = readHtml(html, null);
    expect(read.courses?.map((course) => course.approvalNumber)).toEqual(['26-EMSU-F3-1231', '26-PEDS-F3-0911', null]);
  });
});

describe('a wiki page holding the dashboard as one run of words', () => {
  const run =
    'Welcome, Thomas Brennan-Whitcomb My Certification Nationally Registered Paramedic Registry Number P1983362 Expiration Date 03/31/2027 ' +
    'Recertification Cycle 04/01/2025 - 03/31/2027 Agency Affiliation Holyoke Medical Center Ambulance Status: Pending Approval ' +
    'Add or Remove Agency Affiliation Message Center You have 1 new message.';
  const html = page('NREMT recert 2027 - Wiki', `<h2>NREMT recert 2027</h2><p>Copied off the NREMT dashboard 12/02 so I stop logging in to check:</p><p>${run}</p><h3>Still to do</h3><p>call about the affiliation</p>`);
  it('reads its facts and the greeted person', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.person).toMatchObject({ name: 'Thomas Brennan-Whitcomb', registryNumber: 'P1983362' });
    expect(read.certification).toMatchObject({ level: 'paramedic', expiresOn: '2027-03-31' });
  });
});

describe('a binder page’s warning whose bold words read "paid: not submitted"', () => {
  const html = page(
    'Step B (eLicensing)',
    '<h1>Step B (eLicensing)</h1><p>Copied from Manage My Licenses and Applications on healthprofessionlicensing.mass.gov, 12/02/2026.</p>' +
      '<div class="admonition warning"><p class="admonition-title">Warning</p><p>The fee is <strong>paid</strong> but the application is <strong>not submitted</strong>. Go back and submit it.</p></div>' +
      '<h2>My license</h2><table><tr><th>License Number</th><td>A661204</td></tr><tr><th>Status</th><td>Current</td></tr><tr><th>Expiration Date</th><td>03/31/2027</td></tr></table>' +
      '<h2>Renewal</h2><table><tr><th>Application</th><td>Advanced EMT - Renewal Application</td></tr><tr><th>Fee</th><td>$125.00 paid 11/30/2026</td></tr><tr><th>Application status</th><td>Incomplete – Not Submitted</td></tr></table>',
  );
  it('reads the renewal paid and not submitted', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('elicensing-renewal');
    expect(read.renewal).toMatchObject({ state: 'paid-not-submitted', paid: true });
  });
});

describe('a thread whose signed-in member only replied under another member’s list', () => {
  const rows = ['04/19/2025 | Respiratory Emergencies | 2.0 | 25-NEE-F3-0519 | National - Airway', '06/07/2025 | AED Update | 1.5 | 25-BOS-F1-0702 | National - Cardiovascular', '01/22/2026 | Anaphylaxis | 2.0 | 26-SOL-F3-0088 | National - Medical'];
  const thread = (account: string) =>
    page(
      'Do these count? - Forum',
      `<div id="top">${account}</div><h1>Do these count? (MA EMT)</h1>` +
        '<table><tr><td><div>kbertrand</div><div>EMT-B</div><div>OP</div></td><td class="post">This is my transcript off NREMT, cert expires 3/31/2027. Does anything jump out?<br>' +
        rows.join('<br>') +
        '</td></tr><tr><td><div>jhollis</div><div>Posted on 2026-12-2 06:40</div></td><td class="post">Leadership classes are not accepted, swap something into Individual.</td></tr></table>',
    );
  it.each([
    ['its sign-out link naming the account', '<a href="/logout">Log Out (jhollis)</a>'],
    ['a bar of links from the handle to signing out', '<span>jhollis | Settings | Messages | Logout</span>'],
  ])('is nobody’s own list: %s', (_name, account) => {
    expect(readHtml(thread(account), null).kind).toBe('unknown');
  });
  it('is the member’s own where the list sits in their own post', () => {
    const own = thread('<span>kbertrand | Settings | Messages | Logout</span>');
    const read = readHtml(own, null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(3);
  });
});

describe('a chat message drawn with white-space: break-spaces', () => {
  const html = page(
    'Transcript totals',
    `<div class="msg" data-type="user"><p class="whitespace-break-spaces">pasting my transcript from the registry site, can you total these?\n${TSV}\n</p></div><div class="msg" data-type="assistant"><p>Here are your totals.</p></div>`,
    '<style>.whitespace-break-spaces{white-space:break-spaces}</style>',
  );
  it('keeps the message’s lines and reads its courses', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(4);
  });
});

describe('a note pasting the application page under "Pasted from the NREMT application page"', () => {
  const html = page(
    'EMT recert 2027 — notes',
    '<h1>EMT recert 2027 — notes</h1><h2>Pasted from the NREMT application page (12/03/2026)</h2>' +
      '<p>Recertification Application Dana R. Lowell National Registry # E7712045 Emergency Medical Technician Expiration Date: 03/31/2027 Application Status: Not Submitted</p>' +
      '<pre>Continuing Education    Complete    Review\nMake Payment    Paid $30.00 on 11/29/2026    Receipt\nSubmit    Not Started    Start</pre>' +
      '<h2>To do</h2><p>[ ] actually click Submit Application</p>',
  );
  it('is the application page, paid and not submitted', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe('not-submitted');
  });
});
