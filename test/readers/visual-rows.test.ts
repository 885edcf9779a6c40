// Pages whose reading order is not the DOM's. Report exports (Crystal Reports, SSRS, PDF-to-HTML
// converters) draw every field as its own positioned box, often flat siblings in any order; grid
// kits with a frozen pane draw one row in two containers, joined only by a row id, an
// aria-rowindex or their position. A person reads rows by where things stand; so must the readers.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = [
  ['Airway Management Update', '01/14/2026', '2', '26-AIRW-F1-0101'],
  ['Trauma Triage Review', '02/10/2026', '1.5', '26-TRAU-F2-0202'],
  ['Pediatric Assessment', '03/05/2026', '3', '26-PEDS-F3-0303'],
  ['Regional Protocol Update', '11/20/2025', '4', ''],
] as const;
const EXPECTED = [
  ['Airway Management Update', '2026-01-14', 2, '26-AIRW-F1-0101'],
  ['Trauma Triage Review', '2026-02-10', 1.5, '26-TRAU-F2-0202'],
  ['Pediatric Assessment', '2026-03-05', 3, '26-PEDS-F3-0303'],
  ['Regional Protocol Update', '2025-11-20', 4, null],
];
const HEADERS = ['Course Title', 'Completed', 'Hours', 'Approval #'];

const page = (style: string, body: string): string =>
  `<!DOCTYPE html><html><head><title>Manage Education</title><style>${style}</style></head><body>${body}</body></html>`;

function read(html: string) {
  const snapshot = readHtml(html);
  return {
    kind: snapshot.kind,
    courses: (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber]),
    unread: snapshot.unread ?? [],
  };
}

/** Visits the cells row by row, or column by column (a converter that writes what it meets first). */
function cellOrder<T>(rows: readonly (readonly T[])[], byColumn: boolean): Array<[T, number, number]> {
  const out: Array<[T, number, number]> = [];
  const width = Math.max(...rows.map((row) => row.length));
  if (byColumn) for (let c = 0; c < width; c++) rows.forEach((row, r) => c < row.length && out.push([row[c]!, r, c]));
  else rows.forEach((row, r) => row.forEach((cell, c) => out.push([cell, r, c])));
  return out;
}

// Crystal Reports / SSRS HTML export: one absolutely positioned box per field (position from the
// stylesheet, offsets inline), flat siblings in one page container; the page header's facts,
// the column titles, a group line and a total line are boxes too.
function reportExport(byColumn: boolean): string {
  const left = [40, 400, 490, 560];
  const box = (text: string, top: number, x: number, width = 80) =>
    `<div style="top:${top}px;left:${x}px;width:${width}px;height:15px;"><span class="f3">${text}</span></div>`;
  const rows = COURSES.map((course) => course.map((text, c) => box(text, 150 + 18 * COURSES.indexOf(course), left[c]!, c === 0 ? 340 : 80)));
  return page(
    'div { position: absolute } .f3 { font: 8pt Arial }',
    `<div style="top:0;left:0;width:760px">` +
      box('National Registry of Emergency Medical Technicians', 0, 20, 500) +
      box('Manage Education', 24, 20, 300) +
      box('Provider Name:', 52, 20) + box('Dana M. Okafor', 52, 120, 200) + box('Registry Number:', 52, 400) + box('P3318204', 52, 500) +
      box('Certification Level:', 70, 20) + box('Paramedic', 70, 120) + box('Cycle Start:', 70, 400) + box('04/01/2025', 70, 500) +
      HEADERS.map((text, c) => box(text, 110, left[c]!)).join('') +
      box('Component: National', 130, 20, 300) +
      cellOrder(rows, byColumn).map(([html]) => html).join('') +
      box('National total:', 228, 380) + box('10.50', 228, 490) +
      `<div style="page-break-before:always;position:relative"></div>` +
      box('11/30/2026', 260, 20) + box('Page 1 of 1', 260, 600) +
      `</div>`,
  );
}

