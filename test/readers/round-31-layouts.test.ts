// Round 31's layouts (blind set 71's known misses and older sets' pages read as none), each
// written here in its own words:
// - a web terminal showing `cat` of a CE log: a text table whose "comp" column (a date's
//   abbreviation elsewhere) holds each course's component, its hours "TBD" on one row;
// - a code host's annotate view of a CSV file: the header's own words ("completed", "notes"),
//   each line beside its commit's author, message and revision;
// - a pasted text table's row "… Individual  -  none  Stair Chair …": an empty topic and an
//   approval written "none" before the title;
// - rows whose hours are not posted yet: "TBD pending", "-- hrs" beside "approval pending";
// - a chat client's channel where another member pastes their own list (guard);
// - a blame table of a text file: revision and initials, line numbers, comment lines;
// - an IRC log drawn as a table: nick, message, time, the messages a pasted list's lines;
// - a chat where the person pastes what their Manage Education page shows.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { canBeAgencyName } from '../../lib/readers/dashboard';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const fields = (read: ReturnType<typeof readHtml>): unknown[] =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

describe('a terminal showing a CE log as a text table', () => {
  const log = [
    'medic@box:~/ce$ cat log.txt',
    '# my CE log, one class per line',
    'date        ceh  comp      topic    approval         title',
    '2026-05-02  1.5  NATIONAL  TRAUMA   26-ABCD-F3-0101  Burn Care Update',
    '2026-06-11  2.0  LOCAL     -        26-0611-T3       Regional Protocol Review',
    '2026-07-19  TBD  INDIV     -        26-WXYZ-F1-0222  Poison Center Rounds',
    '2026-09-03  1.0  NATIONAL  MEDICAL  26-ABCD-F3-0330  Sepsis in the Field',
    'medic@box:~/ce$',
  ].join('\n');
  it("reads each row's component from the column whose values are components, and the TBD row as unread", () => {
    const read = readHtml(page('1: medic@box: ~/ce', `<div id="term"><pre class="terminal">${log}</pre></div>`), 'https://box.example.net/');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Burn Care Update', '2026-05-02', 1.5, 'national', 'trauma', '26-ABCD-F3-0101'],
      ['Regional Protocol Review', '2026-06-11', 2, 'local', null, '26-0611-T3'],
      ['Sepsis in the Field', '2026-09-03', 1, 'national', 'medical', '26-ABCD-F3-0330'],
    ]);
    expect(read.unread).toHaveLength(1);
  });
});

describe("a code host's annotate view of a CSV file", () => {
  const line = (blame: string, n: number, text: string): string =>
    `<tr class="line"><td class="blame">${blame}</td><td class="rev">${blame ? 'r' + n : ''}</td><td class="no" id="L${n}"></td><td class="code"><span>${text}</span></td></tr>`;
  const html = page(
    'sam/notes · ce/log.csv · Code',
    '<h4>ce / log.csv - annotation</h4><table class="annotate">' +
      line('sam add log', 1, 'completed,credits,component,topic,approval,course,notes') +
      line('', 2, '2026-02-10,2.00,National,Airway,26-ABCD-F3-0010,"Airway Adjuncts Review",') +
      line('', 3, '2026-03-15,1.50,National,Trauma,26-ABCD-F3-0020,"Splinting Lab",') +
      line('sam protocols', 4, '2026-04-20,3.00,Local,,26-0420-T3,"State Protocol Update",') +
      line('', 5, '2026-05-25,1.00,Individual,,26-ABCD-F5-0030,"Grand Rounds",ask TO') +
      '</table>',
  );
  it('reads the lines as courses, the header naming their completion', () => {
    const read = readHtml(html, 'https://code.example.org/sam/notes/annotate/tip/ce/log.csv');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Airway Adjuncts Review', '2026-02-10', 2, 'national', 'airway', '26-ABCD-F3-0010'],
      ['Splinting Lab', '2026-03-15', 1.5, 'national', 'trauma', '26-ABCD-F3-0020'],
      ['State Protocol Update', '2026-04-20', 3, 'local', null, '26-0420-T3'],
      ['Grand Rounds', '2026-05-25', 1, 'individual', null, '26-ABCD-F5-0030'],
    ]);
  });
});

