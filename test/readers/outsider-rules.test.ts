// Page-level reading rules found by the outsider pages, each as a small table of pages.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string => `<!DOCTYPE html><html><head><title>Transcript</title></head><body><h1>Transcript</h1>${body}</body></html>`;
const table = (header: string[], rows: string[][]): string =>
  `<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

describe('course table date column', () => {
  it.each([
    // header of the date column, cell, expected completedOn (undefined: row reported unread)
    ['Date Completed (MM/DD/YYYY)', '03/12/2026', '2026-03-12'],
    ['Date Finished', '03/12/2026', '2026-03-12'],
    ['Finished (local time)', 'March 12, 2026', '2026-03-12'],
    ['Date Finished', 'soon', undefined],
    ['Date Added', '03/12/2026', null],
  ] as Array<[string, string, string | null | undefined]>)('%j with %j -> %s', (header, cell, expected) => {
    const snap = readHtml(page(table(['Course Title', header, 'Hours', 'Approval #'], [['Airway Review', cell, '2', '25-ABC-F3-0102']])));
    if (expected === undefined) {
      expect(snap.courses ?? []).toHaveLength(0);
      expect(snap.unread ?? []).toHaveLength(1);
    } else {
      expect(snap.courses?.[0]?.completedOn).toBe(expected);
    }
  });
});

describe('placeholder cells in Topic / Assigned To columns are "not shown"', () => {
  it.each([
    // heading above the table, Assigned To cell, Topic cell, expected component, topic
    ['Local', '', '—', 'local', null],
    ['Local', '-', 'N/A', 'local', null],
    ['Individual', 'n/a', '', 'individual', null],
    ['Trauma', '–', '—', 'national', 'trauma'],
    ['Local', 'Unassigned', '—', null, null],
    ['Local', '—', 'Medical', 'national', 'medical'],
  ] as Array<[string, string, string, string | null, string | null]>)('under %j: %j / %j -> %s %s', (heading, assigned, topic, component, expectedTopic) => {
    const snap = readHtml(
      page(`<h2>${heading}</h2>${table(['Course Title', 'Date Completed', 'Hours', 'Assigned To', 'Topic'], [['Airway Review', '03/12/2026', '2', assigned, topic]])}`),
    );
    expect(snap.courses?.[0]).toMatchObject({ component, topic: expectedTopic });
  });
});

describe('card titles', () => {
  const card = (header: string): string =>
    `<div>${header}<div><span>Completion Date:</span> <span>03/12/2026</span></div><div><span>Credits:</span> <span>2</span></div></div>`;
  const intro = '<p>All sections must be complete to recertify.</p>';
  it.each([
    // what precedes each card's fields (two cards, "Burn Care" then "Shock"), expected titles
    ['<div><strong>Burn Care</strong></div>', ['Burn Care', 'Shock']],
    ['<div class="card-header"> <b>Burn Care</b> </div>', ['Burn Care', 'Shock']],
    ['<p><span><strong>Burn Care</strong></span></p>', ['Burn Care', 'Shock']],
    ['<h3>Burn Care</h3><p>A refresher for field crews.</p>', ['Burn Care', 'Shock']],
    // A plain header replaces the intro sentence (later plain headers are a known limit: README).
    ['<div>Burn Care</div>', ['Burn Care']],
  ] as Array<[string, string[]]>)('%j -> %j', (header, titles) => {
    const snap = readHtml(page(`${intro}${card(header)}${card(header.replace(/Burn Care/, 'Shock'))}`));
    expect(snap.courses?.map((c) => c.title).slice(0, titles.length)).toEqual(titles);
  });
});

describe('a header row made only of label words', () => {
  const rows = (first: string): string =>
    `<table><tr>${first}</tr><tr><td>Airway Review</td><td>03/12/2026</td><td>2</td><td>25-ABC-F3-0102</td><td></td></tr></table>`;
  it.each([
    // first row, number of courses read
    ['<td><b>COURSE NAME</b></td><td><b>completion date</b></td><td><b>Credit Hours</b></td><td><b>Approval #</b></td><td></td>', 1],
    ['<td>Course Title</td><td>Date Completed</td><td>Hours</td><td>CAPCE #</td><td></td>', 1],
    ['<td><strong>Title:</strong></td><td>Date:</td><td>Credits</td><td>Approval Number</td><td>&nbsp;</td>', 1],
    // Not a header: the rows are still courses by their values (a date and an hours figure each).
    ['<td>Course Title</td><td>Date Completed</td><td>Hours</td><td>CAPCE #</td><td>Notes to self</td>', 1],
    ['<td>Trauma Review</td><td>01/02/2026</td><td>1</td><td>25-TRA-F3-0001</td><td></td>', 2],
  ] as Array<[string, number]>)('%j -> %i course(s)', (first, count) => {
    expect(readHtml(page(rows(first))).courses ?? []).toHaveLength(count);
  });
});

describe('application status from a table of applications', () => {
  const app = (body: string): string =>
    `<!DOCTYPE html><html><head><title>Recertification Application</title></head><body><h1>Recertification Application</h1>${body}</body></html>`;
  it.each([
    // table, expected status
    [table(['Application', 'Submitted', 'Status'], [['2026 EMT Recertification', 'Feb 1, 2026', 'Approved']]), 'approved'],
    // Newest by the date column, whichever order the rows are in.
    [table(['Application', 'Submitted', 'Status'], [['2024 EMT Recertification', '02/01/2024', 'Approved'], ['2026 EMT Recertification', '02/01/2026', 'Pending Review']]), 'submitted'],
    [table(['Recertification', 'Date Submitted', 'Status'], [['2026', '02/01/2026', 'Returned Incomplete'], ['2024', '02/01/2024', 'Approved']]), 'returned'],
    // No date column: the first row.
    [table(['Application Type', 'Status'], [['NREMT Recertification', 'In Progress'], ['NREMT Recertification', 'Approved']]), 'in-progress'],
    // A table of sections is not the application's status.
    [table(['Section', 'Status'], [['Personal Information', 'Complete']]), null],
    // A label wins over the table.
    [`<p>Application Status: Not Submitted</p>${table(['Application', 'Status'], [['2024 Recertification', 'Approved']])}`, 'not-submitted'],
  ] as Array<[string, string | null]>)('%#: -> %s', (body, status) => {
    expect(readHtml(app(body)).application?.status ?? null).toBe(status);
  });
});

describe('a bold list item is still read as a course line', () => {
  it('reads <li><b>Title — date — hours — approval</b></li>', () => {
    const snap = readHtml(page('<h2>Trauma</h2><ul><li><b>Hemorrhage Control — 01/14/2026 — 2 hrs — CAPCE 26-ABC-F3-0001</b></li></ul>'));
    expect(snap.courses?.[0]).toMatchObject({ title: 'Hemorrhage Control', completedOn: '2026-01-14', hours: 2 });
  });
});
