// A course table whose header row is wider than its body rows by empty cells at its start (a
// drag handle's column the rows do not draw), or whose cells hold an empty spacer element beside
// the value: each row's values still sit under their own column titles, and an empty spacer is
// no "date not shown".
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Row = [title: string, date: string, hours: string, assigned: string, approval: string];
const ROWS: Row[] = [
  ['Airway Management & Capnography Refresher', 'May 14, 2026', '2', 'National – Airway, Respiration & Ventilation', '26-BOSE-F1-0412'],
  ['Pediatric Trauma Triage', 'Jul 19, 2026', '1.5', 'National – Trauma', '26-PEDS-F5-0402'],
  ['Region 2 Protocol Update 2026', 'Oct 8, 2026', '3', 'State/Local', 'MA-26-0412-T'],
  ['Ketamine in Prehospital Analgesia', 'Oct 21, 2026', '1', 'Individual', '26-PHAR-F3-0551'],
];
const EXPECTED = [
  ['Airway Management & Capnography Refresher', '2026-05-14', 2, 'national', '26-BOSE-F1-0412'],
  ['Pediatric Trauma Triage', '2026-07-19', 1.5, 'national', '26-PEDS-F5-0402'],
  ['Region 2 Protocol Update 2026', '2026-10-08', 3, 'local', 'MA-26-0412-T'],
  ['Ketamine in Prehospital Analgesia', '2026-10-21', 1, 'individual', '26-PHAR-F3-0551'],
];
const TITLES = ['Course Title', 'Date Completed', 'Hours', 'Assigned To', 'Approval Number'];

const head = (lead: number, trail: number): string =>
  `<thead><tr>${'<th></th>'.repeat(lead)}${TITLES.map((t) => `<th>${t}</th>`).join('')}${'<th></th>'.repeat(trail)}</tr></thead>`;
const body = (lead: number, cell: (v: string) => string, trail = 0): string =>
  `<tbody>${ROWS.map((r) => `<tr>${'<td><input type="checkbox"></td>'.repeat(lead)}${r.map((v) => `<td>${cell(v)}</td>`).join('')}${'<td></td>'.repeat(trail)}</tr>`).join('')}</tbody>`;
const plain = (v: string): string => v;
const spacer = (v: string): string => `<span></span><span>${v}</span>`;

const CASES: Record<string, string> = {
  'a handle column in the header only': head(1, 0) + body(0, plain),
  'a handle and a checkbox column, the rows drawing the checkbox only': head(2, 1) + body(1, plain, 1),
  'two empty header cells the rows do not draw': head(2, 0) + body(0, plain),
  'an empty spacer before each value': head(0, 0) + body(0, spacer),
  'an empty spacer before each value, a handle column in the header only': head(1, 1) + body(0, spacer, 1),
};

describe('course tables: header wider than the rows, spacer elements in cells', () => {
  for (const [name, table] of Object.entries(CASES)) {
    it(name, () => {
      const page = readHtml(`<html><body><h1>Transcript</h1><table>${table}</table></body></html>`);
      expect(page.kind).toBe('nremt-education');
      const courses = page.kind === 'nremt-education' ? (page.courses ?? []) : [];
      expect(courses.map((c) => [c.title, c.completedOn, c.hours, c.component, c.approvalNumber])).toEqual(EXPECTED);
    });
  }

  it('a row as wide as its header keeps its columns (an empty first header cell over a value)', () => {
    const page = readHtml(
      `<html><body><h1>Transcript</h1><table><thead><tr><th></th>${TITLES.slice(1).map((t) => `<th>${t}</th>`).join('')}</tr></thead>${body(0, plain)}</table></body></html>`,
    );
    const courses = page.kind === 'nremt-education' ? (page.courses ?? []) : [];
    expect(courses.map((c) => c.completedOn)).toEqual(EXPECTED.map((e) => e[1]));
  });
});
