// A course list recognised by its records' values (sixteenth round): the person's own courses kept
// in a tool that never names NREMT nor the list's page (a reference manager's table export, a
// spreadsheet's sheet, a plain list, a notes app's cards), its columns the tool's own ("Author",
// "Journal", "Reftype"). What makes it a course list is what each record carries together: a date
// completed, an hours figure and an approval number (CAPCE "YY-ORG-Fx-NNNN", OEMS with its "T"),
// as domain.md's Add Courses asks for, and a word or column saying the date is when it was completed.
// Unknown beats wrong: dates and hours alone (a timesheet), numbers alone, one record, a provider's
// schedule of classes (dates to come, no completion), or a page naming someone else's list stay unknown.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const rows = (read: ReturnType<typeof readHtml>) =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

const AIRWAY = ['Surgical Airway Lab', '2026-05-03', 3, 'national', 'airway', '26-AIRW-F1-0503'];
const CARDIAC = ['ACLS Provider Renewal', '2026-06-07', 8, 'national', 'cardiovascular', '26-0607-T'];
const LOCAL = ['County Protocol Update', '2026-09-12', 2, 'local', null, '26-0912-T3'];
const PEDS = ['Pediatric Assessment Online', '2026-10-01', 1.5, 'individual', null, '26-PEDS-F3-0144'];
const NO_WHERE = (row: readonly unknown[]) => [...row.slice(0, 3), null, null, row[5]];

/** A reference manager's table: the course's values in one "Journal" cell, cut by semicolons. */
const referenceTable = (entries: ReadonlyArray<[string, string, string]>): string =>
  `<table border="1"><thead><tr><th>Author</th><th>Title</th><th>Year</th><th>Journal/Proceedings</th><th>Reftype</th></tr></thead><tbody>` +
  entries.map(([author, title, values]) => `<tr><td>${author}</td><td>${title}</td><td>2026</td><td>${values}</td><td>misc</td></tr>`).join('') +
  `</tbody></table>`;

