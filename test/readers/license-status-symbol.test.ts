// eLicensing: a license's status word after an empty status symbol drawn by a web component
// (Astro UXDS `<rux-status status="normal"></rux-status> Current`, a Shoelace or Material icon
// element), in a grid of custom elements or a card. The class: an empty custom element holds no
// words and is no block, so the words beside it are its box's line; a custom element holding
// words (a grid's cell) is still a block.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/my-licenses';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>Manage My Licenses</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const grid = (status: string) =>
  `<x-table><x-header-row><x-head>Profession</x-head><x-head>License Number</x-head><x-head>License Status</x-head><x-head>Issue Date</x-head><x-head>Expiration Date</x-head></x-header-row>` +
  `<x-row><x-cell>Advanced Emergency Medical Technician</x-cell><x-cell>A22817</x-cell><x-cell>${status}</x-cell><x-cell>04/19/2024</x-cell><x-cell>03/31/2028</x-cell></x-row></x-table>`;

describe('a status word beside an empty status symbol', () => {
  it.each([
    ['an Astro status symbol before the word in a grid of custom elements', grid('<rux-status status="normal"></rux-status> Current'), 'current'],
    ['a symbol after the word', grid('Expired <rux-status status="critical"></rux-status>'), 'expired'],
    ['an icon element before the word', grid('<sl-icon name="alert"></sl-icon> Probation'), 'probation'],
    [
      'a card: symbol and word under the number',
      `<div><h3>Paramedic</h3><div>P552019</div><div><md-icon></md-icon> Current</div><div>Expires 03/31/2028</div></div>`,
      'current',
    ],
  ])('%s', (_, body, status) => {
    expect(read(body).license?.status).toBe(status);
  });

  it('a symbol alone (its attribute only) says nothing: unknown', () => {
    expect(read(grid('<rux-status status="normal"></rux-status>')).license?.status).toBeNull();
  });
});
