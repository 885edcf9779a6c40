// Virtualized grids (ag-Grid, MUI DataGrid, react-window lists) recycle their row elements: the
// rows stand in the DOM in the order they were reused, and each is drawn in its place by its
// aria-rowindex or its translateY/top offset. A person reads them top to bottom, and a group row
// ("National") heads the rows drawn under it, not those after it in the DOM.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = [
  ['Airway Management Update', '01/14/2026', '2', '26-AIRW-F1-0101'],
  ['Trauma Triage Review', '02/10/2026', '1.5', '26-TRAU-F2-0202'],
  ['Pediatric Assessment', '03/05/2026', '3', '26-PEDS-F3-0303'],
  ['Regional Protocol Update', '11/20/2025', '4', '25-0412-T3'],
] as const;
const HEADERS = ['Course Title', 'Completed', 'Hours', 'Approval #'];
/** The DOM order of the drawn rows: recycled, not the order they are shown in. */
const DOM_ORDER = [2, 0, 3, 1];
const PITCH = 40;

const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>` +
  `<p>Registry Number: E1234567</p>${body}</body></html>`;

type Place = 'rowindex' | 'translate' | 'top' | 'both';

function style(place: Place, shown: number): string {
  const y = shown * PITCH;
  if (place === 'top') return `position:absolute;left:0;top:${y}px;height:${PITCH}px`;
  if (place === 'rowindex') return `display:flex;height:${PITCH}px`;
  return `position:absolute;top:0;left:0;height:${PITCH}px;transform:translateY(${y}px)`;
}

/** A grid: the header in its own container, the body's rows recycled; `groups` puts a component row before each pair. */
function grid(place: Place, cells: (texts: readonly string[]) => string, groups = false, aria = true): string {
  const lines: string[][] = groups ? [['National'], [...COURSES[0]], [...COURSES[1]], ['Local'], [...COURSES[2]], [...COURSES[3]]] : COURSES.map((c) => [...c]);
  const order = groups ? [4, 1, 3, 0, 5, 2] : DOM_ORDER;
  const index = (shown: number) => (place === 'translate' || place === 'top' ? '' : ` aria-rowindex="${shown + 2}"`);
  const row = (shown: number) =>
    `<div${aria ? ' role="row"' : ''}${index(shown)} style="${style(place, shown)}">${cells(lines[shown]!)}</div>`;
  const header = `<div${aria ? ' role="rowgroup"' : ''}><div${aria ? ' role="row" aria-rowindex="1"' : ''} style="display:flex">${HEADERS.map((h) => `<div${aria ? ' role="columnheader"' : ''}>${h}</div>`).join('')}</div></div>`;
  const body = `<div style="position:relative;height:${lines.length * PITCH}px"><div${aria ? ' role="rowgroup"' : ''}>${order.map(row).join('')}</div></div>`;
  return page(`<div${aria ? ' role="grid"' : ''} aria-rowcount="${lines.length + 1}">${header}${body}</div>`);
}

const ariaCells = (texts: readonly string[]) =>
  texts.length === 1
    ? `<div role="gridcell" aria-colspan="4">${texts[0]}</div>`
    : texts.map((t, i) => `<div role="gridcell" aria-colindex="${i + 1}">${t}</div>`).join('');
const plainCells = (texts: readonly string[]) => texts.map((t) => `<span style="display:inline-block;width:150px">${t}</span>`).join('');

function read(html: string) {
  const snapshot = readHtml(html);
  return (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber, c.component]);
}

const shown = (components: (string | null)[]) =>
  [
    ['Airway Management Update', '2026-01-14', 2, '26-AIRW-F1-0101'],
    ['Trauma Triage Review', '2026-02-10', 1.5, '26-TRAU-F2-0202'],
    ['Pediatric Assessment', '2026-03-05', 3, '26-PEDS-F3-0303'],
    ['Regional Protocol Update', '2025-11-20', 4, '25-0412-T3'],
  ].map((c, i) => [...c, components[i]]);

describe('rows of a virtualized grid are read in the order they are drawn', () => {
  const none = [null, null, null, null];
  const grouped = ['national', 'national', 'local', 'local'];
  it.each([
    ['ARIA grid, aria-rowindex and translateY', grid('both', ariaCells), none],
    ['ARIA grid, aria-rowindex only', grid('rowindex', ariaCells), none],
    ['ARIA grid, translateY only', grid('translate', ariaCells), none],
    ['ARIA grid, top offsets only', grid('top', ariaCells), none],
    ['ARIA grid with component rows, aria-rowindex and translateY', grid('both', ariaCells, true), grouped],
    ['ARIA grid with component rows, aria-rowindex only', grid('rowindex', ariaCells, true), grouped],
    ['div list, translateY only', grid('translate', plainCells, false, false), none],
    ['div list, top offsets only', grid('top', plainCells, false, false), none],
  ])('%s', (_, html, components) => {
    expect(read(html)).toEqual(shown(components));
  });

  it('rows in their drawn order stay as they are', () => {
    const html = page(
      `<div role="grid"><div role="row" aria-rowindex="1">${HEADERS.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>` +
        COURSES.map((c, i) => `<div role="row" aria-rowindex="${i + 2}">${ariaCells(c)}</div>`).join('') +
        '</div>',
    );
    expect(read(html)).toEqual(shown(none));
  });
});
