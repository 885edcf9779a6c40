// eLicensing's renewal application (Step B) kept by the user in a plain document (a typeset note,
// a wiki page, a word processor's export): headings, tables and lists, no control of the site's.
// Three classes:
//  1. The document shows the application's state (a labelled status in a label/value table, a
//     definition list or lines) under a heading naming the renewal application: the renewal page,
//     though a license table with its header sits above it. A license document whose applications
//     sit in a table of columns, or whose status is the license's own, stays the license.
//  2. The fee paid as a receipt shows it: an amount beside "paid" ("Total paid … $150.00",
//     "$150.00 — Paid"); nothing paid ("Total paid $0.00"), an amount due, or advice ("After
//     paying, … unpaid-looking") says nothing of it.
//  3. The document's byline, the line under its first heading, names its person ("Name — notes,
//     last compiled …"); a labelled name on the page still wins, a different one makes it unknown.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

// The document says where its content came from, as the user's notes do (its last line).
const SOURCE = '<p>Copied from healthprofessionlicensing.mass.gov → Manage My Licenses and Applications.</p>';

function read(body: string, title = 'Step B notes'): PageSnapshot {
  const html = `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}${SOURCE}</body></html>`;
  const full = readHtml(html);
  // The eLicensing content script's path reads it the same.
  const page = new DOMParser().parseFromString(html, 'text/html');
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, null))).toEqual(full);
  return full;
}

const LICENSE_TABLE =
  '<table><thead><tr><th>License Type</th><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr></thead>' +
  '<tbody><tr><td>EMT</td><td>E508812</td><td>Current</td><td>March 31, 2027</td></tr></tbody></table>';
const LICENSE_DL = '<dl><dt>License Number</dt><dd>E508812</dd><dt>License Status</dt><dd>Current</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>';
const rows = (pairs: Array<[string, string]>): string => `<table><tbody>${pairs.map(([l, v]) => `<tr><td><strong>${l}</strong></td><td>${v}</td></tr>`).join('')}</tbody></table>`;
const dl = (pairs: Array<[string, string]>): string => `<dl>${pairs.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
const lines = (pairs: Array<[string, string]>): string => pairs.map(([l, v]) => `<p>${l}: ${v}</p>`).join('');

describe('a document showing the renewal application’s state is the renewal page', () => {
  it.each([
    ['a label/value table under "Renewal application", a license table above', `<h1>Step B</h1><h2>License</h2>${LICENSE_TABLE}<h2>Renewal application</h2>${rows([['Application #', 'EMS-RNW-1'], ['Submitted', '11/20/2026'], ['Status', 'In Review']])}`, 'in-review'],
    ['a definition list under the application’s name', `<h1>My license</h1>${LICENSE_DL}<h3>EMT – Renewal Application</h3>${dl([['Started', '11/19/2026'], ['Application Status', 'Submitted']])}`, 'submitted'],
    ['lines under a heading naming it', `<h1>Renewal notes</h1>${LICENSE_TABLE}<h2>Renewal Application</h2>${lines([['Application Status', 'In Progress']])}`, 'started'],
  ])('%s', (_, body, state) => {
    const snapshot = read(body);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.renewal?.state).toBe(state);
    expect(snapshot.license).toMatchObject({ number: 'E508812', status: 'current', expiresOn: '2027-03-31' });
  });

  it.each([
    [
      'its applications in a table of columns',
      `<h1>My license</h1>${LICENSE_TABLE}<h2>Renewal applications</h2><table><thead><tr><th>Application</th><th>Status</th><th>Date</th></tr></thead><tbody><tr><td>EMT - Renewal Application</td><td>In Review</td><td>11/20/2026</td></tr></tbody></table>`,
    ],
    ['a label/value table of the license’s own status', `<h1>My license</h1>${LICENSE_TABLE}<h2>License</h2>${rows([['License Number', 'E508812'], ['Status', 'Current'], ['Expiration Date', '03/31/2027']])}<p>The renewal application opens October 1.</p>`],
    ['a state with no heading naming the application', `<h1>My license</h1>${LICENSE_TABLE}<h2>Notes</h2>${rows([['Status', 'In Review']])}`],
  ])('%s: the license page', (_, body) => {
    expect(read(body).kind).toBe('elicensing-license');
  });
});

const renewal = (receipt: string): string =>
  `<h1>Step B</h1>${LICENSE_TABLE}<h2>Renewal application</h2>${rows([['Status', 'In Review']])}<h2>Payment</h2>${receipt}`;

describe('the fee paid, as a receipt shows it', () => {
  it.each([
    ['a receipt table’s total row', '<table><tr><td>Fee</td><td>EMT renewal</td><td>$150.00</td></tr><tr><td><b>Total paid</b></td><td>Visa ending 4417</td><td><b>$150.00</b></td></tr></table>'],
    ['an amount, then "Paid"', '<p>$150.00 — Paid 11/20/2026</p>'],
    ['"Paid" with the amount in a list', '<ul><li>Renewal fee: Paid $1,150.00 by card</li></ul>'],
    ['a fee paid on a day', '<p>Fee paid on 11/20/2026.</p>'],
    ['a payment received', '<p>Payment received. Confirmation PAY-7F3K2Q9</p>'],
    ['a paid receipt before advice with "unpaid" in it', '<p>Total paid $150.00</p><p>After paying, the page goes back to the step list, or it sits there unpaid-looking.</p>'],
  ])('%s: paid', (_, receipt) => {
    expect(read(renewal(receipt)).renewal).toMatchObject({ state: 'in-review', paid: true });
  });

  it.each([
    ['nothing paid', '<table><tr><td>Total paid</td><td>$0.00</td></tr></table>', null],
    ['an amount due', '<p>Renewal fee $150.00 — not paid, amount due $150.00</p>', false],
    ['a part paid', '<p>Paid $50.00 of $150.00, balance due $100.00</p>', false],
    ['advice about paying', '<p>Once the fee of $150.00 is paid, submit the application.</p>', null],
  ])('%s: not read as paid', (_, receipt, paid) => {
    expect(read(renewal(receipt)).renewal?.paid).toBe(paid);
  });
});

describe('the document’s byline names its person', () => {
  const body = (byline: string, more = ''): string => `<h1>Step B — EMT license renewal</h1><p>${byline}</p>${more}${LICENSE_TABLE}<h2>Renewal application</h2>${rows([['Status', 'Submitted']])}`;
  it.each([
    ['a name, then what the document is', 'Dana K. Whitcombe-Ruiz — notes, last compiled 2026-11-30'],
    ['a name, then a date', 'Dana K. Whitcombe-Ruiz – 2026-11-30'],
    ['a name alone', 'Dana K. Whitcombe-Ruiz'],
  ])('%s', (_, byline) => {
    expect(read(body(byline)).person).toEqual({ name: 'Dana K. Whitcombe-Ruiz', licenseNumber: 'E508812' });
  });

  it.each([
    ['no name under the heading', body('Notes — last compiled 2026-11-30'), undefined],
    ['a labelled name wins', body('Dana K. Whitcombe-Ruiz — notes', '<p>Licensee: Dana Whitcombe</p>'), 'Dana Whitcombe'],
    ['a name under a later heading only', `<h1>Step B</h1><p>Notes — 2026</p><h2>Partner</h2><p>Jordan P. Okafor — renewed last week</p>${LICENSE_TABLE}`, undefined],
  ])('%s', (_, html, name) => {
    expect(read(html).person?.name).toBe(name);
  });
});
