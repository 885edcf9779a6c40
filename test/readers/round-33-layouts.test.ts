// Round 33's layouts (blind set 81's misses), each written here in its own words:
// - a kanban board's notes holding a course list pasted one value per line: group names each over
//   its progress figure ("4.00 / 6.00"), a "Courses not assigned" group, hours "TBD", and a later
//   note of old courses under a remark line;
// - a meeting's chat where the person pastes their CE sheet copied from a spreadsheet, its tabs and
//   line breaks in the message's text though the chat runs them together;
// - a to-do app's task note holding the dashboard copied off NREMT, its line breaks lost, so its
//   labelled facts run on in one line;
// - a forum thread whose posts open "By: handle on <date>", the account's handle in the navbar
//   above "Log out": another member's transcript is nobody's own list; the account's own is theirs;
// - an application's agency beside a chip reading "Affiliation Active";
// - a help desk reply holding a transcript pasted, its tabs lost: a row with an empty approval cell
//   ("—") before its status ("Not Verified");
// - a bug tracker's comment holding Manage Education lined up by hand in fixed width: column names,
//   each group's name with its progress at the line's end, titles wrapped onto a second line;
// - an assistant chat where the person pastes their dashboard copied off a phone, its lines run
//   together at double spaces in one long message.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { courseLineCells } from '../../lib/readers/line-records';
import { finishRead } from '../../lib/readers/judge-page';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const fields = (read: ReturnType<typeof readHtml>): unknown[] =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

describe('a kanban board whose notes hold a course list pasted a value per line', () => {
  const note = (lines: string[]): string => `<div class="card"><div class="card-text" style="white-space: pre-wrap">${lines.join('\n')}</div></div>`;
  const html = page(
    'Boards — recert',
    '<div class="board"><div class="column"><div class="column-title">NREMT Manage Education (pasted)</div>' +
      note(['Marisol T. Quinn', 'Registry Number', 'E7654321', 'Expiration Date', '03/31/2027', 'Last Recertification Date', '03/20/2025']) +
      note([
        'NATIONAL', '9.00 / 20.00 hrs', 'Medical', '4.00 / 6.00',
        'Stroke Scales in the Field', 'Completed 07/09/2025', '2.00 hrs', '25-KLM-F3-0709',
        'Diabetic Emergencies', 'Completed 01/22/2026', '2.00 hrs', '26-KLM-F3-0122',
        'Trauma', '1.00 / 3.00',
        'Burn Care Basics', 'Completed 05/30/2026', '1.00 hrs', '26-QRS-F1-0530',
      ]) +
      note(['STATE/LOCAL', '2.50 / 10.00 hrs', 'Regional Protocol Night', 'Completed 09/17/2025', '2.50 hrs', 'OEMS 25-0917-T']) +
      note(['Courses not assigned', 'Ambulance Driving Video', 'Completed 10/03/2026', '0.75 hrs', '—', 'Lift Assist Drill', 'Completed 11/12/2026', 'TBD', '26-QRS-F3-1112']) +
      '</div><div class="column"><div class="column-title">Notes</div>' +
      note(['Ask the TO about the driving video']) +
      note(['Old cycle — already counted last time', 'CPR Instructor Update', 'Completed 01/15/2025', '3.00 hrs', '25-KLM-F1-0115']) +
      '</div></div>',
  );
  it('reads each course under its group, the progress figures none, the TBD row unread', () => {
    const read = readHtml(html, 'https://boards.example.org/b/recert');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Stroke Scales in the Field', '2025-07-09', 2, 'national', 'medical', '25-KLM-F3-0709'],
      ['Diabetic Emergencies', '2026-01-22', 2, 'national', 'medical', '26-KLM-F3-0122'],
      ['Burn Care Basics', '2026-05-30', 1, 'national', 'trauma', '26-QRS-F1-0530'],
      ['Regional Protocol Night', '2025-09-17', 2.5, 'local', null, '25-0917-T'],
      ['Ambulance Driving Video', '2026-10-03', 0.75, null, null, null],
      ['CPR Instructor Update', '2025-01-15', 3, null, null, '25-KLM-F1-0115'],
    ]);
    expect(read.unread).toHaveLength(1);
  });
});

