// A row of two spans, label then value, where the value is also a word labels may carry
// ("Status" + "Current"): the row is a pair, and it must not swallow the next row as its value.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const licenseCard = (rows: string) => `<html><body><h1>Manage My Licenses and Applications</h1>
<div><h2>Advanced EMT</h2>${rows}</div></body></html>`;
const row = (label: string, value: string) => `<div><span>${label}</span><span>${value}</span></div>`;

describe('label and value as sibling spans', () => {
  it.each([
    ['Status', 'Current', 'current'],
    ['License Status', 'Current', 'current'],
    ['Status', 'Expired', 'expired'],
  ])('%s | %s, then Expiration Date', (label, value, status) => {
    const snap = readHtml(
      licenseCard(row('License Number', 'A654321') + row(label, value) + row('Expiration Date', '03/31/2027')),
      'https://healthprofessionlicensing.mass.gov/s/manage-licenses-applications',
    );
    expect(snap.license).toMatchObject({ number: 'A654321', status, expiresOn: '2027-03-31' });
    expect(snap.unreadReason).toBeUndefined();
  });
});
