// A course list drawn as one grid of plain boxes per component (a low-code kit's data grid: a
// header row of column titles, wrapped in a holder box of its own, over a panel of row boxes):
// a section holding one course only must not grow that course into its grid, or the column
// titles become its labels (the last title, "Approval", named the course's own title). The row
// of titles is the list's header however many boxes wrap it (domain.md's Manage Education:
// courses under the National, Local and Individual components).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Row = [string, string, string, string];

/** One boxed grid: its row of column titles inside `depth` holder boxes, then one box per row. */
const grid = (titles: string[], rows: Row[], depth: number, tag = 'span'): string => {
  let header = `<div>${titles.map((title) => `<div><${tag}>${title}</${tag}></div>`).join('')}</div>`;
  for (let i = 0; i < depth; i++) header = `<div>${header}</div>`;
  const body = rows.map((row) => `<div><div>${row.map((cell) => `<div><div><span>${cell}</span></div></div>`).join('')}</div></div>`).join('');
  return `<div>${header}<div>${body}</div><div style="display:none"><a href="#">‹</a><a href="#">›</a></div></div>`;
};

const page = (sections: string): string =>
  '<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><h1>Manage Education</h1>' +
  '<p>Paramedic · Registry # P4455667 · expires 03/31/2028</p>' +
  `${sections}</body></html>`;

const section = (name: string, body: string): string => `<div><div><div><span>${name}</span></div></div><div><div>${body}</div></div></div>`;

const NATIONAL: Row[] = [
  ['Pediatric Airway Management', '14 May 2026', '2.0 CEH', 'CAPCE 26-EMSX-F3-0411'],
  ['Cardiac Arrest Update', '3 June 2026', '1.5 CEH', 'CAPCE 26-EMSX-F3-0420'],
];
const LOCAL: Row[] = [['Regional Protocol Review', '9 July 2026', '2 hrs', 'OEMS 26-0331-T3']];
const INDIVIDUAL: Row[] = [
  ['Hazmat Awareness', '2 August 2026', '1 hr', '26-0390-T3'],
  ['Stress First Aid', '20 August 2026', '1.25 hrs', '26-EMSX-F3-0612'],
];

const EXPECTED = [
  ['Pediatric Airway Management', '2026-05-14', 2, '26-EMSX-F3-0411'],
  ['Cardiac Arrest Update', '2026-06-03', 1.5, '26-EMSX-F3-0420'],
  ['Regional Protocol Review', '2026-07-09', 2, '26-0331-T3'],
  ['Hazmat Awareness', '2026-08-02', 1, '26-0390-T3'],
  ['Stress First Aid', '2026-08-20', 1.25, '26-EMSX-F3-0612'],
];

describe('a section of a boxed grid holding one course, its column titles wrapped in a holder', () => {
  it.each([
    ['titles in one holder, "Approval" last', ['Course', 'Completed', 'Credits', 'Approval'], 1, 'span'],
    ['titles in two holders', ['Course', 'Completed', 'Credits', 'Approval'], 2, 'span'],
    ['titles in bold, "Approval Number" last', ['Course Title', 'Date Completed', 'Hours', 'Approval Number'], 1, 'b'],
    ['titles ending in "CAPCE #"', ['Course', 'Date', 'CEH', 'CAPCE #'], 1, 'small'],
    ['titles in no holder (the row itself)', ['Course', 'Completed', 'Credits', 'Approval'], 0, 'span'],
  ])('%s', (_, titles, depth, tag) => {
    const sections = [
      section('National Component', grid(titles, NATIONAL, depth, tag)),
      section('Local Component', grid(titles, LOCAL, depth, tag)),
      section('Individual Component', grid(titles, INDIVIDUAL, depth, tag)),
    ].join('');
    const snapshot = readHtml(page(sections));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual(EXPECTED);
    expect(snapshot.unread ?? []).toEqual([]);
  });

  it('the lone course is the last section of the page', () => {
    const titles = ['Course', 'Completed', 'Credits', 'Approval'];
    const sections = [section('National Component', grid(titles, NATIONAL, 1)), section('Individual Component', grid(titles, LOCAL, 1))].join('');
    const snapshot = readHtml(page(sections));
    expect(snapshot.courses?.map((course) => course.title)).toEqual(['Pediatric Airway Management', 'Cardiac Arrest Update', 'Regional Protocol Review']);
    expect(snapshot.courses?.[2]).toMatchObject({ completedOn: '2026-07-09', hours: 2, approvalNumber: '26-0331-T3' });
  });
});
