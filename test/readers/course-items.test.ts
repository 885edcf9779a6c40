// A course list drawn as a document of items (fifteenth round): each item is a heading naming the
// course (its title), then the course's own small block of fields under it (a two-column table of
// row-header labels and values, a definition list, "Label: value" paragraphs), as reference
// managers, report generators, PDF converters and note exports write them. The fields are read by
// their values, their labels only as evidence ("Date Added" names another date; "Extra" holds
// "Credits: 1.5"); the heading is the title; a tag list under the block ("National", "Trauma")
// says where the course counts; a time of day with seconds ("9:41:07 PM") is no hours figure.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { hoursWithUnit } from '../../lib/readers/values';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>My CE log</title></head><body><h1>My CE log</h1>` +
  `<p>Jordan Ellis · Registry # E4471203 · NREMT EMT · expires 03/31/2028</p>${body}</body></html>`;
const rows = (read: ReturnType<typeof readHtml>) =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

type Field = [string, string];
/** A field block as a two-column table: each row a row-header label and its value. */
const table = (fields: readonly Field[]): string => `<table>${fields.map(([label, value]) => `<tr><th>${label}</th><td>${value}</td></tr>`).join('')}</table>`;
const dl = (fields: readonly Field[]): string => `<dl>${fields.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>`;
const paras = (fields: readonly Field[]): string => fields.map(([label, value]) => `<p>${label}: ${value}</p>`).join('');
const tags = (names: readonly string[]): string => `<h3>Tags:</h3><ul>${names.map((name) => `<li>${name}</li>`).join('')}</ul>`;

const AIRWAY = ['Surgical Airway Lab', '2026-05-03', 3, 'national', 'airway', '26-AIRW-F1-0503'];
const CARDIAC = ['ACLS Provider Renewal', '2026-06-07', 8, 'national', 'cardiovascular', '26-0607-T'];
const LOCAL = ['County Protocol Update', '2026-09-12', 2, 'local', null, '26-0912-T3'];
const NO_WHERE = (row: readonly unknown[]) => [...row.slice(0, 3), null, null, row[5]];