describe('pasted rows with empty cells and hours not posted yet', () => {
  it('keeps a title after an empty topic and an approval written "none"', () => {
    const rows = [
      '03/02/2026  2.00   National     Medical     26-ABCD-F3-0101   Allergic Reactions',
      '04/14/2026  1.50   Local        -           26-0414-T3        Protocol Changes',
      '05/20/2026  1.00   Individual   -           none              Lift Assist and Safe Handling',
    ];
    const read = readHtml(page('CE paste', `<h1>NREMT CE log</h1><div class="paste">${rows.map((row) => `<div>${row}</div>`).join('')}</div>`), 'https://paste.example.com/raw/abc');
    expect(fields(read).at(-1)).toEqual(['Lift Assist and Safe Handling', '2026-05-20', 1, 'individual', null, null]);
  });
  it('reports a row whose hours say "TBD pending", and a block whose hours are "-- hrs", as unread', () => {
    const text = [
      'Airway Review 01/10/2026 2.00 26-ABCD-F3-0001 National - Airway',
      'Trauma Lab 02/12/2026 1.50 26-ABCD-F3-0002 National - Trauma',
      'Hazmat Refresher 03/14/2026 TBD pending Individual',
      'Stroke Scales 04/16/2026 1.00 26-ABCD-F3-0004 National - Medical',
    ];
    const read = readHtml(page('My NREMT CE list', `<h1>My NREMT CE list</h1><pre>${text.join('\n')}</pre>`), null);
    expect(read.courses).toHaveLength(3);
    expect(read.unread?.map((row) => row.text)).toEqual([expect.stringContaining('Hazmat Refresher')]);
    const blocks = [
      'CPAP Refresher', 'completed 09/30/2026 · 1.50 hrs · CAPCE 26-ABCD-F3-1033',
      'Cardiac Update', 'completed 10/02/2026 · 2.00 hrs · CAPCE 26-ABCD-F3-1034',
      'EVOC Refresher', 'completed 11/20/2026 · -- hrs · approval pending',
    ];
    const second = readHtml(page('NREMT CE notes', `<h1>NREMT CE notes</h1><pre>${blocks.join('\n')}</pre>`), null);
    expect(second.courses?.map((course) => course.title)).toEqual(['CPAP Refresher', 'Cardiac Update']);
    expect(second.unread?.map((row) => row.text)).toEqual([expect.stringContaining('EVOC Refresher')]);
  });
});

describe("a chat client's channel where another member pastes their own list", () => {
  const message = (stamp: string, nick: string, text: string): string =>
    `<div class="message"><span class="ts">${stamp}</span><a class="from">${nick}</a><div class="text">${text}</div></div>`;
  it('is nobody\'s list here: the list is its sender\'s, and the page does not say who reads it', () => {
    const html = page(
      '#ems-ce',
      '<nav><a href="/account">Account</a></nav><h1>#ems-ce</h1>' +
        message('Dec 1 19:02', 'jdoyle', 'can someone check my hours? here is my list') +
        message('Dec 1 19:02', 'jdoyle', '<pre>Course | Completed | Hours | Approval\nAirway Review | 2026-01-10 | 2.00 | 26-ABCD-F3-0001\nTrauma Lab | 2026-02-12 | 1.50 | 26-ABCD-F3-0002\nStroke Scales | 2026-04-16 | 1.00 | 26-ABCD-F3-0004</pre>') +
        message('Dec 1 19:05', 'kris', 'that is only 4.5 hours, you need more national') +
        message('Dec 1 19:07', 'jdoyle', 'ok thanks'),
    );
    expect(readHtml(html, 'https://chat.example.net/chat/ems-ce').kind).toBe('unknown');
  });
});

