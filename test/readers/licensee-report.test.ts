// The licensee named on report-like eLicensing pages: a "Licensee Summary" report whose label
// cells ("Licensee Name", "Name") hold the name in the next cell or in the next row, a "Welcome,
// First Last" line, an "Account Holder: …" line. The class: the person's name is read from beside
// or under its label or cue; a label, a heading, a board's name or an address is never a name.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/reports/licensee-summary';
const LICENSES =
  '<table><thead><tr><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr></thead>' +
  '<tbody><tr><td>A418822</td><td>Current</td><td>3/31/2028</td></tr></tbody></table>';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Manage My Licenses and Applications | Health Professions Licensing</title></head><body>${body}<h2>Licenses</h2>${LICENSES}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}
const rows = (...cells: string[][]) => `<table>${cells.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;
const SUMMARY = '<h1>Licensee Summary</h1>';
const BOARD = '<p>Board of Registration in Emergency Medical Services</p>';

describe('the licensee on a report-like page', () => {
  it.each([
    ['a label cell, the name in the next cell', SUMMARY + rows(['Licensee Name', 'Chidi E. Okonkwo'], ['Mailing Address', '12 Elm Street, Brockton, MA 02301'])],
    ['"Name:" in bold, the name in the next cell', SUMMARY + rows(['<b>Name:</b>', 'Chidi E. Okonkwo'], ['<b>Board:</b>', 'Emergency Medical Services'])],
    ['word-processor cells of paragraphs', SUMMARY + rows(['<p><b><font size="2">Licensee Name</font></b></p>', '<p><font size="2">Chidi E. Okonkwo</font></p>'], ['<p><b>City</b></p>', '<p>Brockton</p>'])],
    ['the label cell alone on its row, the name in the next row', SUMMARY + rows(['<b>Licensee Name</b>'], ['Chidi E. Okonkwo'], ['<b>Mailing Address</b>'], ['12 Elm Street, Brockton, MA 02301'])],
    ['labels across a row, values in the row below', SUMMARY + rows(['<b>Name</b>', '<b>License Number</b>', '<b>City</b>'], ['Chidi E. Okonkwo', 'A418822', 'Brockton'])],
    ['a "Welcome, First Last" line', `${BOARD}<p>Welcome, Chidi Okonkwo</p>${SUMMARY}`],
    ['an "Account Holder:" line', `${SUMMARY}<p>Account Holder: Chidi E. Okonkwo</p>`],
    ['row headers: <th>Licensee Name</th><td>…</td>', SUMMARY + '<table><tr><th scope="row">Licensee Name</th><td>Chidi E. Okonkwo</td></tr><tr><th scope="row">License Type</th><td>Advanced EMT</td></tr></table>'],
    [
      'a report whose <thead> is its title',
      '<table><thead><tr><th colspan="2">Licensee Summary</th></tr></thead><tbody><tr><td>Licensee Name</td><td>Chidi E. Okonkwo</td></tr><tr><td>Board</td><td>Emergency Medical Services</td></tr></tbody></table>',
    ],
    ['a report title cell above the label rows', rows(['<b>Licensee Summary</b>', ''], ['Licensee Name', 'Chidi E. Okonkwo'], ['Board', 'Emergency Medical Services'])],
    ['a greeting in a layout cell', rows(['Health Professions Licensing', 'Welcome, Chidi Okonkwo']) + SUMMARY],
    ['a greeting with "!"', `${SUMMARY}<div>Welcome, Chidi Okonkwo!</div>`],
    ['"Account Holder" as a label cell', SUMMARY + rows(['Account Holder', 'Chidi E. Okonkwo'], ['Account Email', 'c.okonkwo@example.org'])],
    ['the application\'s title: "… Renewal Application for" the name', `${SUMMARY}<h2>Paramedic - Renewal Application for <span>Chidi E. Okonkwo</span></h2>`],
    [
      'a top bar: the brand, the name, the site\'s menu and the sign-out, side by side',
      `<header><strong>Health Professions Licensing</strong><span>Chidi E. Okonkwo</span><a href="#">Manage My Licenses and Applications</a><a href="#">Log Out</a></header>${SUMMARY}`,
    ],
  ])('%s', (_, body) => {
    expect(read(body).person?.name).toMatch(/^Chidi (E\. )?Okonkwo$/);
  });

  it.each([
    ['an empty name cell, an address label below', SUMMARY + rows(['Licensee Name', ''], ['Mailing Address', '12 Elm Street, Brockton, MA 02301'])],
    ['a label cell whose next row is another label', SUMMARY + rows(['<b>Licensee Name</b>'], ['<b>Mailing Address</b>'], ['12 Elm Street'])],
    ['the board under "Name"', SUMMARY + rows(['Board Name', 'Board of Registration in Emergency Medical Services'])],
    ['a heading and the board line only', `${BOARD}${SUMMARY}<h2>Licensee Information</h2>`],
    ['a welcome to the site in a layout cell', rows(['Welcome to Health Professions Licensing', 'Massachusetts Department of Public Health']) + SUMMARY],
    ['an address after "Account Holder"', SUMMARY + rows(['Account Holder', '12 Elm Street, Brockton, MA 02301'])],
    ['an address under the name label', SUMMARY + rows(['<b>Licensee Name</b>'], ['12 Elm Street'])],
    ['an application for a license type, no name', `${SUMMARY}<h2>Renewal Application for Paramedic</h2>`],
    ['a top bar with a board beside the sign-out', `<header><strong>Health Professions Licensing</strong><span>Emergency Medical Services</span><a href="#">Log Out</a></header>${SUMMARY}`],
  ])('%s names nobody', (_, body) => {
    expect(read(body).person?.name).toBeUndefined();
  });
});
