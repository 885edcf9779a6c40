// Two ways a page shows a value the readers dropped:
// - a source browser's line numbers are links run into the line's text ("23STATE/LOCAL COMPONENT
//   12.50 of 12.50"): the number is the gutter's, so the line is still the group's name. A line
//   starting with a date's month ("4/2/2027 …") or an ordinal ("2nd …") has no gutter number.
// - a select drawn as a plain button in a column titled "Topic" ("Operations ▾") shows the value
//   chosen, like one marked aria-haspopup; a button under another column ("Remove") is a command.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Row = [string, string | null, number, string | null, string | null];
const rows = (html: string): Row[] => (readHtml(html).courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic]);

/** A source browser's listing: each line behind its number's link, the link holding no space. */
const xref = (lines: readonly string[]): string =>
  `<!DOCTYPE html><html><head><title>xref: /notes/my-education.txt</title></head><body><div id="src"><pre>${lines
    .map((line, at) => `<a class="l" name="${at + 1}" href="#${at + 1}">${at + 1}</a>${line.replaceAll('&', '&amp;')}`)
    .join('\n')}</pre></div></body></html>`;

describe('a gutter number run into its line', () => {
  it('keeps each group line naming its component', () => {
    const html = xref([
      'Manage Education, copied from nremt.org',
      'Registry #E4410267   Expiration Date: 03/31/2027',
      '',
      'NATIONAL COMPONENT 6.00 of 25 credits',
      ' Trauma 4.00 of 4',
      ' | Burn Care Basics | 11/02/2025 | 4.00 | 25-BURN-F3-0104',
      ' Medical 2.00 of 7',
      ' | Sepsis Recognition | 01/15/2026 | 2.00 | 26-SEPS-F3-0220',
      '',
      'STATE/LOCAL COMPONENT 6.00 of 12.50',
      ' | Regional MCI Drill | 04/09/2026 | 6.00 | MA26-T1-0402',
      '',
      'INDIVIDUAL COMPONENT 3.00 of 12.50',
      ' | Crew Resource Management | 02/19/2026 | 3.00 | 26-CRMX-F3-0150',
    ]);
    expect(rows(html)).toEqual([
      ['Burn Care Basics', '2025-11-02', 4, 'national', 'trauma'],
      ['Sepsis Recognition', '2026-01-15', 2, 'national', 'medical'],
      ['Regional MCI Drill', '2026-04-09', 6, 'local', null],
      ['Crew Resource Management', '2026-02-19', 3, 'individual', null],
    ]);
  });

  it('never takes a date\'s month at a line\'s start for a gutter number', () => {
    const html = `<!DOCTYPE html><html><head><title>my CE log</title></head><body><pre>${['My NREMT courses', '3/4/2027   Burn Care Basics   2.00   27-BURN-F3-0104', '4/2/2027   Neonatal Resuscitation   1.50   27-NRPX-F3-0318', '5/9/2027   Stroke Scale Review   1.00   27-0409-T3'].join('\n')}</pre></body></html>`;
    expect(rows(html).map((row) => row[1])).toEqual(['2027-03-04', '2027-04-02', '2027-05-09']);
  });
});

describe('a select drawn as a plain button', () => {
  const table = (topicCell: (topic: string) => string): string =>
    `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>National Component</h1><table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Topic</th><th>Actions</th></tr></thead><tbody>${[
      ['Hazmat Awareness', 'Mar 28, 2026', 'Operations'],
      ['Airway Adjuncts', 'Apr 18, 2026', 'Airway, Respiration &amp; Ventilation'],
      ['Chest Pain Assessment', 'Jun 9, 2026', 'Cardiovascular'],
    ]
      .map(([title, date, topic]) => `<tr><td>${title}</td><td>${date}</td><td>2.0 CEH</td><td>${topicCell(topic!)}</td><td><button type="button"><span>Remove</span></button></td></tr>`)
      .join('')}</tbody></table></body></html>`;

  it('in a "Topic" column shows the topic chosen; the "Remove" button is no value', () => {
    const read = rows(table((topic) => `<button type="button" class="btn btn-default">${topic}&nbsp;<span class="caret"></span></button>`));
    expect(read.map((row) => [row[0], row[4]])).toEqual([
      ['Hazmat Awareness', 'operations'],
      ['Airway Adjuncts', 'airway'],
      ['Chest Pain Assessment', 'cardiovascular'],
    ]);
  });
});
