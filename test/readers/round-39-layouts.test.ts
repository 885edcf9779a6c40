// Round 39's layouts, each written here in its own words:
// - (set 105's miss) a live grid drawn column by column: a frozen table holding the titles as one
//   cell of stacked values, and beside it a table whose cells each hold a whole column (topic,
//   date, hours, approval) under its own header. Each stacked value is a row's.
// - (set 105's) a help desk's conversation, its side panel naming the assigned agent: the customer's
//   pasted transcript is not the viewer's;
// - (set 106's) a mailing list's archived message, its "From:" another subscriber than the address
//   signed in beside "Logout": the message's list is its sender's.
// - (set 107's, after it was measured) cards whose head is the course's title and whose body is a
//   description list drawn as rows of label and value pairs; one card's hours not posted, its
//   description list drawn as lines instead: that course is unread, not dropped;
//   (set 107's and set 106's) a coded category column read by the key printed under the table;
//   (set 107's) a badge of two or three words inside the title's cell, the approval number after it;
//   the license grid pasted into a password vault's note a cell per line: each title's value is the
//   line as far below the titles as the title is below the first;
//   a dashboard's agency card: its name, its Training Officer's line, then its status chip;
//   a print worksheet whose heading names the page it mirrors in brackets ("— Step A (NREMT Manage Education)");
//   (set 108's) Manage Education as drag-and-drop lanes, each course a card a drag kit marks as a
//   button ("sortable"): the card is a course, not a control.
// - (sets 109 and 110's, after they were measured) a transcript selected and pasted into a forum's
//   code box, each course a line opening with its date and ending with its status ("Accepted");
//   an e-book's catalogue of classes whose paragraph offers seats in one of its sentences;
//   a data grid drawing each row as a table of its own, one course imported twice: two rows alike;
//   (sets 108 and 110's) the license grid copied into a password vault's or a bookmark's note as one
//   run of text, its column titles first, then the row's cells;
//   (set 112's, after it was measured) an agency's walkthrough of Manage Education showing a sample
//   member ("E0000000"): nobody's own list.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('a grid whose cells each hold a whole column', () => {
  const stack = (...values: string[]) => `<td><div class="col">${values.map((value) => `<div class="cell">${value}</div>`).join('')}</div></td>`;
  const head = (...titles: string[]) => `<thead><tr>${titles.map((title) => `<th><div class="cell">${title}</div></th>`).join('')}</tr></thead>`;
  const grid = (titles: string[], dates: string[], hours: string[], approvals: string[]) =>
    page(
      'Education',
      '<h2>Manage Education</h2><p>Jordan Vance · Emergency Medical Technician · cycle 04/01/2025 – 03/31/2027</p>' +
        '<div class="frozen"><table>' + head('Course') + '</table><table><tbody><tr>' + stack(...titles) + '</tr></tbody></table></div>' +
        '<div class="scroll"><table>' + head('Category', 'Finished', 'CEH', 'CAPCE / OEMS #') + '</table><table><tbody><tr>' +
        stack('National: Trauma', 'National: Medical', 'State/Local', 'Individual') + stack(...dates) + stack(...hours) + stack(...approvals) +
        '</tr></tbody></table></div><div>Rows 1 - 4 of 4</div>',
    );
  const titles = ['Bleeding Control Review', 'Diabetic Emergencies', 'Regional Protocol Update', 'Lifting and Moving'];
  const dates = ['2026-01-14', '2026-02-20', '2026-03-09', '2026-04-02'];

  it('reads each stacked value as its row’s, an empty approval cell included', () => {
    const read = readHtml(grid(titles, dates, ['2.00', '1.50', '3.00', '1.00'], ['26-BCR-F3-0114', '26-DIA-F3-0220', 'OEMS 26-0309-T', '&nbsp;']), null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.component, course.approvalNumber ?? null])).toEqual([
      ['Bleeding Control Review', '2026-01-14', 2, 'national', '26-BCR-F3-0114'],
      ['Diabetic Emergencies', '2026-02-20', 1.5, 'national', '26-DIA-F3-0220'],
      ['Regional Protocol Update', '2026-03-09', 3, 'local', '26-0309-T'],
      ['Lifting and Moving', '2026-04-02', 1, 'individual', null],
    ]);
  });

  it('never reads the first value of each column as the only course', () => {
    const read = readHtml(grid(titles, dates, ['2.00', '1.50', '3.00', '1.00'], ['26-BCR-F3-0114', '26-DIA-F3-0220', 'OEMS 26-0309-T', '26-LAM-F3-0402']), null);
    expect(read.courses?.length).toBe(4);
  });

  it('still reads one course whose cells each hold a second line', () => {
    const row = '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody><tr>' +
      '<td><div>Bleeding Control Review</div><div>Pioneer Valley EMS</div></td><td><div>2026-01-14</div><div>online</div></td><td><div>2.00</div><div>CEH</div></td></tr></tbody></table>';
    const read = readHtml(page('Education', '<h2>Manage Education</h2>' + row), null);
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([['Bleeding Control Review', '2026-01-14', 2]]);
  });
});

