// A license number is kept as the site shows it (domain.md: "License numbers carry a prefix: E EMT,
// A Advanced EMT, P Paramedic"): "A-108842" stays "A-108842", "P2290417" stays "P2290417", on a
// license table, a details card, a licensee line or a renewal application's summary.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

function read(body: string, title = 'My Licenses', url = 'https://healthprofessionlicensing.mass.gov/licensee/my-licenses'): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>Health Professions Licensing</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, url);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, url))).toEqual(full);
  return full;
}

const table = (number: string): string =>
  '<h2>My Licenses</h2><table><thead><tr><th>License Number</th><th>License Type</th><th>Status</th><th>Expiration Date</th></tr></thead>' +
  `<tbody><tr><td>${number}</td><td>Advanced EMT</td><td>Current</td><td>03/31/2027</td></tr></tbody></table>`;
const card = (number: string): string =>
  `<h2>My Licenses</h2><dl><dt>License Number</dt><dd>${number}</dd><dt>License Type</dt><dd>Paramedic</dd><dt>License Status</dt><dd>Current</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>`;
const renewal = (number: string): string =>
  `<h2>Renewal Application</h2><p>Applicant: <strong>Priya Moreau</strong> · License No. <strong>${number}</strong></p>` +
  `<table><tr><th scope="row">License Type</th><td>Advanced EMT</td></tr><tr><th scope="row">License Number</th><td>${number}</td></tr>` +
  '<tr><th scope="row">Current Expiration</th><td>03/31/2027</td></tr><tr><th scope="row">Application Status</th><td>Submitted</td></tr>' +
  '<tr><th scope="row">Fee Payment</th><td>Paid</td></tr></table>';

describe('a license number as shown', () => {
  it.each([
    ['a hyphenated number in a table', table('A-108842'), 'A-108842'],
    ['a hyphenated number in a chip of a table cell', table('<span>E-0912345</span>'), 'E-0912345'],
    ['a plain number in a table', table('A108842'), 'A108842'],
    ['a hyphenated number on a card', card('P-448120'), 'P-448120'],
    ['a plain number on a card', card('P2290417'), 'P2290417'],
  ])('%s', (_, body, number) => {
    const snap = read(body);
    expect(snap.license?.number).toBe(number);
    expect(snap.person?.licenseNumber).toBe(number);
  });

  it.each([
    ['hyphenated', 'A-108842'],
    ['plain', 'A108842'],
  ])('on a renewal application: %s', (_, number) => {
    const snap = read(renewal(number), 'Renewal Application', `https://healthprofessionlicensing.mass.gov/mylicense/renewal/${number}/review`);
    expect(snap.license?.number).toBe(number);
    expect(snap.person?.licenseNumber).toBe(number);
  });
});
