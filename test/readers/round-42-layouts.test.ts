// Round 42's layouts, each written here in its own words (after set 123 was measured):
// - a saved page whose table body holds a framework's row template (`<template x-for>` with a
//   placeholder row): a browser never shows a template's content, so its placeholder is no course
//   (`recert`'s parser had moved the row out of the template);
// - a note holding Manage Education pasted a cell per line, each group's name over "N credits
//   required" and the column titles: a group of one course is read, the requirement no hours;
// - in the same paste, a course whose hours cell shows "—": a course the list shows, read as unread;
// - an association's page of classes it offers ("Spring 2027 EMS Classes", "Winter block: registration
//   is open") over a table of dates, hours and approval numbers, a line offering seats: nobody's list;
// - a microblog reply holding courses run together on one line, no column titles: a title opening
//   with a topic's word ("Respiratory Distress in Adults") is the next course's, not the last one's topic;
// (after set 124 was measured)
// - a paste bin's read-only text area holding the pasted list: `recert` reads its text as the browser
//   shows it (it had read the page as no list at all), a blank line in the hours' place an unread course;
// (after set 125 was measured)
// - a document's class per heading, its values alone on the line under it: the heading is its title;
// - a chat message holding the Transcript run together after its column titles, its time after it:
//   the titles say the dates are completions, so the list reads as courses; nobody's where the room
//   marks another member as the reader ("ckim (you)");
// - a title cell's badge "Passed": no part of the title; a profile card's "Fall River, MA" under the
//   name: a place, no name; a course's "Pending sign-off" beside its title: no user menu's sign-out.
// (after set 126 was measured)
// - a paste bin's printout ruled with dash runs under its header, a title filling its column's width
//   (one space before the date): the row is cut where the rule's runs start, not lost;
// - a list archive's thread, each post under "Name  2026-11-21 03:18:44 UTC": read signed out, the
//   transcript in a member's post is theirs, nobody's for the reader;
// (after set 127 was measured)
// - (a class stream's private comment holding the Transcript run together on one line, inside a block
//   the record finder took whole, is read as a line of its own: set 127's Google Classroom page, which
//   its floor and its zero-course check guard; written here in other words, the scan drops the
//   comment's long labelled line before any reader sees it, so no case of our own shows the change)
// - a report of a crew's compliance drawn as one grid of cells, each member's registry number in its
//   own cell: nobody's list.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

describe('a table body holding a row template', () => {
  const page = (template: string) =>
    '<!DOCTYPE html><html><head><title>My CE transcript</title></head><body><main><h1>Continuing Education Transcript</h1>' +
    '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th></tr></thead><tbody>' +
    template +
    '<tr><td>Stroke Scales in the Field</td><td>02/14/2026</td><td>1.5</td><td>CAPCE 26-STK-F3-0214</td></tr>' +
    '<tr><td>Hazmat Decon Refresher</td><td>05/02/2026</td><td>2.0</td><td>OEMS 26-0502-T</td></tr>' +
    '<tr><td>Driving in Snow and Ice</td><td>09/30/2026</td><td>1.0</td><td>CAPCE 26-DRV-F1-0930</td></tr>' +
    '</tbody></table></main></body></html>';
  const rows = (html: string) => readHtml(html).courses?.map((course) => [course.title, course.completedOn, course.hours]);
  it('reads the rows the page shows, not the template placeholder', () => {
    const withTemplate = page('<template x-for="row in rows" :key="row.id"><tr><td x-text="row.title">Course title here</td><td x-text="row.date">01/01/2026</td><td x-text="row.hours">1.0</td><td>CAPCE 00-XXX-F0-0000</td></tr></template>');
    expect(rows(withTemplate)).toEqual([
      ['Stroke Scales in the Field', '2026-02-14', 1.5],
      ['Hazmat Decon Refresher', '2026-05-02', 2],
      ['Driving in Snow and Ice', '2026-09-30', 1],
    ]);
    expect(rows(withTemplate)).toEqual(rows(page('')));
  });
  it('keeps the content of a custom element whose name starts with "template-"', () => {
    const cards = '<template-card><p>Capnography in Cardiac Arrest · Completed 02/12/2026 · 2.0 hrs · CAPCE 26-CAP-F3-0212</p></template-card><template-card><p>Burn Care Update · Completed 04/22/2026 · 1.5 hrs · OEMS 26-0422-T</p></template-card><template-card><p>Pediatric Seizures · Completed 06/30/2026 · 1.0 hrs · CAPCE 26-PSZ-F3-0630</p></template-card>';
    const read = readHtml(`<!DOCTYPE html><html><head><title>My CE transcript</title></head><body><main><h1>Continuing Education Transcript</h1>${cards}</main></body></html>`);
    expect(read.courses?.map((course) => course.title)).toEqual(['Capnography in Cardiac Arrest', 'Burn Care Update', 'Pediatric Seizures']);
  });
  it('keeps what follows a template nested in another, and a script that only names one', () => {
    const html = page('<template><tr><td><template><b>inner</b></template>Draft row</td><td>03/03/2026</td><td>3</td><td>CAPCE 26-DRF-F1-0303</td></tr></template>').replace('</main>', '<script>const t = "<template>";</script></main>');
    expect(rows(html)?.map(([title]) => title)).toEqual(['Stroke Scales in the Field', 'Hazmat Decon Refresher', 'Driving in Snow and Ice']);
  });
});

