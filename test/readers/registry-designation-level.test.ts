// The dashboard's level written as the registry's designation ("National Registry Emergency
// Medical Technician (NREMT)", "National Registry Paramedic (NRP)"): the registry's name before the
// level, as "Nationally Registered …" stands before it, states the level (domain.md: the dashboard
// shows the "certification level"). The registry's own name ("National Registry of Emergency
// Medical Technicians") names no level.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (designation: string): string => `<!DOCTYPE html><html><head><title>Edit note · Notes</title></head><body>
<main><div contenteditable="" role="textbox"><h1>NREMT dashboard – copy 11/30/2026</h1><div><strong>Rosalind Achterberg</strong><br>${designation}<br>Registry #: E2187340<br>Expiration Date: 03/31/2027<br>Recertification Cycle: 04/01/2025 – 03/31/2027</div>
<h1>Agency Affiliation</h1><div>Pioneer Valley Ambulance Service — Active</div></div></main></body></html>`;

const CASES: Array<[string, string]> = [
  ['National Registry Emergency Medical Technician (NREMT)', 'emt'],
  ['National Registry Paramedic (NRP)', 'paramedic'],
  ['National Registry Advanced Emergency Medical Technician (NRAEMT)', 'aemt'],
  ['National Registry Emergency Medical Responder (NREMR)', 'emr'],
  ['National Registry Emergency Medical Technician', 'emt'],
  ['National Registry Emergency Medical Responder', 'emr'],
  ['National Registry Advanced Emergency Medical Technician', 'aemt'],
  ['National Registry EMT', 'emt'],
  ['NATIONAL REGISTRY ADVANCED EMT', 'aemt'],
];

describe("the registry's designation before the level states the level", () => {
  for (const [designation, level] of CASES) {
    it(designation, () => {
      const snapshot = readHtml(page(designation), 'http://notes.local/edit/4');
      expect(snapshot.kind).toBe('nremt-dashboard');
      expect(snapshot.certification?.level).toBe(level);
      expect(snapshot.certification?.expiresOn).toBe('2027-03-31');
    });
  }

  it("the registry's own name names no level", () => {
    const snapshot = readHtml(page('National Registry of Emergency Medical Technicians'), 'http://notes.local/edit/4');
    expect(snapshot.certification?.level ?? null).toBeNull();
  });
});
