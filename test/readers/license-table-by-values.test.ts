// License tables whose header row the readers do not find by its words (a word processor's or
// LibreOffice's export: header cells of <p><b><font> inside <td>, a title row above the header,
// other wordings: "Credential | Lic. No. | Standing | Valid Through"), or that show no header.
// The class: a table is a license table by its values (a cell that is a license number, E/A/P and
// digits; a status word; dates); header words, where they name the expiration, are evidence;
// without them a row's latest date (later than its others) is the expiration, one bare date is
// nobody's. A table of other numbers (applications, fees) is no license table.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/my-licenses';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>Manage My Licenses and Applications</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}
// A word processor's cell: a paragraph, its font, bold in the header.
const cell = (text: string, bold = false) => `<td valign="top"><p align="left"><font face="Liberation Sans, sans-serif"><font size="2">${bold ? `<b>${text}</b>` : text}</font></font></p></td>`;
const row = (texts: string[], bold = false) => `<tr>${texts.map((t) => cell(t, bold)).join('')}</tr>`;
const table = (...rows: string[]) => `<table width="643" cellpadding="7" cellspacing="0">${rows.join('')}</table>`;
const TITLE_ROW = `<tr><td colspan="4"><p><b>Licenses</b></p></td></tr>`;

describe('a license table told by its values', () => {
  it.each([
    [
      'a title row above a word processor\'s header row',
      table(TITLE_ROW, row(['License Type', 'License #', 'Status', 'Expiration'], true), row(['Paramedic', 'P2290417', 'Current', '03/31/2028'])),
      { status: 'current', expiresOn: '2028-03-31' },
    ],
    [
      'an empty first row, then the header',
      table(row(['', '', '', '']), row(['License Type', 'License #', 'Status', 'Expiration'], true), row(['Paramedic', 'P2290417', 'Expired', '03/31/2026'])),
      { status: 'expired', expiresOn: '2026-03-31' },
    ],
    [
      'other header words, the expiration named "Valid Through"',
      table(row(['Credential', 'Lic. No.', 'Standing', 'Issued', 'Valid Through'], true), row(['Paramedic', 'P2290417', 'Current', '06/14/2015', '03/31/2028'])),
      { status: 'current', expiresOn: '2028-03-31' },
    ],
    [
      '"Profession | Credential ID | Current Standing | Good Through"',
      table(row(['Profession', 'Credential ID', 'Current Standing', 'Good Through'], true), row(['Emergency Medical Services', 'P-2290417', 'Active', 'Mar 31, 2028'])),
      // The number as shown, its hyphen kept.
      { number: 'P-2290417', status: 'current', expiresOn: '2028-03-31' },
    ],
    [
      'no header: the latest of the row\'s dates',
      table(row(['Paramedic', 'P2290417', 'Current', '06/14/2015', '04/01/2024', '03/31/2028'])),
      { status: 'current', expiresOn: '2028-03-31' },
    ],
    [
      'an EMS row chosen over another profession\'s',
      table(row(['Type', 'ID', 'Standing', 'Good Through'], true), row(['Registered Nurse', 'RN2290417', 'Current', '10/31/2027']), row(['Paramedic', 'P2290417', 'Expired', '03/31/2026'])),
      { status: 'expired', expiresOn: '2026-03-31' },
    ],
  ])('%s', (_, body, fields) => {
    const snapshot = read(body);
    expect(snapshot.kind).toBe('elicensing-license');
    expect(snapshot.license).toMatchObject({ number: 'P2290417', level: 'paramedic', ...fields });
  });

  it('one bare date under a header that does not name it: the status, no expiration', () => {
    const license = read(table(row(['Credential', 'ID', 'Standing', 'Since'], true), row(['Paramedic', 'P2290417', 'Current', '06/14/2015']))).license;
    expect(license).toMatchObject({ number: 'P2290417', status: 'current', expiresOn: null });
  });

  it.each([
    ['an applications table', table(row(['Application', 'Submitted', 'State'], true), row(['APP-2024-004417', '02/09/2026', 'In Review']))],
    ['a fees table', table(row(['Renewal Fee', '$125.00', 'Paid 02/09/2026']))],
    ['a number among sentences', table(row(['Your license P2290417 was renewed on 04/01/2024 and is current through 03/31/2026.']))],
  ])('%s: no license', (_, body) => {
    expect(read(body).license?.number ?? null).toBeNull();
  });
});
