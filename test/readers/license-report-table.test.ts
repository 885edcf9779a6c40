// Class: a printable license report drawn as one table, its license header row not the first
// (a title row, the licensee's label rows, spacer rows above it; a history section below).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (rows: string): string =>
  `<html><head><title>Health Professions Licensing</title></head><body><table>${rows}</table></body></html>`;
const row = (...cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const spacer = '<tr><td colspan="5"></td></tr>';
const title = '<tr><td colspan="5">Department of Public Health – License Summary</td></tr>';

const cases: Array<[string, string, { number: string; status: string; expiresOn: string }]> = [
  [
    'title, licensee rows, header, one license, history',
    title + row('<b>Licensee</b>', 'Dana R. Whitcomb') + spacer + row('License Type', 'License #', 'License Status', 'Issue Date', 'Expiration Date') + row('Emergency Medical Technician', 'E551203', 'Current', '02/01/2020', '03/31/2027') + spacer + row('Application', 'Submitted', 'Status', 'New Expiration', '') + row('EMT - Renewal Application', '03/02/2025', 'Approved', '03/31/2027', ''),
    { number: 'E551203', status: 'current', expiresOn: '2027-03-31' },
  ],
  [
    'header after a spacer, columns in another order',
    title + spacer + row('License Number', 'Expiration Date', 'License Status', 'Last Issue/Renewal Date') + row('P778812', '03/31/2028', 'Expired', '04/10/2026'),
    { number: 'P778812', status: 'expired', expiresOn: '2028-03-31' },
  ],
  [
    'two title rows, then the header',
    title + '<tr><td colspan="4">Office of Emergency Medical Services</td></tr>' + row('License #', 'License Type', 'License Status', 'Expiration Date') + row('A120045', 'Advanced EMT', 'Probation', '03/31/2026') + spacer + row('<b>Discipline / Conditions</b>', 'None'),
    { number: 'A120045', status: 'probation', expiresOn: '2026-03-31' },
  ],
];

describe('license report table with its header below the first row', () => {
  it.each(cases)('%s', (_name, rows, license) => {
    const read = readHtml(page(rows)) as { kind: string; license?: Record<string, unknown> };
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject(license);
  });
});
