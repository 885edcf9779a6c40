import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// A label element beside its value (not a table, no colon) runs into the agency's line as text:
// the field's label before the name and the next field's label after it are no part of the name.
const PAGE = (agency: string) =>
  `<!DOCTYPE html><html><head><title>Recertification Application</title></head><body><h1>Recertification Application</h1><p>Status: Approved</p><h2>Agency</h2>${agency}</body></html>`;

describe('an agency name between labels', () => {
  it.each([
    ['label + div, then the status field', `<div><label>Agency Affiliation</label><div>Franklin County Regional Ambulance</div></div><div><label>Affiliation Status</label><div>Active</div></div>`],
    ['spans, then the status field', `<div><span>Agency</span> <span>Franklin County Regional Ambulance</span></div><div><span>Affiliation Status</span> <span>Active</span></div>`],
    ['label + div, status label "Status"', `<div><label>Affiliated Agency</label><div>Franklin County Regional Ambulance</div></div><div><label>Agency Status</label><div>Active</div></div>`],
  ])('%s', (_name, body) => {
    const agency = readHtml(PAGE(body), 'https://www.nremt.org/app').agency;
    if (agency) expect(agency.name).toBe('Franklin County Regional Ambulance');
  });
});

describe('withoutEdgeLabels', () => {
  it.each([
    ['Agency Affiliation Franklin County Regional Ambulance Affiliation Status', 'Franklin County Regional Ambulance'],
    ['Agency Franklin County Regional Ambulance', 'Franklin County Regional Ambulance'],
    ['Franklin County Regional Ambulance Agency Status', 'Franklin County Regional Ambulance'],
    ['Franklin County Regional Ambulance', 'Franklin County Regional Ambulance'],
    ['Cape Cod Regional EMS Agency', 'Cape Cod Regional EMS Agency'],
  ])('%j -> %j', async (raw, name) => {
    const { withoutEdgeLabels } = await import('../../lib/readers/dashboard');
    expect(withoutEdgeLabels(raw)).toBe(name);
  });
});
