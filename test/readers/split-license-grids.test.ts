// An eLicensing license grid drawn across several tables, as data-grid widgets draw them: a fixed
// header table over a scrolling body table, and a frozen number column in tables of its own
// beside the rest of the row. A row is read across them, row for row; parts that do not line up
// (other widths, other row counts) give nothing from each other.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/dashboard/licenses';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>Manage My Licenses and Applications</h1><h2>My Licenses</h2>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const table = (rows: string[][]): string => `<table><tbody>${rows.map((cells) => `<tr>${cells.map((cell) => `<td><div>${cell}</div></td>`).join('')}</tr>`).join('')}</tbody></table>`;
const HEAD = ['Profession', 'License Type', 'License Status', 'Issue Date', 'Last Issue/Renewal Date', 'Expiration Date', ''];
const REST = ['Emergency Medical Services', 'Advanced EMT', 'Probation', '06/12/2019', '04/02/2025', '03/31/2027', ''];

describe('a license grid drawn across tables', () => {
  it.each([
    ['a frozen number column beside the rest, each part a header table over a body table', table([['', 'License #']]) + table([['1', 'A731925']]) + table([HEAD]) + table([REST])],
    ['a header table over a body table holding the number', table([['License Number', ...HEAD]]) + table([['A731925', ...REST]])],
    ['the frozen part in a wrapper of its own', `<div><div>${table([['License #']])}</div><div>${table([['A731925']])}</div></div><div>${table([HEAD])}<div>${table([REST])}</div></div>`],
  ])('%s', (_, body) => {
    expect(read(body).license).toMatchObject({ number: 'A731925', status: 'probation', expiresOn: '2027-03-31' });
  });

  it('two rows: each number takes its own row', () => {
    const other = ['Emergency Medical Services', 'EMT', 'Expired', '01/02/2010', '04/01/2012', '03/31/2014', ''];
    const snap = read(table([['License #']]) + table([['E100200'], ['A731925']]) + table([HEAD]) + table([other, REST]));
    expect(snap.license).toMatchObject({ number: 'A731925', status: 'probation', expiresOn: '2027-03-31' });
  });

  it('a body table of another width is no body of the header', () => {
    const snap = read(table([['License Number', ...HEAD]]) + table([['A731925', 'Advanced EMT', '03/31/2027']]));
    expect(snap.license?.expiresOn ?? null).toBeNull();
  });

  it('rows apart from their numbers in other counts give nothing', () => {
    const snap = read(table([['License #']]) + table([['A731925']]) + table([HEAD]) + table([REST, REST]));
    expect(snap.license?.number).toBe('A731925');
    expect(snap.license?.expiresOn ?? null).toBeNull();
  });
});
