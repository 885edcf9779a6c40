// Class: value shapes a real tool prints that the readers did not recognise, so a whole course
// list read as nothing (a SAS listing's 22MAY2025, an LMS's PT1H30M, an approval number written
// with en dashes). Fields are told apart by their values, so each shape must read; what is not a
// completion date, an hours figure or an approval number must still read as nothing.
import { describe, expect, it } from 'vitest';
import { parseDate, parseDates } from '../../lib/readers/parse-date';
import { parseHours } from '../../lib/readers/parse-hours';
import { parseApproval } from '../../lib/readers/approval';
import { approvalIn, dateIn, firstValueIndex, hoursIn, withoutApproval } from '../../lib/readers/values';
import { readHtml } from './load';

describe('dates as tools print them', () => {
  it.each([
    ['22MAY2025', '2025-05-22'], // SAS DATE9.
    ['01apr2025', '2025-04-01'],
    ['22MAY25', '2025-05-22'], // SAS DATE7.
    ['2025-May-22', '2025-05-22'], // year, month name, day
    ['2025 May 22', '2025-05-22'],
    ['2025/May/22', '2025-05-22'],
    ['22.May.2025', '2025-05-22'],
    ['22/May/2025', '2025-05-22'],
    ['22nd May 2025', '2025-05-22'], // ordinal day first
    ['1st June 2025', '2025-06-01'],
    ['3rd of May 2025', '2025-05-03'],
    ['May-22-2025', '2025-05-22'],
    ['May/22/2025', '2025-05-22'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['Sept 3rd, 2025', '2025-09-03'],
    ['2025-05-22T00:00:00Z', '2025-05-22'], // ISO with time
    ['2025-05-22T14:03:00.000+00:00', '2025-05-22'],
    ['2025-05-22 14:03:00', '2025-05-22'], // SQL dump
    ['5/22/2025 12:00:00 AM', '2025-05-22'], // Excel
    ['22-May-25', '2025-05-22'],
    ['Thursday, 22 May 2025', '2025-05-22'],
  ])('%j -> %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
    expect(dateIn(`Airway Review ${raw} 2 hrs`)).toBe(iso);
  });

  it('reads a SAS cycle line', () => {
    expect(parseDates('Cycle 01APR2025 to 31MAR2027')).toEqual(['2025-04-01', '2027-03-31']);
  });

  it.each([
    ['14:03'], // a time alone
    ['8:14 PM'],
    ['Q2 2025'],
    ['2025'],
    ['May 2025'], // no day
    ['FY2025'],
    ['v1.2.25'], // a version number
    ['v2.10.2025'],
    ['25-ABC-F3-0102'], // approval numbers
    ['25-0970-T3'],
    ['MA-26-T1-0514'],
    ['20250522'], // eight digits may be any number
    ['22 May 25'], // a bare two-digit year only in the joined or hyphenated forms
    ['Summary 22'],
  ])('%j is no date', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it.each([
    ['Advanced Airway 22MAY2025', 'Advanced Airway '.length],
    ['Advanced Airway 2025-May-22', 'Advanced Airway '.length],
    ['Advanced Airway 22nd May 2025', 'Advanced Airway '.length],
  ])('%j: the value starts at the date', (text, index) => {
    expect(firstValueIndex(text)).toBe(index);
  });
});

describe('hours as tools print them', () => {
  it.each([
    ['PT1H30M', 1.5], // ISO 8601 duration
    ['PT2H', 2],
    ['PT45M', 0.75],
    ['1h30', 1.5],
    ['1 h 30', 1.5],
    ['1h 30', 1.5],
    ['1½ hrs', 1.5],
    ['½ hr', 0.5],
    ['1 1/2 hrs', 1.5],
    ['1/2 hour', 0.5],
    ['3 credit(s)', 3],
    ['1.5 hour(s)', 1.5],
    ['2.0 (CEH)', 2],
    ['2:00:00', 2],
    ['1:30:00', 1.5],
    ['2 CE hrs', 2],
    ['2 CE Credits', 2],
    ['1.5 Contact Hrs', 1.5],
    ['1.5 Credit Hrs', 1.5],
    ['3 credit hrs', 3],
    ['1.5 cr hrs', 1.5],
    ['1.0 CE', 1],
    ['2 CEHs', 2],
    ['1.5 CEH(s)', 1.5],
    ['2.0 CEU(s)', 2],
    ['1.5 CE Credit Hours', 1.5],
    ['1 hour 30 minutes', 1.5],
    ['1 hr, 30 min', 1.5],
  ])('%j -> %d h', (raw, hours) => {
    expect(parseHours(raw)).toEqual({ ok: true, hours });
    expect(hoursIn(raw)).toBe(hours);
    expect(hoursIn(`Airway Review · ${raw}`)).toBe(hours);
  });

  // A figure with its unit among other words may stand ("2 hrs 15 courses": 2), never a compound of them.
  it.each([
    ['8:14 PM', null], // a clock
    ['8:14 p.m.', null],
    ['8:14:00 PM', null],
    ['14 min ago', null],
    ['2 hours ago', null],
    ['2025', null], // a year
    ['12 courses', null], // a count
    ['Q2 2025', null],
    ['2 hrs 15 courses', 2],
    ['1 h 75', 1],
    ['11/2 hrs', null],
  ])('%j is no hours figure', (raw, inText) => {
    expect(parseHours(raw).ok).toBe(false);
    expect(hoursIn(raw)).toBe(inText);
  });

  it('does not take the time of a printed date for hours', () => {
    expect(hoursIn('2025-05-22 14:03:00')).toBeNull();
    expect(hoursIn('5/22/2025 12:00:00 AM')).toBeNull();
  });
});

describe('approval numbers as written', () => {
  it.each([
    ['25–ABC–F3–0102', '25-ABC-F3-0102'], // en dashes
    ['25‑ABC‑F3‑0102', '25-ABC-F3-0102'], // non-breaking hyphens
    ['25 - ABC - F3 - 0102', '25-ABC-F3-0102'], // spaces around the dashes
    ['25 – ABC – F3 – 0102', '25-ABC-F3-0102'],
    ['capce 25-abc-f3-0102', '25-ABC-F3-0102'],
    ['CAPCE: 25–ABC–F3–0102', '25-ABC-F3-0102'],
    ['25–0970–T3', '25-0970-T3'],
    ['oems 25-0970-t3', '25-0970-T3'], // lower case
    ['OEMS #25 – 0970 – T3', '25-0970-T3'],
    ['Approval No. 25-0970-T3', '25-0970-T3'],
    ['ma-26-t1-0514', 'MA-26-T1-0514'],
  ])('%j -> %s', (raw, number) => {
    expect(parseApproval(raw)).toBe(number);
  });

  it.each([
    ['Airway Review 25–ABC–F3–0102 05/22/2025', '25-ABC-F3-0102'],
    ['Airway Review 25–0970–T3 05/22/2025', '25-0970-T3'],
    ['Airway Review 25 - ABC - F3 - 0102 05/22/2025', '25-ABC-F3-0102'],
  ])('%j holds %s, and without it no digits of it are left', (text, number) => {
    const found = approvalIn(text);
    expect(parseApproval(found)).toBe(number);
    const rest = withoutApproval(text, found!);
    expect(rest).not.toContain('0102');
    expect(rest).not.toContain('0970');
  });

  // domain.md: Massachusetts accepts only OEMS numbers "with a T": without one it is no OEMS number.
  it('does not take a T-less MA number for an OEMS number in running text', () => {
    expect(approvalIn('Airway Review MA-26-0688 05/22/2025')).toBeNull();
  });
});

// The same shapes where they matter: a whole list of courses told apart by its values.
describe('course lists written in these shapes', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html><head><title>Transcript</title></head><body><h1>Continuing Education Transcript</h1>${body}</body></html>`;
  const table = (rows: string[][], header = ['Course', 'Completed', 'Hours', 'Approval #']) =>
    page(`<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
      .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`);
  const read = (html: string) =>
    (readHtml(html, 'https://www.nremt.org/transcript').courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber]);

  it.each([
    [['22MAY2025', '07AUG2025', '14JAN2026']], // SAS DATE9.
    [['22/May/2025', '07/Aug/2025', '14/Jan/2026']],
    [['22.May.2025', '07.Aug.2025', '14.Jan.2026']],
    [['May/22/2025', 'Aug/07/2025', 'Jan/14/2026']],
    [['2025-May-22', '2025-Aug-07', '2026-Jan-14']],
    [['22nd May 2025', '7th Aug 2025', '14th Jan 2026']],
    [['2025-05-22T00:00:00Z', '2025-08-07T00:00:00Z', '2026-01-14T00:00:00Z']],
  ])('a table of dates %j', (dates) => {
    const rows = [
      ['Advanced Airway Adjuncts', dates[0]!, '2.00', '25-EMSX-F3-0291'],
      ['Pediatric Respiratory Emergencies', dates[1]!, '1.00', '25-EMSX-F3-0733'],
      ['Behavioral Emergencies', dates[2]!, '0.75', '26-EMSX-F3-0019'],
    ];
    expect(read(table(rows))).toEqual([
      ['Advanced Airway Adjuncts', '2025-05-22', 2, '25-EMSX-F3-0291'],
      ['Pediatric Respiratory Emergencies', '2025-08-07', 1, '25-EMSX-F3-0733'],
      ['Behavioral Emergencies', '2026-01-14', 0.75, '26-EMSX-F3-0019'],
    ]);
  });

  it.each([
    [['PT2H', 'PT1H30M', 'PT45M']],
    [['2 hrs', '1½ hrs', '0.75 hr']],
    [['2 credit(s)', '1 1/2 hrs', '0.75 credit(s)']],
    [['2.0 (CEH)', '1.5 (CEH)', '0.75 (CEH)']],
    [['2:00:00', '1:30:00', '0:45:00']],
    [['2 CE hrs', '1.5 Contact Hrs', '0.75 CEH(s)']],
  ])('a table of hours %j', (hours) => {
    const rows = [
      ['Advanced Airway Adjuncts', '05/22/2025', hours[0]!, '25–EMSX–F3–0291'],
      ['Pediatric Respiratory Emergencies', '08/07/2025', hours[1]!, '25 - 0970 - T3'],
      ['Behavioral Emergencies', '01/14/2026', hours[2]!, 'oems 26-0019-t3'],
    ];
    expect(read(table(rows))).toEqual([
      ['Advanced Airway Adjuncts', '2025-05-22', 2, '25-EMSX-F3-0291'],
      ['Pediatric Respiratory Emergencies', '2025-08-07', 1.5, '25-0970-T3'],
      ['Behavioral Emergencies', '2026-01-14', 0.75, '26-0019-T3'],
    ]);
  });

  it('lines of a list, each course\'s values in a tool\'s shapes', () => {
    const html = page(`<h2>National – Airway</h2><ul>
      <li>Advanced Airway Adjuncts — 22MAY2025 — PT2H — CAPCE 25–EMSX–F3–0291</li>
      <li>Pediatric Respiratory Emergencies — 2025-Aug-07 — 1h30 — CAPCE 25–EMSX–F3–0733</li>
      <li>Ventilator Basics — 14th Jan 2026 — 1½ hrs — OEMS 26–0019–T3</li></ul>`);
    expect(read(html)).toEqual([
      ['Advanced Airway Adjuncts', '2025-05-22', 2, '25-EMSX-F3-0291'],
      ['Pediatric Respiratory Emergencies', '2025-08-07', 1.5, '25-EMSX-F3-0733'],
      ['Ventilator Basics', '2026-01-14', 1.5, '26-0019-T3'],
    ]);
  });
});
