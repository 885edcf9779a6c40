// An agency's name written with its town and state after it (the dashboard's Agency Affiliation
// shows the agency, and many pages add where it is): "Hampden County Regional Ambulance
// (Springfield, MA)", "… – West Springfield, MA", "…, Pittsfield, MA". The town is the agency's
// address, never part of its name, however it is set off and wherever the name was read (a
// labelled value, its own line under the section, a table's row); a town of several words in
// brackets goes whole. A bracket that holds no place stays.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (agency: string): string =>
  `<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dashboard</h1>` +
  `<dl><dt>Name</dt><dd>Casey L. Moriarty</dd><dt>Certification Level</dt><dd>EMT</dd><dt>Registry Number</dt><dd>E2290417</dd><dt>Expiration Date</dt><dd>03/31/2028</dd></dl>` +
  `${agency}<h2>Message Center</h2><p>No new messages.</p></body></html>`;

describe("an agency's town and state after its name", () => {
  const cases: Array<[string, string, { name: string; status: 'pending' | 'active' }]> = [
    ['labelled, the town in brackets, the status on the next line', `<h2>Agency Affiliation</h2><h5>Agency</h5><p>Agency: Hampden County Regional Ambulance (Springfield, MA)</p><p>Pending Approval</p>`, { name: 'Hampden County Regional Ambulance', status: 'pending' }],
    ['a town of two words in brackets', `<h2>Agency Affiliation</h2><p>Agency: Berkshire Mountain Rescue (North Adams, MA)</p><p>Pending Approval</p>`, { name: 'Berkshire Mountain Rescue', status: 'pending' }],
    ['the name and the bracketed town, then the status, on one line', `<h2>Agency Affiliation</h2><p>Pioneer Valley Ambulance (West Springfield, MA) — Active</p>`, { name: 'Pioneer Valley Ambulance', status: 'active' }],
    ['a table row', `<h2>Agency Affiliation</h2><table><thead><tr><th>Agency</th><th>Status</th></tr></thead><tbody><tr><td>Hilltown Community Ambulance (Chesterfield, MA)</td><td>Pending Approval</td></tr></tbody></table>`, { name: 'Hilltown Community Ambulance', status: 'pending' }],
    ['after a dash', `<h2>Agency Affiliation</h2><p>Agency: Lee Fire Department – Lee, MA</p><p>Active</p>`, { name: 'Lee Fire Department', status: 'active' }],
    ['after a comma', `<h2>Agency Affiliation</h2><p>Agency: County Ambulance Service, Pittsfield, MA</p><p>Pending Approval</p>`, { name: 'County Ambulance Service', status: 'pending' }],
  ];
  it.each(cases)('%s', (_name, agency, expected) => {
    expect(readHtml(page(agency)).agency).toEqual(expected);
  });

  it('a bracket that names no place stays with the name', () => {
    expect(readHtml(page(`<h2>Agency Affiliation</h2><p>Agency: Northampton Fire Rescue (Station 2)</p><p>Active</p>`)).agency).toEqual({ name: 'Northampton Fire Rescue (Station 2)', status: 'active' });
  });
});
