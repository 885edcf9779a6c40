// Hours written as a clock duration with seconds ("02:00:00", "0:45:00"): a database's interval
// column or a spreadsheet's duration cell, as psql, a SQL report or an export prints it. domain.md:
// hours as "hours", "credits", "CEH", in 0.25 steps; the figure is the same, only its seconds are
// shown too. A time of day beside the date stays the date's.
import { describe, expect, it } from 'vitest';
import { parseHours } from '../../lib/readers/parse-hours';
import { readHtml } from './load';

const page = (header: string, rows: string[][]): string => `<!DOCTYPE html><html><head><title>CE transcript report</title></head><body>
<h1>Continuing Education Transcript</h1><table><tr>${header
  .split('|')
  .map((cell) => `<th>${cell}</th>`)
  .join('')}</tr>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table></body></html>`;

const CASES: Array<[string, string, string[][], Array<[string, number]>]> = [
  [
    'a database interval column named duration',
    'course_title|completed_on|duration|component|approval_no',
    [
      ['Airway Adjuncts Refresher', '2026-02-11', '02:00:00', 'national', '26-EMSX-F3-0101'],
      ['Stroke Scales in the Field', '2026-03-07', '01:30:00', 'national', '26-CNTR-F3-0202'],
      ['Heat Emergencies', '2026-05-19', '00:45:00', 'individual', '26-0311-T3'],
    ],
    [['Airway Adjuncts Refresher', 2], ['Stroke Scales in the Field', 1.5], ['Heat Emergencies', 0.75]],
  ],
  [
    'an hours column with single-digit hours',
    'Course|Completed|Hours|Approval',
    [
      ['Obstetric Emergencies', '04/02/2026', '1:15:00', 'CAPCE 26-OBEM-F3-0415'],
      ['Behavioral Crises', '04/20/2026', '3:00:00', 'OEMS 26-0377-T3'],
    ],
    [['Obstetric Emergencies', 1.25], ['Behavioral Crises', 3]],
  ],
  [
    'a long course, eight hours',
    'Title|Date|Contact time|Approval #',
    [
      ['Mental Health First Aid', 'Oct 10, 2026', '08:00:00', '26-MHFA-F1-0520'],
      ['Pediatric Assessment', 'Oct 24, 2026', '00:30:00', '26-EMSX-F3-0960'],
    ],
    [['Mental Health First Aid', 8], ['Pediatric Assessment', 0.5]],
  ],
];

describe('hours written as a clock duration with seconds', () => {
  it.each([
    ['02:00:00', 2],
    ['0:45:00', 0.75],
    ['01:15:00', 1.25],
    ['1:30:00 hrs', 1.5],
  ])('parseHours(%s)', (raw, hours) => {
    expect(parseHours(raw)).toEqual({ ok: true, hours });
  });

  it('minutes or seconds past 59 are no duration', () => {
    expect(parseHours('1:75:00').ok).toBe(false);
    expect(parseHours('1:15:75').ok).toBe(false);
  });

  for (const [layout, header, rows, expected] of CASES) {
    it(layout, () => {
      const snapshot = readHtml(page(header, rows));
      expect(snapshot.kind).toBe('nremt-education');
      expect(snapshot.courses?.map((c) => [c.title, c.hours])).toEqual(expected);
      expect(snapshot.unread ?? []).toEqual([]);
    });
  }

  it('a time of day after the completion date stays the date\'s; the hours column is the hours', () => {
    const snapshot = readHtml(
      page('Course|Completed at|Hours', [
        ['Capnography Basics', '2026-01-24 07:15:00', '2.00'],
        ['Sepsis Screening', '2026-02-09 14:30:00', '1.00'],
      ]),
    );
    expect(snapshot.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Capnography Basics', '2026-01-24', 2],
      ['Sepsis Screening', '2026-02-09', 1],
    ]);
  });
});