describe('a help desk conversation viewed by its assigned agent', () => {
  const html = (panel: string) =>
    page(
      'Conversation #2211',
      '<nav><a>Inbox</a><a>Mine</a></nav><h2>Question about my CE hours #2211</h2>' +
        '<div class="msg"><b>Maria Chen</b> <span>Dec 1, 2026, 9:40 AM</span><p>Could you check my list before I submit?</p>' +
        '<p>Maria Chen E6620341 EMT exp 03/31/2027</p>' +
        '<table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr>' +
        '<tr><td>Bleeding Control Review</td><td>02/10/2026</td><td>2.00</td><td>26-BCR-F3-0210</td></tr>' +
        '<tr><td>Stroke Recognition</td><td>03/12/2026</td><td>1.50</td><td>26-STR-F3-0312</td></tr>' +
        '<tr><td>Regional Protocols</td><td>04/04/2026</td><td>4.00</td><td>OEMS 26-0404-T</td></tr></table></div>' +
        `<aside>${panel}</aside>`,
    );
  it('reads nobody’s own list', () => {
    expect(readHtml(html('<dl><dt>Assigned agent</dt><dd>Tom Kerrigan</dd><dt>Team</dt><dd>Training</dd></dl>'), null).kind).toBe('unknown');
  });
  it('still reads the list where no agent is named', () => {
    expect(readHtml(html('<dl><dt>Team</dt><dd>Training</dd></dl>'), null).courses?.length).toBe(3);
  });
});

describe('a list archive’s message from another subscriber', () => {
  const html = (from: string) =>
    page(
      'Re: is my transcript complete?',
      '<div id="top"><a>Home</a> <a>Lists</a> <span>j.morales@example.org</span> · <a href="/logout">Logout</a></div>' +
        '<h1>Re: is my transcript complete?</h1>' +
        `<ul class="hdr"><li><em>From</em>: ${from}</li><li><em>To</em>: ce-list@lists.example.org</li><li><em>Date</em>: Mon, 30 Nov 2026 08:12:00 -0500</li></ul>` +
        '<pre>My courses so far:\n\nTitle\tCompleted\tHours\tApproval\nBleeding Control Review\t2026-02-10\t2.0\t26-0210-T\nStroke Recognition\t2026-03-12\t1.5\t26-0312-T\nRegional Protocols\t2026-04-04\t4.0\t26-0404-T\n</pre>',
    );
  it('reads nobody’s own list when another subscriber sent it', () => {
    expect(readHtml(html('Owen Pratt &lt;o.pratt@example.com&gt;'), null).kind).toBe('unknown');
  });
  it('reads the list as the person’s own when the address signed in sent it', () => {
    expect(readHtml(html('Jo Morales &lt;j.morales@example.org&gt;'), null).courses?.length).toBe(3);
  });
});

