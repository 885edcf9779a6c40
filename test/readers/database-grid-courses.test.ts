// The person's own course table kept in a database front end (a spreadsheet-like table editor, an
// admin tool) and drawn as a grid of boxes, not a <table>: nothing names NREMT or the page, but the
// grid's column titles name a course's title and its hours ("course title, date completed,
// hours/credits, approval number": domain.md's Add Courses), as a table's header does. Its rows are
// the person's courses, read by their values (a timestamp's date, "45 min", a duration "1:30"). A
// tool draws each column title with the column's data type beside it ("title text", "hours numeric"),
// and numbers each row, sometimes beside an id column counting too: neither count is the hours.
// A grid whose titles name no hours, or a single row, is no course list (unknown beats wrong).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, grid: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>` +
  '<nav><a href="/">Home</a> <a href="/tables">Tables</a></nav>' +
  `<main><h1>${title.split(' | ')[0]}</h1><div><button>Filter</button><button>Sort</button><button>Insert row</button></div>${grid}` +
  '<p>Page 1 of 1</p></main></body></html>';

type Row = string[];
const ROWS: Row[] = [
  ['Pediatric Assessment Refresher', '2026-05-12 00:00:00+00', '2 hrs', 'national', 'trauma', '26-EMSX-F3-0101'],
  ['Airway Adjuncts Review', '2026-07-01 00:00:00+00', '45 min', 'national', 'airway', '26-EMSX-F3-0219'],
  ['Regional Protocol Update', '2026-09-15 14:30:00+00', '1.5 hrs', 'local', 'NULL', 'MA-26-0310-T'],
];

/** An ARIA grid of boxes: header cells with roles, each row's cells with roles. */
function ariaGrid(headers: string[], rows: Row[]): string {
  const head = `<div role="row">${headers.map((h) => `<div role="columnheader"><span>${h.split(' ')[0]}</span> <span>${h.split(' ').slice(1).join(' ')}</span></div>`).join('')}</div>`;
  const body = rows.map((row, i) => `<div role="row" aria-rowindex="${i + 2}">${row.map((cell) => `<div role="gridcell">${cell}</div>`).join('')}</div>`).join('');
  return `<div role="grid" aria-rowcount="${rows.length + 1}">${head}${body}</div>`;
}

/** Boxes without roles: a row of column titles in buttons, then rows led by the row's number (and an id). */
function plainGrid(headers: string[], rows: Row[], ids: number[] | null): string {
  const box = (text: string): string => `<div style="position: absolute"><div><span>${text}</span></div></div>`;
  const head = `<div><div></div>${(ids ? ['id', ...headers] : headers).map((h) => `<div><button type="button"><span>${h}</span></button></div>`).join('')}</div>`;
  const body = rows.map((row, i) => `<div>${box(String(i + 1))}${(ids ? [String(ids[i]), ...row] : row).map(box).join('')}</div>`).join('');
  return `<div>${head}<div>${body}</div></div>`;
}

const DURATIONS: Row[] = [
  ['Pediatric Assessment Refresher', '05/12/2026', '2:00', 'National', 'Trauma', '26-EMSX-F3-0101'],
  ['Airway Adjuncts Review', '07/01/2026', '0:45', 'National', 'Airway', '26-EMSX-F3-0219'],
  ['Regional Protocol Update', '09/15/2026', '1:30', 'State/Local', 'NULL', 'MA-26-0310-T'],
];

const EXPECTED = [
  ['Pediatric Assessment Refresher', '2026-05-12', 2, 'national'],
  ['Airway Adjuncts Review', '2026-07-01', 0.75, 'national'],
  ['Regional Protocol Update', '2026-09-15', 1.5, 'local'],
];

describe("the person's own course table drawn as a database tool's grid of boxes", () => {
  it.each([
    ['an ARIA grid, column titles with their data types', 'courses | Table Editor | binder', ariaGrid(['course_title text', 'date_completed timestamptz', 'hours text', 'component text', 'topic text', 'approval_no text'], ROWS)],
    ['an ARIA grid, plain column titles', 'Training Records | personal | DataTool', ariaGrid(['Course', 'Completed', 'Credit Hours', 'Component', 'Topic', 'Approval #'], ROWS)],
    ['an ARIA grid, a column the fields do not name', 'ce_2026 | public | AdminPanel', ariaGrid(['title varchar', 'completed date', 'ceh varchar', 'category text', 'topic text', 'capce_no varchar', 'notes text'], ROWS.map((row) => [...row, 'card in binder']))],
    ['boxes under a row of titles, numbered rows', 'CE Courses | recert | Sheets', plainGrid(['Course', 'Completed', 'Credit', 'Bucket', 'Topic', 'CAPCE / OEMS #'], DURATIONS, null)],
    ['boxes under a row of titles, numbered rows beside an id', 'my classes | nremt_binder | Sheets', plainGrid(['Course', 'Date', 'Hours', 'Section', 'Topic', 'Approval'], DURATIONS, [1, 2, 3])],
    ['boxes under a row of titles, numbered rows beside ids a sort shuffled', 'my classes | nremt_binder | Sheets', plainGrid(['Course', 'Date', 'Hours', 'Section', 'Topic', 'Approval'], DURATIONS, [14, 3, 27])],
  ])('%s', (_, title, grid) => {
    const snapshot = readHtml(page(title, grid));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((course) => [course.title, course.completedOn, course.hours, course.component])).toEqual(EXPECTED);
  });

  it.each([
    ['column titles that name no hours', ariaGrid(['subject text', 'sent_at timestamptz', 'sender text'], [['Renewal window open', '2026-10-01 00:00:00+00', 'NREMT'], ['Agency request approved', '2026-10-05 00:00:00+00', 'Salem Fire']])],
    ['one row only', ariaGrid(['title text', 'completed date', 'hours text'], [['Pediatric Assessment Refresher', '2026-05-12', '2 hrs']])],
  ])('%s: no course list', (_, grid) => {
    const snapshot = readHtml(page('Inbox | my_binder | DataTool', grid));
    expect(snapshot.kind).toBe('unknown');
  });
});
