// Course lists in markup families the readers were not built on, each as one minimal page of
// the family: the general rule a person reads it by, never the page it came from.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title = 'Transcript', head = ''): string =>
  `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;

const rows = (snap: ReturnType<typeof readHtml>) => snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber]);

describe('a column title repeated inside every cell (responsive "reflow"/"stacked" tables)', () => {
  const cell = (label: string, value: string) => `<td><span class="col-title">${label}</span>${value}</td>`;
  const table = (labels: [string, string, string, string]) =>
    `<table><thead><tr>${labels.map((l) => `<th>${l}</th>`).join('')}</tr></thead><tbody>` +
    `<tr>${cell(labels[0], 'Airway Update')}${cell(labels[1], '01/14/2026')}${cell(labels[2], '2.0')}${cell(labels[3], '26-AIRW-F3-0001')}</tr>` +
    `<tr>${cell(labels[0], 'Trauma Review')}${cell(labels[1], '02/14/2026')}${cell(labels[2], '1.25')}${cell(labels[3], 'N/A')}</tr></tbody></table>`;
  it.each([
    ['the header words themselves', ['Course Title', 'Date Completed', 'Hours', 'Approval Number']],
    ['other words for the same fields', ['Course', 'Completed', 'Credit Hours', 'CAPCE #']],
  ] as const)('%s', (_, labels) => {
    expect(rows(readHtml(page(table([...labels] as [string, string, string, string]))))).toEqual([
      ['Airway Update', '2026-01-14', 2, '26-AIRW-F3-0001'],
      ['Trauma Review', '2026-02-14', 1.25, null],
    ]);
  });

  it('a caption label before the value in a card without columns', () => {
    const card = (title: string, date: string, hours: string) =>
      `<li><h3>${title}</h3><div><span>Completed</span> ${date}</div><div><span>Credits</span> ${hours}</div></li>`;
    expect(rows(readHtml(page(`<ul>${card('Airway Update', '01/14/2026', '2')}${card('Trauma Review', '02/14/2026', '1.5')}</ul>`)))).toEqual([
      ['Airway Update', '2026-01-14', 2, null],
      ['Trauma Review', '2026-02-14', 1.5, null],
    ]);
  });
});

describe('a mobile list view: divider items name the component/topic, items show "2 CE"', () => {
  it('reads each item under its divider', () => {
    const item = (title: string, approval: string, date: string, hours: string) =>
      `<li><a href="#"><h2>${title}</h2><p>${approval}</p><p><strong>${date}</strong></p><span>${hours}</span></a></li>`;
    const snap = readHtml(
      page(
        '<ul>' +
          '<li role="heading">National — Trauma <span>1.5 of 3</span></li>' +
          item('Burns Update', 'OEMS T3-25-0132', '1/22/2025', '1.5 CE') +
          '<li role="heading">State/Local <span>2 of 10</span></li>' +
          item('Infection Control', 'OEMS 25-0301-T1', '3/1/2025', '2 CE') +
          item('Narcan Orientation', 'Approval pending', '4/9/2025', '1 CE') +
          '</ul>',
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual([
      ['Burns Update', '2025-01-22', 1.5, 'national', 'trauma'],
      ['Infection Control', '2025-03-01', 2, 'local', null],
      ['Narcan Orientation', '2025-04-09', 1, 'local', null],
    ]);
  });
});

describe("a saved page's own stylesheet hides elements (no layout to ask)", () => {
  const item = (title: string, date: string, hours: string, attrs = '') => `<li${attrs}><h3>${title}</h3><p>Completed ${date} · ${hours} credits</p></li>`;
  it('a class the page hides is not shown; a later rule that shows it again wins; media rules do not apply', () => {
    const snap = readHtml(
      page(
        `<ul>${item('Airway Update', '01/14/2026', '2')}${item('Airway Update (duplicate)', '01/14/2026', '2', ' class="gone"')}` +
          `${item('Trauma Review', '02/14/2026', '1.5', ' class="tab active"')}${item('Hidden Tab', '02/15/2026', '1', ' class="tab"')}` +
          `${item('Print Only', '02/16/2026', '1', ' class="print"')}</ul>`,
        'Transcript',
        '<style>/* a { display:none } */ .gone{color:red; display: none !important} ul .tab{display:none} .tab.active{display:block}' +
          ' @media (max-width:600px){ .print{display:none} } a:hover{display:none}</style>',
      ),
    );
    expect(snap.courses?.map((c) => c.title)).toEqual(['Airway Update', 'Trauma Review', 'Print Only']);
  });
});

describe('a title that holds a figure or a dash, beside the values shown on their own', () => {
  const list = (...items: string[]) => page(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
  it.each([
    ['hours inside the title line, the credit on its own line', '<p>Trauma Update: 3.0 hrs of Case Reviews</p><p>11/11/2025 · 1 credit</p>', 'Trauma Update: 3.0 hrs of Case Reviews', 1],
    ['a title that starts with a figure', '<p>2.5 hrs of Oxygen Therapy (Module 3 of 4)</p><p>Completed 09/12/2025 · Online</p><p>1:15</p>', '2.5 hrs of Oxygen Therapy (Module 3 of 4)', 1.25],
    ['a bold title holding a figure, the same figure beside', '<strong>Medical Emergencies in the Elderly - 2.5 hrs bundle</strong><br><small>Completed 12/12/2025 | 2.50 hours</small>', 'Medical Emergencies in the Elderly - 2.5 hrs bundle', 2.5],
    ['a heading with a dash and a figure in brackets', '<h3>Pharmacology — Albuterol, Epi 1 mg (2 credits National)</h3><div>Completed Jan 30, 2025 · 1 credit</div>', 'Pharmacology — Albuterol, Epi 1 mg (2 credits National)', 1],
    ['a dash between words', '<div>Town of Hadley Fire Dept. — Rehab Sector SOP</div><div>2 credits · Completed 18 Oct 2025</div>', 'Town of Hadley Fire Dept. — Rehab Sector SOP', 2],
    ['a dash before a part number', '<p>Case Review Series — Session 4: Lessons</p><p>10/01/2025</p><p>2 hrs</p>', 'Case Review Series — Session 4: Lessons', 2],
  ])('%s', (_, item, title, hours) => {
    const other = '<p>Airway Refresher</p><p>01/14/2026 · 2 credits</p>';
    expect(readHtml(list(item, other)).courses?.map((c) => [c.title, c.hours])).toEqual([
      [title, hours],
      ['Airway Refresher', 2],
    ]);
  });

  it('a one-line course is still cut at its dashes', () => {
    const snap = readHtml(list('Trauma Review — 10/02/2025 — 2 hrs — CAPCE 25-ABC-F3-0102', 'Airway Update — Classroom — 11/02/2025 — 1.5 hrs'));
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Trauma Review', '2025-10-02', 2],
      ['Airway Update', '2025-11-02', 1.5],
    ]);
  });
});

describe('group rows inside a tree table carry the group and its figures, in the first column', () => {
  it('a row naming a component with a "9.5 / 25 credits" figure is a group, not a course', () => {
    const row = (title: string, date: string, credits: string, topic = '') => `<tr><td>${title}</td><td>${date}</td><td>${credits}</td><td>${topic}</td></tr>`;
    const snap = readHtml(
      page(
        '<table><thead><tr><th>Course</th><th>Completed</th><th>Credits</th><th>Topic</th></tr></thead><tbody>' +
          row('<span>National</span>', '', '<span>3.5 / 25 credits</span>') +
          row('Airway Update', '2026/01/14', '2.00', 'Airway, Respiration &amp; Ventilation') +
          row('Sepsis Recognition', '2025/06/11', '1.50', 'Medical') +
          row('Local', '', '4 / 12.5 credits') +
          row('Regional Protocol Update', '2025/07/09', '4.00') +
          row('Not assigned', '', '1 course') +
          row('Geriatric Falls', '2026/02/03', '0.75') +
          '</tbody></table>',
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual([
      ['Airway Update', '2026-01-14', 2, 'national', 'airway'],
      ['Sepsis Recognition', '2025-06-11', 1.5, 'national', 'medical'],
      ['Regional Protocol Update', '2025-07-09', 4, 'local', null],
      ['Geriatric Falls', '2026-02-03', 0.75, null, null],
    ]);
    expect(snap.unread ?? []).toEqual([]);
  });
});

describe('group headers of a grid written as plain text beside an icon (no heading tag, no one-cell row)', () => {
  it('the group text names the component/topic of the rows after it', () => {
    const row = (title: string, date: string, hours: string) =>
      `<div role="row"><div role="gridcell">${title}</div><div role="gridcell">${date}</div><div role="gridcell">${hours}</div></div>`;
    const group = (name: string) => `<div role="rowgroup"><div class="arrow"></div>${name}<span>(1 item)</span></div>`;
    const snap = readHtml(
      page(
        '<div role="grid"><div role="row"><div role="columnheader">Course</div><div role="columnheader">Completed</div><div role="columnheader">CEH</div></div>' +
          `<div role="rowgroup">${group('National')}${group('Trauma')}${row('Burns Update', 'Oct 8, 2025', '2')}${group('State/Local')}${row('Protocols', 'Jul 15, 2025', '3')}</div></div>`,
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Burns Update', 'national', 'trauma'],
      ['Protocols', 'local', null],
    ]);
  });
});

describe('a summary line above the list is not a course', () => {
  it('"Cycle: 04/01/2025 – 03/31/2027. 5 courses, 8.25 hours entered."', () => {
    const course = (title: string, date: string, hours: string) => `<div><div>${title}</div><div><span>${date}</span> <span>${hours}</span></div></div>`;
    const snap = readHtml(
      page(
        '<div><div>EMT — Registry No. E3390217. Cycle: 04/01/2025 – 03/31/2027. 2 courses, 3.5 hours entered.</div></div>' +
          `<div>${course('Airway Adjuncts', 'Fri, Jan 9th 2026', '2 hrs')}${course('Cardiac Care', 'Tue, Dec 16th 2025', '1 hr 30 min')}</div>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Airway Adjuncts', '2026-01-09', 2],
      ['Cardiac Care', '2025-12-16', 1.5],
    ]);
  });

  it('a weekday before the date is not a title', () => {
    const line = (date: string, hours: string) => `<li><span>${date}</span> <span>${hours}</span></li>`;
    const snap = readHtml(page(`<ul>${line('Tue, Dec 16th 2025', '1.5 hrs')}${line('Wed, Dec 17th 2025', '2 hrs')}</ul>`));
    expect(snap.courses ?? []).toEqual([]);
  });
});

