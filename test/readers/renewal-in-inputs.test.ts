// eLicensing's renewal application (Step B) told by what only the application shows, wherever its
// values live. The class: a page without a heading or title that names the renewal application,
// whose license number is labelled (so it looks like a license page), but which shows the
// application itself: its own Submit Application control, or its status beside its fee
// ("Application Status: In Progress", "Fee: Paid"). Its values may sit in read-only inputs in
// absolutely positioned boxes, in aria-labels or in a definition list. A license page that only
// offers to start a renewal, or lists its applications in a table, stays a license page.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/app/renewal?record=1';

function read(body: string, title = 'Health Professions Licensing'): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

/** A label and a read-only input, each in its own absolutely positioned box. */
const boxed = (label: string, value: string, top: number) =>
  `<div style="position:absolute;left:20px;top:${top}px"><div>${label}</div></div>` +
  `<div style="position:absolute;left:200px;top:${top}px"><input type="text" readonly value="${value}"></div>`;
const dl = (pairs: Array<[string, string]>) => `<dl>${pairs.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
const row = (label: string, value: string) => `<div><span>${label}</span><span>${value}</span></div>`;

const LICENSE_BOXES = boxed('License Number', 'E310442', 80) + boxed('License Status', 'Current', 112) + boxed('Expiration Date', '03/31/2027', 144);
const LICENSE_DL = dl([['License Number', 'P775120'], ['License Status', 'Current'], ['Expiration Date', '03/31/2027']]);

describe('a renewal application whose values sit in fields, without a heading naming it', () => {
  it.each([
    [
      'inputs in positioned boxes, a Submit Application button',
      `<div style="position:relative">${LICENSE_BOXES}${boxed('Application Status', 'In Progress', 176)}${boxed('Fee', 'Paid 11/24/2026', 208)}` +
        `<div style="position:absolute;top:260px"><div role="button" tabindex="0">Submit Application</div></div></div>`,
      'paid-not-submitted',
    ],
    [
      'a definition list and a disabled Submit Renewal button',
      `<h2>Account</h2>${LICENSE_DL}${dl([['Application Status', 'Started'], ['Fee', 'Not paid — $125.00 due']])}<button disabled>Submit Renewal Application</button>`,
      'started',
    ],
    [
      'an application status and the fee, no Submit control shown',
      `<div>${LICENSE_DL}${row('Renewal Status', 'Incomplete – Not Submitted')}${row('Payment Status', 'Paid — $125.00')}</div>`,
      'paid-not-submitted',
    ],
    [
      'the fields named only by aria-labels, a submit input',
      `<main>${row('License Number', '<input readonly aria-label="License Number" value="A612093">')}` +
        `${row('Application Status', '<input readonly aria-label="Application Status" value="In Progress">')}` +
        `<input type="submit" value="Submit Application"></main>`,
      'started',
    ],
  ])('%s: a renewal page', (_, body, state) => {
    const snapshot = read(body);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.renewal?.state).toBe(state);
  });
});

describe('a license page that only points at a renewal stays a license page', () => {
  it.each([
    ['a "Start a … - Renewal Application" control', `<h1>My Licenses</h1>${LICENSE_DL}<button>Start a EMT - Renewal Application</button>`],
    [
      'an applications table with a status column',
      `${LICENSE_DL}<table><thead><tr><th>Application</th><th>Status</th><th>Date</th></tr></thead>` +
        `<tbody><tr><td>Paramedic - Renewal Application</td><td>In Progress</td><td>11/02/2026</td></tr></tbody></table>`,
    ],
    ['a bare Submit of a link-license form', `${LICENSE_DL}<form>${row('License number', '<input value="">')}<button type="submit">Submit</button></form>`],
    [
      'the license page named by its heading, its Show Details panel open on the application',
      `<h1>Manage My Licenses and Applications</h1>${LICENSE_DL}<section><h3>EMT - Renewal Application</h3>` +
        `${row('Application Status', 'Incomplete')}${row('Fee', 'Paid')}<button>Submit Application</button></section>`,
    ],
    ['a license status label and no fee', `${LICENSE_DL}${row('Status', 'Current')}`],
  ])('%s', (_, body) => {
    expect(read(body).kind).toBe('elicensing-license');
  });
});
