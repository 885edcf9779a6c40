// eLicensing renewal (Step B): the fee shown paid in the site's words, beside an application not
// yet submitted, is the "paid but not submitted" trap. The class: a payment label whose value
// states the fee's state first and its details after it ("Payment status: Paid 11/24/2026 ·
// Confirmation …", "Fee Status: Paid — $125.00 on …"), and a sentence telling the fee was paid
// ("Your payment was received", "The fee has been paid"). Never submitted or approved from it, and
// never paid from advice ("once your payment has been processed") or a denial.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL_RENEWAL = 'https://healthprofessionlicensing.mass.gov/renewal/application/REN-2027-0042/review';

function renewalOf(body: string): PageSnapshot['renewal'] {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body>` +
      `<h1>Paramedic - Renewal Application</h1>${body}<button type="submit">Submit</button></body></html>`,
    'text/html',
  );
  const snapshot = readPage(page, URL_RENEWAL);
  expect(snapshot.kind).toBe('elicensing-renewal');
  // The eLicensing content script's path agrees.
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL_RENEWAL)).renewal).toEqual(snapshot.renewal);
  return snapshot.renewal;
}

const pair = (label: string, value: string) => `<div><span>${label}</span><span>${value}</span></div>`;
const UNSUBMITTED = pair('Application status', 'Incomplete – Not Submitted');

describe('a payment label whose value gives the fee state, then its details', () => {
  it.each([
    ['paid, a date and a confirmation number', pair('Payment status', '<x-tag><span>Paid</span></x-tag> 02/03/2027 · Confirmation MA-EL-55120943') + UNSUBMITTED],
    ['paid, the amount and the day', pair('Fee Status', 'Paid — $125.00 on 02/03/2027') + pair('Status', 'In Progress')],
    ['confirmed, then the day', `<dl><dt>Payment Status</dt><dd>Confirmed · 02/03/2027</dd><dt>Application Status</dt><dd>Not Submitted</dd></dl>`],
    ['a label/value row of a summary table', `<table><tr><td>Payment status</td><td>Paid 02/03/2027 (card ending 4417)</td></tr><tr><td>Application status</td><td>Incomplete</td></tr></table>`],
  ])('%s: paid, not submitted', (_, body) => {
    expect(renewalOf(body)).toEqual({ state: 'paid-not-submitted', paid: true, submitControl: true });
  });

  it.each([
    ['not paid, then the amount due', pair('Payment status', 'Not paid — $125.00 due by 03/31/2027') + UNSUBMITTED, false],
    ['pending, then a day (the charge not yet settled: unknown)', pair('Payment status', 'Pending 02/03/2027') + UNSUBMITTED, null],
    ['a date under a "Paid" column title, nothing stated', pair('Paid', '02/03/2027 · Confirmation MA-EL-55120943') + pair('Fee', '$125.00') + UNSUBMITTED, null],
  ])('%s: not read as paid', (_, body, paid) => {
    expect(renewalOf(body)).toEqual({ state: 'started', paid, submitControl: true });
  });

  it('paid with a status that says submitted and in review: in review, never from the fee alone', () => {
    expect(renewalOf(pair('Payment status', 'Paid 02/03/2027') + pair('Application status', 'Submitted – In Review'))).toMatchObject({ state: 'in-review', paid: true });
  });
});

describe('a sentence telling the fee was paid', () => {
  it.each([
    ['"Your payment was received" in a warning', '<div role="alert"><strong>Your application has not been submitted.</strong> Your payment was received, but your license will not be renewed until you click Submit.</div>' + pair('Status', 'Incomplete')],
    ['"The renewal fee has been paid"', '<p>The renewal fee has been paid. Review your answers, then submit.</p>' + pair('Status', 'In Progress')],
    ['"Your fee was paid on …"', '<p>Your fee was paid on 02/03/2027.</p>' + UNSUBMITTED],
  ])('%s: paid, not submitted', (_, body) => {
    expect(renewalOf(body)).toEqual({ state: 'paid-not-submitted', paid: true, submitControl: true });
  });

  it.each([
    ['advice before it', '<p>Submit becomes available once your payment has been processed.</p>' + pair('Status', 'In Progress')],
    ['a condition before it', '<p>If your payment was received, a receipt is e-mailed to you.</p>' + pair('Status', 'In Progress')],
    ['a denial', '<p>Your payment was not received.</p>' + pair('Status', 'In Progress')],
  ])('%s: not paid', (_, body) => {
    expect(renewalOf(body)).toMatchObject({ state: 'started', submitControl: true });
    expect(renewalOf(body)?.paid).not.toBe(true);
  });

  it('advice about submitting beside a paid fee is no submission: paid, not submitted', () => {
    const body = '<p>Your payment was received.</p><p>Your license is renewed only after your application has been submitted and reviewed.</p>';
    expect(renewalOf(body)).toEqual({ state: 'paid-not-submitted', paid: true, submitControl: true });
  });
});