// A PDF-to-HTML converter (pdf2htmlEX style): every text run its own box, placed only by classes
// (`bottom` counts up from the page's foot), written column by column.
function pdfConversion(): string {
  const xs = ['x1', 'x2', 'x3', 'x4'];
  const lines = COURSES.map((_, r) => `y${r}`);
  const style =
    '.pf { position: relative; width: 816px; height: 1056px } .t { position: absolute; white-space: pre }' +
    ' .x0 { left: 50px } .x1 { left: 60px } .x2 { left: 380px } .x3 { left: 470px } .x4 { left: 540px }' +
    ' .yt { bottom: 980px } .yp { bottom: 950px } .yh { bottom: 900px }' +
    COURSES.map((_, r) => ` .y${r} { bottom: ${870 - 20 * r}px }`).join('');
  const box = (text: string, x: string, y: string) => `<div class="t ${x} ${y}">${text}</div>`;
  const header = HEADERS.map((text, c) => box(text, xs[c]!, 'yh')).join('');
  const body = cellOrder(COURSES.map((course, r) => course.filter(Boolean).map((text, c) => box(text, xs[c]!, lines[r]!))), true).map(([html]) => html).join('');
  return page(style, `<div class="pf"><div class="pc">${box('Manage Education', 'x0', 'yt')}${box('Dana M. Okafor · Registry P3318204 · Paramedic', 'x0', 'yp')}${header}${body}</div></div>`);
}

// A virtualised data grid (react-virtualized): no row elements, every cell a positioned gridcell
// of one rowgroup, the rows recycled so the DOM holds them out of order; header in its own grid.
function virtualisedCells(): string {
  const left = [0, 300, 420, 500];
  const header = HEADERS.map((text, c) => `<div role="columnheader" style="position:absolute;top:0;left:${left[c]}px;width:100px">${text}</div>`).join('');
  const order = [2, 0, 3, 1];
  const cells = order
    .flatMap((r) => COURSES[r]!.map((text, c) => `<div role="gridcell" style="height:36px;left:${left[c]}px;position:absolute;top:${36 * r}px;width:100px"><div>${text}</div></div>`))
    .join('\n');
  return page(
    '',
    `<h1>Manage Education</h1><p>Dana M. Okafor · Registry P3318204 · Paramedic</p>` +
      `<div role="grid"><div role="rowgroup" style="position:relative;height:36px">${header}</div></div>` +
      `<div role="grid"><div role="rowgroup" style="position:relative;height:144px">${cells}</div></div><p>4 rows</p>`,
  );
}

/** A report's group lines above its detail lines ("Component: National", "Topic: Trauma", "Component: (Not Assigned)"). */
function groupedExport(): string {
  const box = (text: string, top: number, x: number) => `<div style="top:${top}px;left:${x}px;height:15px"><span>${text}</span></div>`;
  const line = (course: readonly string[], top: number) => course.map((text, c) => box(text, top, [40, 400, 490, 560][c]!)).join('');
  return page(
    'div { position: absolute }',
    `<div style="top:0;left:0;width:760px">${box('Manage Education', 0, 20)}${box('Dana M. Okafor · Registry P3318204 · Paramedic', 20, 20)}` +
      `${box('Component: National', 60, 20)}${box('Topic: Trauma', 78, 30)}${line(COURSES[1]!, 96)}${box('Topic: Airway, Respiration &amp; Ventilation', 114, 30)}${line(COURSES[0]!, 132)}` +
      `${box('Component: (Not Assigned)', 150, 20)}${line(COURSES[3]!, 168)}</div>`,
  );
}