describe('a blame table of a text file', () => {
  const row = (commit: string, n: number, cells: string[]): string =>
    `<tr><td class="sha1">${commit}</td><td class="linenr"><a href="#l${n}">${n}</a></td>${cells.map((cell) => `<td class="pre">${cell}</td>`).join('')}</tr>`;
  const html = page(
    'git - notes.git/blame - ce.txt',
    '<div class="page_path">notes.git / ce.txt</div><table class="blame"><thead><tr><th>Commit</th><th>Line</th><th colspan="5">Data</th></tr></thead><tbody>' +
      row('0a1b2c3 KM', 1, ['# NREMT CE log', '', '', '', '']) +
      row('0a1b2c3 KM', 2, ['2026-01-10', '2.00', 'National / Airway', '26-ABCD-F3-0001', 'Airway Review']) +
      row('4d5e6f7', 3, ['2026-02-12', '1.50', 'National / Trauma', '26-ABCD-F3-0002', 'Trauma Lab']) +
      row('4d5e6f7 KM', 4, ['2026-03-14', '1.00', 'Individual', '26-ABCD-F5-0003', 'Case Review Night']) +
      row('8a9b0c1', 5, ['# TODO ask the TO where the drill goes', '', '', '', '']) +
      '</tbody></table>',
  );
  it("reads the titles from the file's words, not the revision, and no line number as hours", () => {
    const read = readHtml(html, 'https://git.example.lan/?p=notes.git;a=blame;f=ce.txt');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Airway Review', '2026-01-10', 2, 'national', 'airway', '26-ABCD-F3-0001'],
      ['Trauma Lab', '2026-02-12', 1.5, 'national', 'trauma', '26-ABCD-F3-0002'],
      ['Case Review Night', '2026-03-14', 1, 'individual', null, '26-ABCD-F5-0003'],
    ]);
    expect(read.unread ?? []).toEqual([]);
  });
});

describe('an IRC log drawn as a table', () => {
  const row = (nick: string, text: string, time: string): string => `<tr><th class="nick">${nick}</th><td class="text">${text}</td><td class="time">${time}</td></tr>`;
  const html = page(
    'IRC log of #ems for 2026-11-29',
    '<h1>IRC log of #ems for 2026-11-29</h1><table class="irclog">' +
      row('pat_emt', 'pasting my NREMT transcript (copied off the Transcript page)', '18:58') +
      row('pat_emt', '02/20/2026&nbsp;&nbsp;Hazmat Awareness Refresher&nbsp;&nbsp;2.00&nbsp;&nbsp;26-ABCD-F1-0088', '18:58') +
      row('pat_emt', '05/17/2026&nbsp;&nbsp;Pediatric Respiratory Emergencies&nbsp;&nbsp;1.50&nbsp;&nbsp;26-ABCD-F3-0233', '18:58') +
      row('pat_emt', '06/03/2026&nbsp;&nbsp;Cardiac Arrest Management&nbsp;&nbsp;3.00&nbsp;&nbsp;26-ABCD-F1-0410', '18:58') +
      row('pat_emt', '07/09/2026&nbsp;&nbsp;Field Triage Scheme&nbsp;&nbsp;1.00&nbsp;&nbsp;OEMS 26-0709-T3', '18:58') +
      row('pat_emt', '07/19/2026&nbsp;&nbsp;Overdose Response Update&nbsp;&nbsp;TBD&nbsp;&nbsp;26-ABCD-F3-0518', '18:58') +
      row('lee', 'the hazmat one has an F1 number so it is fine for the national side', '19:00') +
      '</table>',
  );
  it("reads each message's columns run together, and no chat remark as unread", () => {
    const read = readHtml(html, 'https://irclogs.example.org/ems/2026-11-29.html');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual([
      ['Hazmat Awareness Refresher', '2026-02-20', 2, '26-ABCD-F1-0088'],
      ['Pediatric Respiratory Emergencies', '2026-05-17', 1.5, '26-ABCD-F3-0233'],
      ['Cardiac Arrest Management', '2026-06-03', 3, '26-ABCD-F1-0410'],
      ['Field Triage Scheme', '2026-07-09', 1, '26-0709-T3'],
    ]);
    expect(read.unread?.map((row) => row.text)).toEqual([expect.stringContaining('Overdose Response Update')]);
  });
});

