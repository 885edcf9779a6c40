// A certification's expiration is a date. A date with its time of day is a moment: a paste's or a
// share link's own end ("Expires: 2026-12-31 07:42 UTC" in a pastebin's header), never the
// certification's. A date field stored with midnight ("Mar 31, 2026 12:00 am", an ISO stamp at
// T00:00:00) is still the date.
import { describe, expect, it } from 'vitest';
import { readDashboard } from '../../lib/readers/dashboard';
import type { PageLine } from '../../lib/readers/page-lines';
import { readHtml } from './load';

const pair = (label: string, value: string): PageLine => ({ kind: 'pair', label, value });

describe('an expiration beside its label', () => {
  it.each([
    ['Expires', '2026-12-31 07:42 UTC', null],
    ['Expiration', '12/31/2026, 7:42 AM', null],
    ['Expiration', 'Mar 31, 2026 12:00 am', '2026-03-31'],
    ['Expiration Date', '2026-03-31T00:00:00.0000000Z', '2026-03-31'],
    ['Expiration Date', '03/31/2027', '2027-03-31'],
  ])('%s: %s', (label, value, expected) => {
    expect(readDashboard([pair(label, value)], null).certification.expiresOn ?? null).toBe(expected);
  });
});

describe('a paste of the user\'s certification, under the paste\'s own expiry', () => {
  it('reads the certification\'s date, not the paste\'s', () => {
    const html = `<!DOCTYPE html><html><head><title>recert notes - paste</title></head><body>
      <div class="stats">Created: 2026-12-01 07:42 UTC | Expires: 2026-12-31 07:42 UTC | Views: 4</div>
      <pre>My NREMT certification (copied from the dashboard)
Name: Marcus Oyelaran
Registry Number: A2298163
Certification: Advanced EMT
Expiration Date: 03/31/2027
Recertification Cycle: 04/01/2025 - 03/31/2027</pre></body></html>`;
    expect(readHtml(html).certification?.expiresOn).toBe('2027-03-31');
  });
});
