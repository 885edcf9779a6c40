// Pasted and exported pages (word processors, notes, mail, PDF converters, docs generators),
// fourteenth round:
// (1) a course line whose approval cell says it has none ("No approval number", "no approval #",
//     "none"): domain.md, "Every course needs an approval number": the page shows the course
//     without one, so it is read with none (never dropped: the engine warns about it);
// (2) the licensee's greeting wrapped onto the next line of a printout's narrow box ("Welcome,
//     KEVIN" then "DUQUETTE-SHAW");
// (3) an application's sections listed with their status ("Continuing Education | Complete", …,
//     "Submit | Not Submitted"): the Submit step's status is the application's (domain.md: "Your
//     application is not submitted until you click Submit Application"; paying does not submit).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const rows = (read: ReturnType<typeof readHtml>) =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

type Row = [string, string, number, string | null, string | null, string | null];
const AIRWAY: Row = ['Surgical Airway Lab', '2026-05-03', 3, 'national', 'airway', '26-AIRW-F1-0503'];
const CARDIAC: Row = ['ACLS Provider Renewal', '2026-06-07', 2.5, 'national', 'cardiovascular', '26-0607-T'];
const LOCAL: Row = ['County Protocol Update', '2026-09-12', 2, 'local', null, '26-0912-T3'];
const NONE: Row = ['Obstetric Emergencies', '2026-10-24', 1.5, 'national', 'medical', null];

const HEAD = '<h1>NREMT – Manage Education (copy)</h1><p>Sam Ortiz — NREMT # E5512034</p><p>EMT · Expiration: 31 March 2028</p>';
/** A word processor's export: the title in bold on its line, its values (tab-separated) on the next. */
const wordProcessor = (courses: ReadonlyArray<readonly [string, string]>, after = ''): string =>
  page(
    'nremt_education.abw',
    `${HEAD}<h2>Courses</h2>${courses.map(([title, values]) => `<p><span style="font-weight:bold">${title}</span></p><p><span style="white-space:pre">${values}</span></p>`).join('')}${after}`,
  );
/** A mail's or a note's lines, one course a line. */
const lines = (courses: readonly string[]): string => page('Notes', `<div role="main">${HEAD}<h2>Courses</h2>${courses.map((line) => `<div>${line}</div>`).join('')}</div>`);

describe('a course line whose approval cell says it has none', () => {
  it.each([
    [
      'a word processor: title line, then tabbed values, "No approval number" last',
      wordProcessor(
        [
          ['Surgical Airway Lab', '3 May 2026\t3.0 hrs\tAirway, Respiration &amp; Ventilation\tCAPCE 26-AIRW-F1-0503'],
          ['ACLS Provider Renewal', '7 June 2026\t2.5 hrs\tCardiovascular\tOEMS 26-0607-T'],
          ['County Protocol Update', '12 September 2026\t2.0 hrs\tState/Local\tOEMS 26-0912-T3'],
          ['Obstetric Emergencies', '24 October 2026\t1.5 hrs\tMedical\tNo approval number'],
        ],
        '<p><b>Total hours entered: 9.0</b></p><p>Ask the course office for the approval number.</p>',
      ),
      [AIRWAY, CARDIAC, LOCAL, NONE],
    ],
    [
      'a word processor: the course without one in the middle, "no approval #"',
      wordProcessor([
        ['Surgical Airway Lab', '3 May 2026\t3.0 hrs\tAirway, Respiration &amp; Ventilation\tCAPCE 26-AIRW-F1-0503'],
        ['Obstetric Emergencies', '24 October 2026\t1.5 hrs\tMedical\tno approval #'],
        ['ACLS Provider Renewal', '7 June 2026\t2.5 hrs\tCardiovascular\tOEMS 26-0607-T'],
        ['County Protocol Update', '12 September 2026\t2.0 hrs\tState/Local\tOEMS 26-0912-T3'],
      ]),
      [AIRWAY, NONE, CARDIAC, LOCAL],
    ],
    [
      'a note: one course a line, its gaps lost, "None" for the approval',
      lines([
        'Surgical Airway Lab 05/03/2026 3 hrs National Airway 26-AIRW-F1-0503',
        'ACLS Provider Renewal 06/07/2026 2.5 hrs National Cardiovascular 26-0607-T',
        'Obstetric Emergencies 10/24/2026 1.5 hrs National Medical no approval number',
        'County Protocol Update 09/12/2026 2 hrs State/Local 26-0912-T3',
      ]),
      [AIRWAY, CARDIAC, NONE, LOCAL],
    ],
  ])('%s', (_, html, expected) => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual(expected);
  });
});

