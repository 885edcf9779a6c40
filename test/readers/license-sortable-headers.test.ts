// eLicensing: a license list drawn by a sortable grid (vue-good-table, a data table plug-in) whose
// header cells carry their sort control's words ("License Number Sort table by License Number in
// descending order", "Expiration Date (click to sort)"), so no header is read as a column title.
// The class: a table whose header names no license column is read by its values, as a table with
// no header is (a cell that is a license number beside a status word; the latest of its dates).
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/mylicenses/manage-licenses';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>Manage My Licenses and Applications</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const sortButton = (title: string) => `<span>${title}</span><button><span>Sort table by ${title} in descending order</span></button>`;
const table = (head: (title: string) => string, row: string[]) =>
  `<table><thead><tr>${['License Type', 'License Number', 'License Status', 'Issue Date', 'Expiration Date', 'Actions'].map((t) => `<th>${head(t)}</th>`).join('')}</tr></thead>` +
  `<tbody><tr>${row.map((c) => `<td><span>${c}</span></td>`).join('')}<td><button aria-label="Show Details">👁</button></td></tr></tbody></table>`;

describe('a sortable grid whose header cells carry their sort control’s words', () => {
  it.each([
    ['a sort button’s screen-reader words', table(sortButton, ['Emergency Medical Technician', 'E928413', 'Current', '2019-06-12', '2027-03-31']), ['E928413', 'current', '2027-03-31']],
    ['a "click to sort" remark', table((t) => `${t} <small>(click to sort)</small>`, ['Paramedic', 'P441902', 'Expired', '06/14/2015', '03/31/2026']), ['P441902', 'expired', '2026-03-31']],
    ['a sort link’s words', table((t) => `<a href="#">${t}</a> <a href="#">Sort ascending</a>`, ['Advanced EMT', 'A22817', 'Probation', 'Apr 19, 2024', 'Mar 31, 2028']), ['A22817', 'probation', '2028-03-31']],
  ])('%s', (_, body, [number, status, expiresOn]) => {
    const { license } = read(body);
    expect([license?.number, license?.status, license?.expiresOn]).toEqual([number, status, expiresOn]);
  });

  it('one bare date is nobody’s expiration (unknown beats wrong)', () => {
    const body = `<table><thead><tr><th>${sortButton('License Number')}</th><th>${sortButton('License Status')}</th><th>${sortButton('Issue Date')}</th></tr></thead><tbody><tr><td>E928413</td><td>Current</td><td>2019-06-12</td></tr></tbody></table>`;
    const { license } = read(body);
    expect([license?.number, license?.status, license?.expiresOn]).toEqual(['E928413', 'current', null]);
  });
});