describe('a chat where the person pastes what their Manage Education page shows', () => {
  it('names the list by its page', () => {
    const html = page(
      'Converse',
      '<div class="profile">Alex Moreno</div><div class="chat">' +
        '<div class="msg"><b>Sam Lee 17:04</b><p>Hey, send me what your Manage Education page shows when you can</p></div>' +
        '<div class="msg"><b>Alex Moreno 17:19</b><p>Pasting it section by section: topic — course — date — hours — approval #</p></div>' +
        '<div class="msg"><div>NATIONAL</div><div>• Airway — Capnography Review — 4/22/2026 — 2 hrs — 26-ABCD-F3-0311</div><div>• Trauma — Splinting Lab — 6/14/2026 — 1 hr — 26-ABCD-F1-0620</div></div>' +
        '<div class="msg"><div>STATE/LOCAL</div><div>• Protocol Update — 8/11/2026 — 4 hrs — 26-0811-T3</div></div></div>',
    );
    const read = readHtml(html, 'https://chat.example.org/');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.hours, course.component])).toEqual([
      ['Capnography Review', 2, 'national'],
      ['Splinting Lab', 1, 'national'],
      ['Protocol Update', 4, 'local'],
    ]);
  });
});

// Blind set 72's (developed on it this round):
describe("a paste site's code view whose gutter numbers are glued to their lines", () => {
  const lines = [
    'My NREMT transcript (copied from the NREMT Transcript page)',
    'Sam Rivera | Registry # A1234567 | Advanced EMT',
    '',
    'Course Title\tDate Completed\tHours\tApproval #\tSource',
    'Burn Care Update\t01/22/2026\t2.00\t26-ABCD-F1-0318\tCAPCE import',
    'Splinting Lab\t05/10/2026\t1.50\t26-ABCD-F3-1107\tCAPCE import',
    'Stroke Scales\t08/19/2026\t1.00\t\tadded by me',
    'Sepsis in the Field\t09/27/2026\t1.25\t26-ABCD-F3-2215\tCAPCE import',
  ];
  const code = lines.map((text, at) => `<span class="line"><span class="line-number">${at + 1}</span><span>${text}</span></span>`).join('');
  it('cuts the lines again at their numbers, an empty cell kept in its place', () => {
    const read = readHtml(page('Paste', `<h2>NREMT transcript copy</h2><pre class="shiki"><code>${code}</code></pre>`), 'https://paste.example.rs/x1');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual([
      ['Burn Care Update', '2026-01-22', 2, '26-ABCD-F1-0318'],
      ['Splinting Lab', '2026-05-10', 1.5, '26-ABCD-F3-1107'],
      ['Stroke Scales', '2026-08-19', 1, null],
      ['Sepsis in the Field', '2026-09-27', 1.25, '26-ABCD-F3-2215'],
    ]);
  });
});

describe("a pivot's rows under its grand group's caption", () => {
  const row = (group: string, component: string, topic: string, title: string, date: string, approval: string, hours: string): string =>
    `<tr><th>${group}</th><th>${component}</th><th>${topic}</th><th>${title}</th><th>${date}</th><th>${approval}</th><td>${hours}</td></tr>`;
  const html = page(
    'CE pivot',
    '<h1>NREMT CE by component</h1><table><tr><th colspan="6"></th><th>All CE</th></tr>' +
      row('All CE', 'Individual', '(none)', 'Stair Chair Drill', '10/14/2026', '(none)', '1.00') +
      row('- All CE', '- Individual', '- (none)', 'Grand Rounds', '12/03/2025', '25-ABCD-F1-0880', '4.00') +
      row('- All CE', 'National', 'Airway, Respiration &amp; Ventilation', 'Airway in the Obese Patient', '06/14/2025', '25-ABCD-F1-0412', '2.00') +
      row('- All CE', '- National', '- Airway, Respiration &amp; Ventilation', 'Pediatric Respiratory Emergencies', '01/22/2026', '25-ABCD-F3-1107', '1.50') +
      row('- All CE', '- National', 'Cardiovascular', 'STEMI Recognition', '09/09/2025', '25-ABCD-F1-2204', '3.00') +
      '</table>',
  );
  it("takes no row's title from the caption every row repeats", () => {
    const read = readHtml(html, 'https://reports.example.org/pivot');
    expect(read.courses?.map((course) => course.title)).toEqual(['Stair Chair Drill', 'Grand Rounds', 'Airway in the Obese Patient', 'Pediatric Respiratory Emergencies', 'STEMI Recognition']);
  });
});

