// Header rows stacked in a <thead> (a data frame's column names over its index names, a grid's
// filter row under its titles): a column whose lowest header cell is empty is named by the
// cell above it, so the table is still read as a course table.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Course = [component: string, topic: string, title: string, date: string, hours: string, approval: string];

const COURSES: Course[] = [
  ['National', 'Airway, Respiration & Ventilation', 'Airway Management Update', '2024-10-05', '2.0', '24-BMAC-F1-0312'],
  ['National', 'Airway, Respiration & Ventilation', 'Pediatric Respiratory Emergencies', '2025-02-11', '1.5', '25-PEDS-F3-0087'],
  ['National', 'Trauma', 'Hemorrhage Control', '2024-06-19', '1.0', '24-NEMS-F1-0611'],
  ['Local', '', 'Statewide Treatment Protocols', '2025-09-09', '4.0', '25-0909-T3'],
];
const EXPECTED = [
  ['Airway Management Update', '2024-10-05', 2, 'national', 'airway'],
  ['Pediatric Respiratory Emergencies', '2025-02-11', 1.5, 'national', 'airway'],
  ['Hemorrhage Control', '2024-06-19', 1, 'national', 'trauma'],
  ['Statewide Treatment Protocols', '2025-09-09', 4, 'local', null],
];
const COLUMNS = '<th>Course Title</th><th>Completed</th><th>Credits</th><th>Approval #</th>';
const cells = (values: string[]) => values.map((value) => `<td>${value}</td>`).join('');

const LAYOUTS: Record<string, () => string> = {
  // pandas to_html() of a frame indexed by two columns: index labels span their rows.
  'a data frame with a two-level index (row-spanning index labels)': () => {
    let body = '';
    COURSES.forEach(([component, topic, ...rest], i) => {
      const componentRows = COURSES.filter((c) => c[0] === component).length;
      const topicRows = COURSES.filter((c) => c[0] === component && c[1] === topic).length;
      const firstOfComponent = COURSES.findIndex((c) => c[0] === component) === i;
      const firstOfTopic = COURSES.findIndex((c) => c[0] === component && c[1] === topic) === i;
      const th = (text: string, rows: number) => (rows > 1 ? `<th rowspan="${rows}" valign="top">${text}</th>` : `<th>${text}</th>`);
      body += `<tr>${firstOfComponent ? th(component, componentRows) : ''}${firstOfTopic ? th(topic, topicRows) : ''}${cells(rest)}</tr>`;
    });
    return `<table border="1" class="dataframe"><thead><tr style="text-align: right;"><th></th><th></th>${COLUMNS}</tr><tr><th>Component</th><th>Topic</th><th></th><th></th><th></th><th></th></tr></thead><tbody>${body}</tbody></table>`;
  },
  'a data frame with a two-level index, every label repeated': () =>
    `<table class="dataframe"><thead><tr><th></th><th></th>${COLUMNS}</tr><tr><th>Component</th><th>Topic</th><th></th><th></th><th></th><th></th></tr></thead><tbody>${COURSES.map(
      ([component, topic, ...rest]) => `<tr><th>${component}</th><th>${topic}</th>${cells(rest)}</tr>`,
    ).join('')}</tbody></table>`,
  'a grid whose header has a filter row of empty cells under its titles': () =>
    `<table><thead><tr><th>Component</th><th>Topic</th>${COLUMNS}</tr><tr>${'<th><input type="search" aria-label="Filter"></th>'.repeat(6)}</tr></thead><tbody>${COURSES.map(
      (course) => `<tr>${cells(course)}</tr>`,
    ).join('')}</tbody></table>`,
};

describe('stacked header rows name the columns whose lowest header cell is empty', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const [page, heading, url] of [
      ['a saved page without a heading', '', null],
      ['Manage Education', '<h1>Manage Education</h1>', 'https://www.nremt.org/manage-education'],
    ] as const) {
      it(`${layout} (${page})`, () => {
        const read = readHtml(`<html><head><title>notebook</title></head><body>${heading}${render()}</body></html>`, url);
        expect(read.kind).toBe('nremt-education');
        expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual(EXPECTED);
      });
    }
  }
});

describe('a header row that names every column is read as before', () => {
  it('a group row of spanning cells over the column titles', () => {
    const html = `<h1>Manage Education</h1><table><thead><tr><th colspan="2">Course</th><th colspan="2">Credit</th></tr><tr>${COLUMNS}</tr></thead><tbody>${COURSES.map(
      ([, , ...rest]) => `<tr>${cells(rest)}</tr>`,
    ).join('')}</tbody></table>`;
    const read = readHtml(html, 'https://www.nremt.org/manage-education');
    expect(read.courses?.map((c) => [c.title, c.hours, c.approvalNumber])).toEqual([
      ['Airway Management Update', 2, '24-BMAC-F1-0312'],
      ['Pediatric Respiratory Emergencies', 1.5, '25-PEDS-F3-0087'],
      ['Hemorrhage Control', 1, '24-NEMS-F1-0611'],
      ['Statewide Treatment Protocols', 4, '25-0909-T3'],
    ]);
  });
});
