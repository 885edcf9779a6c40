// Dates are calendar days: the machine's time zone must never shift one.
import { afterEach, describe, expect, it } from 'vitest';
import { addYearsIso, daysBetween, isIsoDate, longDate, todayIso } from '../../lib/dates';
import { buildReport } from '../../lib/engine';
import { record } from './builders';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

function sample() {
  const r = buildReport(
    { record: record({ certification: { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-03-01' } }) },
    '2027-03-14', // US DST starts March 14, 2027: a 23-hour day in America/Adak
  );
  return {
    cycle: r.cycle,
    daysLeft: r.daysLeft,
    long: longDate('2027-03-31'),
    leap: addYearsIso('2028-02-29', 1),
    across: daysBetween('2026-10-31', '2026-11-08'), // across the US DST end
    today: todayIso(new Date(2027, 2, 31, 23, 59)), // local 23:59 stays March 31
  };
}

describe('time zones', () => {
  it('gives the same answers at UTC+14 and UTC-10/-9 (with DST)', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    // Proves the switch took effect (Node reads TZ on change): +14 h is -840 minutes.
    expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(-840);
    const east = sample();
    process.env.TZ = 'America/Adak';
    expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(600);
    const west = sample();
    expect(east).toEqual(west);
    expect(east).toEqual({
      cycle: { opensOn: '2026-10-01', recommendedBy: '2027-02-15', lastDay: '2027-03-31', signOffBy: '2027-04-30', renewsTo: '2029-03-31' },
      daysLeft: { recommendedBy: -27, lastDay: 17, signOffBy: 47 },
      long: 'March 31, 2027',
      leap: '2029-02-28',
      across: 8,
      today: '2027-03-31',
    });
  });
});

describe('ISO dates', () => {
  it.each([
    ['2026-03-31', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-13-01', false],
    ['2026-3-31', false],
    ['03/31/2026', false],
  ] as const)('%s valid: %s', (v, ok) => expect(isIsoDate(v)).toBe(ok));
});
