// eLicensing's renewal application shows the license being renewed with its status ("Current",
// "Active", "Expired", "Current – Renewal in Progress"): as a chip, a "License Status:" line in a
// summary panel, or a table row. The class: the license's status is read from the status words the
// site uses (Current, Expired, Probation, Suspended, Revoked, Surrendered, Non-Disciplinary
// Condition, Void; "Active" is current), never from the application's own bare "Status" (In
// Progress, Submitted); words that name no license status leave it unread.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/application/renewal/RNW-2026-0048815';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Paramedic - Renewal Application | Health Professions Licensing</title></head><body><h1>Paramedic - Renewal Application</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const line = (label: string, value: string) => `<div><span>${label}</span> <span>${value}</span></div>`;
const table = (head: string[], cells: string[]) =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody><tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></tbody></table>`;
const APPLICATION = `<section><h2>Application</h2>${line('Status:', 'In Progress')}${line('Application Number:', 'RNW-2026-0048815')}</section>`;

describe('the license being renewed: its status', () => {
  it.each([
    [
      'a "License Status:" line in a summary panel',
      `${APPLICATION}<aside><h2>License Summary</h2>${line('License Number:', 'P2290417')}${line('License Status:', 'Current')}${line('Expiration Date:', '03/31/2026')}</aside>`,
      'current',
    ],
    [
      '"Current – Renewal in Progress"',
      `<aside><h2>License being renewed</h2><dl><dt>License #</dt><dd>P2290417</dd><dt>License Status</dt><dd>Current – Renewal in Progress</dd><dt>Expires</dt><dd>03/31/2026</dd></dl></aside>`,
      'current',
    ],
    [
      'a chip beside the number after the application\'s bare "Status"',
      `${APPLICATION}<section><h2>License being renewed</h2><div><h3>Paramedic</h3><span>Current</span></div>${line('License Number:', 'P2290417')}${line('Expiration Date:', '03/31/2026')}</section>`,
      'current',
    ],
    [
      'an "Active" chip after the fields, the application\'s "Status: Submitted" first',
      `<p><b>Status:</b> Submitted</p><div><h3>License</h3>${line('License Number:', 'P2290417')}${line('Expiration Date:', '03/31/2026')}<span>Active</span></div>`,
      'current',
    ],
    [
      'a "Current – Renewal in Progress" chip under the card\'s heading',
      `${APPLICATION}<section><div><h3>Paramedic</h3><span>Current – Renewal in Progress</span></div>${line('License Number:', 'P2290417')}${line('Expiration Date:', '03/31/2026')}</section>`,
      'current',
    ],
    [
      'a chip of a status and its renewal, "Expired (Renewal Pending)"',
      `${APPLICATION}<section><div><h3>Paramedic</h3><span>Expired (Renewal Pending)</span></div>${line('License Number:', 'P2290417')}${line('Expiration Date:', '03/31/2026')}</section>`,
      'expired',
    ],
    ['a table row under "Status"', `${APPLICATION}${table(['License Type', 'License Number', 'Status', 'Expiration Date'], ['Paramedic', 'P2290417', 'Active', '03/31/2026'])}`, 'current'],
    [
      'a table row under "License Status", "Current – Renewal in Progress"',
      table(['License', 'License Number', 'License Status', 'Expiration'], ['Paramedic', 'P2290417', 'Current – Renewal in Progress', '03/31/2026']),
      'current',
    ],
    ['"License Status: Expired" in one line', `${APPLICATION}<p>License Number: P2290417</p><p>License Status: Expired</p><p>Expiration Date: 03/31/2026</p>`, 'expired'],
    [
      'the application\'s "Status" after the license\'s own',
      `<div>${line('License Number:', 'P2290417')}${line('License Status:', 'Current')}</div>${line('Status:', 'Submitted - In Review')}`,
      'current',
    ],
  ])('%s', (_, body, status) => {
    const snapshot = read(body);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.license?.number).toBe('P2290417');
    expect(snapshot.license?.status).toBe(status);
  });

  it.each([
    ['only the application\'s bare "Status"', `${APPLICATION}${line('License Number:', 'P2290417')}${line('Expiration Date:', '03/31/2026')}`],
    ['the application\'s "Status: Submitted"', `${line('Status:', 'Submitted')}${line('License Number:', 'P2290417')}`],
    ['words that name no license status', `${line('License Number:', 'P2290417')}${line('License Status:', 'Renewal Pending Review')}`],
    ['a table whose status column holds the application\'s state', table(['License Number', 'Status', 'Expiration Date'], ['P2290417', 'In Progress', '03/31/2026'])],
  ])('%s: unread, not "other"', (_, body) => {
    const snapshot = read(body);
    expect(snapshot.license?.number).toBe('P2290417');
    expect(snapshot.license?.status ?? null).toBeNull();
  });
});