describe('a note holding Manage Education pasted a cell per line', () => {
  const lines = (texts: string[]) => texts.map((text) => `<div>${text}</div>`).join('');
  const titles = ['Course', 'Date Completed', 'Hours', 'Approval #'];
  const page = (hoursOfLast: string) =>
    '<!DOCTYPE html><html><head><title>recert notes - Notes</title></head><body><nav>All notes · Shared · Trash</nav><article><h2>recert notes</h2>' +
    lines([
      'Pasted from my NREMT Manage Education page:',
      'National Component',
      '25 hours required',
      'Trauma',
      ...titles,
      'Burns and Blast Injuries',
      '06/11/2025',
      '2.00',
      'CAPCE 25-BRN-F3-0611',
      'Head Injury Update',
      '01/20/2026',
      '1.50',
      'CAPCE 26-HIU-F3-0120',
      'State/Local Component',
      '12.5 hours required',
      ...titles,
      'Mass Casualty Drill (regional)',
      '04/04/2026',
      '3.00',
      'OEMS 26-0404-T',
      'Individual Component',
      '12.5 hours required',
      ...titles,
      'Tactical Medicine Weekend',
      '08/15/2026',
      '6.00',
      'CAPCE 26-TAC-F1-0815',
      'Rope Rescue Awareness',
      '10/10/2026',
      hoursOfLast,
      'CAPCE 26-ROP-F1-1010',
    ]) +
    '</article></body></html>';
  it('reads a group of one course, its group\'s requirement no hours', () => {
    const read = readHtml(page('2.00'));
    expect(read.courses?.map((course) => [course.title, course.hours, course.component, course.approvalNumber])).toEqual([
      ['Burns and Blast Injuries', 2, 'national', '25-BRN-F3-0611'],
      ['Head Injury Update', 1.5, 'national', '26-HIU-F3-0120'],
      ['Mass Casualty Drill (regional)', 3, 'local', '26-0404-T'],
      ['Tactical Medicine Weekend', 6, 'individual', '26-TAC-F1-0815'],
      ['Rope Rescue Awareness', 2, 'individual', '26-ROP-F1-1010'],
    ]);
  });
  it('tells a course whose hours cell shows a dash as unread, never lost', () => {
    const read = readHtml(page('—'));
    expect(read.courses?.map((course) => course.title)).toEqual(['Burns and Blast Injuries', 'Head Injury Update', 'Mass Casualty Drill (regional)', 'Tactical Medicine Weekend']);
    expect(read.unread?.map((row) => row.text)).toEqual([expect.stringContaining('Rope Rescue Awareness')]);
  });
});

