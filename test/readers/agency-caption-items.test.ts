// The dashboard's Agency Affiliation card (domain.md: an agency can show "Pending Approval") whose
// title is a caption drawn without a heading tag (a card header's text, a fieldset's legend),
// its agency an item under it drawn with a real heading of any level, then its status chip:
// "Agency Affiliation" / <h6>Pioneer Valley Ambulance</h6> / "Pending Approval". The item's
// heading is not a new section; with no status after it, nothing is read.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// The card's body runs on past a value's length: a note under the item.
const NOTE = '<p>Requested Nov 24, 2026. Your Training Officer has to approve the affiliation before signing off your recertification application. Until then the skills verification stays open on your application.</p>';
const dashboard = (card: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard – NREMT</title></head><body><main><h3>Dashboard</h3>' +
  '<div><div>Certification Level: EMT</div><div>Registry Number: E4172093</div><div>Expiration Date: 03/31/2028</div><div>Current cycle: 04/01/2026 through 03/31/2028</div></div>' +
  `<div class="card">${card}</div>` +
  '<div class="card"><div>Message Center</div><table><tbody><tr><th>Agency affiliation request submitted</th><td>Nov 24, 2026</td></tr></tbody></table></div></main></body></html>';

// An item of the card: an avatar, the name's heading and its details (a label among them), the status badge beside.
// Written as a template writes it, each tag on its own indented line.
const item = (heading: string, details: string, status: string, note = NOTE): string =>
  `<div>\n        <div>\n          <div><span><i></i></span></div>\n          <div>\n            ${heading}\n            <small>${details}</small>\n          </div>\n          <div><span>${status}</span></div>\n        </div>\n        <div></div>\n        ${note}\n      </div>`;
const caption = '<div><div>Agency Affiliation</div></div>\n      ';
const CALM = '<p>Your Training Officer signs off the skills section of your application. Ask your service if the roster is out of date, or remove the agency here and add the new one.</p>';

describe("an agency item's heading under a caption", () => {
  it.each([
    ['an h6 item, a pending badge', caption + item('<h6>Pioneer Valley Ambulance</h6>', 'Westfield, MA &middot; Agency ID 0493', 'Pending Approval'), { name: 'Pioneer Valley Ambulance', status: 'pending' }],
    ['an h4 item, an active chip', caption + item('<h4>Hampden County Regional Ambulance</h4>', 'Springfield, MA &middot; Agency ID 0211', 'Active', CALM), { name: 'Hampden County Regional Ambulance', status: 'active' }],
    ['an h5 item, its officer labelled', caption + item('<h5>Cape Ann Regional EMS</h5>', 'Training Officer: Lt. A. Ruiz', 'Pending Approval'), { name: 'Cape Ann Regional EMS', status: 'pending' }],
    ['"Agency Affiliations", an h6 item approved', '<div><div>Agency Affiliations</div></div>' + item('<h6>Lowell General Ambulance</h6>', 'Service ID 4410', 'Approved', CALM), { name: 'Lowell General Ambulance', status: 'active' }],
  ])('%s', (_, card, agency) => {
    expect(readHtml(dashboard(card)).agency).toEqual(agency);
  });

  it('an item with no status beside it reads no agency', () => {
    expect(readHtml(dashboard(caption + item('<h6>Pioneer Valley Ambulance</h6>', 'Agency ID 0493', 'Northampton, MA', CALM))).agency?.status).toBeUndefined();
  });
});
