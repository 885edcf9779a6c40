// Course lists in layouts the readers had not been told about, each as one minimal page of its
// class of markup: the rule a person reads it by, never the page it came from.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { parseDate } from '../../lib/readers/parse-date';

const page = (body: string, title = 'Transcript', head = ''): string =>
  `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;

const rows = (snap: ReturnType<typeof readHtml>) => snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber]);

describe('an hours label with a word before its head noun, or after another value on its line', () => {
  const airway = ['Airway Update', '2026-01-14', 1.5, '26-AIRW-F3-0001'];
  const trauma = ['Trauma Review', '2026-02-14', 2, null];
  it.each([
    // An LMS's own words for credit: "Training Hours", "Earned Credits".
    [
      '"Label: value" spans whose label qualifies the hours',
      (title: string, date: string, hours: string) =>
        `<div><div><a href="#">${title}</a></div><div><span><span>Completed Date:</span> ${date}</span> <span><span>Training Hours:</span> ${hours}</span></div></div>`,
    ],
    [
      'a line holding the date, then a labelled hours figure after a separator',
      (title: string, date: string, hours: string) => `<div role="listitem"><div>${title}</div><div>Completed ${date} &middot; Credits: ${hours}</div></div>`,
    ],
    [
      'both at once',
      (title: string, date: string, hours: string) => `<div role="listitem"><div>${title}</div><div>Completed ${date} | Earned Credits: ${hours}</div></div>`,
    ],
  ] as const)('%s', (_, item) => {
    const body = `<div role="list">${item('Airway Update', '1/14/2026', '1.50').replace('</div></div>', '</div><div>CAPCE 26-AIRW-F3-0001</div></div>')}${item('Trauma Review', '2/14/2026', '2')}</div>`;
    expect(rows(readHtml(page(body)))).toEqual([airway, trauma]);
  });

  it('a qualified hours label with no figure is a course not read, never a course without hours', () => {
    const item = (title: string, hours: string) => `<div><div>${title}</div><div><span><span>Completed Date:</span> 1/14/2026</span> <span><span>Training Hours:</span> ${hours}</span></div></div>`;
    const snap = readHtml(page(`<div>${item('Airway Update', '1.5')}${item('Trauma Review', 'TBD')}${item('Burns', '2')}</div>`));
    expect(rows(snap)?.map((row) => row[0])).toEqual(['Airway Update', 'Burns']);
    expect(snap.unread).toHaveLength(1);
  });
});

describe('a word processor\'s "Save as Web Page" export', () => {
  // Word writes its own namespaced elements (<o:p>) inside every paragraph, marks spelling with
  // spans, and draws a table's header row as bold paragraphs in plain cells.
  const cell = (text: string) => `<td><p class=MsoNormal><span style='font-size:10.0pt'>${text}<o:p></o:p></span></p></td>`;
  const head = (text: string) => `<td><p class=MsoNormal><b><span>${text}<o:p></o:p></span></b></p></td>`;
  const body =
    `<p class=MsoTitle>Continuing Education Transcript<o:p></o:p></p><p class=MsoNormal><b>NREMT ID:</b> E2650937<o:p></o:p></p>` +
    `<table class=MsoTableGrid><tr>${head('Course Title')}${head('Date Completed')}${head('Hours')}${head('Source')}</tr>` +
    `<tr>${cell('<span class=SpellE>Capnography</span> for the BLS Provider')}${cell('12/3/2025')}${cell('1.00')}${cell('CAPCE import')}</tr>` +
    `<tr>${cell('Asthma/COPD <span class=GramE>Exacerbations</span>')}${cell('10/7/2025')}${cell('0.50')}${cell('Self-reported')}</tr></table>`;
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><title>NREMT Continuing Education Transcript</title></head><body><div class=WordSection1>${body}</div></body></html>`;

  it('a namespaced element inside a line does not cut the line (the title is whole)', () => {
    expect(rows(readHtml(html))).toEqual([
      ['Capnography for the BLS Provider', '2025-12-03', 1, null],
      ['Asthma/COPD Exacerbations', '2025-10-07', 0.5, null],
    ]);
  });

  it('a first row of bold field names is the header, beside a column the readers have no field for', () => {
    expect(readHtml(html).kind).toBe('nremt-education');
  });
});

