// The eLicensing content script sends what a license or renewal page shows and the background
// judges it: what crosses the message boundary (JSON, then the background's zod check) must
// judge exactly as the page read in place does.
import { describe, expect, it } from 'vitest';
import { finishRead, readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { readLicensePageEvidence } from '../../lib/readers/license-page';
import { PageRequest } from '../../lib/extension/page-service';

const URL = 'https://healthprofessionlicensing.mass.gov/#/dashboard/licenses';

function page(body: string, title = 'Health Professions Licensing'): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
}

function sentAndJudged(doc: Document) {
  const sent = JSON.parse(JSON.stringify(readLicensePageEvidence(doc, URL)));
  return finishRead(PageRequest.parse(sent));
}

describe('an eLicensing page judged in the background', () => {
  it('reads a license table, its applications table and the licensee after the message boundary', () => {
    const doc = page(`<header><span>Welcome, Dana Whitlock</span></header>
      <h1>Manage My Licenses and Applications</h1>
      <table><thead><tr><th>License Type</th><th>License Number</th><th>Status</th><th>Expiration Date</th></tr></thead>
      <tbody><tr><td>EMT</td><td>E512044</td><td>Current</td><td>03/31/2027</td></tr></tbody></table>
      <table><thead><tr><th>Application</th><th>Application Status</th></tr></thead>
      <tbody><tr><td>EMT - Renewal Application</td><td>Submitted - In Review</td></tr></tbody></table>`);
    const judged = sentAndJudged(doc);
    expect(judged).toEqual(readLicensePageUnchecked(doc, URL));
    expect(judged.license).toMatchObject({ number: 'E512044', level: 'emt', status: 'current', expiresOn: '2027-03-31' });
    expect(judged.renewal?.state).toBe('in-review');
    expect(judged.person).toEqual({ name: 'Dana Whitlock', licenseNumber: 'E512044' });
  });

  it("reads a renewal's fee from a <dt>/<dd> and its submit control after the message boundary", () => {
    const doc = page(
      `<h1>EMT - Renewal Application</h1><p>License E512044</p>
      <dl><dt>Renewal fee</dt><dd>$150.00 — payment received</dd></dl>
      <button>Submit Application</button>`,
      'EMT - Renewal Application | Health Professions Licensing',
    );
    const judged = sentAndJudged(doc);
    expect(judged).toEqual(readLicensePageUnchecked(doc, URL));
    expect(judged.kind).toBe('elicensing-renewal');
    expect(judged.renewal).toEqual({ state: 'paid-not-submitted', paid: true, submitControl: true });
  });
});
