// The person's own header line written above a pasted list: their name beside their registry
// number inside a bracket ("(Deb Pettibone, AEMT, NRAEMT # A1950442, …)"), or as the segment after
// the number ("NREMT # P2290715 · Renata K. Osei"), and that line after an intro sentence of the
// same paragraph ("Copied from … (no table). Cycle start: … · Paramedic · NREMT # …"): each
// sentence of a long paragraph is read as its own line. A name two segments away stays unread.
import { describe, expect, it } from 'vitest';
import { readStatedFacts } from '../../lib/readers/facts';

describe("the person's own header line above a pasted list", () => {
  it.each([
    ['a bracket opening before the name', ['Pasted from the app (Maria L. Quintero, EMT, NREMT # E2233445, expires 3/31/2028)'], 'Maria L. Quintero', 'E2233445', 'emt'],
    ['a bracket opening before a two-word name', ['Notes (Tom Baptiste, Paramedic, NRP # P5566778)'], 'Tom Baptiste', 'P5566778', 'paramedic'],
    ['the name as the segment after the number', ['Expires: 2028-03-31 · Paramedic · NREMT # P5566778 · Tom R. Baptiste'], 'Tom R. Baptiste', 'P5566778', 'paramedic'],
    ['the name after a bar after the number', ['AEMT | NRAEMT A1122334 | Maria Quintero'], 'Maria Quintero', 'A1122334', 'aemt'],
    [
      'the header after a long intro sentence of the same paragraph',
      [
        'Copied from NREMT Manage Education with a browser extension that writes markdown, on my phone, so the table did not come along and every course is its own little card now. Cycle start: 2026-04-01 · Expires: 2028-03-31 · Paramedic · NREMT # P5566778 · Tom R. Baptiste',
      ],
      'Tom R. Baptiste',
      'P5566778',
      'paramedic',
    ],
  ])('%s', (_, lines, name, registryNumber, level) => {
    expect(readStatedFacts(lines, false)).toMatchObject({ name, registryNumber, level });
  });

  it('a name two segments after the number is not the number\'s', () => {
    expect(readStatedFacts(['NREMT # P5566778 · Paramedic · Tom R. Baptiste'], false).name).toBeUndefined();
  });
});
