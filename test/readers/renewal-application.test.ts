// eLicensing's renewal application (Step B): its state from the site's own words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { renewalStateFromText } from '../../lib/readers/renewal-application';

const URL_RENEWAL = 'https://healthprofessionlicensing.mass.gov/s/renewal-application';
const doc = (body: string, title = 'Health Professions Licensing') =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');

describe('renewal status words', () => {
  it.each([
    ['Submitted – In Review', 'in-review'],
    ['Under Review', 'in-review'],
    ['Submitted', 'submitted'],
    ['Paid - Not Submitted', 'paid-not-submitted'],
    ['Pending Submission', 'paid-not-submitted'],
    ['In Progress', 'started'],
    ['Incomplete', 'started'],
    ['Pending Payment', 'started'],
    // A status is its first sentence; what follows explains it, and a denied state is no state.
    ['Incomplete. Your fee has been received, but your application has not been submitted. Your license will not be renewed until you click Submit.', 'started'],
    ['Paid. Not submitted', 'paid-not-submitted'],
    ['Your license will not be renewed until you click Submit', null],
    ['Renewed', 'approved'],
    ['Not Started', 'not-started'],
    // Not submitted is not submitted: the application exists, unfinished.
    ['Not Submitted', 'started'],
    ['Paid, not yet submitted', 'paid-not-submitted'],
    ['Approved', 'approved'],
    ['Issued', 'approved'],
    ['Banana', null],
  ])('%s -> %s', (text, state) => {
    expect(renewalStateFromText(text)).toBe(state);
  });
});

describe('renewal application pages', () => {
  it('paid, not submitted: the replica page (payment receipt and the Submit control still there)', () => {
    const html = readFileSync(resolve(process.cwd(), 'test/e2e/site/elicensing-renewal-paid.html'), 'utf8');
    const page = new DOMParser().parseFromString(html, 'text/html');
    const snapshot = readPage(page, `${URL_RENEWAL}?step=review-submit`);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.renewal).toEqual({ state: 'paid-not-submitted', paid: true, submitControl: true });
    // The eLicensing content script's reader agrees.
    expect(readLicensePageUnchecked(page, `${URL_RENEWAL}?step=review-submit`).renewal?.state).toBe('paid-not-submitted');
  });

  it('started: "I Agree" and e-signature, nothing paid yet', () => {
    const page = doc('<h1>EMT - Renewal Application</h1><p>Read the attestation.</p><button>I Agree</button>');
    expect(readPage(page, URL_RENEWAL).renewal?.state).toBe('started');
  });

  it('submitted: the confirmation', () => {
    const page = doc('<h1>EMT - Renewal Application</h1><p>Your application has been submitted. Thank you.</p>');
    expect(readPage(page, URL_RENEWAL).renewal?.state).toBe('submitted');
  });

  it.each([
    ['the submit control still there', '<button>Submit Application</button>'],
    ['"Not yet submitted" beside the submit step', '<h3>Submit</h3><p>Not yet submitted</p>'],
  ])('a step\'s "✓ Complete" is not the application\'s status: paid, not submitted (%s)', (_, rest) => {
    const page = doc(
      '<h1>Paramedic - Renewal Application</h1><h3>Photo</h3><span>✓ Complete</span><h3>Attestation (I Agree)</h3><span>✓ Complete</span>' +
        `<h3>Payment</h3><span>✓ Fee paid: $125.00</span>${rest}`,
    );
    expect(readPage(page, URL_RENEWAL).renewal?.state).toBe('paid-not-submitted');
  });

  it.each([
    ['a link drawn as a button inside a wrapper', '<div><span class="wrap"><a role="button" href="#submit">Submit Application</a></span></div>'],
    ['a button inside inline wrappers', '<p><span><span><button type="button">Submit Application</button></span></span></p>'],
  ])('the submit control is seen wherever inline wrappers put it (%s)', (_, control) => {
    const page = doc(`<h1>EMT - Renewal Application</h1><h2>Payment</h2><p>Fee paid: $125.00</p><h2>Submit</h2>${control}`);
    expect(readPage(page, URL_RENEWAL).renewal).toMatchObject({ state: 'paid-not-submitted', submitControl: true });
  });

  it('a labelled status wins over the page around it', () => {
    const page = doc('<h1>Paramedic - Renewal Application</h1><dl><dt>Renewal Status</dt><dd>Under Review</dd></dl><p>Receipt #1</p>');
    expect(readPage(page, URL_RENEWAL).renewal?.state).toBe('in-review');
  });

  it('NREMT\'s own application page is not an eLicensing renewal', () => {
    const page = doc('<h1>Recertification Application</h1><p>Status: Not Submitted</p><button>Submit Application</button>', 'NREMT');
    expect(readPage(page, 'https://www.nremt.org/recertification-application').kind).toBe('nremt-application');
  });

  it('a renewal page showing nothing of its state says it could not read it (never "done")', () => {
    const page = doc('<h1>EMT - Renewal Application</h1><p>Loading…</p>');
    const snapshot = readPage(page, URL_RENEWAL);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.renewal).toBeUndefined();
    expect(snapshot.unreadReason).toContain('renewal application status');
  });
});

describe('the renewal submit control: shown counts, usable or not', () => {
  const page = (control: string, status = 'In Progress') =>
    doc(`<h1>EMT - Renewal Application</h1><p>Status: ${status}</p><dl><dt>Renewal fee</dt><dd>$125.00 — not yet paid</dd></dl>${control}`);
  it.each([
    ['an enabled button', '<button type="submit">Submit Application</button>', true],
    ['a disabled button (available after payment)', '<button type="submit" disabled>Submit Application</button>', true],
    ['an aria-disabled input', '<input type="submit" value="Submit Application" aria-disabled="true">', true],
    ['no control, only the payment button', '<button>Pay $125.00</button>', false],
  ])('%s', (_, control, shown) => {
    expect(readPage(page(control), URL_RENEWAL).renewal).toEqual({ state: 'started', paid: false, submitControl: shown });
  });
});