describe('numeric dates in the order the page proves (an LMS set to day-first)', () => {
  const table = (dates: [string, string]) =>
    '<dl><dt>NREMT #</dt><dd>P2266019</dd><dt>Cycle start</dt><dd>01/04/2024</dd></dl>' +
    '<table><thead><tr><th>Course</th><th>Completion date</th><th>CE hours</th></tr></thead><tbody>' +
    `<tr><td>Airway Update</td><td>${dates[0]}</td><td>2</td></tr><tr><td>Sepsis Review</td><td>${dates[1]}</td><td>1</td></tr></tbody></table>`;
  it.each([
    ['a date whose first number is over 12 proves the day comes first: every date of the page reads so', ['14/10/2025', '08/01/2026'], ['2025-10-14', '2026-01-08'], '2024-04-01'],
    ['dotted dates too', ['14.10.2025', '08.01.2026'], ['2025-10-14', '2026-01-08'], '2024-04-01'],
    ['a date whose second number is over 12 proves the month comes first', ['10/14/2025', '08/01/2026'], ['2025-10-14', '2026-08-01'], '2024-01-04'],
    ['nothing proves either: month first, as US pages write', ['10/04/2025', '08/01/2026'], ['2025-10-04', '2026-08-01'], '2024-01-04'],
  ] as const)('%s', (_, dates, read, cycleStart) => {
    const snap = readHtml(page(table([...dates] as [string, string])));
    expect(snap.courses?.map((c) => c.completedOn)).toEqual(read);
    expect(snap.certification?.cycleStart).toBe(cycleStart);
  });

  it('the same order for what a sentence states and for approval numbers that look like dates ("T3-26-0107")', () => {
    const snap = readHtml(page(`<p>Paramedic · expires 01/04/2027</p>${table(['14/10/2025', '08/01/2026'])}`.replace('<td>2</td>', '<td>2</td><td>T3-26-0107</td>')));
    expect(snap.courses?.map((c) => [c.completedOn, c.approvalNumber])).toEqual([['2025-10-14', 'T3-26-0107'], ['2026-01-08', null]]);
    expect(snap.certification?.expiresOn).toBe('2027-04-01');
  });

  it('a page that shows both orders keeps month first: the date that cannot be read so is not read', () => {
    const snap = readHtml(page(table(['14/10/2025', '10/14/2025'])));
    expect(snap.courses?.map((c) => [c.title, c.completedOn])).toEqual([['Sepsis Review', '2025-10-14']]);
    expect(snap.unread).toHaveLength(1);
  });

  it('a dotted date that can only be day first is read so, on any page ("31.03.2028")', () => {
    expect(parseDate('31.03.2028')).toBe('2028-03-31');
    expect(parseDate('Expires 31.03.2028')).toBe('2028-03-31');
  });
});

describe('durations written with one-letter units ("1h 30m", "45m", "2h")', () => {
  it.each([
    ['1h 30m', 1.5],
    ['45m', 0.75],
    ['2h', 2],
    ['1 h 15 m', 1.25],
  ] as const)('%s', (hours, value) => {
    const body = `<table><thead><tr><th>Course</th><th>Completed</th><th>Duration</th></tr></thead><tbody>` +
      `<tr><td>Airway Update</td><td>01/14/2026</td><td>${hours}</td></tr><tr><td>Sepsis Review</td><td>02/14/2026</td><td>${hours}</td></tr></tbody></table>`;
    expect(readHtml(page(body)).courses?.map((c) => c.hours)).toEqual([value, value]);
  });
});

describe("a side navigation's heading names the menu, not the page", () => {
  it('"My Certification" over the menu, "Transcript" over the page: an education page', () => {
    const body =
      '<nav aria-label="Side navigation"><h2>My Certification</h2><ul><li><a href="/dashboard">Dashboard</a></li><li><a href="/transcript">Transcript</a></li></ul></nav>' +
      '<main><h1>Transcript</h1><table><thead><tr><th>Course title</th><th>Completed</th><th>Hours</th></tr></thead><tbody>' +
      '<tr><td>Airway Update</td><td>2026-02-17</td><td>2</td></tr><tr><td>Sepsis Review</td><td>2026-02-02</td><td>1</td></tr></tbody></table></main>';
    const html = `<!DOCTYPE html><html><head><title>NREMT</title></head><body>${body}</body></html>`;
    const snap = readHtml(html);
    expect(snap.kind).toBe('nremt-education');
    expect(snap.courses?.map((c) => c.title)).toEqual(['Airway Update', 'Sepsis Review']);
  });
});