describe("facts a page shows beside its menu, its cycle's captions and its application's steps", () => {
  it("reads no menu item as the agency's name", () => {
    // The side menu's "Agency Affiliation" then "Documents" read as a label and its value (set 72's vis-timeline dashboard).
    for (const item of ['Documents', 'Message Center', 'Manage Education']) expect(canBeAgencyName(item, 'Sam Rivera')).toBe(false);
    expect(canBeAgencyName('North Harbor Ambulance', 'Sam Rivera')).toBe(true);
  });
  it("reads a cycle's caption with its two dates cut apart as no course", () => {
    const card = (title: string, date: string, hours: string, approval: string): string => `<tr><td>${title}</td><td>${date}</td><td>${hours}</td><td>${approval}</td></tr>`;
    const html = page(
      'My CE',
      '<h1>My NREMT Transcript</h1><div class="accordion">' +
        '<button aria-expanded="true"><span>Current cycle · 04/01/2026 · 03/31/2028 · 6.5 CEH</span></button><table><tr><th>Course</th><th>Completed</th><th>CEH</th><th>Approval</th></tr>' +
        card('Ultrasound Primer', '05/02/2026', '2.0', '26-ABCD-F3-0001') + card('Airway Checklists', '06/11/2026', '3.0', '26-ABCD-F1-0002') + card('Pediatric Sepsis', '07/19/2026', '1.5', '26-ABCD-F3-0003') +
        '</table><button aria-expanded="false"><span>Previous cycle · 04/01/2024 · 03/31/2026 · 61.5 CEH</span></button><div hidden><table><tr><td>Old class</td><td>05/05/2024</td><td>2.0</td><td>24-ABCD-F3-0009</td></tr></table></div></div>',
    );
    const read = readHtml(html, 'https://ce.example.org/me');
    expect(read.courses?.map((course) => course.title)).toEqual(['Ultrasound Primer', 'Airway Checklists', 'Pediatric Sepsis']);
  });
  it("tells a paid application whose Submit step is in progress and says Not Submitted as not submitted", () => {
    const step = (name: string, state: string): string => `<li><h4>${name}</h4><span class="badge">${state}</span></li>`;
    const html = page(
      'Recertification Application | National Registry',
      '<h1>Recertification Application</h1><p>Sam Rivera</p><p>Registry # P1234567</p><ol class="steps">' +
        step('Continuing Education', 'Complete') + step('Payment', 'Complete') + '<li aria-current="step"><h4>Submit</h4><span class="badge">In progress</span><p>Not Submitted</p></li></ol>' +
        '<table><tr><td>Payment status</td><td>Paid 11/18/2026</td></tr></table><button>Submit Application</button>',
    );
    expect(readHtml(html, 'https://www.nremt.org/recertification/application').application?.status).toBe('not-submitted');
  });
  it("takes no personal site's name for the person's", () => {
    const html = page(
      'NREMT Manage Education - Tidewater Notes',
      '<header><h1><a href="/">Tidewater Notes</a></h1></header><main><h2>NREMT Manage Education</h2><table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr>' +
        '<tr><td>Burn Care Update</td><td>01/22/2026</td><td>2.00</td><td>26-ABCD-F1-0318</td></tr><tr><td>Splinting Lab</td><td>05/10/2026</td><td>1.50</td><td>26-ABCD-F3-1107</td></tr></table></main>',
    );
    expect(readHtml(html, 'https://notes.example.net/nremt').person?.name).toBeUndefined();
  });
});

