// An agency's value written "Name — Affiliation approved" (domain.md: the dashboard shows "Agency
// Affiliation (an agency can show "Pending Approval")"): the status may carry its own subject word
// after a dash ("Affiliation approved", "Affiliation pending approval", "Affiliation status: Pending
// Approval"); that word is the status's, never the end of the agency's name.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const application = (agency: string): string =>
  '<!DOCTYPE html><html><head><title>Recertification Application – NREMT</title></head><body>' +
  '<h1>2027 Paramedic Recertification Application</h1>' +
  '<dl><dt>Registrant</dt><dd>Aaliyah J. Brooks</dd><dt>National Registry number</dt><dd>P1968450</dd><dt>Certification</dt><dd>Paramedic</dd>' +
  `<dt>Expiration date</dt><dd>March 31, 2027</dd><dt>Agency</dt><dd>${agency}</dd><dt>Application status</dt><dd><strong>In Progress</strong></dd></dl>` +
  '<button disabled>Submit Application</button></body></html>';

describe('a status with its subject word after the agency\'s name and a dash', () => {
  it.each([
    ['approved, an em dash', 'Cataldo Ambulance Service — Affiliation approved', 'active'],
    ['pending approval, an en dash', 'Cataldo Ambulance Service – Affiliation pending approval', 'pending'],
    ['the status field\'s label', 'Cataldo Ambulance Service — Affiliation status: Pending Approval', 'pending'],
    ['without a dash, as before', 'Cataldo Ambulance Service (Pending Approval)', 'pending'],
  ])('%s', (_, value, status) => {
    expect(readHtml(application(value)).agency).toEqual({ name: 'Cataldo Ambulance Service', status });
  });
});
