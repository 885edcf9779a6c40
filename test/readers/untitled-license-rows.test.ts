// An eLicensing license row whose column titles the page does not show as text (a design
// system's header cells that draw their titles from attributes, saved without their shadow trees;
// a grid with no header row): the row's values are told by content. A license expires after it
// was issued and last renewed, so of the row's own bare dates (two or more) the latest is its
// expiration; one date alone, dates that tie, or dates the page labels otherwise give none.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL_LICENSES = 'https://healthprofessionlicensing.mass.gov/#/dashboard/licenses';
const URL_RENEWAL = 'https://healthprofessionlicensing.mass.gov/applications/REN-EMT-2027-031846';

function read(body: string, url = URL_LICENSES, heading = 'Manage My Licenses and Applications'): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>${heading}</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, url);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, url))).toEqual(full);
  return full;
}

// Header cells whose titles live only in an attribute (drawn by the element itself).
const attributeHeaders = (titles: string[]): string =>
  `<ds-table-row slot="table-header">${titles.map((title) => `<ds-table-header heading="${title}"></ds-table-header>`).join('')}</ds-table-row>`;
const customRow = (cells: string[]): string => `<ds-table-row>${cells.map((cell) => `<ds-table-cell>${cell}</ds-table-cell>`).join('')}</ds-table-row>`;
const divRow = (cells: string[]): string => `<div class="row">${cells.map((cell) => `<div>${cell}</div>`).join('')}</div>`;

describe('a license row without shown column titles: the latest of its dates is the expiration', () => {
  it.each([
    [
      'titles only in header attributes (last renewal, expiration)',
      `<ds-table>${attributeHeaders(['License Number', 'License Type', 'License Status', 'Last Issue/Renewal Date', 'Expiration Date'])}${customRow(['E902314', 'Emergency Medical Technician', 'Current', '03/22/2025', '03/31/2027'])}</ds-table>`,
      'E902314',
      '2027-03-31',
    ],
    [
      'titles only in header attributes (issue, last renewal, expiration, written out)',
      `<ds-table>${attributeHeaders(['License Number', 'License Type', 'License Status', 'Issue Date', 'Last Issue/Renewal Date', 'Expiration Date', ''])}${customRow(['P448120', 'Paramedic', '<ds-chip>Current</ds-chip>', 'Jun 3, 2016', 'Mar 18, 2024', 'Mar 31, 2026', 'Show Details'])}</ds-table>`,
      'P448120',
      '2026-03-31',
    ],
    [
      'no header row at all, plain divs, then a note',
      `<div class="licenses">${divRow(['A731925', 'Advanced EMT', '<span>Expired</span>', '05/01/2019', '04/02/2022', '03/31/2024', 'Show Details'])}</div><p>Start a renewal from the license's details.</p>`,
      'A731925',
      '2024-03-31',
    ],
    [
      'a row followed by an applications list: its dates are not the row\'s',
      `<div class="licenses">${divRow(['A731925', 'Advanced EMT', 'Expired', '04/02/2022', '03/31/2024'])}</div>` +
        `<div>${divRow(['APP-2024-004417', 'Late Renewal Application', 'Submitted', '04/10/2024'])}</div>`,
      'A731925',
      '2024-03-31',
    ],
  ])('%s', (_, body, number, expiresOn) => {
    expect(read(body).license).toMatchObject({ number, expiresOn });
  });

  it('a renewal page: the license being renewed, after the application\'s own labelled dates', () => {
    const body =
      '<div><span>Application Status</span><span>In Review</span></div><div>Date Submitted 02/09/2027 4:17 PM</div>' +
      `<h3>License</h3><ds-table caption="License being renewed">${attributeHeaders(['License Number', 'License Type', 'License Status', 'Last Issue/Renewal Date', 'Expiration Date'])}` +
      `${customRow(['E902314', 'Emergency Medical Technician', 'Current', '03/22/2025', '03/31/2027'])}</ds-table>` +
      '<p>Your license will show the new expiration date once the renewal is approved.</p>';
    const snap = read(body, URL_RENEWAL, 'Emergency Medical Technician - Renewal Application');
    expect(snap.kind).toBe('elicensing-renewal');
    expect(snap.license).toMatchObject({ number: 'E902314', status: 'current', expiresOn: '2027-03-31' });
  });
});

describe('a license row without shown titles that proves no expiration gives none', () => {
  it.each([
    ['one date alone (which one is unknown)', `<ds-table>${attributeHeaders(['License Number', 'Status', 'Issue Date'])}${customRow(['E902314', 'Current', '03/22/2025'])}</ds-table>`],
    ['two dates that tie', `<div>${divRow(['E902314', 'EMT', 'Current', '03/31/2027', '03/31/2027'])}</div>`],
    ['dates labelled on their lines, one bare', `<div>${divRow(['E902314', 'EMT', 'Current', 'Issued 06/14/2021', '03/22/2025'])}</div>`],
    [
      'shown titles that name no expiration',
      `<ds-table><ds-table-row>${['License Number', 'License Status', 'Issue Date', 'Last Issue/Renewal Date'].map((t) => `<ds-table-header>${t}</ds-table-header>`).join('')}</ds-table-row>${customRow(['E902314', 'Current', '06/14/2021', '03/22/2025'])}</ds-table>`,
    ],
  ])('%s', (_, body) => {
    const license = read(body).license;
    expect(license?.number).toBe('E902314');
    expect(license?.expiresOn ?? null).toBeNull();
  });
});