describe('a group\'s total row at the end of its rows is not a course', () => {
  it('"National Component total | 9.25 / 30.00" under a gradebook-style table', () => {
    const row = (title: string, date: string, hours: string, approval: string) =>
      `<tr><th scope="row">${title}</th><td>${date}</td><td>${hours}</td><td>${approval}</td></tr>`;
    const snap = readHtml(
      page(
        '<table><thead><tr><th>Course</th><th>Completed</th><th>Credits</th><th>Approval</th></tr></thead><tbody>' +
          '<tr><th colspan="4">National Component</th></tr>' +
          row('Airway Update', '12 January 2026', '2.00', '26-ABCD-F3-0101') +
          row('Cardiac Review', '3 February 2026', '1.50', '26-ABCD-F3-0102') +
          '<tr><th colspan="2" scope="row">National Component total</th><td>3.50 / 25.00</td><td>&nbsp;</td></tr></tbody></table>',
        'Manage Education',
      ),
    );
    expect(rows(snap)).toEqual([
      ['Airway Update', '2026-01-12', 2, '26-ABCD-F3-0101'],
      ['Cardiac Review', '2026-02-03', 1.5, '26-ABCD-F3-0102'],
    ]);
  });

  it('a course whose title ends in "Total" keeps its row (it has a date)', () => {
    const snap = readHtml(
      page('<table><thead><tr><th>Course</th><th>Completed</th><th>Credits</th></tr></thead><tbody><tr><td>Airway Management Total</td><td>01/12/2026</td><td>2</td></tr><tr><td>Cardiac Review</td><td>02/03/2026</td><td>1</td></tr></tbody></table>'),
    );
    expect(snap.courses?.map((c) => c.title)).toEqual(['Airway Management Total', 'Cardiac Review']);
  });
});

