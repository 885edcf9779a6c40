// Rows counted unread must be rows a person sees as courses. A course table kept in a document (a
// word processor's pages shown in the browser, a wiki page) carries the document's own lines among
// its rows: a running header repeated at the top of each page ("R. Quintero – personal CE record –
// rev. 11/29/2026"), a notes section's caption after the table ("Reminders"). Blocks among a
// table's rows that show no hours, no approval number and no labelled piece are that text, not
// courses the panel could not read. A row of the table whose hours are "TBD" stays unread.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string => `<!DOCTYPE html><html><head><title>CE record.docx</title></head><body>${body}</body></html>`;

type Row = readonly [title: string, date: string, hours: string, approval: string];
const ROWS: Row[] = [
  ['Airway Management Review', 'June 12, 2025', '2.0 CEH', 'CAPCE 25-EMSX-F3-0318'],
  ['Capnography Interpretation', 'July 8, 2025', '1.5 CEH', 'OEMS 25-0417-T3'],
  ['12-Lead ECG Refresher', 'August 21, 2025', '3.0 CEH', 'CAPCE 25-TLCE-F1-2204'],
  ['Trauma Triage Guidelines', 'October 2, 2025', '2.0 CEH', 'OEMS 25-0602-T'],
  ['Sepsis Recognition', 'November 13, 2025', '1.25 CEH', 'CAPCE 25-EMSX-F3-0744'],
  ['Pediatric Sedation', 'November 21, 2026', 'TBD', 'pending'],
];
const HEADER = '<header><p>R. Quintero – personal CE record – rev. 11/29/2026</p></header>';
const NOTES = '<p>Reminders</p><p>Step A opens 10/1/2026 – TO sign-off no later than April 30, 2027.</p><p>Still need ~4 hrs Trauma; the PHTLS class is 1/16/2027.</p>';

const head = '<tr><th>Course title</th><th>Date completed</th><th>Hours</th><th>Approval #</th></tr>';
const tr = ([title, date, hours, approval]: Row): string => `<tr><td>${title}</td><td>${date}</td><td>${hours}</td><td>${approval}</td></tr>`;
const gridRow = ([title, date, hours, approval]: Row): string =>
  `<div role="row"><div role="gridcell">${title}</div><div role="gridcell">${date}</div><div role="gridcell">${hours}</div><div role="gridcell">${approval}</div></div>`;
const gridHead = '<div role="row"><div role="columnheader">Course title</div><div role="columnheader">Date completed</div><div role="columnheader">Hours</div><div role="columnheader">Approval #</div></div>';

const LAYOUTS: Record<string, string> = {
  'two pages, each a table under the running header, notes after': `<section>${HEADER}<table>${head}${ROWS.slice(0, 3).map(tr).join('')}</table></section><section>${HEADER}<table>${head}${ROWS.slice(3).map(tr).join('')}</table>${NOTES}</section>`,
  'one table, the header above it and again below it as the page footer': `${HEADER}<table>${head}${ROWS.map(tr).join('')}</table>${HEADER}${NOTES}`,
  'an ARIA grid split in two by the running header': `<div role="grid">${gridHead}${ROWS.slice(0, 3).map(gridRow).join('')}</div>${HEADER}<div role="grid">${gridHead}${ROWS.slice(3).map(gridRow).join('')}</div>${NOTES}`,
};

describe('a document\'s own lines among a course table\'s rows are not unread courses', () => {
  it.each(Object.entries(LAYOUTS))('%s', (_, body) => {
    const snapshot = readHtml(page(body));
    expect((snapshot.courses ?? []).map((course) => course.title)).toEqual(ROWS.slice(0, 5).map(([title]) => title));
    expect((snapshot.unread ?? []).map((row) => row.text)).toEqual([expect.stringContaining('Pediatric Sedation')]);
  });
});
