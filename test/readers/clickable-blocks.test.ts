// A page builder's blocks made clickable for its editor: each field, card or section sits in a box
// with role=button (and an aria-label naming the block), holding labels, headings, tables or other
// controls. Such a box is a container, not a control: the labelled values inside are read.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const FIELDS: ReadonlyArray<[string, string]> = [
  ['Name', 'Robin K. Salas'],
  ['Registry number', 'E4471902'],
  ['Certification level', 'EMT'],
  ['Cycle start date', '04/01/2025'],
  ['Expiration Date', '03/31/2027'],
];
const AGENCY: ReadonlyArray<[string, string]> = [
  ['Agency', 'North Shore Fire Rescue'],
  ['Affiliation status', 'Pending Approval'],
];

const clickable = (label: string, inner: string): string => `<div role="button" tabindex="0" aria-label="block-item-${label}">${inner}</div>`;
const labelled = ([label, value]: [string, string]): string =>
  `<div><div><span><label>${label}</label></span><span>:</span></div><div><div>${value}</div></div></div>`;

const VARIANTS: ReadonlyArray<[string, string]> = [
  [
    'each field in its own clickable box',
    `<h2>NREMT Certification</h2>${FIELDS.map((f) => clickable(f[0], labelled(f))).join('')}<h2>Agency Affiliation</h2>${AGENCY.map((f) => clickable(f[0], labelled(f))).join('')}`,
  ],
  [
    'whole cards clickable, headings inside',
    clickable('card-certification', `<h3>NREMT Certification</h3>${FIELDS.map(labelled).join('')}`) +
      clickable('card-agency', `<h3>Agency Affiliation</h3>${AGENCY.map(labelled).join('')}`),
  ],
  [
    'clickable cards around clickable fields',
    clickable('card-certification', `<h3>NREMT Certification</h3>${FIELDS.map((f) => clickable(f[0], labelled(f))).join('')}`) +
      clickable('card-agency', `<h3>Agency Affiliation</h3>${AGENCY.map((f) => clickable(f[0], labelled(f))).join('')}`),
  ],
  [
    'a clickable card holding the agency table',
    `<h2>NREMT Certification</h2>${FIELDS.map((f) => clickable(f[0], labelled(f))).join('')}` +
      clickable('card-agency', '<h3>Agency Affiliation</h3><table><thead><tr><th>Agency</th><th>Status</th></tr></thead><tbody><tr><td>North Shore Fire Rescue</td><td>Pending Approval</td></tr></tbody></table>'),
  ],
];

describe('a clickable block holding fields is no control', () => {
  it.each(VARIANTS)('%s', (_, body) => {
    const snapshot = readHtml(`<!DOCTYPE html><html><head><title>My Certification - Recert Binder</title></head><body><h1>My Certification</h1>${body}</body></html>`);
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.certification).toMatchObject({ level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
    expect(snapshot.agency).toEqual({ name: 'North Shore Fire Rescue', status: 'pending' });
  });

  it('a real button still is one', () => {
    const snapshot = readHtml(
      '<!DOCTYPE html><html><head><title>Recertification Application</title></head><body><h1>Recertification Application</h1><p>Status: In Progress</p><div role="button" aria-disabled="true"><span>Submit Application</span></div></body></html>',
    );
    expect(snapshot.application).toMatchObject({ submitButton: true, submitButtonEnabled: false });
  });
});
