// The application's status on a dashboard shown in a row of a table of items ("Recertification
// Application (2027) | In Progress | 11/14/2026", under "Item | Status | Updated") or in a list row
// with its badge ("Recertification Application (2027)  In Progress"): the row that names the
// application tells its status; the other rows (continuing education's "33 of 50 hours entered",
// an agency's "Approved") tell none. No Submit control on the dashboard.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (section: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dominic Ferreira</h1>' +
  '<p>Nationally Registered Advanced EMT · Registry Number A2290417</p>' +
  '<div><div>Certification Level</div><div>AEMT</div></div><div><div>Expires</div><div>03/31/2027</div></div>' +
  '<h4>Agency Affiliation</h4><table><thead><tr><th>Agency</th><th>Status</th></tr></thead><tbody><tr><td>Fall River EMS</td><td>Affiliated</td></tr></tbody></table>' +
  `<h4>Recertification</h4>${section}<h4>Message Center</h4><table><thead><tr><th>Date</th><th>Subject</th></tr></thead><tbody>` +
  '<tr><td>05/19/2025</td><td>Affiliation request approved</td></tr></tbody></table></body></html>';

type Row = [string, string, string];
const LAYOUTS: Record<string, (rows: Row[]) => string> = {
  'a table of items with a Status column': (rows) =>
    `<table><thead><tr><th>Item</th><th>Status</th><th>Updated</th></tr></thead><tbody>${rows
      .map(([item, status, date]) => `<tr><td>${item}</td><td><span class="chip">${status}</span></td><td>${date}</td></tr>`)
      .join('')}</tbody></table>`,
  'an ARIA table of items': (rows) =>
    `<div role="table"><div role="row"><span role="columnheader">Item</span><span role="columnheader">Status</span><span role="columnheader">Last updated</span></div>${rows
      .map(([item, status, date]) => `<div role="row"><span role="cell">${item}</span><span role="cell">${status}</span><span role="cell">${date}</span></div>`)
      .join('')}</div>`,
  'a list of rows, each with its badge': (rows) =>
    `<ul>${rows.map(([item, status]) => `<li><span>${item}</span> <span class="badge">${status}</span></li>`).join('')}</ul>`,
};

describe('the application row of a dashboard', () => {
  const CASES: Array<[string, string, string]> = [
    ['Recertification Application (2027)', 'In Progress', 'in-progress'],
    ['2027 Recertification Application', 'Not Started', 'not-started'],
    ['Recertification Application', 'Submitted', 'submitted'],
  ];
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    it.each(CASES)(`${layout}: "%s" %s`, (item, shown, status) => {
      const read = readHtml(dashboard(render([[item, shown, '11/14/2026'], ['Continuing Education', '33 of 50 hours entered', '11/28/2026']])));
      expect(read.kind).toBe('nremt-dashboard');
      expect(read.application).toEqual({ status, submitButton: false, paid: null });
    });
    it(`${layout}: rows naming no application tell no status`, () => {
      const read = readHtml(dashboard(render([['Continuing Education', 'Complete', '11/28/2026'], ['Profile', 'Approved', '10/02/2026']])));
      expect(read.application?.status ?? null).toBeNull();
    });
  }
});
