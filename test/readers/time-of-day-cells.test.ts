// A time of day alone in a course row's cell ("20:14", "08:05": when the course was logged or
// started) beside the row's real hours figure is not its hours (domain.md: hours as "hours",
// "credits", "CEH", in 0.25 steps), whatever column it stands in; a bare "1:30" under the Hours
// column is 1.5 hours. The column's header and the other rows are the evidence.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Row = [string, string, string, string];
const page = (header: string[], rows: string[][]): string => `<!DOCTYPE html><html><head><title>Manage Education - NREMT</title></head><body>
<h1>Manage Education</h1><table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></body></html>`;

const ROWS: Row[] = [
  ['Airway Management Update', '01/10/2026', '20:14', '2'],
  ['Diabetic Emergencies', '02/14/2026', '08:05', '1.5'],
  ['Regional Protocols', '03/21/2026', '13:45', '0.75'],
];
const EXPECTED = [['Airway Management Update', 2], ['Diabetic Emergencies', 1.5], ['Regional Protocols', 0.75]];

describe('a time of day beside the hours is not the hours', () => {
  it.each([
    ['a Time column before Hours', ['Course', 'Date Completed', 'Time', 'Hours'], (r: Row) => [r[0], r[1], r[2], r[3]]],
    ['a Time column after Hours', ['Course', 'Date Completed', 'Hours', 'Logged At'], (r: Row) => [r[0], r[1], r[3], r[2]]],
    ['a Start column first', ['Start', 'Course', 'Completed', 'Credits'], (r: Row) => [r[2], r[0], r[1], r[3]]],
    ['a time column with no header word', ['Course', 'Completed', '', 'CEH'], (r: Row) => [r[0], r[1], r[2], r[3]]],
    ['hours with their unit', ['Course', 'Completed', 'Time', 'Credits'], (r: Row) => [r[0], r[1], r[2], `${r[3]} hrs`]],
  ])('%s', (_name, header, order) => {
    const read = readHtml(page(header, ROWS.map(order)));
    expect(read.courses?.map((c) => [c.title, c.hours])).toEqual(EXPECTED);
  });
});

const wrap = (body: string): string => `<!DOCTYPE html><html><head><title>Manage Education - NREMT</title></head><body><h1>Manage Education</h1>${body}</body></html>`;

describe('a time of day in a row without a header, a card or a line', () => {
  it.each([
    ['a table without a header, the time before the date', (r: Row) => `<tr><td>${r[0]}</td><td>${r[2]}</td><td>${r[1]}</td><td>${r[3]} hrs</td></tr>`, (rows: string) => `<table>${rows}</table>`],
    ['a table without a header, the time first', (r: Row) => `<tr><td>${r[2]}</td><td>${r[0]}</td><td>${r[1]}</td><td>${r[3]}</td></tr>`, (rows: string) => `<table>${rows}</table>`],
    ['a table without a header, the time after bare hours', (r: Row) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[3]}</td><td>${r[2]}</td></tr>`, (rows: string) => `<table>${rows}</table>`],
    ['cards, the time on its own line', (r: Row) => `<div><p><b>${r[0]}</b></p><p>${r[2]}</p><p>Completed ${r[1]}</p><p>Credits: ${r[3]}</p></div>`, (rows: string) => rows],
    ['cards, "Logged" time labelled', (r: Row) => `<div><p><b>${r[0]}</b></p><p>Completed: ${r[1]}</p><p>Logged: ${r[2]}</p><p>Hours: ${r[3]}</p></div>`, (rows: string) => rows],
    ['list lines, the time after the hours', (r: Row) => `<li>${r[0]} · ${r[1]} · ${r[3]} hrs · ${r[2]}</li>`, (rows: string) => `<ul>${rows}</ul>`],
  ])('%s', (_name, row, list) => {
    const read = readHtml(wrap(list(ROWS.map(row).join('\n'))));
    expect(read.courses?.map((c) => [c.title, c.hours])).toEqual(EXPECTED);
  });
});

describe('a bare clock figure under the Hours column is a duration', () => {
  it.each([
    ['1:30', 1.5],
    ['0:45', 0.75],
    ['2:00', 2],
  ])('"%s" beside other rows\' decimals is %s hours', (clock, hours) => {
    const read = readHtml(page(['Course', 'Date Completed', 'Hours'], [['Airway Management Update', '01/10/2026', '2.0'], ['Diabetic Emergencies', '02/14/2026', clock], ['Regional Protocols', '03/21/2026', '0.75']]));
    expect(read.courses?.map((c) => [c.title, c.hours])).toEqual([['Airway Management Update', 2], ['Diabetic Emergencies', hours], ['Regional Protocols', 0.75]]);
  });

  it('every row a clock figure under "Duration"', () => {
    const read = readHtml(page(['Course', 'Completed', 'Duration'], [['Airway Management Update', '01/10/2026', '2:00'], ['Diabetic Emergencies', '02/14/2026', '1:30']]));
    expect(read.courses?.map((c) => c.hours)).toEqual([2, 1.5]);
  });
});
