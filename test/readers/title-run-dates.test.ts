// A run of column titles before their values (a grid whose header and body are drawn apart,
// read as one line): which date is whose is not told by nearness. The date right after
// "Expiration Date" is another column's (last recertification, issue date): read no date from it.
import { describe, expect, it } from 'vitest';
import { readStatedFacts } from '../../lib/readers/facts';

describe('a line of column titles, then the row of values', () => {
  it.each([
    ['Certification Level Registry # Status Last Recertification Expiration Date Paramedic P4412093 Active 3/28/2024 3/31/2026 Print card'],
    ['Level Status Last Recertified Expires EMT Active 04/02/2025 03/31/2027'],
    ['Certification Issue Date Expiration Date Advanced EMT 2025-03-20 2027-03-31'],
    ['Level Date Issued Expiration Emergency Medical Technician Mar 27, 2024 Mar 31, 2026'],
    ['Expiration Date Last Recertification Paramedic 3/31/2027 3/25/2025'],
  ])('%j', (line) => {
    const facts = readStatedFacts([line], true);
    // Never the earlier column's date as the expiration, nor a cycle start from the wrong date.
    expect(facts.expiresOn).toBeUndefined();
    expect(facts.cycleStart).toBeUndefined();
  });

  it('a sentence after the run still states the expiration', () => {
    const facts = readStatedFacts(['Level Status Last Recertified Expires EMT Active 04/02/2025 03/31/2027', 'Your certification expires March 31, 2027.'], true);
    expect(facts.expiresOn).toBe('2027-03-31');
  });

  it.each([
    ['Your certification expires on March 31, 2027.', '2027-03-31'],
    ['You last recertified on 3/25/2025 and your certification expires 3/31/2027.', '2027-03-31'],
    ['Paramedic · expires 03/31/2027', '2027-03-31'],
  ])('a fact beside its own date is read: %j', (line, expiresOn) => {
    expect(readStatedFacts([line], true).expiresOn).toBe(expiresOn);
  });
});
