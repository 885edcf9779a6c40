// Class: a renewal application's progress steps drawn as cards (the step's name in bold, then
// "Status: …" and "Date: …" lines) are read as the same steps in a progress table are: the payment
// step's status ("Payment – Renewal Fee" / "Status: ✓ Paid $125.00") tells the fee paid, with the
// step's name. domain.md: Step B's renewal runs Start Application → photo, "I Agree" and
// e-signature → pay the fee → submit; paying does not submit ("paid but not submitted"). The same
// table with its columns in another order (status, date, then the step) tells it too.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL_RENEWAL = 'https://healthprofessionlicensing.mass.gov/renewal/application/REN-2027-0042/steps';

type Step = [string, string, string];

function asTable(steps: Step[]): string {
  return `<table><caption>Renewal application progress</caption><thead><tr><th>Step</th><th>Status</th><th>Date</th></tr></thead><tbody>${steps
    .map(([name, status, date]) => `<tr><td>${name}</td><td>${status}</td><td>${date}</td></tr>`)
    .join('')}</tbody></table>`;
}

/** The progress table with the status and date columns before the step's name. */
function statusFirst(steps: Step[]): string {
  return `<table><thead><tr><th>Status</th><th>Date</th><th>Step</th></tr></thead><tbody>${steps
    .map(([name, status, date]) => `<tr><td>${status}</td><td>${date}</td><td>${name}</td></tr>`)
    .join('')}</tbody></table>`;
}

function asCards(steps: Step[], label = 'Status'): string {
  return `<div><h3>Renewal application progress</h3>${steps
    .map(([name, status, date]) => `<div class="card"><div><strong>${name}</strong></div><div><span>${label}: </span>${status}</div>${date ? `<div><span>Date: </span>${date}</div>` : ''}</div>`)
    .join('')}</div>`;
}

function renewalOf(top: string, steps: string, button = ''): PageSnapshot['renewal'] {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>EMT - Renewal Application | Health Professions Licensing</title></head><body>` +
      `<h1>EMT - Renewal Application</h1>${top}${steps}${button}</body></html>`,
    'text/html',
  );
  const snapshot = readPage(page, URL_RENEWAL);
  expect(snapshot.kind).toBe('elicensing-renewal');
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL_RENEWAL)).renewal).toEqual(snapshot.renewal);
  return snapshot.renewal;
}

const DONE: Step[] = [
  ['Start Application', '✓ Complete', '03/02/2026'],
  ['Photo', '✓ Uploaded', '03/02/2026'],
  ['Questions, I Agree &amp; E-Signature', '✓ Signed', '03/04/2026'],
  ['Payment – Renewal Fee', '✓ Paid $125.00', '03/04/2026'],
  ['Submit', '✓ Submitted', '03/04/2026'],
  ['OEMS Review', '✓ Approved', '03/09/2026'],
];
const APPROVED = `<div><span>Application Status</span> <span>Approved</span></div>`;
const IN_PROGRESS = `<div><span>Application Status</span> <span>In Progress</span></div>`;
const PAID_NOT_SUBMITTED: Step[] = [
  ['Start Application', 'Complete', '02/02/2027'],
  ['Photo', 'Uploaded', '02/02/2027'],
  ['Make Payment', 'Paid', '02/03/2027'],
  ['Submit', 'Not started', ''],
];

describe("a renewal's step cards are read as its progress table", () => {
  it.each([
    ['approved, the fee paid in its step', APPROVED, DONE, 'Status', { state: 'approved', paid: true, submitControl: false }],
    ['approved, the step caption "State"', APPROVED, DONE, 'State', { state: 'approved', paid: true, submitControl: false }],
    ['in progress, the payment step paid: the trap', IN_PROGRESS, PAID_NOT_SUBMITTED, 'Status', { state: 'paid-not-submitted', paid: true, submitControl: true }],
    [
      'in progress, the renewal fee paid with its amount',
      IN_PROGRESS,
      [['Start Application', 'Complete', '02/02/2027'], ['Renewal Fee', 'Paid – $125.00', '02/03/2027'], ['Submit', 'Pending', '']] as Step[],
      'Status',
      { state: 'paid-not-submitted', paid: true, submitControl: true },
    ],
  ])('%s', (_, top, steps, label, expected) => {
    const button = expected.submitControl ? '<button type="button">Submit</button>' : '';
    expect(renewalOf(top, asTable(steps), button)).toEqual(expected);
    expect(renewalOf(top, asCards(steps, label), button)).toEqual(expected);
    expect(renewalOf(top, statusFirst(steps), button)).toEqual(expected);
  });

  it('a payment step not yet done tells no payment', () => {
    const steps: Step[] = [['Start Application', 'Complete', '02/02/2027'], ['Make Payment', 'Not started', ''], ['Submit', 'Not started', '']];
    const button = '<button type="button">Submit</button>';
    expect(renewalOf(IN_PROGRESS, asCards(steps), button)?.paid).not.toBe(true);
    expect(renewalOf(IN_PROGRESS, statusFirst(steps), button)?.paid).not.toBe(true);
  });

  it("another step's status after a payment step names no fee", () => {
    const steps: Step[] = [['Start Application', 'Complete', '02/02/2027'], ['Photo', 'Complete', '02/02/2027'], ['Submit', 'Not started', '']];
    const button = '<button type="button">Submit</button>';
    expect(renewalOf(IN_PROGRESS, asCards(steps), button)).toEqual({ state: 'started', paid: null, submitControl: true });
  });
});
