// The provider's own pages as a text browser dumps them (w3m -dump, lynx -dump) or OCR reads them,
// saved in one <pre>: a stacked field is its label alone on a line with its value alone on the
// next ("Name" over "Priya K. Ramaswamy"), and a table's row of words only ("Cape Cod Regional EMS
// Paramedic  Pending Approval") set under each column name is a row, not a second header.
// Guards: a label over a line of column names, or over another label, pairs nothing; two tables
// one after the other keep their own headers.
// Wording from domain.md: My Certification, Registry, Expiration Date, Agency Affiliation "Pending Approval".
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const pre = (text: string): string => `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>NREMT</title></head><body><pre>${esc(text)}</pre></body></html>`;

/** Columns as a text browser aligns them: each as wide as its widest cell, two spaces apart. */
function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]! + 2))).join('')).join('\n');
}

const facts = (name: string, labels: [string, string, string]) =>
  [`${labels[0]}`, name, labels[1], 'M3350271', 'Certification Level', 'Paramedic', labels[2], 'Mar 31, 2026'].join('\n');

describe('a page dumped as text', () => {
  it.each([
    ['w3m, stacked labels', facts('Priya K. Ramaswamy', ['Name', 'NREMT ID', 'Expiration Date']), 'Priya K. Ramaswamy'],
    ['lynx, labels with colons', facts('Dana R. Whitcomb', ['Name:', 'Registry #:', 'Expiration Date:']), 'Dana R. Whitcomb'],
  ])('%s: the value under its label', async (_, body, name) => {
    const page = await readHtml(pre(`National Registry of EMTs\n\nMy Certification\n\n${body}\n`));
    expect(page.kind).toBe('nremt-dashboard');
    expect(page.person?.name).toBe(name);
    expect(page.certification?.expiresOn).toBe('2026-03-31');
  });

  it.each([
    ['three columns', [['Agency', 'Role', 'Status'], ['Cape Cod Regional EMS', 'Paramedic', 'Pending Approval']], { name: 'Cape Cod Regional EMS', status: 'pending' }],
    ['four columns', [['Agency', 'State', 'Type', 'Status'], ['Lowell General Hospital EMS', 'MA', 'Hospital', 'Active']], { name: 'Lowell General Hospital EMS', status: 'active' }],
  ])('%s: a row of words only is the agency', async (_, rows, agency) => {
    const text = `National Registry of EMTs\n\nMy Certification\n\nName\nPriya K. Ramaswamy\nRegistry Number\nE3012458\nCertification Level\nEMT\nExpiration Date\n03/31/2027\n\nAgency Affiliation\n\n${columns(rows)}\n\nAdd or Remove Agency Affiliation\n`;
    const page = await readHtml(pre(text));
    expect(page.agency).toEqual(agency);
  });

  it('a label over a line of column names or another label pairs nothing', async () => {
    const text = `National Registry of EMTs\n\nMy Certification\n\nName\nRegistry Number\nE3012458\nCertification Level\nEMT\nExpiration Date\n03/31/2027\n\nAgency\n${columns([['Agency', 'Role', 'Status'], ['Cape Cod Regional EMS', 'Paramedic', 'Pending Approval']])}\n`;
    const page = await readHtml(pre(text));
    expect(page.person?.name).toBeUndefined();
    expect(page.person?.registryNumber).toBe('E3012458');
    expect(page.agency?.name).toBe('Cape Cod Regional EMS');
  });

  it('a second header not set under the first starts its own table', async () => {
    const agency = columns([['Agency', 'Role', 'Status'], ['Cape Cod Regional EMS', 'Paramedic', 'Pending Approval']]);
    const messages = columns([['Received', 'From', 'Subject'], ['Jan 20, 2026', 'NREMT Support', 'Your recertification window is open']]);
    const text = `National Registry of EMTs\n\nMy Certification\n\nName\nPriya K. Ramaswamy\nRegistry Number\nE3012458\nCertification Level\nEMT\nExpiration Date\n03/31/2027\n\nAgency Affiliation\n\n${agency}\n${messages}\n`;
    const page = await readHtml(pre(text));
    expect(page.agency).toEqual({ name: 'Cape Cod Regional EMS', status: 'pending' });
  });
});