describe('a page of classes offered, a line offering registration', () => {
  const page = (heading: string, offer: string) =>
    `<!DOCTYPE html><html><head><title>North Shore EMS Association</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><main><h1>North Shore EMS Association</h1><h2>${heading}</h2>` +
    (offer ? `<p>${offer}</p>` : '') +
    '<table><tr><th>Class</th><th>Date</th><th>Hours</th><th>Approval</th></tr>' +
    '<tr><td>Obstetric Emergencies</td><td>01/16/2027</td><td>3.0</td><td>CAPCE 27-OBE-F3-0116</td></tr>' +
    '<tr><td>Trauma Assessment Lab</td><td>02/06/2027</td><td>4.0</td><td>OEMS 27-0206-T</td></tr>' +
    '<tr><td>Radio Report Workshop</td><td>02/27/2027</td><td>1.5</td><td>CAPCE 27-RAD-F5-0227</td></tr>' +
    '</table></main></body></html>';
  it.each([
    ['Spring 2027 EMS Classes', 'Seats are limited to 20; register at the front desk or by phone.'],
    ['Winter block: registration is open', 'Seats go fast, so sign up early through the office.'],
  ])('"%s" over the classes is nobody\'s list', (heading, offer) => {
    expect(readHtml(page(heading, offer)).kind).toBe('unknown');
  });
  it('without a line offering them, a heading naming classes does not make a list nobody\'s', () => {
    const read = readHtml(page('My classes this cycle', 'Copied from my NREMT transcript.'));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.title)).toEqual(['Obstetric Emergencies', 'Trauma Assessment Lab', 'Radio Report Workshop']);
  });
});

describe('courses run together on one line without column titles', () => {
  const page = (line: string) =>
    '<!DOCTYPE html><html><head><title>kpatel on Microblog</title></head><body><div class="timeline"><div class="post"><div class="author">kpatel</div>' +
    '<div class="text">my NREMT transcript so far, copied:</div>' +
    `<div class="text">${line}</div></div></div></body></html>`;
  const read = (line: string) => readHtml(page(line)).courses?.map((course) => [course.title, course.hours, course.component, course.topic]);
  it("reads a title that opens with a topic's word as the title", () => {
    expect(read('Hazmat Awareness 03/02/2026 2.00 CAPCE 26-HAZ-F1-0302 Cardiac Arrest Care Update 05/14/2026 1.50 CAPCE 26-CAC-F3-0514 Trauma Triage Review 08/20/2026 1.00 OEMS 26-0820-T')).toEqual([
      ['Hazmat Awareness', 2, null, null],
      ['Cardiac Arrest Care Update', 1.5, null, null],
      ['Trauma Triage Review', 1, null, null],
    ]);
  });
  it('still reads a component named after the values', () => {
    expect(read('Hazmat Awareness 03/02/2026 2.00 CAPCE 26-HAZ-F1-0302 State/Local Cardiac Arrest Care Update 05/14/2026 1.50 CAPCE 26-CAC-F3-0514 National - Cardiovascular')).toEqual([
      ['Hazmat Awareness', 2, 'local', null],
      ['Cardiac Arrest Care Update', 1.5, 'national', 'cardiovascular'],
    ]);
  });
});

