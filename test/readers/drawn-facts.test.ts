// Facts drawn rather than written: a card drawn in SVG places its words by coordinates (a wallet
// card, a report tile), in any order in the markup. A label takes the value in its column below
// it, or above it when the drawing captions its values, or beside it on its row. Each case is a
// minimal page of a layout family, not a copy of a scored page.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>My Certification</h1>${body}</body></html>`;
const svg = (texts: string): string => `<svg viewBox="0 0 380 236" role="img"><rect width="380" height="236"/>${texts}</svg>`;
const text = (x: number, y: number, words: string, more = ''): string => `<text x="${x}" y="${y}"${more}>${words}</text>`;

describe('a card drawn in SVG', () => {
  it.each([
    [
      'a wallet card: labels above their values, two columns',
      svg(
        text(80, 58, 'Nationally Registered Paramedic') +
          text(24, 112, 'Dana M. Okafor') +
          text(24, 140, 'REGISTRY NO.') +
          text(220, 140, 'EXPIRES') +
          text(24, 158, 'P3318204') +
          text(220, 158, '03/31/2027'),
      ),
    ],
    [
      'the same card written in the markup column by column, values first',
      svg(text(220, 158, '03/31/2027') + text(24, 158, 'P3318204') + text(220, 140, 'Expiration Date') + text(24, 140, 'Registry #') + text(24, 112, 'Dana M. Okafor') + text(24, 40, 'Paramedic')),
    ],
    [
      'captions under their values (a report tile), centred',
      svg(
        text(90, 40, 'P3318204', ' text-anchor="middle"') +
          text(90, 60, 'Registry Number', ' text-anchor="middle"') +
          text(270, 40, '3/31/2027', ' text-anchor="middle"') +
          text(270, 60, 'Expiration Date', ' text-anchor="middle"') +
          text(90, 120, 'Paramedic', ' text-anchor="middle"') +
          text(90, 140, 'Certification Level', ' text-anchor="middle"'),
      ),
    ],
    [
      'labels and values side by side on their rows, in tspans of one text',
      svg(
        '<text x="20" y="30"><tspan x="20" y="30">Level</tspan><tspan x="20" dy="20">Registry No.</tspan><tspan x="20" dy="20">Expires</tspan></text>' +
          '<text x="160" y="30"><tspan x="160" y="30">Paramedic</tspan><tspan x="160" dy="20">P3318204</tspan><tspan x="160" dy="20">Mar 31, 2027</tspan></text>',
      ),
    ],
  ])('%s', (_, card) => {
    const snap = readHtml(dashboard(`<figure>${card}</figure>`));
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.person?.registryNumber).toBe('P3318204');
    expect(snap.certification).toMatchObject({ level: 'paramedic', expiresOn: '2027-03-31' });
  });

  it('a card drawn alone in its box (no caption beside it) is read too', () => {
    const snap = readHtml(dashboard(`<div>${svg(text(24, 140, 'Registry #') + text(24, 158, 'E1234567') + text(220, 140, 'Expires') + text(220, 158, '03/31/2026') + text(24, 40, 'EMT'))}</div>`));
    expect(snap.person?.registryNumber).toBe('E1234567');
    expect(snap.certification).toMatchObject({ level: 'emt', expiresOn: '2026-03-31' });
  });

  it.each([
    ['a hidden drawing', `<svg aria-hidden="true">${text(24, 140, 'Registry #')}${text(24, 158, 'E1234567')}</svg>`],
    ['an avatar drawn with its initials', `<svg>${text(50, 50, 'DO')}</svg><span>Level: EMT</span>`],
    ['an icon', '<svg><title>Registry #</title><path d="M0 0h4"/></svg>'],
  ])('%s gives nothing', (_, drawing) => {
    const snap = readHtml(dashboard(`<div>${drawing}</div>`));
    expect(snap.person?.registryNumber).toBeUndefined();
    expect(snap.certification?.expiresOn ?? null).toBeNull();
  });

  it("a chart's axis and bar labels give no fact", () => {
    const chart = svg(text(180, 20, 'Credits completed (% of requirement)') + text(105, 188, 'National') + text(195, 188, 'Local') + text(52, 174, '0') + text(52, 124, '50') + text(105, 84, '81%'));
    const snap = readHtml(dashboard(`<p>Level: EMT</p><p>Expiration Date: 03/31/2026</p>${chart}`));
    expect(snap.certification).toMatchObject({ level: 'emt', expiresOn: '2026-03-31' });
    expect(snap.person?.registryNumber).toBeUndefined();
  });
});