// The course line under its title with a value that cannot be cut: read as far as it goes, or
// counted unread, never lost; and it does not stop the list's other records being read.
const REMARK: Row = ['Obstetric Emergencies', '2026-10-24', 1.5, null, null, null];
describe('a course line under its title whose values are not all cut: never lost', () => {
  it.each([
    ['a remark in the approval cell, last', [AIRWAY, CARDIAC, LOCAL].length, '24 October 2026\t1.5 hrs\tMedical\tawaiting certificate', 3, [AIRWAY, CARDIAC, LOCAL, REMARK], 0],
    ['a remark in the approval cell, in the middle', 1, '24 October 2026\t1.5 hrs\tMedical\tsee note', 3, [AIRWAY, REMARK, CARDIAC, LOCAL], 0],
    ['hours not posted yet ("TBD")', 3, '24 October 2026\tTBD\tMedical\tCAPCE 26-OBST-F3-1024', 3, [AIRWAY, CARDIAC, LOCAL], 1],
    ['hours not posted yet, in the middle', 1, '24 October 2026\tPending\tMedical\tCAPCE 26-OBST-F3-1024', 3, [AIRWAY, CARDIAC, LOCAL], 1],
  ] as const)('%s', (_, at, values, __, expected, unread) => {
    const courses: Array<readonly [string, string]> = [
      ['Surgical Airway Lab', '3 May 2026\t3.0 hrs\tAirway, Respiration &amp; Ventilation\tCAPCE 26-AIRW-F1-0503'],
      ['ACLS Provider Renewal', '7 June 2026\t2.5 hrs\tCardiovascular\tOEMS 26-0607-T'],
      ['County Protocol Update', '12 September 2026\t2.0 hrs\tState/Local\tOEMS 26-0912-T3'],
    ];
    courses.splice(at, 0, ['Obstetric Emergencies', values]);
    const read = readHtml(wordProcessor(courses, '<p>Total hours entered: 9.0</p>'));
    expect(rows(read)).toEqual(expected);
    expect(read.unread ?? []).toHaveLength(unread);
  });
});

/** A PDF converter's page of positioned boxes, one text run a line inside each. */
const boxes = (runs: ReadonlyArray<readonly string[]>): string =>
  page(
    '',
    runs
      .map((box, at) => `<div style="position:absolute; left:52px; top:${60 + at * 30}px; width:300px;"><span style="font-size:8px">${box.map((line) => `${line}<br>`).join('')}</span></div>`)
      .join(''),
  );
const LICENSE_BOXES = [
  ['Health Professions Licensing'],
  ['Manage My Licenses and Applications'],
  ['License #'],
  ['License Type'],
  ['License Status'],
  ['Expiration Date'],
  ['E8821406'],
  ['Emergency Medical', 'Technician - Basic'],
  ['Current'],
  ['03/31/2027'],
];

describe("the licensee's greeting wrapped onto the next line", () => {
  it.each([
    ['"Welcome, KEVIN" then the surname', ['Welcome, KEVIN', 'DUQUETTE-SHAW'], 'KEVIN DUQUETTE-SHAW'],
    ['"Welcome," alone, then the name', ['Welcome,', 'Kevin Duquette-Shaw'], 'Kevin Duquette-Shaw'],
    ['"Signed in as Kevin" then the surname', ['Signed in as Kevin', "O'Neil"], "Kevin O'Neil"],
  ])('%s', (_, greeting, name) => {
    const read = readHtml(boxes([LICENSE_BOXES[0]!, greeting, ...LICENSE_BOXES.slice(1)]));
    expect(read.kind).toBe('elicensing-license');
    expect(read.person?.name).toBe(name);
  });

  it.each([
    ['the next line is a menu, not a surname', ['Welcome, KEVIN', 'Home'], undefined],
    ['the next line is a heading of words', ['Welcome, KEVIN', 'Manage My Licenses'], undefined],
  ])('%s: no name', (_, greeting, name) => {
    const read = readHtml(boxes([LICENSE_BOXES[0]!, greeting, ...LICENSE_BOXES.slice(1)]));
    expect(read.person?.name).toBe(name);
  });
});

/** A docs generator's page of the application: its sections and their status. */
const sections = (table: string, warning = ''): string =>
  page(
    'Recertification Application (snapshot) — EMS Paperwork',
    '<div role="main"><h1>Recertification Application (snapshot)</h1><p>Copied from my NREMT account. <strong>Jordan Pelletier</strong>, EMR, registry no. <strong>R5527019</strong>.</p>' +
      warning +
      `<h2>Sections</h2>${table}</div>`,
  );
const STEPS = ['Continuing Education', 'Profile and Workforce Information', 'Legal Pathway &amp; Criminal Convictions', 'Terms of Certification'];
const stepTable = (submit: string, pay = 'Paid $30.00 (11/29/2026)'): string =>
  `<table><thead><tr><th>Section</th><th>Status</th></tr></thead><tbody>${[...STEPS.map((step) => [step, 'Complete']), ['Make Payment', pay], ['Submit', submit]]
    .map(([step, status]) => `<tr><td><p>${step}</p></td><td><p>${status}</p></td></tr>`)
    .join('')}</tbody></table>`;
