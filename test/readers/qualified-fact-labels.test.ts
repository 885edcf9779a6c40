// A certification fact's label with a word naming which certification first ("Current
// certification expires: …", "NREMT expiration" over its date, "National Registry expiration
// date"): still the person's own fact on a transcript or application page's header lines.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const transcript = (header: string): string =>
  '<!DOCTYPE html><html><head><title>Transcript | NREMT</title></head><body><h1>My Transcript</h1>' +
  `<div class="header">${header}</div>` +
  '<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody>' +
  '<tr><td>Airway Management Update</td><td>06/14/2026</td><td>2.0</td></tr>' +
  '<tr><td>Pediatric Respiratory Emergencies</td><td>09/03/2026</td><td>1.5</td></tr></tbody></table></body></html>';

describe('a fact label named for its certification', () => {
  it.each([
    ['"Current certification expires", then a sentence of the cycle’s start', '<p>Current certification expires: 31 March 2027. Recertification cycle began 1 April 2025.</p>', { expiresOn: '2027-03-31', cycleStart: '2025-04-01' }],
    ['"NREMT expiration" alone over its date', '<div>NREMT expiration</div><div>03/31/2028</div><p>Current recert cycle began: 04/01/2026</p>', { expiresOn: '2028-03-31', cycleStart: '2026-04-01' }],
    ['"National Registry expiration date" over its date', '<div>National Registry expiration date</div><div>March 31, 2028</div>', { expiresOn: '2028-03-31' }],
    ['"Current certification expiration" and a cycle start in pieces of one line', '<p>Paramedic · Current certification expiration 03/31/2027 · Cycle start 04/01/2025</p>', { expiresOn: '2027-03-31', cycleStart: '2025-04-01' }],
  ])('%s', (_name, header, certification) => {
    const snapshot = readHtml(transcript(header));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.certification).toMatchObject(certification);
  });

  it('another license’s expiration is not the certification’s', () => {
    const snapshot = readHtml(transcript('<div>State license expiration</div><div>06/30/2027</div>'));
    expect(snapshot.certification?.expiresOn ?? null).toBeNull();
  });
});
