// An eLicensing license grid drawn without table markup or roles (a design system's custom
// elements, or plain divs): the column titles, then each row's values in the same order. The
// expiration is the date in the expiration's place, only when the row shows a date for each date
// title; a row whose dates do not line up with the titles gives no expiration.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/dashboard/licenses';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>Manage My Licenses and Applications</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const TITLES = ['License Number', 'License Type', 'License Status', 'Issue Date', 'Last Issue/Renewal Date', 'Expiration Date', 'Actions'];
const grid = (tag: string, rows: string[][], titles = TITLES): string =>
  `<${tag}-table><${tag}-row>${titles.map((title) => `<${tag}-header>${title}</${tag}-header>`).join('')}</${tag}-row>` +
  rows.map((cells) => `<${tag}-row>${cells.map((cell) => `<${tag}-cell>${cell}</${tag}-cell>`).join('')}</${tag}-row>`).join('') +
  `</${tag}-table>`;
const divs = (rows: string[][]): string =>
  `<div class="grid"><div class="head">${TITLES.map((title) => `<div>${title}</div>`).join('')}</div>` +
  rows.map((cells) => `<div class="row">${cells.map((cell) => `<div>${cell}</div>`).join('')}</div>`).join('') +
  '</div>';
const ROW = ['A845213', 'Advanced EMT', '<x-chip>Current</x-chip>', '06/12/2018', '04/01/2024', '03/31/2026', 'Show Details'];

describe('a license grid without table markup', () => {
  it.each([
    ['custom elements (a design system)', grid('calcite', [ROW])],
    ['other custom elements, dates written out', grid('fds', [['P902113', 'Paramedic', 'Current', 'Jun 12, 2018', 'Apr 1, 2024', 'Mar 31, 2026', 'View']])],
    ['plain divs', divs([ROW])],
  ])('%s', (_, body) => {
    const snap = read(body);
    expect(snap.kind).toBe('elicensing-license');
    expect(snap.license?.status).toBe('current');
    expect(snap.license?.expiresOn).toBe('2026-03-31');
  });

  it('two rows: each row its own dates', () => {
    const snap = read(grid('calcite', [ROW, ['E100200', 'EMT', 'Expired', '01/02/2010', '04/01/2012', '03/31/2014', 'Show Details']]));
    expect(snap.license).toMatchObject({ number: 'A845213', status: 'current', expiresOn: '2026-03-31' });
  });

  it.each([
    ['a row missing its expiration (fewer dates than date titles)', grid('calcite', [['A845213', 'Advanced EMT', 'Current', '06/12/2018', '04/01/2024', '—', 'Show Details']])],
    ['titles that name no expiration', grid('calcite', [['A845213', 'Advanced EMT', 'Current', '06/12/2018', '04/01/2024', 'Show Details']], ['License Number', 'License Type', 'License Status', 'Issue Date', 'Last Issue/Renewal Date', 'Actions'])],
  ])('%s gives no expiration', (_, body) => {
    const snap = read(body);
    expect(snap.license?.number).toBe('A845213');
    expect(snap.license?.expiresOn ?? null).toBeNull();
  });
});