const stepList = (submit: string): string => `<ul>${[...STEPS.map((step) => `${step}: Complete`), 'Make Payment: Paid', `Submit: ${submit}`].map((line) => `<li>${line}</li>`).join('')}</ul>`;

describe("the application's sections with their status: the Submit step's is the application's", () => {
  it.each([
    ['a table, "Not Submitted — … button shown"', sections(stepTable('Not Submitted — <span>Submit Application</span> button shown')), 'not-submitted'],
    ['a table, "Not submitted"', sections(stepTable('Not submitted')), 'not-submitted'],
    ['a table, "Submitted 11/30/2026"', sections(stepTable('Submitted 11/30/2026')), 'submitted'],
    [
      'a table beside a warning that only advises',
      sections(stepTable('Not Submitted'), '<div><p>Warning</p><p>Fee is PAID but the status still says <em>Not Submitted</em>. Your application is not submitted until you click Submit Application.</p></div>'),
      'not-submitted',
    ],
    ['a list, "Submit: Not Submitted"', sections(stepList('Not Submitted')), 'not-submitted'],
  ])('%s', (_, html, status) => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe(status);
    expect(read.application?.submitButton).toBe(false);
  });

  it.each([
    ['the Submit step "Start" (no status)', sections(stepTable('Start')), null],
    ['the Submit step complete is no approval', sections(stepTable('Complete')), null],
  ])('%s', (_, html, status) => {
    expect(readHtml(html).application?.status ?? null).toBe(status);
  });
});

// (4) One course a line or a short group of lines, found by the repetition of its values whatever
// the separators: the approval number (with its issuer's word) before the title, " / " between the
// cells, the title and date on one line above the other values.
describe('course lines whatever their separators and order', () => {
  const THREE = [AIRWAY, CARDIAC, LOCAL];
  const cells = [
    ['Surgical Airway Lab', '05/03/2026', '3.0 hrs', 'National - Airway', 'CAPCE 26-AIRW-F1-0503'],
    ['ACLS Provider Renewal', '06/07/2026', '2.5 hrs', 'National - Cardiovascular', 'OEMS 26-0607-T'],
    ['County Protocol Update', '09/12/2026', '2.0 hrs', 'State/Local', 'OEMS 26-0912-T3'],
  ];
  it.each([
    ['the approval number and its issuer first', cells.map((c) => `${c[4]} ${c[0]} ${c[1]} ${c[2]} ${c[3]}`)],
    ['" / " between the cells', cells.map((c) => c.join(' / '))],
    ['title and date, then the other values on the next line', cells.flatMap((c) => [`${c[0]} — ${c[1]}`, `${c[2]} · ${c[3]} · ${c[4]}`])],
  ])('%s', (_, courseLines) => {
    const read = readHtml(lines([...courseLines, 'Total hours: 7.5']));
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual(THREE);
  });
});

describe("the Submit step's status in other shapes of the sections list", () => {
  const cellTable = (header: string[], rows: string[][]): string =>
    `<table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  const done = STEPS.map((step) => [step, 'Complete']);
  it.each([
    ['a Markdown table (cells of bare text)', cellTable(['Section', 'Status'], [...done, ['Submit', 'Not Submitted']]), 'not-submitted'],
    ['a numbered first column', cellTable(['#', 'Section', 'Status'], [...done, ['Submit', 'Submitted 11/30/2026']].map((row, at) => [String(at + 1), ...row])), 'submitted'],
    ['the status column first', cellTable(['Status', 'Step'], [...done, ['Submit', 'Not submitted']].map(([a, b]) => [b!, a!])), 'not-submitted'],
    ['a numbered list, " — " between', `<ol>${[...done, ['Submit', 'Not submitted']].map(([a, b]) => `<li>${a} — ${b}</li>`).join('')}</ol>`, 'not-submitted'],
    ['a plain-text paste whose gaps were lost', `<pre>${[...done, ['Submit', 'Not Submitted']].map(([a, b]) => `${a}    ${b}`).join('\n')}</pre>`, 'not-submitted'],
  ])('%s', (_, list, status) => {
    const read = readHtml(sections(list));
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe(status);
  });

  it.each([
    ['an instruction', '<p>Submit your application when every section says it is complete and pending review is next.</p>'],
    ['a Submit row that says Complete', cellTable(['Section', 'Status'], [...done, ['Submit', 'Complete']])],
  ])('%s: no status', (_, list) => {
    expect(readHtml(sections(list)).application?.status ?? null).toBe(null);
  });
});
