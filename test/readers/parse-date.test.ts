import { describe, expect, it } from 'vitest';
import { dayAfterIso, isoFromParts, parseDate, parseDates } from '../../lib/readers/parse-date';

describe('parseDate', () => {
  it.each([
    ['03/12/2026', '2026-03-12'],
    ['3/1/2026', '2026-03-01'],
    ['03/04/2026', '2026-03-04'], // US month/day
    ['2026-03-12', '2026-03-12'],
    ['2026/01/14', '2026-01-14'], // year first with slashes (East Asian and ISO-like locales)
    ['2026.01.14', '2026-01-14'],
    ['2025. 2. 22.', '2025-02-22'], // Korean: year, month, day, each followed by a period and a space
    ['2025. 12. 1.', '2025-12-01'],
    ['Mar 12, 2026', '2026-03-12'],
    ['March 12, 2026', '2026-03-12'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['12 March 2026', '2026-03-12'],
    ['14-Jun-2025', '2025-06-14'],
    ['27-FEB-26', '2026-02-27'], // a database's DD-MON-RR
    ['31-MAR-26', '2026-03-31'],
    ['01-APR-18', '2018-04-01'],
    ['3 Feb 2026', '2026-02-03'],
    ['3/1/26', '2026-03-01'], // two-digit years are 20YY
    ['12-31-2026', '2026-12-31'],
    ['Completed 03/12/2026', '2026-03-12'],
    ['02/29/2028', '2028-02-29'],
    ['Dec 31, 2026 11:59 PM', '2026-12-31'],
    // A date object printed by the program behind the page: Java's Date.toString(), a Unix date.
    ['Tue Feb 11 00:00:00 EST 2025', '2025-02-11'],
    ['Thu Jun 05 00:00:00 EDT 2025', '2025-06-05'],
    ['Wed Mar 4 09:15 UTC 2026', '2026-03-04'],
    ['Sat Nov 1 10:00:00 GMT+01:00 2025', '2025-11-01'],
  ])('%j -> %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each([[''], ['not a date'], ['13/01/2026'], ['02/30/2026'], ['02/29/2027'], ['00/10/2026'], ['Smarch 3, 2026'], ['2026'], ['12 March 26']])(
    '%j -> null',
    (raw) => {
      expect(parseDate(raw)).toBeNull();
    },
  );
});

describe('parseDates', () => {
  it.each([
    ['02/11/2025 - 03/31/2027', ['2025-02-11', '2027-03-31']],
    ['Feb 11, 2025 – Mar 31, 2027', ['2025-02-11', '2027-03-31']],
    ['2025-02-11 to 2027-03-31', ['2025-02-11', '2027-03-31']],
    ['from 2/11/25 through 3/31/27', ['2025-02-11', '2027-03-31']],
    ['no dates', []],
  ])('%j -> %j', (raw, dates) => {
    expect(parseDates(raw)).toEqual(dates);
  });
});

describe('isoFromParts', () => {
  it.each([
    [2026, 3, 31, '2026-03-31'],
    [2028, 2, 29, '2028-02-29'], // leap year
    [2000, 2, 29, '2000-02-29'], // divisible by 400
    [2026, 12, 31, '2026-12-31'],
    [2026, 2, 29, null],
    [2100, 2, 29, null], // divisible by 100, not 400
    [2026, 4, 31, null],
    [2026, 0, 10, null],
    [2026, 13, 1, null],
    [2026, 1, 0, null],
    [2026.5, 1, 1, null],
  ])('%i-%i-%i -> %s', (year, month, day, iso) => {
    expect(isoFromParts(year, month, day)).toBe(iso);
  });
});

describe('dayAfterIso', () => {
  it.each([
    ['2025-02-10', '2025-02-11'],
    ['2026-02-28', '2026-03-01'],
    ['2028-02-28', '2028-02-29'],
    ['2026-12-31', '2027-01-01'],
    ['2026-03-08', '2026-03-09'], // US daylight-saving change day: no shift
  ])('%s -> %s', (iso, next) => {
    expect(dayAfterIso(iso)).toBe(next);
  });
});