describe('a tree grid: the tree drawn as its first column, each value column drawn apart', () => {
  const node = (id: string, text: string, children = ''): string => `<li role="none" id="${id}"><a role="treeitem" href="#">${text}</a>${children ? `<ul role="group">${children}</ul>` : ''}</li>`;
  const tree =
    '<ul role="tree">' +
    node('n', 'National Component', node('a', 'Airway, Respiration &amp; Ventilation', node('c1', 'Capnography Review') + node('c2', 'BVM Skills Lab')) + node('t', 'Trauma', node('c3', 'Splinting Lab'))) +
    node('l', 'State/Local Component', node('c4', 'Protocol Update')) +
    node('i', 'Individual Component', node('c5', 'Grand Rounds')) +
    '</ul>';
  const ids = ['n', 'a', 'c1', 'c2', 't', 'c3', 'l', 'c4', 'i', 'c5'];
  const values: Record<string, [string, string, string]> = {
    c1: ['07/19/2025', '2.00', '25-ABCD-F1-0155'],
    c2: ['02/28/2026', '1.50', '26-ABCD-F3-0378'],
    c3: ['05/10/2025', '3.00', '25-ABCD-F1-0198'],
    c4: ['08/13/2026', '2.00', '26-0813-T3'],
    c5: ['11/02/2025', '1.00', '—'],
  };
  const progress: Record<string, string> = { n: '6.50 / 20.00', a: '3.50 / 4.00', t: '3.00 / 4.00', l: '2.00 / 10.00', i: '1.00 / 10.00' };
  const columnOf = (title: string, cell: (id: string) => string): string =>
    `<div class="grid-column"><div class="grid-header">${title}</div>${ids.map((id) => `<div class="grid-cell" data-node="${id}"><span>${cell(id) || '&nbsp;'}</span></div>`).join('')}</div>`;
  const html = page(
    'Manage Education | National Registry',
    '<h1>Manage Education</h1><div class="grid-wrapper"><div class="grid-column"><div class="grid-header">Component / Topic / Course</div>' + tree + '</div>' +
      columnOf('Date Completed', (id) => values[id]?.[0] ?? '') +
      columnOf('Credit Hours', (id) => values[id]?.[1] ?? progress[id] ?? '') +
      columnOf('Approval Number', (id) => values[id]?.[2] ?? '') +
      '</div>',
  );
  it("reads each course's row from its place in the tree and in each column", () => {
    const read = readHtml(html, 'https://www.nremt.org/recertification/manage-education');
    expect(read.kind).toBe('nremt-education');
    expect(fields(read)).toEqual([
      ['Capnography Review', '2025-07-19', 2, 'national', 'airway', '25-ABCD-F1-0155'],
      ['BVM Skills Lab', '2026-02-28', 1.5, 'national', 'airway', '26-ABCD-F3-0378'],
      ['Splinting Lab', '2025-05-10', 3, 'national', 'trauma', '25-ABCD-F1-0198'],
      ['Protocol Update', '2026-08-13', 2, 'local', null, '26-0813-T3'],
      ['Grand Rounds', '2025-11-02', 1, 'individual', null, null],
    ]);
  });
});

describe("an application page's agency card", () => {
  it("reads the name above 'Agency affiliation: Active' as the agency, its status beside the label", () => {
    const html = page(
      'Recertification Application | National Registry',
      '<h1>Recertification Application</h1><div class="card"><p>Sam Rivera</p><p>Registry # P1234567</p><p>Paramedic (NRP)</p><p>Harbor Point Regional EMS</p>' +
        '<p><span class="label">Agency affiliation:</span> <span class="badge">Active</span></p></div><h2>Continuing Education</h2><p>Status: In Progress</p>',
    );
    const read = readHtml(html, 'https://www.nremt.org/recertification/application');
    expect(read.kind).toBe('nremt-application');
    expect(read.agency).toEqual({ name: 'Harbor Point Regional EMS', status: 'active' });
  });
});

describe("a course table's long descriptions (a guard for the chat log's remarks)", () => {
  it('keeps each row a column title names, though its description runs as a sentence and no date is shown', () => {
    const row = (title: string, description: string, hours: string, approval: string): string => `<tr><td>${title}</td><td>${description}</td><td>${hours}</td><td>${approval}</td></tr>`;
    const html = page(
      'My NREMT Transcript',
      '<h1>My NREMT Transcript</h1><table><tr><th>Course</th><th>Description</th><th>Hours</th><th>Approval</th></tr>' +
        row('Burn Care Update', 'covers the assessment and early care of burns in the field and on transport', '2.00', '') +
        row('Splinting Lab', 'hands on practice with the traction splint and the vacuum splint for long bones', '1.50', '') +
        row('Stroke Scales', 'a review of the stroke scales used in the region and of the destination policy', '1.00', '') +
        '</table>',
    );
    expect(readHtml(html, null).courses?.map((course) => [course.title, course.hours])).toEqual([
      ['Burn Care Update', 2],
      ['Splinting Lab', 1.5],
      ['Stroke Scales', 1],
    ]);
  });
});