describe('a report export or converted PDF: one positioned box per field', () => {
  it.each([
    ['Crystal-like export, boxes row by row', reportExport(false)],
    ['Crystal-like export, boxes column by column', reportExport(true)],
    ['PDF conversion placed by classes, column by column', pdfConversion()],
    ['virtualised grid of positioned cells, rows out of order', virtualisedCells()],
  ])('%s: every course, in the order shown, nothing else', (_name, html) => {
    const got = read(html);
    expect(got.kind).toBe('nremt-education');
    expect(got.courses).toEqual(EXPECTED);
    expect(got.unread).toEqual([]);
  });

  it('takes a report named in one word ("ManageEducation") for the page it names', () => {
    const html = reportExport(false).replace('<title>Manage Education</title>', '<title>ManageEducation</title>').replace('Manage Education</span>', 'Education Report</span>');
    const got = read(html);
    expect(got.kind).toBe('nremt-education');
    expect(got.courses).toEqual(EXPECTED);
  });

  it('reads the component and topic that group lines name, and a group of courses not assigned', () => {
    const snapshot = readHtml(groupedExport());
    expect(snapshot.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Trauma Triage Review', 'national', 'trauma'],
      ['Airway Management Update', 'national', 'airway'],
      ['Regional Protocol Update', null, null],
    ]);
  });

  it('reads the component a group line above the boxes names', () => {
    const snapshot = readHtml(reportExport(true));
    expect(snapshot.courses?.map((c) => c.component)).toEqual(['national', 'national', 'national', 'national']);
  });
});

// Frozen panes: the titles in one container, the other fields in another; each row of one is
// joined to its row in the other by a shared row id, its aria-rowindex, or its position.
type Join = 'row id' | 'aria-rowindex' | 'position';

function frozenPanes(join: Join): string {
  const key = (r: number): string => (join === 'row id' ? ` data-rowid="rec${'QXZW'[r]}${r * 7}"` : join === 'aria-rowindex' ? ` role="row" aria-rowindex="${r + 2}"` : '');
  const place = (r: number): string => (join === 'aria-rowindex' ? `transform: translateY(${33 * r}px)` : `top: ${33 * r}px`);
  const cell = join === 'aria-rowindex' ? ' role="gridcell"' : '';
  const row = (r: number, cells: readonly string[]) =>
    `<div class="row"${key(r)} style="position:absolute;${place(r)};height:33px">${cells.map((text) => `<div class="cell"${cell}>${text}</div>`).join('')}</div>`;
  // The fields pane holds its rows in another order than they are shown (recycled rows).
  const titles = COURSES.map((course, r) => row(r, [`<span class="num">${r + 1}</span>`, course[0]])).join('\n');
  const fields = [3, 1, 0, 2].map((r) => row(r, [...COURSES[r]!.slice(1), r === 2 ? 'Needs certificate' : 'Verified'])).join('\n');
  const headerRow = (texts: readonly string[]) => `<div class="row"${join === 'aria-rowindex' ? ' role="row" aria-rowindex="1"' : ''}>${texts.map((t) => `<div${join === 'aria-rowindex' ? ' role="columnheader"' : ''}>${t}</div>`).join('')}</div>`;
  return page(
    '.grid { position: relative; height: 200px } .pane { position: absolute; top: 33px } .left { left: 0; width: 300px } .right { left: 300px } .row { display: flex } .cell { padding: 4px }',
    `<h1>Manage Education</h1><p>Dana M. Okafor · Registry P3318204 · Paramedic</p>` +
      `<div class="grid"${join === 'aria-rowindex' ? ' role="grid"' : ''}>` +
      `<div class="head left">${headerRow(['', HEADERS[0]!])}</div><div class="head right">${headerRow([...HEADERS.slice(1), 'Status'])}</div>` +
      `<div class="pane left"><div class="inner">${titles}</div></div>` +
      `<div class="pane right"><div class="scroller"><div class="inner">${fields}</div></div></div>` +
      `</div><p>4 records</p>`,
  );
}

