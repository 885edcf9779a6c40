// A data grid drawn column by column (FancyGrid, Webix datatable): each column is a block holding
// that field's cell for every row, the course title's column often frozen in a block of its own,
// the column titles in a header apart. The n-th cell of every column is the n-th course. An
// empty cell draws nothing, so a column may show fewer values than there are rows: a topic is
// shown for National courses only (domain.md: "assigns transcript courses to the National, Local
// and Individual components, National courses to a topic"), so a topic column as long as the
// National rows are many gives them their topics in order. Any other gap cannot be placed: the
// grid is then left unread (unknown beats wrong).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Manage Education</title></head><body>` +
  `<h1>Manage Education</h1><p>Dana M. Okafor · Registry P3318204 · Paramedic · expires 03/31/2028</p>` +
  `<p>All sections must be complete to recertify.</p>${body}<h2>Message Center</h2><p>Nov 18, 2026 — Your transcript was updated.</p></body></html>`;

function read(html: string) {
  const snapshot = readHtml(html);
  return (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.topic ?? null, c.approvalNumber ?? null]);
}

const esc = (text: string): string => text.replaceAll('&', '&amp;');
type Column = [header: string, cells: string[]];

const TITLES: Column = ['Course', ['Pediatric Airway & BVM Review', 'Acute Coronary Syndromes', 'Statewide Protocol Update', 'Wilderness Skills Day', 'Behavioral Emergencies']];
const DATES: Column = ['Completed', ['Jun 12, 2026', 'Sep 3, 2026', 'Oct 21, 2026', 'Jan 15, 2027', 'Feb 19, 2026']];
const CREDITS: Column = ['Credits', ['2.0 CEH', '1.5 CEH', '3.0 CEH', '4.0 CEH', '1.0 CEH']];
const COMPONENTS: Column = ['Component', ['National', 'National', 'State/Local', 'Individual', 'Unassigned']];
const TOPICS: Column = ['Topic', ['Airway, Respiration & Ventilation', 'Cardiovascular', '', '', '']];
const APPROVALS: Column = ['Approval', ['CAPCE 26-EMSX-F3-1187', 'OEMS 26-0877-T3', '—', 'CAPCE 26-WILD-F1-0019', 'CAPCE 26-EMSX-F3-0021']];
const EXPECTED = [
  ['Pediatric Airway & BVM Review', '2026-06-12', 2, 'national', 'airway', '26-EMSX-F3-1187'],
  ['Acute Coronary Syndromes', '2026-09-03', 1.5, 'national', 'cardiovascular', '26-0877-T3'],
  ['Statewide Protocol Update', '2026-10-21', 3, 'local', null, null],
  ['Wilderness Skills Day', '2027-01-15', 4, 'individual', null, '26-WILD-F1-0019'],
  ['Behavioral Emergencies', '2026-02-19', 1, null, null, '26-EMSX-F3-0021'],
];

const block = ([, cells]: Column, i: number): string =>
  `<div class="col" index="${i}" style="position:absolute">${cells.map((text, r) => `<div class="cell" index="${r}"><div class="inner">${text ? esc(text) : '&nbsp;'}</div></div>`).join('')}</div>`;
const header = (columns: Column[]): string => `<div class="head">${columns.map(([h], i) => `<div class="hcell" index="${i}" role="columnheader"><span>${h}</span></div>`).join('')}</div>`;

/** FancyGrid-like: the pinned title block on the left, the other columns in a scrolling block. */
function pinnedLeft(columns: Column[]): string {
  return page(
    `<div role="grid" aria-label="Education"><div class="panel-title">My Courses</div>` +
      header(columns.slice(0, 1)) +
      header(columns.slice(1)) +
      `<div class="left">${block(columns[0]!, 0)}</div>` +
      `<div class="center"><div class="scroll-inner">${columns.slice(1).map(block).join('')}</div></div>` +
      `<div class="bar">Total: 11.5 credits in 5 courses</div></div>`,
  );
}

/** Webix-like: every column, the title's too, in one block; headers in a table above. */
function oneBlock(columns: Column[]): string {
  return page(
    `<div class="datatable"><div class="header"><table><tr>${columns.map(([h]) => `<td>${h}</td>`).join('')}</tr></table></div>` +
      `<div class="body"><div class="center"><div class="scroll">${columns.map(block).join('')}</div></div></div></div>`,
  );
}

describe('a grid drawn column by column', () => {
  it('reads the n-th cell of each column as the n-th course, the title column pinned apart', () => {
    expect(read(pinnedLeft([TITLES, DATES, CREDITS, COMPONENTS, TOPICS, APPROVALS]))).toEqual(EXPECTED);
  });

  it('reads a grid whose columns all sit in one block, the title column first', () => {
    expect(read(oneBlock([TITLES, DATES, CREDITS, COMPONENTS, TOPICS, APPROVALS]))).toEqual(EXPECTED);
  });

  it('reads the columns in any order, numeric dates and hours written "hrs"', () => {
    const dates: Column = ['Date Completed', ['06/12/2026', '09/03/2026', '10/21/2026', '01/15/2027', '02/19/2026']];
    const hours: Column = ['Hours', ['2 hrs', '1.5 hrs', '3 hrs', '4 hrs', '1 hr']];
    expect(read(pinnedLeft([TITLES, APPROVALS, COMPONENTS, TOPICS, dates, hours]))).toEqual(EXPECTED);
    expect(read(oneBlock([TITLES, TOPICS, hours, dates, COMPONENTS, APPROVALS]))).toEqual(EXPECTED);
    // The title column need not come first.
    expect(read(oneBlock([dates, TITLES, hours, COMPONENTS, TOPICS, APPROVALS]))).toEqual(EXPECTED);
  });

  it('reads a topic column that shows a dash for the courses outside National', () => {
    const topics: Column = ['Topic', ['Airway, Respiration & Ventilation', 'Cardiovascular', '—', 'N/A', '—']];
    expect(read(oneBlock([TITLES, DATES, CREDITS, COMPONENTS, topics, APPROVALS]))).toEqual(EXPECTED);
  });

  it('reads no wrong approval number where an empty cell cannot be placed', () => {
    const approvals: Column = ['Approval', ['CAPCE 26-EMSX-F3-1187', '', 'OEMS 26-0142-T3', 'CAPCE 26-WILD-F1-0019', 'CAPCE 26-EMSX-F3-0021']];
    const courses = read(pinnedLeft([TITLES, DATES, CREDITS, COMPONENTS, TOPICS, approvals]));
    const wrong = courses.filter((course) => {
      const at = TITLES[1].indexOf(course[0] as string);
      const shown = approvals[1][at] ?? '';
      return course[5] !== null && !shown.endsWith(course[5] as string);
    });
    expect(wrong).toEqual([]);
    expect(courses).toEqual([]);
  });
});
