// Data grids that draw their pinned (frozen, locked) columns in one viewport and the scrolling
// columns in another: each viewport a stack of row elements, often several wrappers deep, the
// course's title in one stack and its date and hours in the other. A person sees one row; the
// rows line up by a row index (aria-rowindex, data-rowindex, a kit's own row attribute), by their
// `top` / `translateY` offset, or by their order. Two stacks with as many rows, lined up so, are
// one list whose records are the rows joined across the stacks.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = [
  ['Airway Management Update', 'Jan 14, 2026', '2.00', '26-AIRW-F1-0101', 'Airway, Respiration &amp; Ventilation'],
  ['Trauma Triage Review', 'Feb 10, 2026', '1.50', '26-TRAU-F2-0202', 'Trauma'],
  ['Regional Protocol Update', 'Nov 20, 2025', '4.00', 'OEMS 25-0502-T1', ''],
  ['Pediatric Assessment Lab', 'Mar 5, 2026', '3.00', '—', ''],
] as const;
const EXPECTED = [
  ['Airway Management Update', '2026-01-14', 2, '26-AIRW-F1-0101'],
  ['Trauma Triage Review', '2026-02-10', 1.5, '26-TRAU-F2-0202'],
  ['Regional Protocol Update', '2025-11-20', 4, '25-0502-T1'],
  ['Pediatric Assessment Lab', '2026-03-05', 3, null],
];
const FIELD_HEADERS = ['Date Completed', 'Credits', 'Approval #', 'Topic'];

const page = (body: string, style = ''): string =>
  `<!DOCTYPE html><html><head><title>Manage Education</title><style>${style}</style></head><body>` +
  `<h1>Manage Education</h1><p>Dana M. Okafor · Registry P3318204 · Paramedic</p>${body}<p>4 rows</p></body></html>`;

function read(html: string) {
  const snapshot = readHtml(html);
  return {
    kind: snapshot.kind,
    courses: (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber]),
    assigned: (snapshot.courses ?? []).map((c) => [c.component, c.topic]),
    unread: snapshot.unread ?? [],
  };
}

// RevoGrid: custom elements, each viewport its header and a data stack four wrappers below the
// viewports' row; rows keyed by a row attribute and moved by translateY; group rows in both.
function revoLike(): string {
  const groups = [
    ['National Component (2)', '3.50 credits', [0, 1]],
    ['State/Local Component (2)', '7.00 credits', [2, 3]],
  ] as const;
  const rows: Array<{ pinned: string; main: string; group: boolean }> = [];
  for (const [name, total, members] of groups) {
    rows.push({ pinned: `<span>&#9662;</span>${name}`, main: total, group: true });
    for (const c of members) rows.push({ pinned: COURSES[c][0], main: COURSES[c].slice(1).map((text, i) => `<div class="c" data-col="${i}" style="transform:translateX(${140 * i}px)">${text}</div>`).join(''), group: false });
  }
  const stack = (part: 'pinned' | 'main') =>
    rows.map((row, r) => `<div class="r${row.group ? ' g' : ''}" data-row="${r}" style="transform:translateY(${36 * r}px)">${part === 'pinned' || row.group ? `<div class="c" data-row="${r}">${row[part]}</div>` : row[part]}</div>`).join('');
  const viewport = (headers: readonly string[], part: 'pinned' | 'main') =>
    `<grid-viewport><div class="inner"><div class="head"><grid-header><div class="hrow">${headers.map((h, i) => `<div class="hc" data-col="${i}">${h}</div>`).join('')}</div></grid-header></div>` +
    `<div class="vertical"><grid-data>${stack(part)}</grid-data></div></div></grid-viewport>`;
  return page(
    `<data-grid><div class="main"><div class="viewports">${viewport(['Course Title'], 'pinned')}${viewport(FIELD_HEADERS, 'main')}</div></div></data-grid>`,
    '.r { position: absolute; height: 36px } .c { position: absolute }',
  );
}

