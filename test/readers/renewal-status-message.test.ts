// A renewal page's status message whose sentence follows a heading inside the same box (Drupal's
// `<div role="contentinfo" aria-label="Status message"><h2 class="visually-hidden">Status
// message</h2>Your payment of $125.00 has been received…</div>`, a notice with a screen-reader
// heading, a box with a visible heading): the class is text after a block in its box. The
// sentence is read like any line: the payment, the submission, and the trap (paid, not submitted)
// stays visible; a message that states nothing done gives nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';
import { readHtml } from './load';

const URL = 'https://healthprofessionlicensing.mass.gov/#/application/renewal/RNW-2026-0048815';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>EMT - Renewal Application | Health Professions Licensing</title></head><body><h1>EMT - Renewal Application</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}
const drupal = (sentence: string, heading = '<h2 class="visually-hidden">Status message</h2>') =>
  `<div data-drupal-messages><div role="contentinfo" aria-label="Status message">${heading}${sentence}</div></div>`;
const SUBMIT = '<button type="submit">Submit Application</button>';

describe('a status message after a heading in its box', () => {
  it.each([
    ['Drupal: payment received, Submit still there', drupal('Your payment of $125.00 has been received. Click Submit Application to finish.') + SUBMIT, 'paid-not-submitted', true],
    ['Drupal: payment received, no other word', drupal('Your payment of $125.00 has been received.'), 'paid-not-submitted', true],
    ['a comment saying submitted is not the page\'s', drupal('<!-- Your application was submitted. -->Your payment of $125.00 has been received.') + SUBMIT, 'paid-not-submitted', true],
    ['Drupal: submitted and paid', drupal('Your application was submitted on 03/02/2026. Payment of $125.00 was received.'), 'submitted', true],
    ['a screen-reader heading of another tag', `<div role="status"><h3 class="sr-only">Notice</h3>Payment received. Your application has not been submitted.</div>${SUBMIT}`, 'paid-not-submitted', true],
    ['a visible heading, the sentence with a link after it', `<div><h4>Payment</h4>Your fee of $125.00 was received on 03/02/2026. <a href="#">View receipt</a></div>${SUBMIT}`, 'paid-not-submitted', true],
    ['the sentence broken by <br>', drupal('Thank you.<br>Your payment of $125.00 has been received.') + SUBMIT, 'paid-not-submitted', true],
    // The fee due is not read as paid (read as unknown: "Payment … is due" is no "payment due").
    ['a due fee is not paid', drupal('Your application has been saved. Payment of $125.00 is due before you can submit.') + SUBMIT, 'started', null],
  ])('%s', (_, body, state, paid) => {
    const renewal = read(body).renewal;
    expect(renewal?.state).toBe(state);
    expect(renewal?.paid).toBe(paid);
  });

  it('a message that states nothing done: no renewal state from it', () => {
    expect(read(drupal('Once your payment has been received, click Submit Application.')).renewal ?? null).toBeNull();
  });

  it('the Drupal claro page of blind set 6: paid, in review', () => {
    const html = readFileSync('test/fixtures/blind-6/elic-renewal-claro-review.html', 'utf8');
    expect(readHtml(html, null).renewal).toMatchObject({ state: 'in-review', paid: true });
  });
});
