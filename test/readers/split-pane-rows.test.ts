// A data grid that draws each record as two row elements in parallel panes: a frozen (pinned)
// left pane holding the course title (and perhaps a row counter), a scrolling right pane holding
// the date, the hours, the component, the topic and the approval number. The halves of one
// record are paired by order (the n-th row of each pane), by a shared row index, or by where they
// stand. Two lists of as many rows that are not halves of one grid (a Message Center beside the
// course list, a menu) are never stitched: a wrong title is worse than none.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// [title, date completed, credits, component, topic, approval number]
const COURSES = [
  ['Airway Management Update', '01/14/2026', '2.00', 'National', 'Airway, Respiration & Ventilation', '26-AIRW-F1-0101'],
  ['Cardiac Arrest Review', '02/10/2026', '1.50', 'National', 'Cardiovascular', '26-CARD-F3-0202'],
  ['Regional Protocol Update', '11/20/2025', '4.00', 'Local', '', '25-0502-T1'],
  ['Pediatric Assessment Lab', '03/05/2026', '3.00', 'Individual', '', '26-PEDS-F1-0307'],
] as const;
const EXPECTED = [
  ['Airway Management Update', '2026-01-14', 2, 'national', 'airway', '26-AIRW-F1-0101'],
  ['Cardiac Arrest Review', '2026-02-10', 1.5, 'national', 'cardiovascular', '26-CARD-F3-0202'],
  ['Regional Protocol Update', '2025-11-20', 4, 'local', null, '25-0502-T1'],
  ['Pediatric Assessment Lab', '2026-03-05', 3, 'individual', null, '26-PEDS-F1-0307'],
];
const FIELD_HEADERS = ['Date Completed', 'Credits', 'Component', 'Topic', 'Approval Number'];
const esc = (text: string): string => text.replaceAll('&', '&amp;');
const fields = (c: (typeof COURSES)[number]): string[] => c.slice(1).map(esc);

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Manage Education</title></head><body>` +
  `<h1>Manage Education</h1><p>Dana M. Okafor · Registry P3318204 · Paramedic</p>` +
  `<p>All sections must be complete to recertify.</p>${body}</body></html>`;

function read(html: string) {
  const snapshot = readHtml(html);
  return {
    kind: snapshot.kind,
    courses: (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.topic ?? null, c.approvalNumber ?? null]),
  };
}

const cells = (texts: readonly string[], height = ''): string => `<div class="row"${height}>${texts.map((text) => `<div class="cell">${text}</div>`).join('')}</div>`;

// Baserow-like: a left section (title column) and a right section (the other fields), each its
// own head and a body of rows four wrappers down; rows of equal height, paired only by order.
function baserowLike(counter = false, leftHeight = 33): string {
  const half = (side: string, head: string[], rows: string[][], height: number) =>
    `<div class="grid-${side}"><div class="inner"><div class="head">${cells(head)}</div>` +
    `<div class="body"><div class="body-inner"><div class="placeholder"></div><div class="rows">` +
    rows.map((row) => cells(row, ` style="height: ${height}px;"`)).join('') +
    `</div></div></div><div class="foot">${side === 'left' ? '4 rows' : ''}</div></div></div>`;
  return page(
    `<div class="grid-view" style="position: relative">` +
      half('left', counter ? ['', 'Course'] : ['Course'], COURSES.map((c, i) => (counter ? [String(i + 1), esc(c[0])] : [esc(c[0])])), leftHeight) +
      half('right', FIELD_HEADERS, COURSES.map(fields), 33) +
      `</div>`,
  );
}

// AG Grid-like: a header container apart, a pinned-left container and a center container one
// wrapper deeper, rows keyed only by `row-index` (the center's rows recycled out of order).
function agLike(): string {
  const row = (r: number, texts: readonly string[]) => `<div role="row" row-index="${r}">${texts.map((text) => `<div role="gridcell">${text}</div>`).join('')}</div>`;
  const header = (texts: string[]) => `<div role="row">${texts.map((text) => `<div role="columnheader">${text}</div>`).join('')}</div>`;
  return page(
    `<div class="ag-root" role="grid">` +
      `<div class="ag-header" role="presentation"><div class="ag-pinned-left-header">${header(['Course Title'])}</div><div class="ag-header-viewport"><div class="ag-header-container">${header(FIELD_HEADERS)}</div></div></div>` +
      `<div class="ag-body" role="presentation"><div class="ag-body-viewport">` +
      `<div class="ag-pinned-left-cols-container" role="rowgroup">${COURSES.map((c, r) => row(r, [esc(c[0])])).join('')}</div>` +
      `<div class="ag-center-cols-viewport"><div class="ag-center-cols-container" role="rowgroup">${[3, 1, 0, 2].map((r) => row(r, fields(COURSES[r]!))).join('')}</div></div>` +
      `</div></div></div>`,
  );
}

// An ARIA grid with a frozen rowgroup of row headers and a scrolling rowgroup, each four wrappers
// below their common element; rows keyed by aria-rowindex (the header row is 1).
function ariaRowIndexLike(): string {
  const wrap = (inner: string) => `<div><div><div>${inner}</div></div></div>`;
  const row = (r: number, texts: readonly string[], role: string) => `<div role="row" aria-rowindex="${r + 2}">${texts.map((text) => `<div role="${role}">${text}</div>`).join('')}</div>`;
  return page(
    `<div role="grid" aria-rowcount="5"><div class="panes">` +
      `<div class="frozen">${wrap(`<div role="rowgroup"><div role="row" aria-rowindex="1"><div role="columnheader">Course Title</div></div>${COURSES.map((c, r) => row(r, [esc(c[0])], 'rowheader')).join('')}</div>`)}</div>` +
      `<div class="scrolling">${wrap(`<div role="rowgroup"><div role="row" aria-rowindex="1">${FIELD_HEADERS.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>${COURSES.map((c, r) => row(r, fields(c), 'gridcell')).join('')}</div>`)}</div>` +
      `</div></div>`,
  );
}

// A virtual grid with a sticky first column in its own container: rows placed only by
// translateY, four wrappers down on each side, no row index.
function translateLike(): string {
  // The scroller's rows are drawn in another order than shown: each stands where its translateY puts it.
  const stack = (rows: Array<[number, string[]]>) =>
    `<div><div><div><div class="canvas">${rows.map(([r, texts]) => `<div class="vrow" style="position: absolute; transform: translateY(${36 * r}px)">${texts.map((text) => `<span>${text}</span>`).join('')}</div>`).join('')}</div></div></div></div>`;
  return page(
    `<div class="grid"><div class="heads"><span>Course Title</span>${FIELD_HEADERS.map((h) => `<span>${h}</span>`).join('')}</div><div class="panes">` +
      `<div class="sticky">${stack(COURSES.map((c, r) => [r, [esc(c[0])]]))}</div>` +
      `<div class="scroller">${stack([2, 0, 3, 1].map((r) => [r, fields(COURSES[r]!)]))}</div>` +
      `</div></div>`,
  );
}

// A frozen pane whose rows each hold a row counter and the title (ngx-datatable-like), the
// scrolling pane the fields; paired by order, headers split the same way.
const counterLike = (): string => baserowLike(true);

// The header itself split across the panes: each pane's first row is its column titles.
function headerSplitLike(): string {
  const pane = (rows: string[][]) => `<div class="body"><div class="rows">${rows.map((texts) => cells(texts)).join('')}</div></div>`;
  return page(
    `<section class="table"><div class="left">${pane([['Course Title'], ...COURSES.map((c) => [esc(c[0])])])}</div>` +
      `<div class="right">${pane([FIELD_HEADERS, ...COURSES.map(fields)])}</div></section>`,
  );
}

const POSITIVE: Array<[string, string]> = [
  ['Baserow-like: left and right sections paired by order', baserowLike()],
  ['AG Grid-like: pinned-left and center containers keyed by row-index', agLike()],
  ['ARIA grid: frozen and scrolling rowgroups keyed by aria-rowindex, four wrappers deep', ariaRowIndexLike()],
  ['Virtual grid: sticky title column and scroller rows placed by translateY', translateLike()],
  ['Frozen pane with a row counter beside the title', counterLike()],
  ['Header split across the panes (each pane starts with its column titles)', headerSplitLike()],
];

describe('records drawn as two rows in parallel panes', () => {
  it.each(POSITIVE)('%s: every course with its own title', (_name, html) => {
    const got = read(html);
    expect(got.kind).toBe('nremt-education');
    expect(got.courses).toEqual(EXPECTED);
  });
});

// Titles that must never become a course's.
const SUBJECTS = ['Your application was returned', 'Agency affiliation approved', 'New CAPCE courses imported', 'Reminder: cycle ends soon'];

// A title-less course grid and, beside it, the Message Center: as many messages as rows.
function messagesBeside(): string {
  const rows = COURSES.map((c) => cells(fields(c))).join('');
  return page(
    `<div class="content"><div class="grid"><div class="head">${cells(FIELD_HEADERS)}</div><div class="rows">${rows}</div></div>` +
      `<aside><h2>Message Center</h2><div class="messages">${SUBJECTS.map((s) => cells([s])).join('')}</div></aside></div>`,
  );
}

// The same grid beside a menu of as many entries, both lists built alike and as deep.
function menuBeside(): string {
  const menu = ['Dashboard', 'Transcript', 'My Courses', 'Recertification Application'];
  return page(
    `<div class="layout"><nav><div class="menu">${menu.map((m) => cells([m])).join('')}</div></nav>` +
      `<main><div class="rows">${COURSES.map((c) => cells(fields(c))).join('')}</div></main></div>`,
  );
}

// Baserow-like, but the left rows stand at other heights than the right ones: not one row each.
const misaligned = (): string => baserowLike(false, 48);

describe('lists of as many rows that are not halves of one grid', () => {
  it.each([
    ['Message Center beside a course grid', messagesBeside(), SUBJECTS],
    ['a menu beside a course grid', menuBeside(), ['Dashboard', 'Transcript', 'My Courses', 'Recertification Application']],
    ['two panes whose rows stand at different heights', misaligned(), COURSES.map((c) => c[0])],
  ])('%s: no course takes a title from the other list', (_name, html, foreign) => {
    const titles = read(html).courses.map((c) => c[0]);
    for (const title of titles) expect(foreign.some((text) => title && String(title).includes(text))).toBe(false);
  });
});