describe('cards of a title over rows of label and value pairs', () => {
  const pair = (label: string, value: string) => `<td><div><span class="lbl">${label}</span><span class="val">${value}</span></div></td>`;
  const card = (title: string, date: string, hours: string, approval: string, component: string) =>
    `<div class="card"><div class="card-head"><div class="card-title">${title}</div></div><div class="card-body"><table><tbody>` +
    `<tr>${pair('Completed', date)}${pair('Credit', hours)}${pair('Approval', approval)}</tr><tr>${pair('Component', component)}${pair('Topic', '—')}</tr></tbody></table></div></div>`;
  const html = (extra: string) =>
    page(
      'My CE record',
      '<h1>My CE record</h1><p>Sam Rivera · EMT · expires Mar 31, 2027</p>' +
        card('Bleeding Control Review', 'Feb 10, 2026', '2.0 CEH', 'OEMS 26-0210-T', 'National Trauma') +
        card('Regional Protocols', 'Apr 4, 2026', '4.0 CEH', 'OEMS 26-0404-T', 'State/Local') +
        extra +
        card('Lifting and Moving', 'May 2, 2026', '1.0 CEH', 'CAPCE 26-LAM-F3-0502', 'Individual'),
    );
  it('reads each card as the course its title names', () => {
    const read = readHtml(html(''), null);
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.component])).toEqual([
      ['Bleeding Control Review', '2026-02-10', 2, 'national'],
      ['Regional Protocols', '2026-04-04', 4, 'local'],
      ['Lifting and Moving', '2026-05-02', 1, 'individual'],
    ]);
  });
  it('reports a card whose hours are not posted as unread', () => {
    const pending = '<div class="card"><div class="card-head"><div class="card-title">Stroke Recognition</div></div><div class="card-body">' +
      '<p>Completed Mar 12, 2026</p><p>Credit awaiting roster</p><p>Approval OEMS 26-0312-T</p></div></div>';
    const read = readHtml(html(pending), null);
    expect(read.courses?.length).toBe(3);
    expect(read.unread?.length).toBe(1);
    expect(read.unread?.[0]?.text).toContain('Stroke Recognition');
  });
});

