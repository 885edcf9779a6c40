// Grids with fixed (frozen, locked, pinned) columns: component kits render each logical row in
// two or three tables laid over each other, each showing part of the row (their stylesheet hides
// the copies' other cells, or the overlay holds only the frozen columns). A person sees one row;
// the readers must read each course once, whole, and never join two different tables.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = [
  ['Airway Management Update', '01/14/2026', '2', '26-AIRW-F1-0101'],
  ['Trauma Triage Review', '02/10/2026', '1.5', '26-TRAU-F2-0202'],
  ['Pediatric Assessment', '03/05/2026', '3', '26-PEDS-F3-0303'],
] as const;
const EXPECTED = [
  ['Airway Management Update', '2026-01-14', 2, '26-AIRW-F1-0101'],
  ['Trauma Triage Review', '2026-02-10', 1.5, '26-TRAU-F2-0202'],
  ['Pediatric Assessment', '2026-03-05', 3, '26-PEDS-F3-0303'],
];
const HEADERS = ['Course Title', 'Date Completed', 'Hours', 'Approval Number'];

const page = (style: string, body: string): string =>
  `<!DOCTYPE html><html><head><title>Manage Education</title><style>${style}</style></head><body><h1>Manage Education</h1>` +
  `<p>Dana M. Okafor · Registry P3318204 · Paramedic</p>${body}<p>Showing 1 to 3 of 3 entries</p></body></html>`;

/** A row of cells; `shown` says which columns this copy shows (the others carry the kit's hiding class). */
function copyRow(tag: 'td' | 'th', cells: readonly string[], shown: (column: number) => boolean, hide = 'is-hidden'): string {
  return `<tr>${cells.map((text, c) => `<${tag} class="${shown(c) ? '' : hide}"><div class="cell">${text}</div></${tag}>`).join('')}</tr>`;
}

// Element UI: every copy (main, fixed-left, fixed-right) holds every cell, header and body in
// separate tables; `td.is-hidden > *` is hidden in each copy where another copy shows it.
function elementStyle(): string {
  const headers = [...HEADERS, 'Operations'];
  const rows = COURSES.map((course) => [...course, '<button>Edit</button><button>Delete</button>']);
  const copy = (shown: (c: number) => boolean) => ({
    head: `<table class="el-table__header"><thead>${copyRow('th', headers, shown)}</thead></table>`,
    body: `<table class="el-table__body"><tbody>${rows.map((row) => copyRow('td', row, shown)).join('')}</tbody></table>`,
  });
  const main = copy((c) => c >= 1 && c <= 3);
  const left = copy((c) => c === 0);
  const right = copy((c) => c === 4);
  return page(
    '.el-table td.is-hidden > *, .el-table th.is-hidden > * { visibility: hidden }',
    `<div class="el-table"><div class="hidden-columns"></div><div class="el-table__header-wrapper">${main.head}</div>` +
      `<div class="el-table__body-wrapper">${main.body}</div>` +
      `<div class="el-table__fixed"><div class="el-table__fixed-header-wrapper">${left.head}</div><div class="el-table__fixed-body-wrapper">${left.body}</div></div>` +
      `<div class="el-table__fixed-right"><div class="el-table__fixed-header-wrapper">${right.head}</div><div class="el-table__fixed-body-wrapper">${right.body}</div></div></div>`,
  );
}