describe('a summary of the certification beside the list is not a course', () => {
  it('a definition list with dates and one bare total ("Hours on transcript 38.25"), alone of its shape', () => {
    const body =
      '<div><h2>Certification</h2><dl><div><dt>Registry number</dt><dd>R2207719</dd></div><div><dt>Recertification cycle</dt><dd>2025-04-01 to 2027-03-31</dd></div>' +
      '<div><dt>Expiration date</dt><dd>2027-03-31</dd></div><div><dt>Hours on transcript</dt><dd>38.25</dd></div></dl></div>' +
      '<table><thead><tr><th>Course title</th><th>Completed</th><th>Hours</th></tr></thead><tbody>' +
      '<tr><td>Airway Update</td><td>2026-02-17</td><td>2</td></tr><tr><td>Sepsis Review</td><td>2026-02-02</td><td>1</td></tr></tbody></table>';
    expect(rows(readHtml(page(body)))).toEqual([
      ['Airway Update', '2026-02-17', 2, null],
      ['Sepsis Review', '2026-02-02', 1, null],
    ]);
  });
});

describe('an agenda: a day heading dates the items beneath it in its group (event calendars)', () => {
  const item = (title: string, meta: string) => `<div role="listitem"><div>${title}</div><div>${meta}</div></div>`;
  const day = (date: string, ...items: string[]) => `<div><div>${date}</div>${items.join('')}</div>`;
  it('one item or several under a day; an item without hours is not read', () => {
    const snap = readHtml(
      page(
        '<div role="list">' +
          day('Thursday, October 2, 2025', item('Bleeding Control', '1.0 CEH · OEMS 25-0918-T1')) +
          day('Saturday, November 15, 2025', item('Newborn Care', '2.00 CEH · CAPCE 25-OBGY-F3-0310'), item('Naloxone', '0.5 CEH · no approval # on file')) +
          day('Tuesday, January 13, 2026', item('Cold Injuries', 'TBD CEH')) +
          '</div>',
      ),
    );
    expect(rows(snap)).toEqual([
      ['Bleeding Control', '2025-10-02', 1, '25-0918-T1'],
      ['Newborn Care', '2025-11-15', 2, '25-OBGY-F3-0310'],
      ['Naloxone', '2025-11-15', 0.5, null],
    ]);
    expect(snap.unread).toHaveLength(1);
  });

  it.each([
    ['a table row', (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`, (rows: string) => `<table><thead><tr><th>Course</th><th>Completed</th><th>Approval</th><th>Hours</th><th>#</th></tr></thead><tbody>${rows}</tbody></table>`],
    ['a row of boxes', (cells: string[]) => `<div>${cells.map((c) => `<div>${c}</div>`).join('')}</div>`, (rows: string) => `<div>${rows}</div>`],
  ] as const)('%s whose date is followed by figures (its hours, a row number) is one course, not an agenda', (_, row, list) => {
    const snap = readHtml(
      page(list(row(['Trauma Assessment', '2/18/2026', 'CAPCE 26-GERI-F3-0219', '2.0', '11']) + row(['RSI Pharmacology', '1/7/2026', 'OEMS 25-1202-T1', '1.5', '12']))),
    );
    expect(rows(snap)).toEqual([
      ['Trauma Assessment', '2026-02-18', 2, '26-GERI-F3-0219'],
      ['RSI Pharmacology', '2026-01-07', 1.5, '25-1202-T1'],
    ]);
  });

  it('a table row whose date cell comes first, then two cells with figures, is one course', () => {
    const row = (date: string, title: string, hours: string, n: string) => `<tr><td>CAPCE 26-GERI-F3-0219</td><td>${date}</td><td>${title}</td><td>${hours}</td><td>${n}</td></tr>`;
    const body = `<table><thead><tr><th>Approval</th><th>Completed</th><th>Course</th><th>Hours</th><th>#</th></tr></thead><tbody>${row('2/18/2026', 'Elderly Trauma', '2.0', '11')}${row('1/7/2026', 'RSI Review', '1.5', '12')}</tbody></table>`;
    expect(rows(readHtml(page(body)))).toEqual([
      ['Elderly Trauma', '2026-02-18', 2, '26-GERI-F3-0219'],
      ['RSI Review', '2026-01-07', 1.5, '26-GERI-F3-0219'],
    ]);
  });

  it('a card whose labelled date is followed by two lines with hours is one course, not an agenda', () => {
    const card = (title: string, date: string) =>
      `<fieldset><legend>${title}</legend><div><label>Date Completed</label> <input readonly value="${date}"></div>` +
      '<div><label>Hours</label> <input readonly value="3"></div><div><label>Description</label> <textarea readonly>Awareness level, 3 hours.</textarea></div></fieldset>';
    expect(rows(readHtml(page(`<form>${card('Swift Water', '07/08/2026')}${card('Ice Rescue', '07/09/2026')}</form>`)))).toEqual([
      ['Swift Water', '2026-07-08', 3, null],
      ['Ice Rescue', '2026-07-09', 3, null],
    ]);
  });
});

describe("a section's progress figure beside its only course is the section's", () => {
  const card = (section: string, progress: string, title: string, line: string) =>
    `<section-card><div><div>${section}</div></div><div><div role="progressbar" aria-valuenow="32"></div><span>${progress}</span>` +
    `<div role="option"><div><div>${title}</div><div>${line}</div></div></div></div></section-card>`;
  it('"3 of 12.5 credits" over a course of 3 credits... and of 2', () => {
    const snap = readHtml(
      page(
        card('State/Local Component', '3 of 12.5 credits', 'Protocol Update', 'Completed 4/19/2025 · 3 credits · OEMS 25-0316-T1') +
          card('Individual Component', '6 of 12.5 credits', 'Wilderness Recert', 'Completed 11/8/2025 · 2 credits'),
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component])).toEqual([
      ['Protocol Update', '2025-04-19', 3, 'local'],
      ['Wilderness Recert', '2025-11-08', 2, 'individual'],
    ]);
  });

  it('a split course keeps the part applied ("2.00 of 3.00 applied" beside its 3 hours)', () => {
    const item = (title: string) => `<li><div>${title}</div><div>Completed 4/19/2025</div><div>3.00 hrs</div><div>2.00 of 3.00 applied</div></li>`;
    expect(readHtml(page(`<ul>${item('Protocol Update')}${item('Burns')}</ul>`)).courses?.map((c) => c.hours)).toEqual([2, 2]);
  });
});

describe('what is reported as a course not read', () => {
  it('a header row of plain cells inside the body (a grid that draws its header with <td>) is the header, not a course', () => {
    const body =
      '<table><tbody><tr><td></td><td>Topic</td><td>Course Title</td><td>Completed</td><td>Hours</td></tr>' +
      '<tr><td></td><td>Trauma</td><td>Burns Update</td><td>Jan 7, 2026</td><td>2</td></tr>' +
      '<tr><td></td><td>Medical</td><td>Sepsis Review</td><td>Jan 9, 2026</td><td>TBD</td></tr></tbody></table>';
    const snap = readHtml(page(body));
    expect(rows(snap)).toEqual([['Burns Update', '2026-01-07', 2, null]]);
    expect(snap.unread?.map((u) => u.text)).toEqual(['Medical Sepsis Review Jan 9, 2026 TBD']);
  });

  it('a course shaped like the others, alone under its own topic heading, with no hours: not read, and said so', () => {
    const course = (title: string, date: string, hours: string) =>
      `<div><span>${title}</span> <span>${date}</span><span>${hours}</span> <a href="#">Move</a></div>`;
    const topic = (name: string, ...courses: string[]) => `<div><h3>${name}</h3>${courses.join('')}</div>`;
    const snap = readHtml(
      page(
        '<section><h2>National Component</h2>' +
          topic('Airway', course('Capnography', '2025-06-14', '2.0 credits')) +
          topic('Medical', course('Anaphylaxis', '2026-01-11', '0.75 credits')) +
          topic('EMS Operations', course('Crew Resource Management', '2026-02-03', 'TBD credits')) +
          '</section>',
        'Manage Education',
      ),
    );
    expect(rows(snap)?.map((row) => row[0])).toEqual(['Capnography', 'Anaphylaxis']);
    expect(snap.unread).toHaveLength(1);
  });
});

describe('an empty cell under a completion date column', () => {
  it.each([[''], ['&nbsp;'], ['—']])('%j: the course is reported unread, never read without a date', (empty) => {
    const body =
      '<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody>' +
      `<tr><td>Airway Update</td><td>01/14/2026</td><td>2</td></tr><tr><td>Sepsis Review</td><td>${empty}</td><td>1</td></tr>` +
      '<tr><td>Burns</td><td>02/14/2026</td><td>1.5</td></tr></tbody></table>';
    const snap = readHtml(page(body));
    expect(rows(snap)?.map((row) => row[0])).toEqual(['Airway Update', 'Burns']);
    expect(snap.unread).toHaveLength(1);
  });
});

describe('a group title joining the component and topic with a middle dot ("National · Cardiology")', () => {
  it('names both for the courses beneath it', () => {
    const group = (title: string, course: string) =>
      `<li><div><div>${title} <span>3.50 / 6.00 CEH</span></div></div><ul><li><a href="#"><h3>${course}</h3><p>04/22/2026 | 2.00 CEH</p></a></li></ul></li>`;
    const snap = readHtml(
      page(`<ul>${group('National · Airway/Respiration/Ventilation', 'Capnography')}${group('National · Cardiology', 'ACLS Update')}${group('Individual', 'TECC')}</ul>`, 'Manage Education'),
    );
    expect(snap.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Capnography', 'national', 'airway'],
      ['ACLS Update', 'national', 'cardiovascular'],
      ['TECC', 'individual', null],
    ]);
  });
});

