// A read-only field whose label comes after it in its box (a floating label: Beer CSS, Material
// outlined fields): <div><input readonly value="03/31/2027"><label>Expiration Date</label></div>.
// The label names the field before it, as it would the one after it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const field = (label: string, value: string): string => `<div class="field"><input type="text" readonly value="${value}"><label>${label}</label></div>`;

const page = (title: string, fields: string): string =>
  `<!DOCTYPE html><html><head><title>${title} | NREMT</title></head><body><h1>${title}</h1>` +
  `<article><h2>Dana M. Okafor</h2><p>Registry A1234567</p><div class="grid">${fields}</div></article>` +
  '<section><h2>Message Center</h2><p>Welcome to your new cycle.</p></section></body></html>';

describe('a read-only field with its label after it', () => {
  it.each([
    ['expiration and last recertification on the dashboard', 'Dashboard', field('Certification Level', 'Advanced EMT') + field('Expiration Date', '03/31/2027') + field('Last Recertification Date', '03/31/2025'), { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' }],
    ['a cycle start and an expiration, each in its own column box', 'Dashboard', `<div>${field('Level', 'Paramedic')}</div><div>${field('Cycle Start Date', '04/01/2026')}</div><div>${field('Expires', 'March 31, 2028')}</div>`, { level: 'paramedic', expiresOn: '2028-03-31', cycleStart: '2026-04-01' }],
  ])('%s', (_name, title, fields, certification) => {
    const snapshot = readHtml(page(title, fields));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.certification).toMatchObject(certification);
  });

  it('the agency and its status in a field on the dashboard', () => {
    const snapshot = readHtml(page('Dashboard', field('Certification Level', 'EMT') + field('Expiration Date', '03/31/2028') + field('Agency', 'Cape Cod Regional EMS (Affiliated)')));
    expect(snapshot.agency).toEqual({ name: 'Cape Cod Regional EMS', status: 'active' });
  });

  it('on the application page, beside its status', () => {
    const fields = field('Expiration Date', '03/31/2027') + field('Last Recertification Date', '03/31/2025');
    const html = page('Recertification Application', fields).replace('<section>', '<section><h2>Submit</h2><p>Application Status: In Progress</p><button disabled>Submit Application</button></section><section>');
    const snapshot = readHtml(html);
    expect(snapshot.kind).toBe('nremt-application');
    expect(snapshot.certification).toMatchObject({ expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
  });

  it('an empty field before its label reads nothing', () => {
    const snapshot = readHtml(page('Dashboard', field('Certification Level', 'EMT') + field('Expiration Date', '')));
    expect(snapshot.certification?.expiresOn ?? null).toBeNull();
  });
});