describe("a paste bin's read-only text area", () => {
  const paste = [
    'Transcript - Alexis J. Moreno  (Paramedic, NRP)',
    'Course\tCompleted\tHours\tApproval #',
    'Capnography in Cardiac Arrest\t02/12/2026\t2.00\tCAPCE 26-CAP-F3-0212',
    'Burn Care Update\t04/22/2026\t1.50\tOEMS 26-0422-T',
    'Pediatric Seizures\t06/30/2026\t1.00\tCAPCE 26-PSZ-F3-0630',
  ].join('\n');
  const page = (area: string) =>
    '<!DOCTYPE html><html><head><title>Pastel Vault - read a paste</title></head><body><header><a href="/" aria-label="Pastel Vault"><span class="brand">Pastel Vault</span></a></header>' +
    `<main><h1>Your paste</h1>${area}<textarea name="reply" placeholder="Write a reply"></textarea></main><footer><span>© 2026 Pastel Vault · v1.4</span></footer></body></html>`;
  it('reads the pasted list as the browser shows it', () => {
    const read = readHtml(page(`<textarea id="paste" readonly rows="12">${paste}</textarea>`));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual([
      ['Capnography in Cardiac Arrest', '2026-02-12', 2, '26-CAP-F3-0212'],
      ['Burn Care Update', '2026-04-22', 1.5, '26-0422-T'],
      ['Pediatric Seizures', '2026-06-30', 1, '26-PSZ-F3-0630'],
    ]);
  });
  it("reads a reply form's quote of the list above it once, as the post shows it", () => {
    const quoted = paste.split('\n').map((line) => `: ${line}`).join('\n');
    const read = readHtml(page(`<pre>${paste}</pre><form><textarea name="body" rows="10">${quoted}</textarea></form>`));
    expect(read.courses?.map((course) => course.title)).toEqual(['Capnography in Cardiac Arrest', 'Burn Care Update', 'Pediatric Seizures']);
  });
  it('reads nothing from a hidden text area', () => {
    expect(readHtml(page(`<textarea id="paste" readonly hidden>${paste}</textarea>`)).courses ?? []).toEqual([]);
  });
  it('tells a course whose hours line is blank as unread, never lost', () => {
    const cells = ['Course', 'Completed', 'Hours', 'Approval #', 'Capnography in Cardiac Arrest', '02/12/2026', '2.00', 'CAPCE 26-CAP-F3-0212', 'Burn Care Update', '04/22/2026', '1.50', 'OEMS 26-0422-T', 'Pediatric Seizures', '06/30/2026', '', 'CAPCE 26-PSZ-F3-0630', 'Hazmat Refresher', '09/09/2026', '1.00', 'OEMS 26-0909-T'];
    const read = readHtml(page(`<textarea id="paste" readonly rows="30">Manage Education, copied from my NREMT page\n${cells.join('\n')}</textarea>`));
    expect(read.courses?.map((course) => course.title)).toEqual(['Capnography in Cardiac Arrest', 'Burn Care Update', 'Hazmat Refresher']);
    expect(read.unread?.map((row) => row.text)).toEqual([expect.stringContaining('Pediatric Seizures')]);
  });
});

describe("a document's class per heading, its values alone under it", () => {
  const course = (title: string, line: string) => `<h3>${title}</h3><p>${line}</p>`;
  const page =
    '<!DOCTYPE html><html><head><title>CE log</title></head><body><article><h1>My CE log – AEMT 2027</h1><p>One heading per class; the line under it is what I entered on NREMT.</p>' +
    course('Capnography in Cardiac Arrest', 'Completed 12 Feb 2026<br>2 hrs<br>CAPCE 26-CAP-F3-0212<br>National / Cardiovascular') +
    course('Burn Care Update', 'Completed 22 Apr 2026<br>1.5 hrs<br>OEMS 26-0422-T<br>Local') +
    course('Pediatric Seizures', 'Completed 30 Jun 2026<br>1 hr<br>no approval number on the certificate<br>Individual') +
    course('Hazmat Refresher', 'Completed 09 Sep 2026<br>hours TBD<br>CAPCE 26-HAZ-F1-0909<br>not assigned yet') +
    '</article></body></html>';
  it('reads each heading as its course title', () => {
    const read = readHtml(page);
    expect(read.courses?.map((one) => [one.title, one.completedOn, one.hours, one.component, one.approvalNumber])).toEqual([
      ['Capnography in Cardiac Arrest', '2026-02-12', 2, 'national', '26-CAP-F3-0212'],
      ['Burn Care Update', '2026-04-22', 1.5, 'local', '26-0422-T'],
      ['Pediatric Seizures', '2026-06-30', 1, 'individual', null],
    ]);
    expect(read.unread?.map((row) => row.text)).toEqual([expect.stringContaining('Hazmat Refresher')]);
  });
});

