// The licensee named in a table column (a report export or printout of the account: "Licensee
// Name | Account Email | …", one row): the name under its own column. A table of several rows (a
// roster) or a column of another person or body ("Provider", "Applicant", "Board") names nobody.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/dashboard/licenses';
const LICENSES =
  '<table><caption>My Licenses</caption><thead><tr><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr></thead>' +
  '<tbody><tr><td>A418822</td><td>Current</td><td>3/31/2028</td></tr></tbody></table>';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Manage My Licenses and Applications</title></head><body><p><b>Health Professions Licensing — Manage My Licenses and Applications</b></p>${body}${LICENSES}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}
const table = (head: string[], rows: string[][], caption = 'Licensee'): string =>
  `<table><caption>${caption}</caption><thead><tr>${head.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead><tbody>` +
  rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('') +
  '</tbody></table>';

describe('the licensee in a table column', () => {
  it.each([
    ['an export: Licensee Name first', table(['Licensee Name', 'Account Email', 'Mailing City'], [['Chidi E. Okonkwo', 'c.okonkwo@example.org', 'Brockton']])],
    ['a "Name" column after others', table(['Account', 'Name', 'Linked Licenses'], [['cokonkwo', 'Chidi E. Okonkwo', '1']], 'Account')],
    ['a "Full Name" column without a caption', table(['Full Name', 'City'], [['Chidi E. Okonkwo', 'Brockton']], '')],
  ])('%s', (_, body) => {
    expect(read(body).person?.name).toBe('Chidi E. Okonkwo');
  });

  it.each([
    ['a roster of several rows', table(['Licensee Name', 'City'], [['Chidi E. Okonkwo', 'Brockton'], ['Dana M. Okafor', 'Quincy']])],
    ['a course provider column', table(['Course', 'Provider', 'Date'], [['Airway Update', 'Cape Cod Regional Academy', '01/14/2026']], 'Continuing Education')],
    ['an applicant column of an application', table(['Application', 'Applicant', 'Status'], [['Renewal', 'Dana M. Okafor', 'Submitted']], 'Applications')],
  ])('%s names nobody', (_, body) => {
    expect(read(body).person?.name).toBeUndefined();
  });
});
