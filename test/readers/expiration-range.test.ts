// An expiration label whose next line states the cycle as a range of dates (a stat tile's caption,
// its subheading "Recertification cycle A – B", then the tile's figure): the certification expires
// at the range's end, never at its start.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const tile = (caption: string, sub: string, figure: string): string =>
  `<div><div><div>${caption}</div><div>${sub}</div></div><div><span>${figure}</span></div></div>`;

const VARIANTS: ReadonlyArray<[string, string]> = [
  ['a tile: caption, cycle range, figure', tile('Expiration Date', 'Recertification cycle 04/01/2026 – 03/31/2028', '03/31/2028')],
  ['a tile whose range is spelled out', tile('Expires', 'Cycle April 1, 2026 to March 31, 2028', 'March 31, 2028')],
  ['a tile with a bare range', tile('Certification Expiration', '04/01/2026 - 03/31/2028', '03/31/2028')],
  ['a label with the range as its value', '<p><b>Expiration Date:</b> 04/01/2026 – 03/31/2028</p>'],
];

describe('an expiration read from a cycle range is its end', () => {
  it.each(VARIANTS)('%s', (_, tiles) => {
    const html =
      '<!DOCTYPE html><html><head><title>Dashboard - National Registry</title></head><body><h1>Dashboard</h1>' +
      tile('Certification', 'Nationally Registered Advanced EMT', 'NRAEMT') +
      tiles +
      tile('Registry Number', 'National Registry ID', 'A5520137') +
      '</body></html>';
    const snapshot = readHtml(html);
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.certification?.expiresOn).toBe('2028-03-31');
  });
});