describe('a course list recognised by its records\' values, the site never named', () => {
  it.each([
    [
      'a reference manager\'s table export: date, hours, assignment and approval number in one cell',
      referenceTable([
        ['Harbor EMS Academy', 'Surgical Airway Lab', 'Completed 05/03/2026; 3 hrs; National – Airway, Respiration &amp; Ventilation; CAPCE 26-AIRW-F1-0503'],
        ['Cape Heart Training', 'ACLS Provider Renewal', 'Completed 06/07/2026; 8.0 CEH; National – Cardiovascular; OEMS 26-0607-T'],
        ['Region 3 Committee', 'County Protocol Update', 'Completed 09/12/2026; 2 hours; State/Local; OEMS 26-0912-T3'],
        ['Learning Hub', 'Pediatric Assessment Online', 'Completed 10/01/2026; 1.5 hrs; Individual; no approval # on the certificate'],
      ]),
      [AIRWAY, CARDIAC, LOCAL, [...PEDS.slice(0, 5), null]],
    ],
    [
      'a spreadsheet\'s sheet whose column titles are mostly the tool\'s own ("Item", "Completed", "Length", "Ref")',
      `<table><tr><th>Item</th><th>Completed</th><th>Length</th><th>Ref</th></tr>` +
        `<tr><td>Surgical Airway Lab</td><td>5/3/2026</td><td>3 hrs</td><td>26-AIRW-F1-0503</td></tr>` +
        `<tr><td>ACLS Provider Renewal</td><td>6/7/2026</td><td>8 hrs</td><td>26-0607-T</td></tr>` +
        `<tr><td>County Protocol Update</td><td>9/12/2026</td><td>2 hrs</td><td>26-0912-T3</td></tr></table>`,
      [AIRWAY, CARDIAC, LOCAL].map(NO_WHERE),
    ],
    [
      'a plain list, one course a line, no heading',
      `<ul><li>Surgical Airway Lab — completed 05/03/2026 — 3 hrs — CAPCE 26-AIRW-F1-0503</li>` +
        `<li>ACLS Provider Renewal — completed 06/07/2026 — 8 hrs — OEMS 26-0607-T</li>` +
        `<li>Pediatric Assessment Online — completed 10/01/2026 — 1.5 hrs — CAPCE 26-PEDS-F3-0144</li></ul>`,
      [AIRWAY, CARDIAC, PEDS].map(NO_WHERE),
    ],
    [
      'a notes app\'s cards: a bold title, then "Label: value" lines, one course without its number',
      [AIRWAY, CARDIAC, PEDS]
        .map(([title, , hours, , , approval], at) => `<div><div><b>${title}</b></div><div>Date completed: ${['May 3, 2026', 'Jun 7, 2026', 'Oct 1, 2026'][at]}</div><div>Credits: ${hours}</div><div>Approval #: ${at === 2 ? 'none yet' : approval}</div></div>`)
        .join(''),
      [...[AIRWAY, CARDIAC].map(NO_WHERE), [...NO_WHERE(PEDS).slice(0, 5), null]],
    ],
  ])('%s', (_name, body, expected) => {
    const read = readHtml(page('References', body));
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual(expected);
  });

  it.each([
    [
      'dates and hours without approval numbers: a timesheet, no course list',
      `<table><tr><th>Item</th><th>When</th><th>Length</th></tr>` +
        `<tr><td>Station cleanup</td><td>5/3/2026</td><td>3 hrs</td></tr>` +
        `<tr><td>Truck check</td><td>6/7/2026</td><td>1 hrs</td></tr>` +
        `<tr><td>Community event</td><td>9/12/2026</td><td>2 hrs</td></tr></table>`,
    ],
    [
      'approval numbers and dates without hours: a provider\'s accreditation register',
      `<table><tr><th>Provider</th><th>Number</th><th>Accredited</th></tr>` +
        `<tr><td>Harbor EMS Academy</td><td>26-AIRW-F1-0503</td><td>5/3/2026</td></tr>` +
        `<tr><td>Cape Heart Training</td><td>26-CARD-F3-0607</td><td>6/7/2026</td></tr>` +
        `<tr><td>Region 3</td><td>26-REGN-F1-0912</td><td>9/12/2026</td></tr></table>`,
    ],
    [
      'a provider\'s class schedule: dates, hours and CAPCE numbers of classes to come, prices, Register buttons',
      `<h1>Upcoming classes</h1><table><tr><th>Class</th><th>Date</th><th>Length</th><th>CAPCE</th><th>Price</th><th></th></tr>` +
        `<tr><td>Surgical Airway Lab</td><td>5/3/2026</td><td>3 hrs</td><td>26-AIRW-F1-0503</td><td>$45.00</td><td><button>Register</button></td></tr>` +
        `<tr><td>ACLS Provider Renewal</td><td>6/7/2026</td><td>8 hrs</td><td>26-ACLS-F1-0607</td><td>$120.00</td><td><button>Register</button></td></tr>` +
        `<tr><td>Pediatric Assessment</td><td>9/12/2026</td><td>2 hrs</td><td>26-PEDS-F1-0912</td><td>$30.00</td><td><button>Register</button></td></tr></table>`,
    ],
    [
      'a provider\'s catalog as a list: a course a line with its seats left',
      `<h1>Our courses</h1><ul><li>Surgical Airway Lab — 05/03/2026 — 3 hrs — CAPCE 26-AIRW-F1-0503 — seats left: 4</li>` +
        `<li>ACLS Provider Renewal — 06/07/2026 — 8 hrs — CAPCE 26-ACLS-F1-0607 — seats left: 10</li>` +
        `<li>Pediatric Assessment — 09/12/2026 — 2 hrs — CAPCE 26-PEDS-F1-0912 — waitlist</li></ul>`,
    ],
    [
      'one course-like record: no list',
      `<ul><li>Surgical Airway Lab — 05/03/2026 — 3 hrs — CAPCE 26-AIRW-F1-0503</li><li>Bring the certificate on Monday</li></ul>`,
    ],
    [
      'a heading naming someone else\'s courses',
      `<h1>Mike's CE list</h1><ul><li>Surgical Airway Lab — 05/03/2026 — 3 hrs — CAPCE 26-AIRW-F1-0503</li>` +
        `<li>ACLS Provider Renewal — 06/07/2026 — 8 hrs — OEMS 26-0607-T</li>` +
        `<li>County Protocol Update — 09/12/2026 — 2 hrs — OEMS 26-0912-T3</li></ul>`,
    ],
    [
      'a roster: the courses of several members',
      `<table><tr><th>Member</th><th>Course</th><th>Date</th><th>Hours</th><th>Approval</th></tr>` +
        `<tr><td>Dana Okafor</td><td>Surgical Airway Lab</td><td>5/3/2026</td><td>3</td><td>26-AIRW-F1-0503</td></tr>` +
        `<tr><td>Lee Brandt</td><td>ACLS Provider Renewal</td><td>6/7/2026</td><td>8</td><td>26-0607-T</td></tr>` +
        `<tr><td>Sam Ortiz</td><td>County Protocol Update</td><td>9/12/2026</td><td>2</td><td>26-0912-T3</td></tr></table>`,
    ],
    [
      'a crew\'s sheet under two members\' registry numbers: the classes they took',
      `<div>Registry # E4418203 · EMT</div><div>Registry # P5521907 · Paramedic</div>` +
        `<table><tr><th>Item</th><th>Completed</th><th>Length</th><th>Ref</th></tr>` +
        `<tr><td>Surgical Airway Lab</td><td>5/3/2026</td><td>3 hrs</td><td>26-AIRW-F1-0503</td></tr>` +
        `<tr><td>ACLS Provider Renewal</td><td>6/7/2026</td><td>8 hrs</td><td>26-0607-T</td></tr>` +
        `<tr><td>County Protocol Update</td><td>9/12/2026</td><td>2 hrs</td><td>26-0912-T3</td></tr></table>`,
    ],
    [
      'a plain list below two labelled registry numbers',
      `<ul><li><b>NREMT #:</b> E4418203</li><li><b>NREMT #:</b> A2290561</li></ul>` +
        `<ul><li>Surgical Airway Lab — completed 05/03/2026 — 3 hrs — CAPCE 26-AIRW-F1-0503</li>` +
        `<li>ACLS Provider Renewal — completed 06/07/2026 — 8 hrs — OEMS 26-0607-T</li>` +
        `<li>Pediatric Assessment Online — completed 10/01/2026 — 1.5 hrs — CAPCE 26-PEDS-F3-0144</li></ul>`,
    ],
  ])('stays unknown: %s', (_name, body) => {
    const read = readHtml(page('References', body));
    expect(read.kind).toBe('unknown');
    expect(read.courses ?? []).toEqual([]);
  });
});
