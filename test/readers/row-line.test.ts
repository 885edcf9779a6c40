// A one-row table read as the line it shows (page-lines.ts rowLine): any one-row table for the
// stated facts (judge-page.ts), only several short cells where it may be a layout (judge-kind.ts).
import { describe, expect, it } from 'vitest';
import { rowLine } from '../../lib/readers/page-lines';

const LONG = 'Welcome to the National Registry. '.repeat(3);

describe('rowLine', () => {
  it.each([
    ['a row of the person’s facts', [['Jordan Reyes', 'EMT', '03/31/2027']], 'Jordan Reyes · EMT · 03/31/2027', 'Jordan Reyes · EMT · 03/31/2027'],
    ['one cell', [['EMT expires 03/31/2027']], 'EMT expires 03/31/2027', null],
    ['a long cell beside a short one', [[LONG, 'EMT']], `${LONG} · EMT`, null],
    ['two rows', [['EMT', '03/31/2027'], ['AEMT', '03/31/2025']], null, null],
    ['no row', [], null, null],
  ])('%s', (_, rows, any, short) => {
    expect(rowLine({ rows })).toBe(any);
    expect(rowLine({ rows }, true)).toBe(short);
  });
});