describe("a section's header drawn like its courses, its name first and a sentence after", () => {
  it('"Unassigned · These courses are not assigned" heads the courses beneath it', () => {
    const header = (name: string, note: string) => `<div><div>${name}</div><div>${note}</div></div>`;
    const course = (title: string, date: string, hours: string) => `<div><div>${title}</div><div>Completed ${date} · ${hours} credits</div></div>`;
    const snap = readHtml(
      page(
        `<div>${header('Individual', '6 of 12.5 credits')}${course('Wilderness Refresher', '8/23/2025', '6')}` +
          `${header('Unassigned', 'These courses are on your transcript but not assigned to a component.')}${course('Stop the Bleed', '12/6/2025', '2')}</div>`,
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.component])).toEqual([
      ['Wilderness Refresher', 'individual'],
      ['Stop the Bleed', null],
    ]);
    expect(snap.unread ?? []).toEqual([]);
  });
});

describe('a course card with its topic chip first and no readable date or hours', () => {
  it('is still reported unread', () => {
    const card = (topic: string, title: string, date: string, hours: string) =>
      `<li><span>${topic}</span><h3>${title}</h3><p>${date}</p><p>${hours} credits</p><p>CAPCE 26-TRMA-F3-0001</p></li>`;
    const snap = readHtml(page(`<ul>${card('Trauma', 'Burns', '01/14/2026', '2')}${card('Medical', 'Sepsis', '02/14/2026', '1')}${card('Trauma', 'Falls', 'pending', 'TBD')}</ul>`));
    expect(snap.courses?.map((c) => c.title)).toEqual(['Burns', 'Sepsis']);
    expect(snap.unread).toHaveLength(1);
  });
});

