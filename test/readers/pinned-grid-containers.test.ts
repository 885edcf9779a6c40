// A grid's pinned (frozen) column drawn in a container of its own beside the body's container
// (ARIA rows, no row indexes): each container holds its own header row and as many rows, row i
// of each is one course. Group header rows above the courses (a component or topic with a count
// and a total) give their component/topic to the courses under them, whose own cells are blank.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (grid: string): string =>
  '<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><h1>Manage Education</h1>' +
  '<p>Dana M. Okafor · Registry E3318204 · EMT · Expiration Date 03/31/2028</p>' + grid + '</body></html>';

const cells = (texts: readonly string[], role = 'gridcell'): string => texts.map((text) => `<div role="${role}"><div>${text}</div></div>`).join('');
const row = (texts: readonly string[], role?: string): string => `<div class="r"><div role="row">${cells(texts, role)}</div></div>`;
const container = (header: readonly string[], rows: ReadonlyArray<readonly string[]>, role = 'rowgroup'): string =>
  `<div role="${role}"><div role="rowgroup">${row(header, 'columnheader')}</div><div role="rowgroup"><div class="canvas">${rows.map((r) => row(r)).join('')}</div></div></div>`;

const TITLES = [['Airway Management Update'], ['Trauma Triage Review'], ['Pediatric Assessment']];
const BODY = [
  ['01/14/2026', '2.00', '26-AIRW-F1-0101'],
  ['02/10/2026', '1.50', '26-TRAU-F2-0202'],
  ['03/05/2026', '3.00', '26-PEDS-F3-0303'],
];
const BODY_HEAD = ['Date Completed', 'Hours', 'Approval Number'];
const EXPECTED = [
  ['Airway Management Update', '2026-01-14', 2, '26-AIRW-F1-0101'],
  ['Trauma Triage Review', '2026-02-10', 1.5, '26-TRAU-F2-0202'],
  ['Pediatric Assessment', '2026-03-05', 3, '26-PEDS-F3-0303'],
];

describe('a pinned column in a container of its own', () => {
  it.each([
    ['two rowgroup containers side by side', `<div role="grid">${container(['Course Title'], TITLES)}${container(BODY_HEAD, BODY)}</div>`],
    [
      'the body container a grid of its own, then a footer total row',
      `<div role="grid">${container(['Course Title'], TITLES)}${container(BODY_HEAD, BODY, 'grid')}<div>${row(['Total: 6.50'])}</div></div>`,
    ],
    [
      'pinned left and right containers (an actions column)',
      `<div role="grid">${container(['Title'], TITLES)}${container(BODY_HEAD, BODY)}${container(['Actions'], [['Edit'], ['Edit'], ['Edit']])}</div>`,
    ],
  ])('%s: each course read once, whole', (_, grid) => {
    const snapshot = readHtml(page(grid));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber])).toEqual(EXPECTED);
  });

  it('a header row repeated down one list is no second container: each row read as written', () => {
    const head = ['Course Title', 'Date Completed', 'Hours'];
    const rows = (from: number) => [0, 1].map((i) => [`Course ${String.fromCharCode(65 + from + i)} Review`, `0${from + i + 1}/10/2026`, '1.00']);
    const grid = `<div role="grid"><div role="rowgroup">${row(head, 'columnheader')}${rows(0).map((r) => row(r)).join('')}${row(head, 'columnheader')}${rows(2).map((r) => row(r)).join('')}</div></div>`;
    const snapshot = readHtml(page(grid));
    expect(snapshot.courses?.map((c) => c.title)).toEqual(['Course A Review', 'Course B Review', 'Course C Review', 'Course D Review']);
  });
});

describe('group header rows name the component and topic of the courses under them', () => {
  const GROUPED_HEAD = ['Component', 'Topic', 'Date Completed', 'Hours', 'Approval Number'];
  const grouped = (groups: ReadonlyArray<readonly string[]>): Array<readonly string[]> => {
    // Each course row's component and topic cells are blank; a group row carries them.
    const body: Array<readonly string[]> = [];
    groups.forEach((group, i) => {
      body.push(group);
      body.push(['', '', ...BODY[i]!]);
    });
    return body;
  };
  const titles = (groups: number): Array<readonly string[]> => TITLES.flatMap((title, i) => (i < groups ? [[''], title] : []));

  it.each([
    [
      'component and topic rows with counts and totals, in pinned containers',
      [['National (2)', '', '', 'total: 3.50', ''], ['', 'Trauma (1)', '', 'total: 1.50', ''], ['Local (1)', '', '', 'total: 3.00', '']],
      [['national', 'airway'], ['national', 'trauma'], ['local', null]],
    ],
    [
      'labelled group rows ("Component: Individual (1)")',
      [['Component: National (1)', '', '', '', ''], ['Component: Individual (1)', '', '', '', ''], ['Component: Local (1)', '', '', '', '']],
      [['national', null], ['individual', null], ['local', null]],
    ],
  ])('%s', (_, groups, expected) => {
    // The first group's topic row ("Airway (1)") sits right under its component row.
    const rows = grouped(groups);
    const titleRows = titles(groups.length);
    if (groups[0]![0] === 'National (2)') {
      rows.splice(1, 0, ['', 'Airway (1)', '', 'total: 2.00', '']);
      titleRows.splice(1, 0, ['']);
    }
    const grid = `<div role="grid">${container(['Course Title'], titleRows)}${container(GROUPED_HEAD, rows)}</div>`;
    const snapshot = readHtml(page(grid));
    expect(snapshot.courses?.map((c) => [c.title, c.hours])).toEqual(EXPECTED.map((c) => [c[0], c[2]]));
    expect(snapshot.courses?.map((c) => [c.component, c.topic])).toEqual(expected);
  });
});