describe("a meeting chat holding the person's CE sheet pasted from a spreadsheet", () => {
  const sheet = [
    'Course\tDate\tHours\tApproval #\tCategory',
    'Airway Management Update\t06/12/2025\t2\t25-PQR-F3-0612\tNational / Airway',
    'Cardiac Arrest Management\t09/03/2025\t4\t25-PQR-F1-0903\tNational / Cardiovascular',
    'Mass Casualty Drill\t02/18/2026\t3\tOEMS 26-0218-T\tLocal',
    'Wound Care for EMS\t05/27/2026\t1.5\t\tIndividual',
    'Sepsis Recognition\t10/14/2026\t\t26-PQR-F3-1014\tNational / Medical',
  ].join('\n');
  // A message right after the same sender's shows no header of its own.
  const message = (who: string, time: string, text: string): string =>
    `<div class="message-row"><div class="message">${who ? `<p class="message-header"><span class="message-user">${who}</span><span class="message-time">${time}</span></p>` : ''}<div>${text}</div></div></div>`;
  const html = page(
    'Station 2 — CE review',
    '<nav id="users"><div>r.alves</div><div>capt.byrne</div></nav><h1>Station 2 — CE review</h1><div id="box">' +
      message('capt.byrne', '18:30', 'Post your CE logs here before you hit Submit on NREMT.') +
      message('r.alves', '18:32', 'EMT, cycle 04/01/2025 – 03/31/2027. My log from the sheet:') +
      message('', '', sheet) +
      message('capt.byrne', '18:35', 'Sepsis needs its hours before it counts.') +
      '</div>',
  );
  it('reads the sheet\'s rows as courses, the blank hours unread', () => {
    const read = readHtml(html, 'https://meet.example.org/group/station2/');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Airway Management Update', '2025-06-12', 2, 'national', 'airway', '25-PQR-F3-0612'],
      ['Cardiac Arrest Management', '2025-09-03', 4, 'national', 'cardiovascular', '25-PQR-F1-0903'],
      ['Mass Casualty Drill', '2026-02-18', 3, 'local', null, '26-0218-T'],
      ['Wound Care for EMS', '2026-05-27', 1.5, 'individual', null, null],
    ]);
    expect(read.unread).toHaveLength(1);
    expect(read.certification?.expiresOn).toBe('2027-03-31');
  });
});

describe("a to-do app's task note holding the dashboard, its labelled facts run together", () => {
  const html = page(
    'Tasks | Questlog',
    '<header><a href="/">Questlog</a><span>Level 9 Ranger</span></header><main><h2>To Do</h2><div class="task">' +
      '<h3>Step A — my NREMT dashboard (copied 11/30)</h3><div class="task-notes"><p><strong>My Certification</strong></p>\n<p>' +
      'Dana R. Whitfield\nNational Registry Paramedic\nRegistry Number: P4455667\nCertification Expiration Date: 03/31/2027\nRecertification Cycle: 04/01/2025 - 03/31/2027' +
      '</p></div><div class="checklist"><span>Pay the $30 fee</span><span>Click Submit Application</span></div></div></main>',
  );
  it('reads each labelled fact of the run-on line', () => {
    const read = readHtml(html, 'https://questlog.example.org/tasks');
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.person?.registryNumber).toBe('P4455667');
    expect(read.certification).toMatchObject({ level: 'paramedic', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
  });
});

describe('a forum thread whose posts open "By: handle on <date>"', () => {
  const post = (who: string, when: string, body: string): string =>
    `<div class="post"><h4 class="subject">Do these count? (my transcript)</h4><p class="meta">By: <a href="/member/${who}/">${who}</a> on ${when}</p><div class="post-content">${body}</div><div class="sidebar"><a href="/member/${who}/">${who}</a><span>Posts: 12</span></div></div>`;
  const transcript =
    '<pre><code>COURSE                         COMPLETED   HRS   APPROVAL\nBleeding Control Update        2025-07-11  2.00  25-BLD-F3-0711\nPediatric Fever Review         2025-12-03  1.50  25-PED-F3-1203\nRegional Protocols Night       2026-03-19  3.00  26-0319-T</code></pre>';
  const thread = (account: string): string =>
    page(
      'Do these count? (my transcript) - Members Forum',
      `<nav class="navbar"><a href="/">Members Forum</a><ul><li><a href="/member/${account}/">${account}</a></li><li><a href="/account/">Account</a></li><li><a href="/logout/">Log out</a></li></ul></nav>` +
        '<h1>Do these count? (my transcript)</h1>' +
        post('mbrennan', 'Nov. 29, 2026, 8:02 p.m.', '<p>AEMT, expiring 3/31/2027. My NREMT transcript, lined up in a text file:</p>' + transcript) +
        post('tk_hollis', 'Dec. 1, 2026, 9:40 a.m.', '<p>All three are inside your cycle and have numbers.</p>'),
    );
  it("reads another member's transcript as nobody's own list", () => {
    expect(readHtml(thread('tk_hollis'), 'https://forum.example.org/topic/88/').kind).toBe('unknown');
  });
  it("reads the account's own transcript as theirs (guard)", () => {
    const read = readHtml(thread('mbrennan'), 'https://forum.example.org/topic/88/');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(3);
  });
});

describe('an application whose agency carries a chip reading "Affiliation Active"', () => {
  const html = page(
    'Recertification Application | NREMT',
    '<h1>Recertification Application</h1><dl>' +
      '<dt>Name</dt><dd>Tomas V. Brandt</dd><dt>Registry Number</dt><dd>E5566778</dd>' +
      '<dt>Agency</dt><dd>Merrimack Valley Ambulance <span class="tag-group"><span class="tag" role="row"><span role="gridcell">Affiliation Active</span></span></span></dd>' +
      '<dt>Application Status</dt><dd>In Progress</dd></dl>',
  );
  it('reads the name without the chip\'s caption word', () => {
    const read = readHtml(html, 'https://www.nremt.org/recertification/application');
    expect(read.kind).toBe('nremt-application');
    expect(read.agency).toEqual({ name: 'Merrimack Valley Ambulance', status: 'active' });
  });
});

describe('a pasted transcript row whose tabs were lost, its approval cell empty before its status', () => {
  it.each([
    ['Radio Report Basics 02/14/2026 1.00 — Not Verified', ['Radio Report Basics', '02/14/2026', '1.00']],
    ['Radio Report Basics 02/14/2026 1.00 - Accepted', ['Radio Report Basics', '02/14/2026', '1.00']],
    ['Radio Report Basics 02/14/2026 1.00 26-RAD-F3-0214 Not Verified', ['Radio Report Basics', '02/14/2026', '1.00', '26-RAD-F3-0214']],
  ])('%s', (line, cells) => {
    expect(courseLineCells(line)).toEqual(cells);
  });
});

describe("a bug tracker's comment holding Manage Education lined up in fixed width", () => {
  const printout = [
    'MANAGE EDUCATION                          Aaron P. Delacroix   NRP P7788123',
    'Paramedic                 Recertification cycle: 04/01/2025 - 03/31/2027',
    '',
    '    Completed   Hrs   Approval #      Course',
    'NATIONAL COMPONENT                                          6.50 / 30.00',
    '  Cardiovascular                                            4.00 /  7.00',
    '    10/02/2025  2.00  25-HRT-F3-1002  Cardiac Arrest Management and',
    '                                      Post-Arrest Care',
    '    03/11/2026  2.00  26-HRT-F3-0311  12-Lead Review',
    '  Medical                                                   2.50 /  8.00',
    '    05/20/2026  2.50  26-MED-F1-0520  Diabetic Emergencies',
    'Showing 3 courses',
  ].join('\n');
  const html = page('Bug 4410 – Panel shows no national hours', `<h1>Bug 4410</h1><div class="bz_comment"><pre class="bz_comment_text">${printout}</pre></div>`);
  it('reads each row under its group, a wrapped title whole, the group lines none', () => {
    const read = readHtml(html, 'https://bugs.example.org/show_bug.cgi?id=4410');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Cardiac Arrest Management and Post-Arrest Care', '2025-10-02', 2, 'national', 'cardiovascular', '25-HRT-F3-1002'],
      ['12-Lead Review', '2026-03-11', 2, 'national', 'cardiovascular', '26-HRT-F3-0311'],
      ['Diabetic Emergencies', '2026-05-20', 2.5, 'national', 'medical', '26-MED-F1-0520'],
    ]);
  });
});

