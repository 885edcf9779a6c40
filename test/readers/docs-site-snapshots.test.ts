// The person's own NREMT page copied into a documentation site they keep (a generated docs theme:
// the title ends "… documentation"), its heading carrying a remark in brackets ("(snapshot)",
// "(copy)"). A docs site written by the person is a tool, not a help site, where a line says the
// page was copied from their own NREMT account; the bracketed remark does not hide the page's name.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const courses =
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Component</th><th>Approval</th></tr></thead><tbody>' +
  '<tr><td>Trauma Triage Review</td><td>2025-06-11</td><td>1.50</td><td>National – Trauma</td><td>25-ABCD-F3-0611</td></tr>' +
  '<tr><td>Pediatric Airway</td><td>2025-09-24</td><td>2.00</td><td>National – Airway</td><td>25-ABCD-F3-0924</td></tr></tbody></table>';

const page = (title: string, heading: string, copied: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><nav><p>Contents:</p><ul><li>${heading}</li><li>Receipts</li></ul></nav>` +
  `<h1>${heading}</h1><p>${copied}</p><p>Casey Moreno, Emergency Medical Technician (EMT), registry no. E4455667.</p>` +
  `<dl><dt>Expires</dt><dd>2027-03-31</dd><dt>Cycle start</dt><dd>2025-04-01</dd></dl><h2>Continuing Education</h2>${courses}</body></html>`;

describe('an own NREMT page kept in a documentation site', () => {
  it.each([
    ['Manage Education (snapshot) — Recert Notes documentation', 'Manage Education (snapshot)', 'Copied from my NREMT account on 2026-10-02.', 'nremt-education'],
    ['Transcript (copy) — My EMS Papers documentation', 'Transcript (copy)', 'Copied from my NREMT account.', 'nremt-education'],
    ['Recertification Application (snapshot) — Paperwork documentation', 'Recertification Application (snapshot)', 'Pasted from my NREMT account today.', 'nremt-application'],
  ])('"%s" is read as the page it names', (title, heading, copied, kind) => {
    const snapshot = readHtml(page(title, heading, copied));
    expect(snapshot.kind).toBe(kind);
    expect(snapshot.person?.registryNumber).toBe('E4455667');
    expect(snapshot.courses?.map((course) => course.title)).toEqual(['Trauma Triage Review', 'Pediatric Airway']);
  });

  it('a help site\'s documentation page is still nobody\'s record', () => {
    const snapshot = readHtml(page('Entering courses — NREMT Help documentation', 'Entering courses (example)', 'This is how a page looks.'));
    expect(snapshot.kind).toBe('unknown');
  });
});
