// Course lists in outline form (a pivot table's classic or tabular layout, a report that hides
// repeated values, a spreadsheet sorted into groups): the grouping columns (Component, then Topic)
// show a value on a group's first row only; a blank cell below it means "the same as above". A
// pivot shows an empty member as "(blank)" and closes a group with its total row ("National
// Total"). An ordinary list leaves a cell blank for "none" (an unassigned course): there a blank
// stays unknown, never the row above's value. Also: dates in a list in another order than the
// page's notes around it (a tool set to a day-first locale) are read in the order the list's own
// rows prove. Minimal inputs of our own, in four drawings: a <table> pivot, an ARIA grid, a
// spreadsheet export without a <thead>, positioned boxes.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Cell = string;
const page = (body: string, note = 'Ruth A. Okonkwo · NREMT # E4410933 · EMT · expires 03/31/2027'): string =>
  `<!DOCTYPE html><html><head><title>My CE</title></head><body><h1>Manage Education</h1><p>${note}</p>${body}</body></html>`;

const HEAD = ['Component', 'Topic', 'Course', 'Completed', 'Approval #', 'Credits'];

const table = (rows: Cell[][], head = HEAD): string =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

const ariaGrid = (rows: Cell[][], head = HEAD): string =>
  `<div role="grid"><div role="row">${head.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>${rows
    .map((r) => `<div role="row">${r.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`)
    .join('')}</div>`;

// A spreadsheet's export: no <thead>, the first row's plain cells name the columns.
const sheet = (rows: Cell[][], head = HEAD): string =>
  `<table><tr>${head.map((h) => `<td>${h}</td>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

// A report or pivot drawn as positioned boxes (one per cell, empty cells drawn empty).
const WIDTHS = [0, 110, 330, 600, 700, 860];
const boxes = (rows: Cell[][], head = HEAD): string =>
  `<div class="sheet" style="position:relative">${[head, ...rows]
    .flatMap((r, y) => r.map((c, x) => `<div style="position:absolute;top:${y * 24}px;left:${WIDTHS[x]}px;width:100px"><span>${c}</span></div>`))
    .join('\n')}</div>`;

const LAYOUTS = { table, ariaGrid, sheet, boxes };

function read(html: string) {
  return (readHtml(html).courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.topic ?? null, c.approvalNumber ?? null]);
}

// A classic pivot: "(blank)" members, group values on their first row only, a total row per component.
const PIVOT: Cell[][] = [
  ['Individual', '(blank)', 'Charting That Holds Up', '04/16/2026', '26-QQRX-F3-0402', '2.00'],
  ['Individual Total', '', '', '', '', '2.00'],
  ['National', 'Airway, Respiration &amp; Ventilation', 'Noninvasive Ventilation', '05/11/2025', '25-QQRX-F3-0830', '1.50'],
  ['', '', 'Advanced Airway Lab', '08/21/2025', '25-0711-T', '2.00'],
  ['', 'Cardiovascular', 'Pediatric Arrhythmias', '02/03/2026', '26-KLMN-F3-0115', '1.25'],
  ['', '', 'After the Pulse Returns', '06/14/2025', '25-KLMN-F1-0207', '2.00'],
  ['', 'Medical', 'Sepsis Bundle Basics', '09/19/2025', '25-KLMN-F5-0521', '1.00'],
  ['National Total', '', '', '', '', '7.75'],
  ['State/Local', '(blank)', 'Regional Protocol Changes', '10/30/2025', '25-1077-T', '4.00'],
  ['State/Local Total', '', '', '', '', '4.00'],
  ['Grand Total', '', '', '', '', '13.75'],
];
const PIVOT_READ = [
  ['Charting That Holds Up', '2026-04-16', 2, 'individual', null, '26-QQRX-F3-0402'],
  ['Noninvasive Ventilation', '2025-05-11', 1.5, 'national', 'airway', '25-QQRX-F3-0830'],
  ['Advanced Airway Lab', '2025-08-21', 2, 'national', 'airway', '25-0711-T'],
  ['Pediatric Arrhythmias', '2026-02-03', 1.25, 'national', 'cardiovascular', '26-KLMN-F3-0115'],
  ['After the Pulse Returns', '2025-06-14', 2, 'national', 'cardiovascular', '25-KLMN-F1-0207'],
  ['Sepsis Bundle Basics', '2025-09-19', 1, 'national', 'medical', '25-KLMN-F5-0521'],
  ['Regional Protocol Changes', '2025-10-30', 4, 'local', null, '25-1077-T'],
];

// An outline grid without totals or "(blank)" marks: a topic shown under a component left blank shows the outline.
const OUTLINE: Cell[][] = [
  ['National', 'Trauma', 'Hemorrhage Control Drill', '01/22/2026', '26-0068-T3', '1.50'],
  ['', '', 'Pelvic Binder Workshop', '01/29/2026', '26-0069-T3', '1.00'],
  ['', 'Operations', 'Incident Command Refresher', '11/07/2025', '25-RSTU-F1-0912', '3.00'],
  ['', '', 'Hazmat Awareness Update', '11/14/2025', '25-RSTU-F1-0913', '2.00'],
  ['Individual', '', 'Stress First Aid', '03/02/2026', '26-VWXY-F3-0005', '1.00'],
];
const OUTLINE_READ = [
  ['Hemorrhage Control Drill', '2026-01-22', 1.5, 'national', 'trauma', '26-0068-T3'],
  ['Pelvic Binder Workshop', '2026-01-29', 1, 'national', 'trauma', '26-0069-T3'],
  ['Incident Command Refresher', '2025-11-07', 3, 'national', 'operations', '25-RSTU-F1-0912'],
  ['Hazmat Awareness Update', '2025-11-14', 2, 'national', 'operations', '25-RSTU-F1-0913'],
  ['Stress First Aid', '2026-03-02', 1, 'individual', null, '26-VWXY-F3-0005'],
];