// Ant Design 3: the scrolling table holds every column (its fixed column's cells hidden with
// visibility); the fixed-left table holds only the frozen column, header and body together.
function antDesign(hideInBody: boolean): string {
  const main =
    `<table><thead>${copyRow('th', HEADERS, (c) => c !== 0, 'ant-table-fixed-columns-in-body')}</thead>` +
    `<tbody>${COURSES.map((course) => copyRow('td', course, (c) => c !== 0, 'ant-table-fixed-columns-in-body')).join('')}</tbody></table>`;
  const left = `<table><thead><tr><th>Course Title</th></tr></thead><tbody>${COURSES.map((course) => `<tr><td>${course[0]}</td></tr>`).join('')}</tbody></table>`;
  return page(
    hideInBody ? '.ant-table-fixed-columns-in-body { visibility: hidden }' : '',
    `<div class="ant-table-wrapper"><div class="ant-table"><div class="ant-table-content"><div class="ant-table-scroll"><div class="ant-table-body">${main}</div></div>` +
      `<div class="ant-table-fixed-left"><div class="ant-table-body-outer"><div class="ant-table-body-inner">${left}</div></div></div></div></div></div>`,
  );
}

// Kendo UI locked columns: a locked header and content table with the frozen column, a
// scrolling header and content table with the others; no cell is in two tables.
function kendoLocked(): string {
  const head = (cells: readonly string[]) => `<table><thead><tr>${cells.map((text) => `<th>${text}</th>`).join('')}</tr></thead></table>`;
  const body = (rows: ReadonlyArray<readonly string[]>) => `<table><tbody>${rows.map((row) => `<tr>${row.map((text) => `<td>${text}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  return page(
    '',
    `<div class="k-grid"><div class="k-grid-header"><div class="k-grid-header-locked">${head(HEADERS.slice(0, 1))}</div><div class="k-grid-header-wrap">${head(HEADERS.slice(1))}</div></div>` +
      `<div class="k-grid-content-locked">${body(COURSES.map((course) => course.slice(0, 1)))}</div>` +
      `<div class="k-grid-content">${body(COURSES.map((course) => course.slice(1)))}</div>` +
      `<div class="k-pager-wrap"><span class="k-pager-info">1 - 3 of 3 items</span></div></div>`,
  );
}

// PrimeNG frozen columns: a frozen view and a scrollable view, each a header table and a body table.
function primeNgFrozen(): string {
  const view = (headers: readonly string[], rows: ReadonlyArray<readonly string[]>, frozen: boolean) =>
    `<div class="p-datatable-scrollable-view${frozen ? ' p-datatable-frozen-view' : ''}"><div class="p-datatable-scrollable-header"><div class="p-datatable-scrollable-header-box">` +
    `<table class="p-datatable-scrollable-header-table"><thead class="p-datatable-thead"><tr>${headers.map((text) => `<th>${text}</th>`).join('')}</tr></thead></table></div></div>` +
    `<div class="p-datatable-scrollable-body"><table class="p-datatable-scrollable-body-table"><tbody class="p-datatable-tbody">${rows.map((row) => `<tr>${row.map((text) => `<td>${text}</td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;
  return page(
    '',
    `<div class="p-datatable p-datatable-scrollable"><div class="p-datatable-scrollable-wrapper">` +
      view(HEADERS.slice(0, 1), COURSES.map((course) => course.slice(0, 1)), true) +
      view(HEADERS.slice(1), COURSES.map((course) => course.slice(1)), false) +
      `</div></div>`,
  );
}

// DevExtreme fixed columns: the main table holds every cell (the fixed one hidden), the fixed
// table the frozen cell and one empty cell spanning the rest.
function devExtreme(): string {
  const main = (tag: 'td' | 'th', cells: readonly string[]) => copyRow(tag, cells, (c) => c !== 0, 'dx-hidden-cell');
  const fixed = (tag: 'td' | 'th', first: string) => `<tr><${tag}>${first}</${tag}><${tag} colspan="3" class="dx-pointer-events-none"></${tag}></tr>`;
  return page(
    '.dx-hidden-cell { visibility: hidden }',
    `<div class="dx-datagrid"><div class="dx-datagrid-headers"><div class="dx-datagrid-content"><table>${main('th', HEADERS)}</table></div>` +
      `<div class="dx-datagrid-content dx-datagrid-content-fixed"><table>${fixed('th', HEADERS[0]!)}</table></div></div>` +
      `<div class="dx-datagrid-rowsview"><div class="dx-datagrid-content"><table><tbody>${COURSES.map((course) => main('td', course)).join('')}</tbody></table></div>` +
      `<div class="dx-datagrid-content dx-datagrid-content-fixed"><table><tbody>${COURSES.map((course) => fixed('td', course[0])).join('')}</tbody></table></div></div></div>`,
  );
}

// A published spreadsheet: a frozen pane (row numbers + the title column) beside a scrolling pane,
// each a one-row header table of plain cells over a body table; a year's group row with its
// expander triangle and the group's summed hours, a sum row at the foot.
// `sizing`: each table opens with a kit's zero-height row of empty cells that sets the column widths.
function publishedSheet(sizing = false): string {
  const sumRow = ['', 'Sum of Hours:', '6.5', ''];
  // The sheet's last row is blank: its row number in the frozen pane, nothing in the scrolling one.
  const frozenRows = [['1', '▾ 2026'], ...COURSES.map((course, i) => [String(i + 2), course[0]]), ['5', ''], ['6', '']];
  const scrollRows = [['', '6.5', ''], ...COURSES.map((course) => course.slice(1)), sumRow.slice(1), ['', '', '']];
  const row = (cells: readonly string[]) => `<tr>${cells.map((text) => `<td>${text}</td>`).join('')}</tr>`;
  const table = (rows: ReadonlyArray<readonly string[]>) =>
    `<table><tbody>${sizing ? `<tr style="height:0">${rows[0]!.map(() => '<td style="width:90px"></td>').join('')}</tr>` : ''}${rows.map(row).join('')}</tbody></table>`;
  return page(
    '',
    `<div class="grid"><div class="frozen">${table([['', HEADERS[0]!]])}${table(frozenRows)}</div>` +
      `<div class="scroll">${table([HEADERS.slice(1)])}${table(scrollRows)}</div></div>`,
  );
}

// An LMS report's frozen title pane: its one column titled with a word naming no field ("Content
// item"), the scrolling pane's header naming the rest; a group row in each pane (its name in the
// frozen one, a blank spanning cell in the other) and a total row under both.
function frozenTitlePane(): string {
  const frozen =
    `<table><thead><tr><th>Content item</th></tr></thead><tbody><tr><td>National</td></tr>` +
    `${COURSES.map((course) => `<tr><td>${course[0]}</td></tr>`).join('')}<tr><td>Total</td></tr></tbody></table>`;
  const scroll =
    `<table><thead><tr><th>Status</th><th>Completion date</th><th>Credits</th><th>Approval #</th></tr></thead><tbody><tr><td colspan="4">&nbsp;</td></tr>` +
    `${COURSES.map((course) => `<tr><td>Passed</td><td>${course.slice(1).join('</td><td>')}</td></tr>`).join('')}<tr><td></td><td></td><td>6.5</td><td></td></tr></tbody></table>`;
  return page('', `<div role="grid"><div class="fixed">${frozen}</div><div class="scroll">${scroll}</div></div>`);
}

function readCourses(html: string) {
  const snapshot = readHtml(html);
  return { snapshot, rows: (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber]) };
}

describe('a grid whose rows are split over overlaid tables reads each course once, whole', () => {
  it.each([
    ['Element UI: main, fixed-left and fixed-right copies, cells hidden with visibility', elementStyle()],
    ['Ant Design: a fixed-left table holding only the frozen column, hidden in the main table', antDesign(true)],
    ['Ant Design: the frozen column shown in both (the overlay is a copy)', antDesign(false)],
    ['Kendo UI: locked header and content tables beside the scrolling ones', kendoLocked()],
    ['PrimeNG: a frozen view and a scrollable view', primeNgFrozen()],
    ['DevExtreme: a fixed table of the frozen cell and one spanning placeholder', devExtreme()],
    ['a published sheet: plain-cell header tables, a row-number gutter, a group row and a sum row', publishedSheet()],
    ['the same sheet, each table opening with a zero-height sizing row', publishedSheet(true)],
    ['a frozen title pane whose column title names no field, group and total rows in both panes', frozenTitlePane()],
  ])('%s', (_name, html) => {
    const { snapshot, rows } = readCourses(html);
    expect(snapshot.kind).toBe('nremt-education');
    expect(rows).toEqual(EXPECTED);
    expect(snapshot.unread ?? []).toEqual([]);
  });
});

describe('two different tables with the same number of rows are not joined', () => {
  const table = (courses: ReadonlyArray<readonly string[]>) =>
    `<table><thead><tr>${HEADERS.map((text) => `<th>${text}</th>`).join('')}</tr></thead><tbody>` +
    courses.map((row) => `<tr>${row.map((text) => `<td>${text}</td>`).join('')}</tr>`).join('') +
    '</tbody></table>';
  const OTHER = [
    ['Stroke Recognition', '04/02/2026', '1', '26-STRK-F1-0404'],
    ['Hazmat Awareness', '05/06/2026', '2.5', '26-HAZM-F5-0505'],
    ['Cardiac Arrest Care', '06/07/2026', '0.5', '26-CARD-F2-0606'],
  ];
  const OTHER_EXPECTED = [
    ['Stroke Recognition', '2026-04-02', 1, '26-STRK-F1-0404'],
    ['Hazmat Awareness', '2026-05-06', 2.5, '26-HAZM-F5-0505'],
    ['Cardiac Arrest Care', '2026-06-07', 0.5, '26-CARD-F2-0606'],
  ];

  it('one table per component under headings, three courses each', () => {
    const { rows } = readCourses(page('', `<div class="card"><h3>National</h3>${table(COURSES)}<h3>Local</h3>${table(OTHER)}</div>`));
    expect(rows).toEqual([...EXPECTED, ...OTHER_EXPECTED]);
  });

  it('two tables side by side in one wrapper, nothing between them', () => {
    const { rows } = readCourses(page('', `<div class="grid"><div>${table(COURSES)}</div><div>${table(OTHER)}</div></div>`));
    expect(rows).toEqual([...EXPECTED, ...OTHER_EXPECTED]);
  });

  it('a header-less table of notes beside a header-less course table', () => {
    // Same row count, and the notes hold neither dates nor hours: but no header says they are one grid.
    const body = (rows: ReadonlyArray<readonly string[]>) => `<table><tbody>${rows.map((row) => `<tr>${row.map((text) => `<td>${text}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    const notes = [['Reviewed by training officer'], ['Reviewed by training officer'], ['Awaiting certificate upload']];
    const { rows } = readCourses(page('', `<div class="grid"><div>${body(notes)}</div><div>${body(COURSES)}</div></div>`));
    expect(rows).toEqual(EXPECTED);
  });

  it('a table of remarks under a header naming no field beside a course table of as many rows', () => {
    const remarks = '<table><thead><tr><th>Remarks</th></tr></thead><tbody><tr><td>Certificate uploaded</td></tr><tr><td>Certificate uploaded</td></tr><tr><td>Awaiting certificate</td></tr></tbody></table>';
    const { rows } = readCourses(page('', `<div class="grid"><div>${remarks}</div><div>${table(COURSES)}</div></div>`));
    expect(rows).toEqual(EXPECTED);
  });

  it('a requirements table beside a course table of as many rows', () => {
    const requirements =
      '<table><thead><tr><th>Component</th><th>Required Hours</th><th>Hours Earned</th></tr></thead><tbody>' +
      '<tr><td>National</td><td>20</td><td>6.5</td></tr><tr><td>Local</td><td>10</td><td>0</td></tr><tr><td>Individual</td><td>10</td><td>0</td></tr></tbody></table>';
    const { rows } = readCourses(page('', `<div class="grid"><div>${requirements}</div><div>${table(COURSES)}</div></div>`));
    expect(rows).toEqual(EXPECTED);
  });
});