describe('a coded category column and its key', () => {
  const row = (title: string, date: string, hours: string, code: string) => `<tr><td>${title}</td><td>${date}</td><td>${hours}</td><td>${code}</td></tr>`;
  const html = (key: string) =>
    page(
      'CE log',
      '<h2>CE log</h2><table><thead><tr><th>Course</th><th>Date</th><th>Hours</th><th>Cat.</th></tr></thead><tbody>' +
        row('Bleeding Control Review', '2026-02-10', '2', 'N-TRA') +
        row('Asthma and COPD', '2026-03-01', '1.5', 'N-Resp') +
        row('Regional Protocols', '2026-04-04', '4', 'SL') +
        row('Lifting and Moving', '2026-05-02', '1', 'IND') +
        `</tbody></table><p>${key}</p>`,
    );
  const assignments = (text: string) => readHtml(html(text), null).courses?.map((course) => [course.component, course.topic]);
  it('reads each code as the component and topic its key names', () => {
    expect(assignments('Key: N-TRA = National, Trauma; N-Resp = National, Airway; SL = State/Local; IND = Individual.')).toEqual([
      ['national', 'trauma'],
      ['national', 'airway'],
      ['local', null],
      ['individual', null],
    ]);
  });
  it('takes a topic from the code’s own letters where the key names only the component', () => {
    expect(assignments('N-TRA / N-Resp = National topic, SL = State/Local, IND = Individual')).toEqual([
      ['national', 'trauma'],
      ['national', 'airway'],
      ['local', null],
      ['individual', null],
    ]);
  });
  it('leaves the codes unread without a key', () => {
    expect(assignments('Codes are explained on the agency intranet.')).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe('a badge inside the title’s cell, before the approval number', () => {
  const row = (title: string, badge: string, approval: string, date: string, hours: string) =>
    `<div class="row"><span>${title}${badge ? `<span class="flag">${badge}</span>` : ''}<span class="approval">${approval}</span></span><span>${date}</span><span>${hours}</span><span><button>Remove</button></span></div>`;
  const html = (badge: string) =>
    page(
      'Manage Education',
      '<h2>Manage Education</h2><h3>National – Trauma</h3><div class="rows">' +
        row('Bleeding Control Review', '', 'CAPCE 26-BCR-F3-0210', '02/10/2026', '2.00') +
        row('Bleeding Control Review', badge, 'CAPCE 26-BCR-F3-0210', '02/10/2026', '2.00') +
        row('Splinting Skills Lab', '', 'OEMS 26-0301-T', '03/01/2026', '1.50') +
        '</div>',
    );
  it.each(['Duplicate hours', 'Out of Date'])('leaves “%s” out of the title', (badge) => {
    expect(readHtml(html(badge), null).courses?.map((course) => course.title)).toEqual(['Bleeding Control Review', 'Bleeding Control Review', 'Splinting Skills Lab']);
  });
  it('keeps a title’s own last word', () => {
    const html = page('Manage Education', '<h2>Manage Education</h2><div class="rows">' + row('Airway Update: What’s New', '', 'CAPCE 26-AWU-F3-0110', '01/10/2026', '1.00') + row('Splinting Skills Lab', '', 'OEMS 26-0301-T', '03/01/2026', '1.50') + '</div>');
    expect(readHtml(html, null).courses?.map((course) => course.title)).toEqual(['Airway Update: What’s New', 'Splinting Skills Lab']);
  });
});

describe('a license grid pasted into a note a cell per line', () => {
  const note = (lines: string[]) =>
    page('Secure note', '<h2>eLicensing</h2><div class="note">' + lines.map((line) => `<div>${line}</div>`).join('') + '</div>');
  const titles = ['License Number', 'Profession', 'License Type', 'License Status', 'Issue Date', 'Expiration Date'];
  it('reads each title’s own value', () => {
    const read = readHtml(note(['Welcome, Jo Marsh', ...titles, 'E448120', 'Emergency Medical Services', 'EMT', 'Current', '05/01/2025', '03/31/2027', 'Show Details']), null);
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject({ number: 'E448120', status: 'current', expiresOn: '2027-03-31' });
  });
  it('takes no control beside the note for the licensee ("Delete Link")', () => {
    const html = note([...titles, 'E448120', 'Emergency Medical Services', 'EMT', 'Current', '05/01/2025', '03/31/2027']).replace('</body>', '<button type="submit" aria-label="Delete Link"></button></body>');
    expect(readHtml(html, null).person?.name).not.toBe('Delete Link');
  });
  it('pairs no title with a value a line out of step (the license is read by its values alone)', () => {
    const read = readHtml(note([...titles, 'E448120', 'Emergency Medical Services', 'Current', '05/01/2025', '03/31/2027', 'Show Details']), null);
    expect(read.license).toMatchObject({ number: 'E448120', status: 'current', expiresOn: '2027-03-31' });
  });
});

describe('an agency card with its officer’s line between the name and the status', () => {
  const html = (middle: string) =>
    page(
      'Dashboard',
      '<h2>Dashboard</h2><p>Registry Number E5520417 · EMT · Expiration Date 03/31/2027</p>' +
        '<div class="card"><div class="card-header"><div class="card-title">Agency Affiliation</div></div><div class="list-group"><div class="list-group-item"><div class="media">' +
        `<div class="media-body"><p><strong>Harbor Point Ambulance</strong></p>${middle}</div><div class="ml-auto"><span class="badge">Pending Approval</span></div>` +
        '</div></div></div><div class="card-footer"><a>Add or Remove Agency Affiliation</a></div></div>',
    );
  it('reads the chip as the agency’s status', () => {
    expect(readHtml(html('<p>Training Officer: L. Moreau</p>'), null).agency).toEqual({ name: 'Harbor Point Ambulance', status: 'pending' });
  });
  it('still reads the chip right under the name', () => {
    expect(readHtml(html(''), null).agency).toEqual({ name: 'Harbor Point Ambulance', status: 'pending' });
  });
});

describe('a worksheet naming the page it mirrors in brackets', () => {
  const html = (heading: string) =>
    page(
      'Worksheet',
      `<h1>${heading}</h1><h2>Certification</h2><table><tr><th>Name</th><td>Lee Ortiz</td></tr><tr><th>Registry #</th><td>E4410288</td></tr><tr><th>Expiration</th><td>03/31/2027</td></tr>` +
        '<tr><th>Agency affiliation</th><td>Harbor Point Ambulance — Active</td></tr></table>' +
        '<h2>National Component</h2><p>Applied 4.00 of 20.00 hours</p><h3>Trauma</h3><table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
        '<tr><td>Bleeding Control Review</td><td>02/10/2026</td><td>2.00</td><td>26-BCR-F3-0210</td></tr><tr><td>Splinting Lab</td><td>03/01/2026</td><td>2.00</td><td>OEMS 26-0301-T</td></tr></tbody></table>',
    );
  it('reads the page it names', () => {
    expect(readHtml(html('Training Profile Worksheet — Step A (NREMT Manage Education)'), null).kind).toBe('nremt-education');
  });
});

describe('course cards a drag kit marks as buttons', () => {
  const card = (hours: string, title: string, meta: string, sortable: boolean) =>
    `<div role="button" tabindex="0"${sortable ? ' aria-roledescription="sortable"' : ''} class="course-card"><span class="h">${hours}</span><span class="t">${title}</span><span class="m">${meta}</span></div>`;
  const html = (sortable: boolean) =>
    page(
      'Manage Education',
      '<h1>Manage Education</h1><h2>National Component</h2><div class="topic"><button aria-expanded="true"><span>Trauma</span><span>2 of 4 hours</span></button><div class="droppable">' +
        card('2.0 CEH', 'Bleeding Control Review', 'Completed 02/10/2026 · Approval # 26-BCR-F3-0210', sortable) +
        '</div></div><div class="topic"><button aria-expanded="true"><span>Medical</span><span>1.5 of 7 hours</span></button><div class="droppable">' +
        card('1.5 CEH', 'Diabetic Emergencies', 'Completed 03/01/2026 · Approval # 26-DIA-F3-0301', sortable) +
        '</div></div>',
    );
  it('reads each card as its course', () => {
    expect(readHtml(html(true), null).courses?.map((course) => [course.title, course.hours, course.topic])).toEqual([
      ['Bleeding Control Review', 2, 'trauma'],
      ['Diabetic Emergencies', 1.5, 'medical'],
    ]);
  });
});

describe('a pasted transcript line ending with its status', () => {
  const html = (status: string) =>
    page(
      'Forum',
      '<h1>Transcript check</h1><div class="post"><p>Below is my transcript copied from the NREMT site:</p><div class="code">' +
        ['Date Completed Course Title Credit Hours Approval Number Status', `11/18/2026 Pediatric Airway Management 2.00 26-NEMS-F3-0412${status}`, `10/02/2026 Stroke Recognition 1.50 OEMS 26-1184-T${status}`, `08/14/2026 Hemorrhage Control 3.00 26-ECSI-F1-0077${status}`]
          .map((line) => `<div>${line}</div>`)
          .join('') +
        '</div></div>',
    );
  it.each([' Accepted', ''])('reads each course (status “%s”)', (status) => {
    expect(readHtml(html(status), null).courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Pediatric Airway Management', '2026-11-18', 2],
      ['Stroke Recognition', '2026-10-02', 1.5],
      ['Hemorrhage Control', '2026-08-14', 3],
    ]);
  });
});

describe('a catalogue of classes offering seats in a paragraph', () => {
  const html = (title: string, paragraph: string) =>
    page(
      title,
      '<h1>Winter Quarter</h1>' +
        `<p>All courses below are open to any certified provider. ${paragraph} Approval numbers are listed where the sponsor has them.</p>` +
        '<table><thead><tr><th>Date</th><th>Course</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
        '<tr><td>12/09/2026</td><td>Airway Management for the BLS Provider</td><td>3</td><td>CAPCE 26-MRC-F1-0611</td></tr>' +
        '<tr><td>12/16/2026</td><td>Pediatric Cardiac Arrest</td><td>2</td><td>CAPCE 26-MRC-F1-0612</td></tr>' +
        '<tr><td>01/13/2027</td><td>Regional Protocol Update</td><td>2</td><td>OEMS 26-0113-T</td></tr></tbody></table>',
    );
  it('is nobody’s own list', () => {
    expect(readHtml(html('2026–2027 Continuing Education Catalog', 'Seats are first-come; register through the council office.'), null).kind).toBe('unknown');
  });
});

describe('a grid of one-row tables holding a course twice', () => {
  const row = (title: string, date: string, hours: string) =>
    `<div class="gridRow" role="row"><table class="rowTable" role="presentation"><tbody><tr><td role="gridcell">${title}</td><td role="gridcell">${date}</td><td role="gridcell">${hours}</td></tr></tbody></table></div>`;
  const html = page(
    'Manage Education',
    '<h2>Manage Education</h2><div role="grid"><div class="header"><table><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></table></div><div class="view"><div class="content">' +
      row('Bleeding Control Review', '02/10/2026', '2.00') +
      row('Stroke Recognition', '03/12/2026', '1.50') +
      row('Stroke Recognition', '03/12/2026', '1.50') +
      row('Regional Protocols', '04/04/2026', '4.00') +
      '</div></div></div>',
  );
  it('reads both rows (the duplicate is the person’s to see)', () => {
    expect(readHtml(html, null).courses?.map((course) => course.title)).toEqual(['Bleeding Control Review', 'Stroke Recognition', 'Stroke Recognition', 'Regional Protocols']);
  });
});

describe('a license grid run on one line in a note', () => {
  const html = (row: string) =>
    page(
      'Vault',
      '<h2>MA eLicensing (Step B)</h2><p>https://healthprofessionlicensing.mass.gov/</p><p>Step B account. License box copied from Manage My Licenses and Applications (Dec 2):</p>' +
        `<p>${row}</p><p>Renewal for 2027 not open yet.</p>`,
    );
  const titles = 'Welcome, Jo Marsh Manage My Licenses and Applications License Number License Type License Status Issue Date Last Issue/Renewal Date Expiration Date';
  it('reads the license from the run-on row', () => {
    const read = readHtml(html(`${titles} E448120 Emergency Medical Technician Current 05/01/2019 04/02/2025 03/31/2027 Show Details`), null);
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject({ number: 'E448120', status: 'current', expiresOn: '2027-03-31' });
  });
});

describe('a walkthrough showing a sample member’s Manage Education', () => {
  const html = (number: string) =>
    page(
      'Manage Education walkthrough',
      `<h1>Manage Education</h1><p>Name: Pat Sample · Registry Number: ${number} · Emergency Medical Technician · Expiration Date: 03/31/2027</p>` +
        '<h2>National Component</h2><table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr>' +
        '<tr><td>Bleeding Control Review</td><td>02/10/2026</td><td>2.00</td><td>26-BCR-F3-0210</td></tr>' +
        '<tr><td>Stroke Recognition</td><td>03/12/2026</td><td>1.50</td><td>26-STR-F3-0312</td></tr>' +
        '<tr><td>Regional Protocols</td><td>04/04/2026</td><td>4.00</td><td>OEMS 26-0404-T</td></tr></table>',
    );
  it.each(['E0000000', 'A1111111'])('is nobody’s own list (%s)', (number) => {
    expect(readHtml(html(number), null).kind).toBe('unknown');
  });
  it('is the person’s own list under a real number', () => {
    expect(readHtml(html('E7310022'), null).courses?.length).toBe(3);
  });
});