describe('lines split by <br> are separate lines when counting a record\'s values', () => {
  it('"Completed 9 October 2025<br>CAPCE 25-…" holds a date', () => {
    const item = (title: string, date: string, approval: string, hours: string) =>
      `<li><span>${title}</span><p>Completed ${date}<br>${approval}</p><span>${hours}</span></li>`;
    const snap = readHtml(
      page(`<ul>${item('BVM Skills Lab', '9 October 2025', 'CAPCE 25-BVMS-F1-0140', '2 credits')}${item('Cardiac Arrest', '14 January 2026', 'OEMS T3-26-0108', '1.5 credits')}</ul>`),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber])).toEqual([
      ['BVM Skills Lab', '2025-10-09', 2, '25-BVMS-F1-0140'],
      ['Cardiac Arrest', '2026-01-14', 1.5, 'T3-26-0108'],
    ]);
  });
});

describe('component and topic cells merged down a table (rowspan), with the component\'s figure in its cell', () => {
  it('each row reads the merged cells in their own columns', () => {
    const snap = readHtml(
      page(
        '<table><colgroup><col><col><col><col><col></colgroup>' +
          '<tr><th>Component</th><th>Topic</th><th>Course Title</th><th>Completed</th><th>Hours</th></tr>' +
          '<tr><td rowspan="3">National<br><span>(7.5 of 30)</span></td><td rowspan="2">Airway/Respiration/Ventilation</td><td>Capnography</td><td>11-JUN-2025</td><td>2.0</td></tr>' +
          '<tr><td>Pediatric Adjuncts</td><td>03-SEP-2025</td><td>1.5</td></tr>' +
          '<tr><td>Cardiology</td><td>ACLS Renewal</td><td>18-JAN-2025</td><td>4.0</td></tr>' +
          '<tr><td>Local (2.5 of 15)</td><td></td><td>Protocol Update</td><td>05-MAY-2025</td><td>2.5</td></tr></table>',
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual([
      ['Capnography', '2025-06-11', 2, 'national', 'airway'],
      ['Pediatric Adjuncts', '2025-09-03', 1.5, 'national', 'airway'],
      ['ACLS Renewal', '2025-01-18', 4, 'national', 'cardiovascular'],
      ['Protocol Update', '2025-05-05', 2.5, 'local', null],
    ]);
  });
});

describe('group rows that label their group ("Component: State/Local")', () => {
  it.each([
    ['Component: National', 'national'],
    ['Component: State/Local', 'local'],
    ['COMPONENT : Individual', 'individual'],
    ['National Component: Trauma (2)', 'national'],
  ])('%s', (group, component) => {
    const snap = readHtml(
      page(
        '<table><thead><tr><th>Course</th><th>Completed</th><th>Credits</th></tr></thead><tbody>' +
          `<tr><td colspan="3"><p><a href="#" aria-label="Collapse"></a>${group}</p></td></tr>` +
          '<tr><td>Protocol Update</td><td>7/10/2025</td><td>3.00</td></tr><tr><td>Naloxone Program</td><td>1/15/2026</td><td>1.00</td></tr></tbody></table>',
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => c.component)).toEqual([component, component]);
  });
});

describe('a group row drawn beside empty cells (a highlight strip, an expander column)', () => {
  it('the one cell showing words across the row names the group of the rows after it', () => {
    const course = (title: string, date: string, hours: string) => `<tr><td aria-hidden="true"></td><td>${title}</td><td>${date}</td><td>${hours} CEH</td><td></td></tr>`;
    const group = (name: string) => `<tr><td aria-hidden="true"></td><td colspan="4"><span>${name}</span></td></tr>`;
    const snap = readHtml(
      page(
        '<table><thead><tr><th aria-hidden="true"></th><th>Course</th><th>Completed</th><th>Hours</th><th></th></tr></thead><tbody>' +
          group('National Component: Airway, Respiration &amp; Ventilation (1)') + course('Supraglottic Devices', 'Oct 8, 2025', '2.00') +
          group('National Component: EMS Operations (1)') + course('Hazmat Awareness', 'Feb 12, 2025', '1.00') +
          group('State/Local Component (1)') + course('Statewide Protocols', 'Jul 15, 2025', '4.00') +
          '</tbody></table>',
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Supraglottic Devices', 'national', 'airway'],
      ['Hazmat Awareness', 'national', 'operations'],
      ['Statewide Protocols', 'local', null],
    ]);
  });
});

describe('an application page laid out as an email template (role="presentation" tables)', () => {
  it('layout cells are read as blocks: the labels, the status and the courses', () => {
    const layout = (cells: string) => `<table role="presentation">${cells}</table>`;
    const snap = readHtml(
      page(
        layout(
          '<tr><td>Recertification Application Summary</td></tr>' +
            `<tr><td>${layout('<tr><td>Name<br><span>Darnell W. Price</span><br><br>Registry Number<br><span>P4410093</span></td><td>Application status<br><span>Pending National Registry Review</span></td></tr>')}</td></tr>` +
            `<tr><td>${layout(
              '<tr><td><b>Pain Management</b><br><span>September 18, 2025 · 2 credits · National / Medical · CAPCE 25-PAIN-F5-0101</span></td></tr>' +
                '<tr><td><b>Burn Care</b><br><span>June 7, 2025 · 1.5 credits · National / Trauma · CAPCE 25-BURN-F1-0415</span></td></tr>',
            )}</td></tr>`,
        ),
        'Application Summary',
      ).replace('<h1>Application Summary</h1>', ''),
    );
    expect(snap.kind).toBe('nremt-application');
    expect(snap.person?.registryNumber).toBe('P4410093');
    expect(snap.courses?.map((c) => [c.title, c.hours, c.component, c.topic])).toEqual([
      ['Pain Management', 2, 'national', 'medical'],
      ['Burn Care', 1.5, 'national', 'trauma'],
    ]);
  });
});

describe('a transposed table: field names down the first column, one column per course', () => {
  it('reads each column as a course', () => {
    const snap = readHtml(
      page(
        '<table><tbody>' +
          '<tr><th scope="row">Course</th><td>Trauma Assessment</td><td>Anaphylaxis Update</td></tr>' +
          '<tr><th scope="row">Date Completed</th><td>10/22/2025</td><td>11/30/2025</td></tr>' +
          '<tr><th scope="row">Hours</th><td>2.00</td><td>1.00</td></tr>' +
          '<tr><th scope="row">Assigned To</th><td>National - Trauma</td><td>Local</td></tr></tbody></table>',
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual([
      ['Trauma Assessment', '2025-10-22', 2, 'national', 'trauma'],
      ['Anaphylaxis Update', '2025-11-30', 1, 'local', null],
    ]);
  });
});

describe('header cells stacked in several rows, or named by the cells themselves (headers/id)', () => {
  it('a group header spanning columns is read with each column beneath it ("Completion" over "Date" and "Credits")', () => {
    const row = (title: string, approval: string, date: string, credits: string, topic: string) =>
      `<tr><th scope="row">${title}</th><td>${approval}</td><td>${date}</td><td>${credits}</td><td>${topic}</td></tr>`;
    const snap = readHtml(
      page(
        '<table><thead><tr><th rowspan="2">Course</th><th rowspan="2">Approval #</th><th colspan="2">Completion</th><th>Assignment</th></tr>' +
          '<tr><th>Date</th><th>Credits</th><th>Topic</th></tr></thead>' +
          '<tbody><tr><th colspan="5">National Component — 11.00 of 30 credits</th></tr>' +
          row('Advanced Airway Management', '25-AIRW-F1-0603', '03 Jun 2025', '3.00', 'Airway/Respiration/Ventilation') +
          row('ACLS Provider Renewal', '25-ACLS-F1-0719', '19 Jul 2025', '8.00', 'Cardiology') +
          '</tbody><tbody><tr><th colspan="5">State/Local Component — 2.00 of 15 credits</th></tr>' +
          row('Region 2 Protocol Update', '25-1114-T1', '14 Nov 2025', '2.00', 'n/a') +
          '</tbody></table>',
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic, c.approvalNumber])).toEqual([
      ['Advanced Airway Management', '2025-06-03', 3, 'national', 'airway', '25-AIRW-F1-0603'],
      ['ACLS Provider Renewal', '2025-07-19', 8, 'national', 'cardiovascular', '25-ACLS-F1-0719'],
      ['Region 2 Protocol Update', '2025-11-14', 2, 'local', null, '25-1114-T1'],
    ]);
  });

  it('a cell names its column header by id, whatever its position (a select cell the header row has no cell for)', () => {
    const row = (title: string, added: string, done: string, credits: string) =>
      `<tr><td><input type="checkbox"></td><td headers="h-course">${title}</td><td headers="h-added">${added}</td><td headers="h-done">${done}</td><td headers="h-cred">${credits}</td></tr>`;
    const snap = readHtml(
      page(
        '<table><thead><tr><th id="h-course">Course</th><th id="h-added">Date Added</th><th id="h-done">Completed</th><th id="h-cred">Credits</th></tr></thead>' +
          `<tbody>${row('Airway Update', '01/20/2026', '01/14/2026', '2')}${row('Trauma Review', '02/20/2026', '02/14/2026', '1.5')}</tbody></table>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Airway Update', '2026-01-14', 2],
      ['Trauma Review', '2026-02-14', 1.5],
    ]);
  });
});

describe("an icon font's ligature word in a group header is drawn as a glyph, not read", () => {
  it.each([
    ['<i>place</i> State/Local Component', 'local', null],
    ['<span aria-hidden="true">expand_more</span> National – Trauma', 'national', 'trauma'],
    ['Individual <i>chevron_right</i>', 'individual', null],
  ])('%s', (header, component, topic) => {
    const snap = readHtml(
      page(
        '<ul><li><div><span><i>school</i> National Component</span><span>5 of 20 credits</span></div><div><h6>EMS Operations</h6><ul>' +
          '<li><span>Ambulance Safety</span><p>Completed 22 August 2025</p><span>0.5 credits</span></li></ul></div></li>' +
          `<li><div><span>${header}</span><span>3 of 10 credits</span></div><div><ul>` +
          '<li><span>Protocol Update</span><p>Completed 5 June 2025</p><span>3 credits</span></li></ul></div></li></ul>',
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Ambulance Safety', 'national', 'operations'],
      ['Protocol Update', component, topic],
    ]);
  });
});

describe('a progress figure ("50 of 50 credits") is a total, not one course\'s hours', () => {
  it('a vertical steps list with a progress line and dates in other steps is not a course', () => {
    const step = (title: string, note: string) => `<div><div><span role="img" aria-label="check">✓</span></div><div><div>${title}</div><div>${note}</div></div></div>`;
    const snap = readHtml(
      page(
        `<div>${step('Continuing Education', 'Complete · 50 of 50 credits')}${step('Profile and Workforce Information', 'Complete')}` +
          `${step('Terms of Certification', 'Accepted 02/11/2026')}${step('Make Payment', 'Paid $30.00 on 02/11/2026')}</div>` +
          '<table><thead><tr><th>Course</th><th>Date</th><th>Credits</th></tr></thead><tbody>' +
          '<tr><td>Respiratory Distress in Children</td><td>10/08/2025</td><td>2.5</td></tr><tr><td>Tactical EMS Awareness</td><td>01/05/2026</td><td>1.5</td></tr></tbody></table>',
        'Recertification Application',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Respiratory Distress in Children', '2025-10-08', 2.5],
      ['Tactical EMS Awareness', '2026-01-05', 1.5],
    ]);
  });
});

describe('a stepper (one step marked aria-current="step") is the progress of a process, not a record', () => {
  it('its step numbers and dates are not a course', () => {
    const step = (n: string, title: string, note: string, current = '') => `<div${current}><div><span>${n}</span></div><div><div>${title}</div><div>${note}</div></div></div>`;
    const snap = readHtml(
      page(
        `<div>${step('1', 'Terms of Certification', 'Accepted 02/11/2026')}${step('2', 'Make Payment', 'Paid on 02/11/2026')}${step('3', 'Submit', 'Review your education below.', ' aria-current="step"')}</div>` +
          '<table><thead><tr><th>Course</th><th>Date</th><th>Credits</th></tr></thead><tbody>' +
          '<tr><td>Respiratory Distress in Children</td><td>10/08/2025</td><td>2.5</td></tr><tr><td>Tactical EMS Awareness</td><td>01/05/2026</td><td>1.5</td></tr></tbody></table>',
        'Recertification Application',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Respiratory Distress in Children', '2025-10-08', 2.5],
      ['Tactical EMS Awareness', '2026-01-05', 1.5],
    ]);
  });
});

describe('a lone bare figure beside dates outside a row (a summary tile, a step number) is no course', () => {
  const table =
    '<table><thead><tr><th>Course</th><th>Completed</th><th>Credits</th></tr></thead><tbody>' +
    '<tr><td>Advanced Airway Management</td><td>Feb 11, 2025</td><td>2.5</td></tr><tr><td>Pediatric Respiratory Emergencies</td><td>Sep 3, 2025</td><td>1.5</td></tr></tbody></table>';
  it.each([
    ['a header with the cycle and a stat tile', '<div><div><h2>Manage Education</h2><p>Paramedic · Cycle: April 1, 2024 – March 31, 2026</p></div><div><div>Total credits applied</div><div>19.5</div><div>of 60 required</div></div></div>'],
    ['a card with dates in a form and a numbered step', '<div><div><p>Application</p></div><div><div><label>First Submitted</label><div>02/20/2026</div></div><div><div><span>✓</span><div>Make Payment</div></div><div><span>6</span><div>Submit</div></div></div></div></div>'],
  ])('%s', (_, summary) => {
    const snap = readHtml(page(summary + table, 'Manage Education'));
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Advanced Airway Management', '2025-02-11', 2.5],
      ['Pediatric Respiratory Emergencies', '2025-09-03', 1.5],
    ]);
  });

  it('the same bare figures are hours where records of one shape repeat, one under each topic', () => {
    const course = (title: string, date: string, hours: string) => `<section><h4>${title.split('|')[0]}</h4><div><span>${title.split('|')[1]}</span><span>${date}</span><span>${hours}</span></div></section>`;
    const snap = readHtml(page(course('Trauma|Burn Care', '2025-11-21', '4.00') + course('Medical|Sepsis Review', '2025-10-02', '1.25'), 'Manage Education'));
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.topic])).toEqual([
      ['Burn Care', '2025-11-21', 4, 'trauma'],
      ['Sepsis Review', '2025-10-02', 1.25, 'medical'],
    ]);
  });
});

describe('a day-first date on its own ("14 February 2026") is a value, like "Feb 14, 2026"', () => {
  it('so a title that mentions a date and hours keeps its words', () => {
    const item = (title: string, date: string, hours: string) => `<li><h3>${title}</h3><time>${date}</time><span>${hours}</span></li>`;
    const snap = readHtml(page(`<ol>${item('Regional Drill — 2.0 hrs credit (14 Feb 2026)', '14 February 2026', '2.5 h')}${item('Airway Update', '9 January 2026', '2 h')}</ol>`));
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Regional Drill — 2.0 hrs credit (14 Feb 2026)', '2026-02-14', 2.5],
      ['Airway Update', '2026-01-09', 2],
    ]);
  });
});

describe('a select drawn as a button (aria-haspopup="listbox") shows its chosen value', () => {
  it('the topic chosen on each course is read', () => {
    const item = (title: string, line: string, topic: string) =>
      `<li><div><p>${title}</p><p>${line}</p></div><div><span>Topic</span><button type="button" aria-haspopup="listbox" aria-expanded="false"><span>${topic}</span><span aria-hidden="true">⌄</span></button></div></li>`;
    const snap = readHtml(
      page(
        `<section><h2>National Component</h2><ul>${item('Trauma Triage Guidelines', 'Completed 9/12/2024 · 2 credits', 'Trauma')}${item('CPAP for the AEMT', 'Completed 6/9/2025 · 1 credit', 'Airway, Respiration &amp; Ventilation')}</ul></section>`,
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Trauma Triage Guidelines', 'national', 'trauma'],
      ['CPAP for the AEMT', 'national', 'airway'],
    ]);
  });
});

describe("a flag after the title in its own element ('Out of Date', 'before cycle') remarks on the course, it is no part of its title", () => {
  it.each([
    ['<span title="Completed before your recertification cycle">Out of Date</span>'],
    ['<span>before cycle</span>'],
    ['<span>(completed before your current cycle)</span>'],
    ['<span>Outside cycle</span>'],
  ])('%s', (flag) => {
    const snap = readHtml(
      page(
        '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>' +
          `<tr><td>Region IV Stroke Plan ${flag}</td><td>March 14, 2024</td><td>2</td></tr><tr><td>Airway <span>Part 2</span></td><td>March 14, 2026</td><td>1</td></tr></tbody></table>`,
      ),
    );
    expect(snap.courses?.map((c) => c.title)).toEqual(['Region IV Stroke Plan', 'Airway Part 2']);
  });
});
