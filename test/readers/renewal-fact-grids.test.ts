// eLicensing renewal (Step B) pages built with a component kit (domain.md: an Angular single-page
// app): two classes the license readers missed.
//  1. The license's facts drawn as a grid of label and value boxes side by side in one box
//     ("<span>License Status</span><span>Current</span>" repeated, no colons), whose text runs
//     past one line's length (a saved page keeps its template's indentation; a long card has many
//     facts): the scan dropped the box whole, so the number, status and expiration went unread.
//  2. The app bar's heading (an h1) is the site's own name ("Health Professions Licensing") and the
//     page's name ("EMT - Renewal Application") is the next heading: once the license number is
//     read, the page was taken for the license page.
// Each page is read by both readers (readPage and the content script's path), which must agree.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/s/renewal';

function read(body: string, title = 'Health Professions Licensing'): PageSnapshot {
  const page = new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>${title}</title></head><body><app-root>${body}</app-root></body></html>`, 'text/html');
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const INDENT = '\n                  ';
/** Label and value boxes side by side in one grid box, each on its own indented source line. */
const factGrid = (facts: [string, string][], label = 'span', value = 'strong', indent = INDENT): string =>
  `<div style="display:grid;grid-template-columns:200px 1fr">${facts.map(([l, v]) => `${indent}<${label}>${l}</${label}>${indent}<${value}>${v}</${value}>`).join('')}\n</div>`;

const FEE = '<h3>Payment</h3><p>Payment status: Paid 11/24/2026</p><p>Your application is not complete until you submit it.</p><button type="submit">Submit</button>';

describe('a license card drawn as a long grid of label and value boxes', () => {
  const facts: [string, string][] = [
    ['Licensee', 'Marisol T. Ferreira'],
    ['License Number', 'P330871'],
    ['License Type', 'Paramedic'],
    ['License Status', 'Current'],
    ['Issue Date', '05/02/2018'],
    ['Expiration Date', '03/31/2027'],
  ];
  it.each([
    ['spans and bold values, indented', factGrid(facts)],
    ['small labels and span values, indented', factGrid(facts, 'small', 'span')],
    ['bold labels and plain values, deeply indented', factGrid(facts, 'b', 'span', `\n${' '.repeat(40)}`)],
    [
      'many facts on one source line',
      factGrid(
        [...facts, ['Last Issue/Renewal Date', '04/03/2025'], ['Board', 'Office of Emergency Medical Services, Department of Public Health'], ['Mailing Address', '1250 Commonwealth Avenue, Apartment 14, Boston, MA 02134']],
        'span',
        'span',
        '',
      ),
    ],
  ])('%s: the license is read', (_, grid) => {
    const snapshot = read(`<h1>Paramedic - Renewal Application</h1><section><h3>License Information</h3>${grid}</section>${FEE}`);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.license).toMatchObject({ number: 'P330871', status: 'current', expiresOn: '2027-03-31' });
    expect(snapshot.person?.licenseNumber).toBe('P330871');
  });

  it('on the license page', () => {
    const snapshot = read(`<h1>License Details</h1><section>${factGrid(facts)}</section>`);
    expect(snapshot.kind).toBe('elicensing-license');
    expect(snapshot.license).toMatchObject({ number: 'P330871', status: 'current', expiresOn: '2027-03-31' });
  });
});

describe("a renewal page under an app bar heading that names the site", () => {
  const card = '<section><h3>License</h3><dl><dt>License Number</dt><dd>E204417</dd><dt>License Status</dt><dd>Current</dd><dt>Expiration Date</dt><dd>03/31/2026</dd></dl></section>';
  it.each([
    ['an h1 app bar, an h2 page name', '<header><h1>Health Professions Licensing</h1><span>Welcome, Tomás Ybarra</span></header><main><h2>Emergency Medical Technician - Renewal Application</h2>'],
    ['the app bar in capitals, a late renewal', '<header><h1>HEALTH PROFESSIONS LICENSING</h1></header><main><h2>EMT - Renewal Application (Late)</h2>'],
    ['an ARIA level-1 heading app bar', '<div role="heading" aria-level="1">Health Professions Licensing</div><main><h2>EMT - Renewal Application</h2>'],
  ])('%s: the renewal page, with its license', (_, top) => {
    const snapshot = read(`${top}${card}${FEE}</main>`);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.license).toMatchObject({ number: 'E204417', status: 'current', expiresOn: '2026-03-31' });
    expect(snapshot.renewal).toMatchObject({ state: 'paid-not-submitted', paid: true });
  });

  it('the same app bar over the license list: still the license page', () => {
    const list =
      '<h2>Manage My Licenses and Applications</h2><table><thead><tr><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr></thead>' +
      '<tbody><tr><td>E204417</td><td>Current</td><td>03/31/2026</td></tr></tbody></table>';
    const snapshot = read(`<header><h1>Health Professions Licensing</h1></header><main>${list}</main>`);
    expect(snapshot.kind).toBe('elicensing-license');
    expect(snapshot.license).toMatchObject({ number: 'E204417', expiresOn: '2026-03-31' });
  });
});
