// A page that calls the state's site only "eLicensing" (domain.md: "Done means: eLicensing, not
// NREMT, shows the March 31, Y+2 expiration"), in its title or its heading ("eLicensing – My
// Licenses", "Mass eLicensing Portal"), with a grid of the person's EMT license is the eLicensing
// license page, wherever it was saved from. A page of NREMT's that only mentions eLicensing in a
// sentence (Step B) stays NREMT's.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const TABLE = `<table><thead><tr><th>License Type</th><th>License Number</th><th>Status</th><th>Expiration Date</th></tr></thead>
<tbody><tr><td>Emergency Medical Technician</td><td>E512044</td><td>Current</td><td>03/31/2027</td></tr></tbody></table>`;
const ARIA = `<div role="table" aria-label="Licenses"><div role="rowgroup"><div role="row">
<div role="columnheader">License Type</div><div role="columnheader">License #</div><div role="columnheader">License Status</div><div role="columnheader">Expires</div></div></div>
<div role="rowgroup"><div role="row"><div role="cell">EMT</div><div role="cell">E512044</div><div role="cell">Current</div><div role="cell">03/31/2027</div></div></div></div>`;
const page = (title: string, heading: string, grid: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${heading}${grid}<p>Welcome, Jordan A. Reyes</p></body></html>`;

describe('a page named only "eLicensing" with an EMT license grid', () => {
  it.each([
    ['the title "eLicensing – My Licenses"', 'eLicensing – My Licenses', '', TABLE],
    ['the title "eLicensing" and a heading "My License"', 'eLicensing', '<h1>My License</h1>', TABLE],
    ['the heading "eLicensing – My Licenses"', 'Licenses', '<h1>eLicensing – My Licenses</h1>', TABLE],
    ['the heading "Mass eLicensing Portal"', 'Portal', '<h1>Mass eLicensing Portal</h1><h2>Licenses</h2>', TABLE],
    ['"e-Licensing" with a hyphen', 'e-Licensing | Licenses', '<h1>Licenses</h1>', TABLE],
    ['an ARIA grid under "eLicensing"', 'eLicensing', '<h1>eLicensing</h1>', ARIA],
  ])('%s', (_name, title, heading, grid) => {
    const read = readHtml(page(title, heading, grid));
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject({ number: 'E512044', expiresOn: '2027-03-31' });
  });

  it('an NREMT dashboard that mentions eLicensing in a sentence stays the dashboard', () => {
    const html = `<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dashboard</h1>
<dl><dt>Registry Number</dt><dd>E1234567</dd><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>
<p>After NREMT approves, renew your state license on eLicensing (Step B).</p><h2>Agency Affiliation</h2><p>Quabbin Valley EMS</p><p>Active</p></body></html>`;
    expect(readHtml(html).kind).toBe('nremt-dashboard');
  });
});
