// Page kinds the background settles from what the content script sends (judge-page.ts): a page
// told only by what it holds may be a sign-in page, a help article or a guide's samples, and a
// saved page told a dashboard by three labelled facts needs each value to be of its type.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const facts = (registry: string, expires: string, level: string): string =>
  `<p>National Registry of Emergency Medical Technicians</p><dl><dt>Registry Number</dt><dd>${registry}</dd>` +
  `<dt>Expiration Date</dt><dd>${expires}</dd><dt>Certification Level</dt><dd>${level}</dd></dl>`;

describe('a saved page told only by three labelled certification facts', () => {
  it('is a dashboard when each value is of its type', () => {
    const snapshot = readHtml(page(facts('E1234567', '03/31/2027', 'EMT'), 'Saved page'));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.certification).toMatchObject({ expiresOn: '2027-03-31', level: 'emt' });
  });

  it('is unknown when the values are not (a form or a guide)', () => {
    expect(readHtml(page(facts('see your card', 'shown after login', 'your level'), 'Saved page'))).toEqual({ url: null, kind: 'unknown' });
  });
});

describe('a page whose kind only what it holds tells', () => {
  const application = '<p>Recertification Application Status: Submitted</p><button type="submit">Submit Application</button>';
  it('is the application page on its own', () => {
    expect(readHtml(page(application, 'Account')).kind).toBe('nremt-application');
  });
  it.each([
    ['a sign-in page', page(`<h1>Sign in to your NREMT account</h1>${application}`, 'NREMT')],
    ['a help article', page(`<h1>Frequently Asked Questions</h1>${application}`, 'NREMT')],
    ['a help site by its title', page(application, 'Submitting - NREMT Help')],
    ['a guide with sample values', page(`<p>Sample screen</p><p>The example below is fictional.</p>${application}`, 'Guide')],
    ["a slide's example saying its data is not real", page(`<p>Example only: Jordan Example</p><p>Not real data. Use your own dashboard.</p>${application}`, 'Training night')],
  ])('is unknown when it is %s', (_, html) => {
    expect(readHtml(html)).toEqual({ url: null, kind: 'unknown' });
  });
});
