// Notes and document exports that wrap each table in a foreign element (Apple Notes writes every
// table as `<object><table>…</table></object>`) and write every line as its own `<div>`. An
// `<object>` without a `data` resource loads nothing: the browser draws its children (its fallback
// content), so they are the page's text like any other. An `<object>` that loads a resource (a
// PDF, an image) shows that instead, and its fallback stays unread. Someone else's record copied
// into a note stays unknown.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string =>
  `<!DOCTYPE html><html><head><meta name="generator" content="Notes exporter"><title>${title}</title></head><body>${body}</body></html>`;

const lines = (...texts: string[]): string => texts.map((text) => (text ? `<div>${text}</div>` : '<div><br></div>')).join('');

type Row = [string, string, string, string, string];

const NATIONAL: Row[] = [
  ['Airway, Respiration &amp; Ventilation', 'Pediatric Airway Review', '02/10/2026', '2.0', '26-PEDS-F3-0211'],
  ['Cardiovascular', 'Stroke Assessment Update', '01/06/2026', '1.5', '26-0106-T1'],
  ['Trauma', 'Hemorrhage Control Refresher', '12/03/2025', '1.0', '25-HEMO-F3-1203'],
];
const LOCAL: Row[] = [
  ['', 'Region 3 MCI Tabletop', '11/14/2025', '3.0', '—'],
  ['', 'Protocol Update 2026', '10/21/2025', '2.0', '25-PROT-F3-1021'],
];

const HEADER: Row = ['Topic', 'Course', 'Date Completed', 'Hours', 'Approval #'];

/** A Notes table: plain rows, the header row's words bold, each cell a <div>. */
const notesTable = (rows: Row[]): string =>
  '<table cellspacing="0" cellpadding="0" style="border-collapse: collapse"><tbody>' +
  [HEADER.map((cell) => `<b>${cell}</b>`), ...rows].map((row) => `<tr>${row.map((cell) => `<td valign="top"><div>${cell}</div></td>`).join('')}</tr>`).join('') +
  '</tbody></table>';

/** The user's own list: name, level and registry number, then one table per component. */
const ownList = (wrap: (table: string) => string, heading = (text: string) => `<div><h2>${text}</h2></div>`): string =>
  lines('Kristen Albanese · Advanced EMT · NRAEMT # A4417829', 'Expiration 03/31/2027 · Recert Cycle 04/01/2025 – 03/31/2027', '') +
  heading('National Component — 4.5 of 25 hours') +
  wrap(notesTable(NATIONAL)) +
  lines('') +
  heading('Local Component — 5 of 10 hours') +
  wrap(notesTable(LOCAL));

const TITLE = 'NREMT – Manage Education (copied 11/30)';

describe('a table inside an <object> that loads nothing is shown text', () => {
  const cases: { name: string; html: string }[] = [
    {
      name: 'Apple Notes: <div><object><table>, lines as <div>, an <h1> naming the page',
      html: page(TITLE, `<div><h1>${TITLE}</h1></div>${lines('')}${ownList((table) => `<div><object>${table}</object></div>`)}`),
    },
    {
      name: 'the object names a type but no data resource',
      html: page(TITLE, `<div><h1>${TITLE}</h1></div>${ownList((table) => `<div><object type="application/x-notes-table">${table}</object></div>`)}`),
    },
    {
      name: 'the object directly in the body, headings as bold lines',
      html: page(TITLE, `<div><b>${TITLE}</b></div>${ownList((table) => `<object>${table}</object>`, (text) => `<div><b>${text}</b></div>`)}`),
    },
    {
      name: 'an object with an empty data attribute, nested in a second wrapper',
      html: page(TITLE, `<div><h1>${TITLE}</h1></div>${ownList((table) => `<div><div><object data="">${table}</object></div></div>`)}`),
    },
  ];

  it.each(cases)('$name', ({ html }) => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(read.person).toMatchObject({ registryNumber: 'A4417829' });
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.component])).toEqual([
      ['Pediatric Airway Review', '2026-02-10', 2, 'national'],
      ['Stroke Assessment Update', '2026-01-06', 1.5, 'national'],
      ['Hemorrhage Control Refresher', '2025-12-03', 1, 'national'],
      ['Region 3 MCI Tabletop', '2025-11-14', 3, 'local'],
      ['Protocol Update 2026', '2025-10-21', 2, 'local'],
    ]);
  });

  it('an object that loads a resource shows it, not its fallback table: no course is read from the fallback', () => {
    const html = page(TITLE, `<div><h1>${TITLE}</h1></div>${ownList((table) => `<div><object data="transcript.pdf" type="application/pdf">${table}</object></div>`)}`);
    expect(readHtml(html).courses ?? []).toEqual([]);
  });

  const others: { name: string; title: string; heading: string; wrap: (table: string) => string }[] = [
    { name: 'a possessive heading, the table in an object', title: 'Notes', heading: "<h1>Mike's NREMT transcript (he asked me to check it)</h1>", wrap: (table) => `<object>${table}</object>` },
    { name: 'a possessive heading, a plain table', title: 'Notes', heading: "<h2>Dana’s NREMT Manage Education, copied for review</h2>", wrap: (table) => table },
    { name: 'the title names her transcript, a bold first line', title: 'Her NREMT transcript', heading: '<b>Check before Friday</b>', wrap: (table) => `<object>${table}</object>` },
  ];

  it.each(others)("someone else's list in a note stays unknown: $name", ({ title, heading, wrap }) => {
    const body = `<div>${heading}</div>` + lines('Mike Dorsey · EMT · NREMT # E2210457', '') + `<div>${wrap(notesTable(NATIONAL))}</div>`;
    expect(readHtml(page(title, body)).kind).toBe('unknown');
  });
});