describe("a second line in a table cell: the provider or a note beneath the value (template toolkits' muted sub-line)", () => {
  const row = (title: string, below: string, date: string, hours: string, approval: string): string =>
    `<tr><td>${title}<div>${below}</div></td><td>${date}</td><td>${hours}</td><td>${approval}</td><td><a href="#">Edit</a></td></tr>`;
  it.each([
    ['the provider in a block under the title', 'Pioneer Valley EMS Education', 'Western Mass EMS Council'],
    ['a source note under the title', 'Self-reported', 'Imported from CAPCE'],
  ])('%s stays out of the title and starts no course', (_, first, second) => {
    const snap = readHtml(
      page(
        '<h1>My Transcript</h1><table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th><th></th></tr></thead><tbody>' +
          row('Opioid Overdose Care', first, '03 Mar 2026', '1 hr', 'CAPCE 26-OPIO-F3-0148') +
          row('Pediatric Assessment Triangle', second, '14 Feb 2026', '1.5 hrs', 'CAPCE 26-PEDS-F3-0101') +
          '</tbody></table>',
      ),
    );
    expect(rows(snap)).toEqual([
      ['Opioid Overdose Care', '2026-03-03', 1, '26-OPIO-F3-0148'],
      ['Pediatric Assessment Triangle', '2026-02-14', 1.5, '26-PEDS-F3-0101'],
    ]);
  });
});
