// The licensee greeted at the start of a long paragraph on an eLicensing page ("Welcome, Chidi E.
// Okonkwo. Licenses linked to your account appear below. Select Show Details …"): the greeting
// names the signed-in person however long the sentences after it run, in a paragraph, with the
// name in bold, in a banner's block. A paragraph that mentions someone later names nobody.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/dashboard/licenses';
const LICENSES =
  '<table><caption>My Licenses</caption><thead><tr><th>License Type</th><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr></thead>' +
  '<tbody><tr><td>Paramedic</td><td>P418822</td><td>Expired</td><td>31-Mar-2026</td></tr></tbody></table>';
const REST = 'Licenses linked to your account appear below. Select Show Details to see the license record or to start a renewal application.';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Manage My Licenses and Applications</title></head><body><header><b>Health Professions Licensing</b><button aria-label="Account menu">CO</button></header><h1>My Licenses</h1>${body}${LICENSES}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

describe('a greeting opening a long paragraph', () => {
  it.each([
    ['a paragraph', `<p>Welcome, Chidi E. Okonkwo. ${REST}</p>`],
    ['the name in bold', `<p>Welcome back, <b>Chidi E. Okonkwo</b>. ${REST}</p>`],
    ['a banner block', `<div>Hello, Chidi E. Okonkwo! ${REST}</div>`],
  ])('%s', (_, body) => {
    expect(read(body).person?.name).toBe('Chidi E. Okonkwo');
  });

  it('a long paragraph naming someone later names nobody', () => {
    expect(read(`<p>${REST} Questions about a renewal go to Dana M. Okafor at the Office of EMS.</p>`).person?.name).toBeUndefined();
  });
});
