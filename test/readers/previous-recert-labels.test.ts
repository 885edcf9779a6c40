// The date the cycle starts after, under the wordings that name the last recertification as the
// most recent or the previous one (domain.md: a course counts "after the last recertification date
// shown on the NREMT dashboard"): "Most Recent Recertification", "Last Recertification Date",
// "Previous Recertification", "Prior Recertification Date". The cycle starts the day after, whether
// the label stands beside its value or the date is told in a sentence.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (facts: string): string =>
  `<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dashboard</h1>${facts}` +
  `<h2>Agency Affiliation</h2><p>Agency: Quabbin Valley EMS</p><p>Active</p><h2>Message Center</h2><p>No new messages.</p></body></html>`;

const LABELS = ['Most Recent Recertification', 'Most Recent Recertification Date', 'Last Recertification Date', 'Previous Recertification', 'Previous Recertification Date', 'Prior Recertification'];
const CERT = { level: 'emt', expiresOn: '2028-03-31', cycleStart: '2026-03-29' };

describe('the most recent / previous recertification names the date the cycle starts after', () => {
  it.each(LABELS)('"%s" in a definition list', (label) => {
    const facts = `<dl><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2028</dd><dt>${label}</dt><dd>03/28/2026</dd></dl>`;
    expect(readHtml(dashboard(facts)).certification).toEqual(CERT);
  });

  it.each(LABELS)('"%s:" beside its value on a line', (label) => {
    const facts = `<p>Certification Level: EMT</p><p>Expiration Date: March 31, 2028</p><p>${label}: March 28, 2026</p>`;
    expect(readHtml(dashboard(facts)).certification).toEqual(CERT);
  });

  it.each([
    'Your most recent recertification was on March 28, 2026.',
    'Your previous recertification was March 28, 2026, so courses after it count.',
    'My last recertification date was 03/28/2026.',
    'Your prior recertification: 03/28/2026.',
  ])('told in a sentence: %s', (sentence) => {
    const facts = `<p>Certification Level: EMT</p><p>Expiration Date: March 31, 2028</p><p>${sentence}</p>`;
    expect(readHtml(dashboard(facts)).certification).toEqual(CERT);
  });

  it('"Previous" alone, or a previous expiration, is no recertification', () => {
    for (const facts of [
      `<dl><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2028</dd><dt>Previous Expiration Date</dt><dd>03/31/2026</dd></dl>`,
      `<dl><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2028</dd><dt>Most Recent Login</dt><dd>03/28/2026</dd></dl>`,
    ]) expect(readHtml(dashboard(facts)).certification?.cycleStart ?? null).toBeNull();
  });
});