describe('a chat message holding the Transcript run together after its column titles', () => {
  const page =
    '<!DOCTYPE html><html><head><title>Station 2 room - Chat</title></head><body><div id="log">' +
    '<p><b>ckim:</b> how many hours do you have? <span class="t">7:01 PM</span></p>' +
    '<p><b>dlopez:</b> copied my whole transcript page: <span class="t">7:02 PM</span></p>' +
    '<p><b>dlopez:</b> Transcript Dana Lopez Course Name Completed Hours Approval # Capnography in Cardiac Arrest 02/12/2026 2.00 CAPCE 26-CAP-F3-0212 Burn Care Update 04/22/2026 1.50 OEMS 26-0422-T Pediatric Seizures 06/30/2026 1.00 CAPCE 26-PSZ-F3-0630 <span class="t">7:02 PM</span></p>' +
    '<p><b>ckim:</b> nice <span class="t">7:03 PM</span></p>' +
    '</div><div id="users"><h3>In the room</h3><div>dlopez (you)</div><div>ckim</div></div></body></html>';
  it("reads its courses, the reader's own message", () => {
    const read = readHtml(page);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((one) => [one.title, one.completedOn, one.hours])).toEqual([
      ['Capnography in Cardiac Arrest', '2026-02-12', 2],
      ['Burn Care Update', '2026-04-22', 1.5],
      ['Pediatric Seizures', '2026-06-30', 1],
    ]);
  });
  it("reads nobody's list where the room marks another member as the reader", () => {
    const other = page.replace('<div>dlopez (you)</div><div>ckim</div>', '<div>dlopez</div><div>ckim (you)</div>');
    expect(readHtml(other).kind).toBe('unknown');
  });
});

describe("a training site's transcript beside the learner's card", () => {
  const row = (title: string, date: string, hours: string, approval: string) => `<tr><td>${date}</td><td>${title} <span class="label">Passed</span></td><td>${hours}</td><td>${approval}</td></tr>`;
  const page =
    '<!DOCTYPE html><html><head><title>My Transcript</title></head><body><div class="sidebar"><div class="panel"><div class="panel-heading">Learner</div>' +
    '<p><strong>Jordan Whitlock</strong><br><span class="small">New Bedford, MA</span></p><p>NREMT #: E4471290</p></div></div>' +
    '<div class="content"><h1>My Transcript</h1><table><thead><tr><th>Completed</th><th>Course</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
    row('Capnography in Cardiac Arrest', '02/12/2026', '2.00', 'CAPCE 26-CAP-F3-0212') +
    row('Burn Care Update', '04/22/2026', '1.50', 'OEMS 26-0422-T') +
    '<tr><td>11/18/2026</td><td>Sedation &amp; Ketamine Dosing <span class="label">Pending sign-off</span></td><td>TBD</td><td>OEMS 26-1118-T</td></tr>' +
    '</tbody></table></div></body></html>';
  it('reads the titles without their badge, and no place or course as the name', () => {
    const read = readHtml(page);
    expect(read.courses?.map((one) => one.title)).toEqual(['Capnography in Cardiac Arrest', 'Burn Care Update']);
    expect(read.person?.name).not.toBe('New Bedford');
    expect(read.person?.name).not.toBe('Ketamine Dosing');
  });
});