describe('an assistant chat holding the dashboard pasted as one run-on message', () => {
  const pasted =
    'here is my nremt page, copied off my phone so it is all run together  My Certification  Dashboard  Corey M. Lindqvist  ' +
    'Emergency Medical Technician  Registry Number E6677889  Certification Status Active  Expiration Date 03/31/2027  ' +
    'Recertification Cycle 04/01/2025 - 03/31/2027  Agency Affiliation  Gloucester Fire Department  Pending Approval  ' +
    'Recertification CE Summary  National 12 / 20  Local 4 / 10  Individual 6 / 10  Message Center  ' +
    '11/02/2026 Your request to affiliate with Gloucester Fire Department has been sent.  what do I still need to do?';
  // What the content script sends of such a chat: its messages as the record finder's items (each
  // beside its time), the long one as an unread item's piece only (no outline line holds it).
  const message = (who: string, when: string, text: string, kind: 'record' | 'unread' = 'unread') => ({ kind, pieces: [{ t: who }, { t: when }, { t: text }], quiet: true });
  const sent = {
    snapshot: { url: 'https://chat.example.org/c/7f3a', kind: 'unknown' as const },
    evidence: {
      signals: { records: 1 },
      title: 'New chat - Assistant',
      outline: [{ text: 'New chat' }, { text: 'You said Dec 3, 6:10 PM' }, { text: 'hi, can you help with my recert?' }],
      recordLists: [{ dateOrder: 0, items: [message('You', 'Dec 3, 6:10 PM', 'hi, can you help with my recert?'), message('You', 'Dec 3, 6:12 PM', pasted), message('Assistant', 'Dec 3, 6:12 PM', 'You still need National hours.')] }],
    },
  };
  it("reads the dashboard's facts from the message's gaps", () => {
    const read = finishRead(sent);
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.person?.registryNumber).toBe('E6677889');
    expect(read.certification).toMatchObject({ level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
    expect(read.agency).toEqual({ name: 'Gloucester Fire Department', status: 'pending' });
  });
});
