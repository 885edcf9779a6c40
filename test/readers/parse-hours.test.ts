import { describe, expect, it } from 'vitest';
import { parseHours } from '../../lib/readers/parse-hours';

describe('parseHours', () => {
  it.each([
    ['2', 2],
    ['1.5', 1.5],
    ['1.50', 1.5],
    ['.5', 0.5],
    ['1:30', 1.5],
    ['0:45', 0.75],
    ['90 min', 1.5],
    ['90 minutes', 1.5],
    ['20 mins', 0.33],
    ['2 hrs', 2],
    ['2 hr', 2],
    ['2.0 Hours', 2],
    ['1 hour', 1],
    ['3 credits', 3],
    ['0.75 cr', 0.75],
    ['2.00 cr.', 2],
    ['1 hr 30 min', 1.5],
    ['  2\u00a0hrs ', 2],
    ['0', 0],
    ['100', 100],
  ])('%j -> %d h', (raw, hours) => {
    expect(parseHours(raw)).toEqual({ ok: true, hours });
  });

  it.each([
    ['', 'no hours shown'],
    ['—', 'no hours shown'],
    ['N/A', 'no hours shown'],
    ['-2', 'negative'],
    ['-1.5 hrs', 'negative'],
    ['abc', 'not understood'],
    ['NaN', 'not understood'],
    ['two', 'not understood'],
    ['1.5.2', 'not understood'],
    ['101', 'implausible'],
    ['1500', 'implausible'],
    ['2 days', 'not understood'],
    ['1:75', 'not understood'],
  ])('%j is not hours (%s)', (raw, reason) => {
    const result = parseHours(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
