// The same dashboard facts in every label/value arrangement people build pages with.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Dashboard</title></head><body><h1>My Certification</h1>${body}</body></html>`;

describe('dashboard label/value arrangements', () => {
  it.each([
    ['dt/dd', '<dl><dt>Certification Level</dt><dd>Advanced EMT</dd><dt>Expires</dt><dd>03/31/2027</dd><dt>Certification Cycle</dt><dd>02/11/2025 - 03/31/2027</dd></dl>'],
    ['row-header th/td', '<table><tr><th>Level</th><td>AEMT</td></tr><tr><th>Expiration Date</th><td>2027-03-31</td></tr><tr><th>Cycle Start Date</th><td>2025-02-11</td></tr></table>'],
    ['bold label in a paragraph', '<p><strong>Level:</strong> Advanced Emergency Medical Technician</p><p><strong>Exp. Date:</strong> Mar 31, 2027</p><p><strong>Recertification Cycle:</strong> Feb 11, 2025 – Mar 31, 2027</p>'],
    ['label span + value span', '<div><span>Certification</span><span>Advanced EMT</span></div><div><span>Expiration Date</span><span>March 31, 2027</span></div><div><span>Cycle Start</span><span>2/11/25</span></div>'],
    ['"Label: value" list items', '<ul><li>Certification Level: Advanced EMT</li><li>Expiration Date: 03/31/2027</li><li>Recert Cycle: 02/11/2025 to 03/31/2027</li></ul>'],
    ['label element + div', '<label>Certification Level</label><div>Advanced EMT</div><label>Expiration Date</label><div>03/31/2027</div><label>Last Recertification Date</label><div>02/10/2025</div>'],
    ['heading as label', '<h4>Certification Level</h4><p>Advanced EMT</p><h4>Expiration Date</h4><p>03/31/2027</p><h4>Cycle Start Date</h4><p>02/11/2025</p>'],
    ['card rows with <br>', '<div><b>Level:</b> Advanced EMT<br><b>Expiration Date:</b> 03/31/2027<br><b>Cycle Start Date:</b> 02/11/2025</div>'],
  ])('%s', (_name, body) => {
    const snapshot = readHtml(page(body), null);
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.unreadReason).toBeUndefined();
    expect(snapshot.certification).toEqual({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' });
  });

  it('does not take a level from "EMT" inside "Advanced EMT" nor from the NREMT name', () => {
    const snapshot = readHtml(page('<p>NREMT</p><dl><dt>Level</dt><dd>Advanced EMT</dd><dt>Expires</dt><dd>03/31/2027</dd></dl>'), null);
    expect(snapshot.certification?.level).toBe('aemt');
  });

  it('an agency shown as "Pending Approval" is pending', () => {
    const snapshot = readHtml(
      page('<dl><dt>Level</dt><dd>EMT</dd><dt>Expires</dt><dd>03/31/2027</dd></dl><h2>Agency Affiliations</h2><table><tr><th>Agency</th><th>Status</th><th>Requested</th></tr><tr><td>Valley EMS</td><td>Pending Approval</td><td>10/01/2026</td></tr></table>'),
      null,
    );
    expect(snapshot.agency).toEqual({ name: 'Valley EMS', status: 'pending' });
  });

  it('a page with no agency section says nothing about the agency', () => {
    const snapshot = readHtml(page('<dl><dt>Level</dt><dd>EMT</dd><dt>Expires</dt><dd>03/31/2027</dd></dl>'), null);
    expect(snapshot.agency).toBeUndefined();
  });
});