// Ordinary lists: a blank cell is "none" (an unassigned course), never the row above's value.
const REPEATED: Cell[][] = [
  ['National', 'Trauma', 'Hemorrhage Control Drill', '01/22/2026', '26-0068-T3', '1.50'],
  ['National', 'Trauma', 'Pelvic Binder Workshop', '01/29/2026', '26-0069-T3', '1.00'],
  ['', '', 'Wilderness Rescue Weekend', '02/07/2026', '26-ZZAA-F1-0050', '2.50'],
  ['Local', '', 'Regional Protocol Changes', '10/30/2025', '25-1077-T', '4.00'],
];
const LOCAL_WITHOUT_TOPIC: Cell[][] = [
  ['National', 'Trauma', 'Hemorrhage Control Drill', '01/22/2026', '26-0068-T3', '1.50'],
  ['Local', '', 'Regional Protocol Changes', '10/30/2025', '25-1077-T', '4.00'],
  ['', '', 'Wilderness Rescue Weekend', '02/07/2026', '26-ZZAA-F1-0050', '2.50'],
  ['Individual', '', 'Stress First Aid', '03/02/2026', '26-VWXY-F3-0005', '1.00'],
  ['', '', 'Mindful Shift Work', '03/09/2026', '26-VWXY-F3-0006', '1.00'],
];
const NO_EVIDENCE: Cell[][] = [
  ['National', 'Trauma', 'Hemorrhage Control Drill', '01/22/2026', '26-0068-T3', '1.50'],
  ['', '', 'Wilderness Rescue Weekend', '02/07/2026', '26-ZZAA-F1-0050', '2.50'],
  ['Local', '(none)', 'Regional Protocol Changes', '10/30/2025', '25-1077-T', '4.00'],
];

const assignments = (html: string) => read(html).map(([title, , , component, topic]) => [title, component, topic]);

describe('a course list in outline form: a blank grouping cell is the row above', () => {
  for (const [name, draw] of Object.entries(LAYOUTS)) {
    it(`${name}: a classic pivot with "(blank)" members and total rows`, () => {
      expect(read(page(draw(PIVOT)))).toEqual(PIVOT_READ);
    });
    it(`${name}: an outline without totals, a topic shown under a blank component`, () => {
      expect(read(page(draw(OUTLINE)))).toEqual(OUTLINE_READ);
    });
  }
});

describe('an ordinary list: a blank grouping cell stays unknown', () => {
  for (const [name, draw] of Object.entries(LAYOUTS)) {
    it(`${name}: components repeat on consecutive rows`, () => {
      expect(assignments(page(draw(REPEATED)))[2]).toEqual(['Wilderness Rescue Weekend', null, null]);
    });
    it(`${name}: a Local course shows no topic beside its component`, () => {
      const read = assignments(page(draw(LOCAL_WITHOUT_TOPIC)));
      expect(read[2]).toEqual(['Wilderness Rescue Weekend', null, null]);
      expect(read[4]).toEqual(['Mindful Shift Work', null, null]);
    });
    it(`${name}: one blank row, nothing showing the list is grouped`, () => {
      expect(assignments(page(draw(NO_EVIDENCE)))[1]).toEqual(['Wilderness Rescue Weekend', null, null]);
    });
  }
});

// The pivot again, its dates day first (the tool's locale), under notes in US order.
const dayFirst = (rows: Cell[][]): Cell[][] => rows.map((r) => r.map((c, i) => (i === 3 && c ? c.replace(/^(\d\d)\/(\d\d)/, '$2/$1') : c)));
const US_NOTE = 'Ruth A. Okonkwo · NREMT # E4410933 · EMT · expires 03/31/2027 · last recertified 03/27/2025';

describe('a list in another date order than the page around it', () => {
  for (const [name, draw] of Object.entries(LAYOUTS)) {
    it(`${name}: day-first rows under notes in US order are read day first`, () => {
      expect(read(page(draw(dayFirst(PIVOT)), US_NOTE))).toEqual(PIVOT_READ);
    });
    it(`${name}: the page's own facts keep their order`, () => {
      const snapshot = readHtml(page(draw(dayFirst(PIVOT)), US_NOTE));
      expect(snapshot.certification?.expiresOn).toBe('2027-03-31');
    });
  }
  it('a list showing both orders itself is read month first, its impossible dates unread', () => {
    const rows = PIVOT.slice(2, 4).map((r) => [...r]);
    rows[0]![3] = '05/25/2025';
    rows[1]![3] = '21/08/2025';
    const courses = readHtml(page(table(rows), US_NOTE)).courses ?? [];
    expect(courses.map((c) => c.completedOn)).toEqual(['2025-05-25']);
  });
});