// AG Grid: pinned-left, center and pinned-right containers of role=row rows with row-index and
// aria-rowindex, moved by translateY; the center rows recycled out of order; headers apart.
function agLike(): string {
  const row = (r: number, cells: string[]) =>
    `<div role="row" row-index="${r}" aria-rowindex="${r + 2}" class="ag-row" style="transform: translateY(${42 * r}px); height: 42px">${cells.map((text) => `<div role="gridcell">${text}</div>`).join('')}</div>`;
  const header = (texts: string[]) => `<div role="row" aria-rowindex="1">${texts.map((text) => `<div role="columnheader">${text}</div>`).join('')}</div>`;
  const left = COURSES.map((course, r) => row(r, [course[0]])).join('');
  const center = [2, 0, 3, 1].map((r) => row(r, COURSES[r]!.slice(1))).join('');
  const right = COURSES.map((_, r) => row(r, ['<button type="button">Edit</button>'])).join('');
  return page(
    `<div class="wrapper"><div role="grid" aria-rowcount="5">` +
      `<div class="header" role="presentation"><div class="pl">${header(['Course Title'])}</div><div class="hv"><div class="hc">${header(FIELD_HEADERS)}</div></div><div class="pr">${header([''])}</div></div>` +
      `<div class="body" role="presentation"><div class="bv" role="presentation">` +
      `<div class="pinned-left" role="rowgroup">${left}</div>` +
      `<div class="center-viewport" role="presentation"><div class="center" role="rowgroup">${center}</div></div>` +
      `<div class="pinned-right" role="rowgroup">${right}</div>` +
      `</div></div></div></div>`,
  );
}

// MUI X (v6) pinned columns: a pinned stack beside the render zone inside the scroller's content;
// rows keyed by data-rowindex and data-id, no offsets.
function muiLike(): string {
  const row = (r: number, cells: readonly string[]) =>
    `<div class="row" role="row" data-id="${1000 + r * 17}" data-rowindex="${r}">${cells.map((text) => `<div class="cell" role="cell">${text}</div>`).join('')}</div>`;
  return page(
    `<div class="grid" role="grid"><div class="main">` +
      `<div class="headers"><div class="pinned-h"><div role="row">${`<div role="columnheader">Course Title</div>`}</div></div><div class="hz"><div role="row">${FIELD_HEADERS.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div></div></div>` +
      `<div class="scroller"><div class="content">` +
      `<div class="pinned-left" role="presentation">${COURSES.map((c, r) => row(r, [c[0]])).join('')}</div>` +
      `<div class="zone" role="rowgroup">${COURSES.map((c, r) => row(r, c.slice(1))).join('')}</div>` +
      `</div></div></div></div>`,
  );
}

// SlickGrid frozen columns: panes > viewports > canvases of rows placed only by `top`, no index.
function slickLike(): string {
  const row = (r: number, cells: readonly string[]) => `<div class="slick-row" style="top:${30 * r}px">${cells.map((text, i) => `<div class="slick-cell l${i} r${i}">${text}</div>`).join('')}</div>`;
  const pane = (side: string, cells: (c: readonly string[]) => readonly string[]) =>
    `<div class="pane-top pane-${side}"><div class="viewport-${side}"><div class="canvas-${side}">${COURSES.map((c, r) => row(r, cells(c))).join('')}</div></div></div>`;
  return page(
    `<div class="slickgrid">` +
      `<div class="pane-header pane-left"><div class="header-columns"><div class="hcol">Course Title</div></div></div>` +
      `<div class="pane-header pane-right"><div class="header-columns">${FIELD_HEADERS.map((h) => `<div class="hcol">${h}</div>`).join('')}</div></div>` +
      pane('left', (c) => c.slice(0, 1)) +
      pane('right', (c) => c.slice(1)) +
      `</div>`,
    '.slick-row { position: absolute } .slick-cell { position: absolute }',
  );
}

describe('a grid whose pinned title column is a viewport of its own', () => {
  it.each([
    ['RevoGrid-like: custom elements, stacks four wrappers deep, a row attribute and translateY', revoLike()],
    ['AG Grid-like: pinned left, center (recycled order) and pinned right, aria-rowindex', agLike()],
    ['MUI X-like: pinned stack beside the render zone, data-rowindex', muiLike()],
    ['SlickGrid-like: frozen panes, rows placed only by top', slickLike()],
  ])('%s: every course with its title, nothing unread', (_name, html) => {
    const got = read(html);
    expect(got.kind).toBe('nremt-education');
    expect(got.courses).toEqual(EXPECTED);
    expect(got.unread).toEqual([]);
  });

  it('reads the components that group rows split over both stacks name', () => {
    expect(read(revoLike()).assigned).toEqual([
      ['national', 'airway'],
      ['national', 'trauma'],
      ['local', null],
      ['local', null],
    ]);
  });
});
