// The agency affiliation's status in the person's own words, then a remark after a comma or a
// semicolon, in a bracket or after a dash (domain.md: the Agency Affiliation, which can show
// "Pending Approval"; EMT skills are verified by the Training Officer, AEMT and Paramedic by the
// Medical Director): "Westfield Fire Department — affiliation approved, TO is Capt. Moreau",
// "Bristol County Ambulance (approved, Medical Director is Dr. Haskins)". The status is the
// clause's; the remark (an officer's name, a date) is no part of the name nor of the status. A
// clause of other words after the dash tells no status. Also in the person's own sentence of an
// application page ("Affiliated with …"): the affiliation of the person the page is about.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (line: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard – NREMT</title></head><body>' +
  '<main><h1>My Certification</h1>' +
  '<ul><li><strong>Name:</strong> Tobias R. Quinlan</li><li><strong>Certification Level:</strong> Paramedic</li>' +
  `<li><strong>Expiration Date:</strong> 03/31/2028</li><li><strong>Agency:</strong> ${line}</li></ul>` +
  '<h2>Message Center</h2><p>Your recertification application is now open.</p></main></body></html>';

const COURSES = `<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Management Update</td><td>01/10/2026</td><td>2</td><td>26-EMSX-F3-0101</td></tr>
<tr><td>Diabetic Emergencies</td><td>02/14/2026</td><td>1.5</td><td>26-EMSX-F3-0202</td></tr>
</tbody></table>`;
const education = (line: string): string =>
  `<!DOCTYPE html><html><head><title>Manage Education - NREMT</title></head><body><h1>Manage Education</h1>` +
  `<ul><li>NREMT: EMT, registry # E2207719, expires 2027-03-31</li><li>Agency: ${line}</li></ul>${COURSES}</body></html>`;

describe("an agency's status, then a remark after a comma", () => {
  const cases: Array<[string, string, string, 'active' | 'pending']> = [
    ['after a dash, the officer named', 'Westfield Fire Department — affiliation approved, TO is Capt. Moreau', 'Westfield Fire Department', 'active'],
    ['in a bracket, the Medical Director named', 'Quabbin Valley EMS (approved, Medical Director is Dr. Haskins)', 'Quabbin Valley EMS', 'active'],
    ['pending, then when', 'Salem Fire Department – pending, requested Nov 3', 'Salem Fire Department', 'pending'],
    ['a semicolon before the remark', 'Cape Ann Regional EMS (affiliation pending; Training Officer: Lt. Boudreau)', 'Cape Ann Regional EMS', 'pending'],
    ['a hyphen, then active and a remark', 'Lowell General Ambulance - active, since 2024', 'Lowell General Ambulance', 'active'],
    ['the affiliation pending, the officer who has it', 'Hilltown Community Ambulance – agency affiliation pending, Training Officer Lt. Ruiz has the request', 'Hilltown Community Ambulance', 'pending'],
    ['the status word, then who verifies', 'Berkshire Mountain Rescue — status active, Medical Director Dr. Patel', 'Berkshire Mountain Rescue', 'active'],
  ];
  it.each(cases)('on the dashboard: %s', (_, line, name, status) => {
    expect(readHtml(dashboard(line)).agency).toEqual({ name, status });
  });
  it.each(cases)('on an education page: %s', (_, line, name, status) => {
    expect(readHtml(education(line)).agency).toEqual({ name, status });
  });

  it('a dash before other words tells no status', () => {
    expect(readHtml(dashboard('Westfield Fire Department — TO is Capt. Moreau, approved my skills')).agency?.status).toBeUndefined();
  });
});

const application = (note: string): string =>
  '<!DOCTYPE html><html><head><title>Recertification Application – NREMT</title></head><body><main><h1>Recertification Application</h1>' +
  `<p>${note}</p>` +
  '<table><thead><tr><th>Section</th><th>Status</th></tr></thead><tbody><tr><td>Continuing Education</td><td>Complete</td></tr><tr><td>Make Payment</td><td>Complete</td></tr></tbody></table>' +
  '<p>Application Status: In Progress</p><button>Submit Application</button></main></body></html>';

describe("the person's own sentence naming the affiliation, on the application page", () => {
  it.each([
    ['in brackets after the name, a remark', 'My Advanced EMT certification (registry # A2290418) expires March 31, 2027. Affiliated with Bristol County Ambulance (approved, Medical Director is Dr. Haskins).', 'Bristol County Ambulance', 'active'],
    ['pending, in the same sentence', 'Registry # E4410075, EMT, expires 03/31/2028. I am affiliated with Hollis Falls Fire Department, still pending approval.', 'Hollis Falls Fire Department', 'pending'],
  ])('%s', (_, note, name, status) => {
    expect(readHtml(application(note)).agency).toEqual({ name, status });
  });

  it("another's affiliation in a sentence that is not the person's header is not read", () => {
    expect(readHtml(application('My partner is affiliated with Bristol County Ambulance (approved last spring).')).agency).toBeUndefined();
  });
});
