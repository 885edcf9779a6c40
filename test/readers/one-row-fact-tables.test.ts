// A certification's header drawn as a one-row table (a grid's header row of the person's facts,
// or a header table's columns over the body table after it): the row's registry number and level
// are the person's, as in a header line ("Advanced EMT · NREMT ID A5129083 · Expiration: …").
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const table = (cells: string[]): string => `<table><tbody><tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr></tbody></table>`;

const education = (header: string): string =>
  '<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><h1>Manage Education</h1>' +
  header +
  '<h2>National</h2><table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody>' +
  '<tr><td>Airway Management Update</td><td>06/14/2026</td><td>2.0</td></tr>' +
  '<tr><td>Pediatric Respiratory Emergencies</td><td>09/03/2026</td><td>1.5</td></tr></tbody></table></body></html>';

describe('the person’s facts in a one-row table', () => {
  it.each([
    ['level, a labelled number and labelled dates, a cell each', table(['Advanced EMT', 'NREMT ID A5129083', 'Expiration: 2028-03-31', 'Last recertified: 2026-03-27']), 'A5129083', { level: 'aemt', expiresOn: '2028-03-31', cycleStart: '2026-03-28' }],
    ['a registry number labelled with its sign', table(['Paramedic', 'Registry # P1187362', 'Expires 03/31/2027']), 'P1187362', { level: 'paramedic', expiresOn: '2027-03-31' }],
    ['the level named in full', table(['National Registry EMT', 'Registry No. E2291046', 'Expiration Date: 03/31/2027']), 'E2291046', { level: 'emt', expiresOn: '2027-03-31' }],
  ])('%s', (_name, header, registryNumber, certification) => {
    const snapshot = readHtml(education(header));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.person?.registryNumber).toBe(registryNumber);
    expect(snapshot.certification).toMatchObject(certification);
  });

  it('a dashboard’s header table over its body table: the body row’s registry number', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Welcome, Thomas J. Okafor</h1><h2>My Certification</h2>' +
      '<table><thead><tr><th>Certification Level</th><th>Registry #</th><th>Status</th><th>Last Recertification</th><th>Expiration Date</th><th></th></tr></thead></table>' +
      table(['Advanced EMT', 'A3059126', 'Active', '3/25/2025', '3/31/2027', 'Print card']) +
      '<h2>Message Center</h2><p>Welcome to your new cycle.</p></body></html>';
    const snapshot = readHtml(html);
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.person?.registryNumber).toBe('A3059126');
    expect(snapshot.certification).toMatchObject({ level: 'aemt', expiresOn: '2027-03-31' });
  });

  it('a layout table’s one cell around the application is no header line (its sentence is no status)', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Recertification Application | NREMT</title></head><body><table><tr><td><h1>Recertification Application</h1>' +
      '<p>Application Status: In Progress</p><p>Your application is not submitted until you click Submit Application.</p></td></tr></table></body></html>';
    expect(readHtml(html).application?.status).toBe('in-progress');
  });

  it('a one-row table of dates that are not the person’s reads no date', () => {
    const snapshot = readHtml(education(table(['Application window opens', '10/01/2026', 'Late fee after', '03/31/2027'])));
    expect(snapshot.certification?.expiresOn ?? null).toBeNull();
  });
});