describe('a course list drawn as a document of items: a heading, then the course\'s own field block', () => {
  it.each([
    [
      'a reference manager\'s report: list items, a row-header table, the hours in a catch-all field, tags after it',
      `<ul>` +
        `<li><h2>Surgical Airway Lab</h2>${table([['Item Type', 'Report'], ['Author', 'Vance, Mia'], ['Report Number', '26-AIRW-F1-0503'], ['Institution', 'Harbor EMS Academy'], ['Date', '5/3/2026'], ['Extra', 'Credits: 3'], ['Date Added', '5/4/2026, 9:41:07 PM'], ['Modified', '5/4/2026, 9:41:07 PM']])}${tags(['Airway, Respiration &amp; Ventilation', 'CE', 'National'])}</li>` +
        `<li><h2>ACLS Provider Renewal</h2>${table([['Item Type', 'Report'], ['Author', 'Okoro, Ben'], ['Report Number', 'OEMS 26-0607-T'], ['Institution', 'Cape Heart Training'], ['Date', 'June 7, 2026'], ['Extra', '8 hrs'], ['Date Added', '6/8/2026, 7:02:55 AM'], ['Modified', '6/8/2026, 7:02:55 AM']])}${tags(['CE', 'Cardiovascular', 'National'])}</li>` +
        `<li><h2>County Protocol Update</h2>${table([['Item Type', 'Report'], ['Author', 'Region 3 Committee'], ['Report Number', '26-0912-T3'], ['Institution', 'Region 3'], ['Date', '2026-09-12'], ['Extra', '2.0 CEH'], ['Date Added', '9/12/2026, 10:27:12 PM'], ['Modified', '9/13/2026, 6:15:30 AM']])}${tags(['CE', 'State/Local'])}</li>` +
        `</ul>`,
      [AIRWAY, CARDIAC, LOCAL],
    ],
    [
      'a report generator: sections, an h3 per course, a row-header table with course labels and a provider',
      [AIRWAY, CARDIAC, LOCAL]
        .map(([title, , hours, , , approval], at) => `<section><h3>${title}</h3>${table([['Provider', 'Harbor EMS Academy'], ['Date Completed', ['05/03/2026', '06/07/2026', '09/12/2026'][at]!], ['Credit Hours', String(hours)], ['Approval Number', String(approval)], ['Entered', '11/02/2026, 8:14:09 AM']])}</section>`)
        .join(''),
      [AIRWAY, CARDIAC, LOCAL].map(NO_WHERE),
    ],
    [
      'the same without approval labels: the number told by its value, the assignment by its own field',
      [AIRWAY, CARDIAC]
        .map(([title, , hours, , , approval], at) => `<div><h2>${title}</h2>${table([['Type', 'Certificate'], ['Issued by', 'Harbor EMS Academy'], ['Reference', String(approval)], ['On', ['May 3, 2026', 'Jun 7, 2026'][at]!], ['Notes', `${hours} hrs`], ['Counts toward', ['National – Airway, Respiration &amp; Ventilation', 'National – Cardiovascular'][at]!]])}</div>`)
        .join(''),
      [AIRWAY, CARDIAC],
    ],
    [
      'a note export: an h2 per course, a definition list of its fields',
      [AIRWAY, CARDIAC, LOCAL]
        .map(([title, , hours, , , approval], at) => `<h2>${title}</h2>${dl([['Completed', ['05/03/2026', '06/07/2026', '09/12/2026'][at]!], ['Hours', String(hours)], ['Approval #', String(approval)]])}`)
        .join(''),
      [AIRWAY, CARDIAC, LOCAL].map(NO_WHERE),
    ],
    [
      'a converted document: an h3 per course, "Label: value" paragraphs',
      [AIRWAY, CARDIAC, LOCAL]
        .map(([title, , hours, , , approval], at) => `<h3>${title}</h3>${paras([['Date completed', ['05/03/2026', '06/07/2026', '09/12/2026'][at]!], ['Credits', String(hours)], ['Approval number', String(approval)]])}`)
        .join(''),
      [AIRWAY, CARDIAC, LOCAL].map(NO_WHERE),
    ],
  ])('%s', (_name, body, expected) => {
    const read = readHtml(page(body));
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual(expected);
  });

  it.each([
    [
      'a field block with its own title row keeps it: the heading above is a section of the page',
      `<h2>Imported from my old tracker</h2>${table([['Course Title', 'Surgical Airway Lab'], ['Date Completed', '05/03/2026'], ['Hours', '3'], ['Approval #', '26-AIRW-F1-0503'], ['Imported', '11/02/2026, 8:14:09 AM']])}` +
        `<h2>Entered by hand</h2>${table([['Course Title', 'ACLS Provider Renewal'], ['Date Completed', '06/07/2026'], ['Hours', '8'], ['Approval #', '26-0607-T'], ['Entered', '11/03/2026, 9:01:44 AM']])}`,
      [AIRWAY, CARDIAC].map(NO_WHERE),
    ],
    [
      'a heading naming a component is the section the items under it count toward, never a title',
      `<h2>National – Airway, Respiration &amp; Ventilation</h2><h3>Surgical Airway Lab</h3>${table([['Provider', 'Harbor EMS Academy'], ['Date', '05/03/2026'], ['Credits', '3'], ['Approval', '26-AIRW-F1-0503']])}` +
        `<h2>National – Cardiovascular</h2><h3>ACLS Provider Renewal</h3>${table([['Provider', 'Cape Heart Training'], ['Date', '06/07/2026'], ['Credits', '8'], ['Approval', '26-0607-T']])}`,
      [AIRWAY, CARDIAC],
    ],
  ])('%s', (_name, body, expected) => {
    const read = readHtml(page(body));
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual(expected);
  });

  it("the person's own facts drawn as an item's row-header table are no course", () => {
    const read = readHtml(
      page(
        `<h2>My certification</h2>${table([['Registry Number', 'E4471203'], ['Level', 'EMT'], ['Expires', '03/31/2028'], ['Cycle', '04/01/2026 – 03/31/2028'], ['Hours on transcript', '11 hrs']])}` +
          `<h2>Surgical Airway Lab</h2>${table([['Provider', 'Harbor EMS Academy'], ['Date', '05/03/2026'], ['Extra', 'Credits: 3'], ['Report Number', '26-AIRW-F1-0503']])}` +
          `<h2>ACLS Provider Renewal</h2>${table([['Provider', 'Cape Heart Training'], ['Date', '06/07/2026'], ['Extra', 'Credits: 8'], ['Report Number', '26-0607-T']])}`,
      ),
    );
    expect(rows(read)).toEqual([AIRWAY, CARDIAC].map(NO_WHERE));
  });

  it('a time of day with its seconds is no hours figure', () => {
    expect(hoursWithUnit('9:41:07 PM')).toBeNull();
    expect(hoursWithUnit('5/4/2026, 21:41:07')).toBeNull();
    expect(hoursWithUnit('1:30')?.hours).toBe(1.5);
  });
});
