// A license number whose prefix writes the profession's level out (domain.md: "License numbers
// carry a prefix: E EMT, A Advanced EMT, P Paramedic"; a site may spell the prefix "EMTP-",
// "EMT-", "AEMT-"): the license's number as shown, in a license table under its column or beside
// its label. A code whose letters name no level ("EMS-2024-0041", an application's) is no license.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/licensee/my-licenses';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>My Licenses</title></head><body><h1>Health Professions Licensing</h1><h2>My Licenses</h2>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const table = (number: string, type: string): string =>
  '<table><thead><tr><th>License Number</th><th>Profession / License Type</th><th>Status</th><th>Issue Date</th><th>Expiration Date</th></tr></thead>' +
  `<tbody><tr><td><a>${number}</a></td><td>${type}</td><td><span>Current</span></td><td>06/12/2015</td><td>03/31/2027</td></tr></tbody></table>`;

describe('a license number with its level written out before it', () => {
  it.each([
    ['EMT-P', table('EMTP-0614227', 'Emergency Medical Services / EMT-Paramedic'), 'EMTP-0614227'],
    ['EMT', table('EMT-0912345', 'Emergency Medical Technician'), 'EMT-0912345'],
    ['AEMT', table('AEMT-0412233', 'Advanced EMT'), 'AEMT-0412233'],
    [
      'beside its label on a details card',
      '<dl><dt>License Number</dt><dd>EMTP-0614227</dd><dt>License Status</dt><dd>Current</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>',
      'EMTP-0614227',
    ],
  ])('%s', (_, body, number) => {
    const snap = read(body);
    expect(snap.license).toMatchObject({ number, status: 'current', expiresOn: '2027-03-31' });
    expect(snap.person?.licenseNumber).toBe(number);
  });

  it.each([
    ['an application code', table('EMS-2024-0041', 'Emergency Medical Technician')],
    ['letters naming no level', table('ABC-0912345', 'Emergency Medical Technician')],
  ])('%s is no license number', (_, body) => {
    expect(read(body).license?.number ?? null).toBeNull();
  });
});