describe("a printout ruled with dash runs, a title filling its column's width", () => {
  const pad = (text: string, width: number) => text.padEnd(width, ' ');
  const row = (title: string, date: string, hours: string, approval: string) => `${pad(title, 40)} ${pad(date, 15)}  ${pad(hours, 6)}  ${approval}`;
  const printout = [
    'NREMT transcript, copied 12/01/2026',
    '',
    `${pad('Course Title', 40)} ${pad('Date Completed', 15)}  ${pad('Hours', 6)}  Approval Number`,
    `${'-'.repeat(40)} ${'-'.repeat(15)}  ${'-'.repeat(6)}  ${'-'.repeat(16)}`,
    row('Capnography in Cardiac Arrest', '02/12/2026', '2.00', '26-CAP-F3-0212'),
    row('Burn Care Update (Regional Trauma Conf.)', '04/22/2026', '1.50', '26-0422-T'),
    row('Pediatric Seizures', '06/30/2026', '1.00', '26-PSZ-F3-0630'),
  ].join('\n');
  it('reads every row, the full-width title one too', () => {
    const read = readHtml(`<!DOCTYPE html><html><head><title>paste 8f2c - bin</title></head><body><main><pre>${printout}</pre></main></body></html>`);
    expect(read.courses?.map((one) => [one.title, one.completedOn, one.hours])).toEqual([
      ['Capnography in Cardiac Arrest', '2026-02-12', 2],
      ['Burn Care Update (Regional Trauma Conf.)', '2026-04-22', 1.5],
      ['Pediatric Seizures', '2026-06-30', 1],
    ]);
  });
});

describe("a list archive's thread, each post under its author's name and time", () => {
  const post = (author: string, at: string, body: string) => `<div class="post"><div class="author">${author}&nbsp;&nbsp;${at}</div><pre class="body" style="white-space:pre-wrap">${body}</pre></div>`;
  const page =
    '<!DOCTYPE html><html><head><title>Posting my CE transcript - ems-list</title></head><body><div class="crumbs">archive › ems-list</div><h1>Posting my CE transcript</h1>' +
    post('Riley Banner', '2026-11-21 03:18:44 UTC', 'Pasting my NREMT transcript, does it cover national?\nDate        Hrs   Course                          Approval\n02/12/2026  2.0   Capnography in Cardiac Arrest   26-CAP-F3-0212\n04/22/2026  1.5   Burn Care Update                26-0422-T\n06/30/2026  1.0   Pediatric Seizures              26-PSZ-F3-0630\nThanks, Riley') +
    post('Sam Ferreira', '2026-11-21 13:02:10 UTC', 'Riley, that is 4.5 hrs, you need 25 national.') +
    '<div class="foot">This archive is not affiliated with the list.</div></body></html>';
  it("reads a member's transcript as nobody's for the reader", () => {
    expect(readHtml(page).kind).toBe('unknown');
  });
});

describe("a report of a crew's CE compliance, one grid of cells", () => {
  // A report tool draws its whole page as one table: its titles, the roster, the courses, all rows of cells.
  const cells = (texts: string[]) => `<tr>${texts.map((text) => `<td>${text}</td>`).join('')}</tr>`;
  const page =
    '<!DOCTYPE html><html><head><title>ce_roster - report</title></head><body><table class="report">' +
    '<tr><td colspan="6">Harbor EMS — CE compliance (cycle ending 03/31/2027)</td></tr>' +
    cells(['Member', 'Level', 'Registry #', 'National', 'Local', 'Individual']) +
    cells(['Abbott, Lee', 'EMT', 'E2219034', '20.00', '10.00', '10.00']) +
    cells(['Brandt, Mo', 'AEMT', 'E3308127', '17.50', '6.00', '12.50']) +
    cells(['Cho, Ines', 'Paramedic', 'E4120558', '30.00', '15.00', '9.25']) +
    '<tr><td colspan="6">Most recent courses logged</td></tr>' +
    cells(['Course', 'Member', 'Date', 'Hours', 'Approval', '']) +
    cells(['Region 5 Mass Casualty Drill', 'Brandt', '06/06/2026', '3.00', '26-0907-T', '']) +
    cells(['Pediatric Sepsis Recognition', 'Cho', '02/21/2026', '1.75', '26-BSCC-F5-0031', '']) +
    '</table></body></html>';
  it("is nobody's list", () => {
    expect(readHtml(page).kind).toBe('unknown');
  });
});
