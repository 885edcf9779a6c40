// A report viewer (Telerik, SSRS, a PDF converter) draws each field as a positioned box whose
// offsets are in print units ("top: 2.09in", "left: 8.1cm"); rows a quarter inch apart are
// separate lines, and a group row ("National Component") names the courses under it: it is never
// read as a course's title.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Unit = 'in' | 'cm';
const PER_INCH: Record<Unit, number> = { in: 1, cm: 2.54 };
const HEADER = ['Course Title', 'Completed', 'NCCP Topic', 'Hours', 'Approval'];
const LEFTS = [0.25, 3.2, 4.25, 6.2, 6.8];
const ROWS: string[][] = [
  ['National Component'],
  ['Airway & Oxygen Therapy', 'Jun 7, 2025', 'Airway, Respiration & Ventilation', '1.50', 'CAPCE 25-EMSX-F3-0403'],
  ['CPR & AED Review', 'Aug 16, 2025', 'Cardiovascular', '2.00', 'CAPCE 25-AHAE-F1-0871'],
  ['Scene Safety Basics', 'Feb 21, 2026', 'Operations', '1.00', 'OEMS 26-0101-T3'],
  ['National subtotal', '', '', '4.50', ''],
  ['Local Component'],
  ['Town Protocol Review', 'Apr 18, 2026', '', '2.00', 'OEMS 26-0250-T'],
  ['Hazmat Awareness', 'Apr 20, 2026', '', '2.00', '—'],
  ['Local subtotal', '', '', '4.00', ''],
];
const EXPECTED = [
  ['Airway & Oxygen Therapy', '2025-06-07', 1.5, 'national', 'airway'],
  ['CPR & AED Review', '2025-08-16', 2, 'national', 'cardiovascular'],
  ['Scene Safety Basics', '2026-02-21', 1, 'national', 'operations'],
  ['Town Protocol Review', '2026-04-18', 2, 'local', null],
  ['Hazmat Awareness', '2026-04-20', 2, 'local', null],
];

function report(unit: Unit, byColumn: boolean): string {
  const at = (inches: number): string => `${(inches * PER_INCH[unit]).toFixed(2)}${unit}`;
  const box = (text: string, row: number, column: number): string =>
    `<div class="b" style="left: ${at(LEFTS[column]!)}; top: ${at(1.55 + row * 0.26)}; width: ${at(1)}; height: ${at(0.22)};"><div>${text}</div></div>`;
  const rows = [HEADER, ...ROWS];
  const cells: string[] = [];
  if (byColumn) for (let c = 0; c < HEADER.length; c++) rows.forEach((row, r) => row[c] && cells.push(box(row[c]!, r, c)));
  else rows.forEach((row, r) => row.forEach((text, c) => text && cells.push(box(text, r, c))));
  return `<!DOCTYPE html><html><head><title>Manage Education</title><style>.b{position:absolute}</style></head><body>
<h1>Manage Education</h1><div style="position: relative; width: 8.5in; height: 6in;">${cells.join('')}</div></body></html>`;
}

const read = (html: string) => (readHtml(html).courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic]);

describe('positioned boxes with offsets in print units read as rows', () => {
  it.each([
    ['inches, written column by column', 'in', true],
    ['inches, written row by row', 'in', false],
    ['centimetres, written column by column', 'cm', true],
  ] as const)('%s', (_name, unit, byColumn) => {
    expect(read(report(unit, byColumn))).toEqual(EXPECTED);
  });
});
