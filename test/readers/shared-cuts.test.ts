// The small cuts and patterns the readers share (one definition each, where modules had twins of
// their own): tables of cases, as github-better-line-counts tests its readers.
import { describe, expect, it } from 'vitest';
import { endsWithColon, startsWithToggle, withoutColon, withoutLeadingColon } from '../../lib/readers/cut';
import { isRegistryToken } from '../../lib/readers/names';
import { parseHours } from '../../lib/readers/parse-hours';
import { parseDate } from '../../lib/readers/parse-date';
import { returnReasonsFrom } from '../../lib/readers/application';

describe('a label\'s colon', () => {
  it.each([
    ['Expiration Date:', true],
    ['Status ：', true],
    ['Hours:  ', true],
    ['Status', false],
    ['10:30', false],
  ])('%j ends with a colon: %s', (text, expected) => expect(endsWithColon(text)).toBe(expected));

  it.each([
    ['Expiration Date:', 'Expiration Date'],
    ['Expiration Date *:', 'Expiration Date'],
    ['Approval #*', 'Approval #'],
    ['Status ： ', 'Status'],
    ['Course', 'Course'],
  ])('%j without its colon is %j', (text, expected) => expect(withoutColon(text)).toBe(expected));

  it.each([
    [': Current', 'Current'],
    ['  ：03/31/2027', '03/31/2027'],
    [' Current', ' Current'],
    ['12:30', '12:30'],
  ])('%j after its label\'s colon is %j', (text, expected) => expect(withoutLeadingColon(text)).toBe(expected));
});

describe('a group\'s expander', () => {
  it.each([
    ['▸ National', true],
    ['  ▼ Trauma', true],
    ['⯈ Local', true],
    ['National', false],
    ['', false],
  ])('%j opens with a toggle: %s', (text, expected) => expect(startsWithToggle(text)).toBe(expected));
});

describe('a registry number written as one token', () => {
  it.each([
    ['P3318204', true],
    ['A-2290457', true],
    ['AE123456789', true],
    ['ABC1234567', false],
    ['E1234567890', false],
    ['E1234567.', false],
    ['1234567', false],
  ])('%j: %s', (token, expected) => expect(isRegistryToken(token)).toBe(expected));
});

describe('hours figures', () => {
  it.each([
    ['2', 2],
    ['1.5 hrs', 1.5],
    ['90 min', 1.5],
    ['1 hr 30 min', 1.5],
    ['1 hour and 15 minutes', 1.25],
    ['2 h, 30 mins', 2.5],
    ['1h30', 1.5],
    ['01:30:00', 1.5],
    ['PT1H30M', 1.5],
    ['3 credit(s)', 3],
  ])('%j is %d hours', (text, hours) => expect(parseHours(text)).toEqual({ ok: true, hours }));

  it.each([['—'], ['n/a'], ['NA'], ['']])('%j shows no hours', (text) => expect(parseHours(text)).toEqual({ ok: false, reason: 'no hours shown' }));
  it('a minus sign is negative hours, never zero', () => expect(parseHours('-1.5')).toEqual({ ok: false, reason: 'negative hours: "-1.5"' }));
});

describe('a cell that is one numeric date', () => {
  it.each([
    ['03/31/2027', '2027-03-31'],
    ['3/31/27', '2027-03-31'],
    ['expires 3/31/2027.', '2027-03-31'],
    ['03/31/2027 - 04/01/2027', '2027-03-31'],
    ['25-0312-T', null],
  ])('%j is %j', (text, expected) => expect(parseDate(text)).toBe(expected));
});

describe('NREMT\'s return reasons', () => {
  it('are found in any case, each once, as shown, also where a slash joins their words', () => {
    const lines = ['Returned: Out of Date; N/A to Topic', 'Reason: NOT STATE/CAPCE, duplicate hours and Duplicate Hours', 'Leadership/Management course', 'out of datebook'];
    expect(returnReasonsFrom(lines)).toEqual(['Out of Date', 'N/A to Topic', 'NOT STATE/CAPCE', 'duplicate hours', 'Leadership/Management']);
  });
});