describe('frozen panes: one row drawn in two containers', () => {
  it.each<Join>(['row id', 'aria-rowindex', 'position'])('joined by %s: every course with its title, in the order shown', (join) => {
    const got = read(frozenPanes(join));
    expect(got.kind).toBe('nremt-education');
    expect(got.courses).toEqual(EXPECTED);
    expect(got.unread).toEqual([]);
  });

  it('never joins two course lists that stand side by side', () => {
    // Two columns of cards, each with its own dates and hours, at the same heights: two lists.
    const card = (course: readonly string[], r: number) =>
      `<div class="card" data-index="${r}" style="position:absolute;top:${60 * r}px"><b>${course[0]}</b><div>${course[1]}</div><div>${course[2]} hrs</div></div>`;
    const html = page(
      '.col { position: relative; height: 200px }',
      `<h1>Manage Education</h1><p>Dana M. Okafor · Registry P3318204 · Paramedic</p><div class="cols">` +
        `<div class="col"><h2>Local</h2><div class="list">${COURSES.slice(0, 2).map(card).join('')}</div></div>` +
        `<div class="col"><h2>Individual</h2><div class="list">${COURSES.slice(2).map(card).join('')}</div></div></div>`,
    );
    const snapshot = readHtml(html);
    expect(snapshot.courses?.map((c) => [c.title, c.hours, c.component])).toEqual([
      ['Airway Management Update', 2, 'local'],
      ['Trauma Triage Review', 1.5, 'local'],
      ['Pediatric Assessment', 3, 'individual'],
      ['Regional Protocol Update', 4, 'individual'],
    ]);
  });
});

// PDF.js text layer: one absolutely positioned span per text run; a long title wraps onto the next
// line-run, under the title column, with no other cell beside it and closer than the rows stand.
function textLayer(rows: ReadonlyArray<{ runs: readonly string[]; cells: readonly string[] }>, lineAfterFirst?: string): string {
  const span = (text: string, top: number, x: number) => `<span role="presentation" style="left: ${x}px; top: ${top}px; font-size: 12px; transform: scaleX(0.97);">${text}</span>`;
  let top = 100;
  let body = HEADERS.map((text, c) => span(text, 80, [72, 340, 430, 480][c]!)).join('');
  for (const [r, row] of rows.entries()) {
    body += span(row.runs[0]!, top, 72) + row.cells.map((text, c) => span(text, top, [340, 430, 480][c]!)).join('');
    for (const run of row.runs.slice(1)) body += span(run, (top += 13), 72);
    top += 20;
    // A line of its own in the title column, a row's pitch below: not the title's.
    if (lineAfterFirst && r === 0) {
      body += span(lineAfterFirst, top, 72);
      top += 20;
    }
  }
  return page('.textLayer span { position: absolute; color: transparent; white-space: pre }', `<h1>Continuing Education Transcript</h1><div class="textLayer">${body}</div>`);
}

describe('a PDF text layer: a title wrapped onto the next line-run', () => {
  const [a, b, c] = COURSES;
  it.each([
    ['wrapped once', [['Airway Management', 'Update'], ['Trauma Triage Review'], ['Pediatric Assessment']]],
    ['wrapped twice', [['Airway', 'Management', 'Update'], ['Trauma Triage Review'], ['Pediatric Assessment']]],
    ['the last title wrapped', [['Airway Management Update'], ['Trauma Triage Review'], ['Pediatric', 'Assessment']]],
  ])('%s: one title', (_, runs) => {
    const rows = [a!, b!, c!].map((course, i) => ({ runs: runs[i]!, cells: course.slice(1) }));
    expect(read(textLayer(rows)).courses).toEqual(EXPECTED.slice(0, 3));
  });

  it('a line a row apart in the title column is not the title above', () => {
    const rows = [a!, b!, c!].map((course) => ({ runs: [course[0]], cells: course.slice(1) }));
    const got = read(textLayer(rows, 'Instructor-led courses'));
    expect(got.courses.map((course) => course[0])).toEqual(EXPECTED.slice(0, 3).map((course) => course[0]));
  });
});
