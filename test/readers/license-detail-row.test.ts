// eLicensing: a license table whose row is expanded into a detail row ("Show Details") holding a
// small table of its own, one label/value pair per row (Licensee, License Type, Issue Date, ...),
// drawn with ARIA roles or as a nested <table>. The licensee named in that detail table is the
// page's person, as a labelled name anywhere else is.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/manage-my-licenses';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>Manage My Licenses and Applications</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const PAIRS = (name: string): Array<[string, string]> => [
  [name, 'Teresa M. Quintero'],
  ['License Type', 'Paramedic'],
  ['Issue Date', '06/14/2015'],
  ['Last Issue/Renewal Date', '03/20/2026'],
  ['Expiration Date', '03/31/2028'],
  ['Public Address', 'Lowell, MA'],
];
const aria = (pairs: Array<[string, string]>) =>
  `<div role="table" aria-label="License details">${pairs.map(([l, v]) => `<div role="row"><span role="rowheader">${l}</span><span role="cell">${v}</span></div>`).join('')}</div>`;
const nested = (pairs: Array<[string, string]>) => `<table>${pairs.map(([l, v]) => `<tr><th scope="row">${l}</th><td>${v}</td></tr>`).join('')}</table>`;

const licenseTable = (detail: string) =>
  '<table><thead><tr><th>License Number</th><th>License Type</th><th>License Status</th><th>Expiration Date</th><th>Details</th></tr></thead><tbody>' +
  '<tr><td>P552019</td><td>Paramedic</td><td>Current</td><td>03/31/2028</td><td><button aria-label="Show Details">expand_more</button></td></tr>' +
  `<tr><td colspan="5">${detail}</td></tr></tbody></table>`;

describe('the licensee in a license row’s detail table', () => {
  it.each([
    ['ARIA rowheader/cell pairs, "Licensee"', licenseTable(aria(PAIRS('Licensee')))],
    ['ARIA pairs, "Licensee Name"', licenseTable(aria(PAIRS('Licensee Name')))],
    ['a nested table, "Name"', licenseTable(nested(PAIRS('Name')))],
    ['a nested table, "Licensee"', licenseTable(nested(PAIRS('Licensee')))],
  ])('%s', (_, body) => {
    const snapshot = read(body);
    expect(snapshot.kind).toBe('elicensing-license');
    expect(snapshot.license).toMatchObject({ number: 'P552019', status: 'current', expiresOn: '2028-03-31' });
    expect(snapshot.person?.name).toBe('Teresa M. Quintero');
  });
});
