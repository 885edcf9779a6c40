// The key to a coded category column (code-legend.ts), case by case.
import { describe, expect, it } from 'vitest';
import { codeLegend } from '../../lib/readers/code-legend';

describe('codeLegend', () => {
  it.each([
    ['N-TRA = National, Trauma · SL = State/Local', { 'N-TRA': 'National – trauma', SL: 'State/Local' }],
    ['Key: N-Air / N-Med = National topic, L = State/Local, I = Individual.', { 'N-AIR': 'National – airway', 'N-MED': 'National – medical', L: 'State/Local', I: 'Individual' }],
    ['NA/NC = National topic; IND = Individual', { NA: 'National', NC: 'National', IND: 'Individual' }],
    ['Card = National, Cardiology; Ops = National, EMS Operations. Hours are rounded.', { CARD: 'National – cardiovascular', OPS: 'National – operations' }],
  ])('%s', (line, codes) => {
    expect(Object.fromEntries(codeLegend([line]))).toEqual(codes);
  });

  it.each([
    'x = 2, y = 3',
    'N-TRA = National, Trauma',
    'Total = 25 hours, Local = 12.5 hours',
    'A = B',
  ])('finds no key in “%s”', (line) => {
    expect(codeLegend([line]).size).toBe(0);
  });
});
