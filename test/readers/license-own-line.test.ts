// eLicensing: a license whose number shares one line with its status and dates, nothing labelled.
// The class: a one-line summary cut into parts ("A441907 · Current · Expires 3/31/2026") or a
// fixed-column row of a text screen or printout ("A7730164 ADVANCED EMT CURRENT 04/01/2022
// 03/31/2026"): a part that is a status chip gives the status, the date after expiry words the
// expiration; in a row of nothing but the number, level and status words and its dates, the
// latest date (after the issue date) is the expiration. A line with other words says nothing.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/licenses/inquiry';

function licenseOf(body: string): PageSnapshot['license'] {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>Manage My Licenses and Applications</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full.license;
}

const screen = (...lines: string[]) => `<div style="font-family:monospace">${lines.map((line) => `<div style="white-space:pre">${line}</div>`).join('')}</div>`;

describe("a license's own line holds its status and expiration", () => {
  it.each([
    ['a summary cut at middle dots', '<div role="table"><div role="row"><span>License</span><span>A441907 · Current · Expires 3/31/2026</span></div></div>', 'A441907', 'current', '2026-03-31'],
    ['a summary cut at bars', '<p>E512044 | Expired | Expiration date 03/31/2026</p>', 'E512044', 'expired', '2026-03-31'],
    [
      'a fixed-column screen row under its column titles',
      screen('LICENSE NO  PROFESSION  STATUS     ISSUED      EXPIRES', 'P330817     PARAMEDIC   PROBATION  06/14/2015  03/31/2028'),
      'P330817',
      'probation',
      '2028-03-31',
    ],
    ['a row whose dates are written in words', screen('P330817   PARAMEDIC   PROBATION   Jun 14, 2015   31 March 2028'), 'P330817', 'probation', '2028-03-31'],
    ['a printout row without titles', screen('E240881   EMT   CURRENT   04/01/2022   03/31/2026'), 'E240881', 'current', '2026-03-31'],
  ])('%s', (_, body, number, status, expiresOn) => {
    expect(licenseOf(body)).toMatchObject({ number, status, expiresOn });
  });
});

describe('a line that says something else of the license', () => {
  it.each([
    ['a renewal application named beside the number', '<p>P330817 · Renewal Application · Submitted 02/01/2026</p>'],
    ['other words between the values', screen('P330817   PARAMEDIC   LAST ACTIVE   04/01/2022   03/31/2026')],
    ['one date only: issued or expiring?', screen('P330817   PARAMEDIC   CURRENT   04/01/2022')],
  ])('%s: no status, no expiration', (_, body) => {
    expect(licenseOf(body)).toMatchObject({ number: 'P330817', status: null, expiresOn: null });
  });
});
