// Pages of data tools (a database admin's table of records, a notebook's data frame, an API
// console) name their columns as fields in code: snake_case ("license_no", "app_status") or
// camelCase ("licenseNo", "appStatus"). A label is read by its words, so these are labels as
// "License No" is. A renewal's record kept in such a tool (outside eLicensing, its license's
// number and status under their columns, the application's name in a cell) is the renewal
// page, its status under the renewal's own status column. Minimal inputs of our own: a
// <table>, an ARIA grid, a record's fields as label and read-only input.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const table = (head: string[], rows: string[][]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const grid = (head: string[], rows: string[][]): string =>
  `<div role="grid"><div role="row">${head.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>${rows
    .map((r) => `<div role="row">${r.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`)
    .join('')}</div>`;
// A record panel: each field's name over its read-only value.
const fields = (head: string[], rows: string[][]): string =>
  `<form>${head.map((h, i) => `<div class="form-field"><label for="f${i}">${h}</label><input id="f${i}" readonly value="${rows[0]![i]}"></div>`).join('')}</form>`;

const SNAKE = ['licensee', 'license_no', 'license_status', 'license_expires', 'application', 'app_status', 'fee', 'note'];
const CAMEL = ['licensee', 'licenseNo', 'licenseStatus', 'licenseExpires', 'application', 'appStatus', 'fee', 'note'];
const RENEWAL = [['Tobias R. Ferreira-Lund', 'E771204', 'Current', '2027-03-31', 'Emergency Medical Technician - Renewal Application', 'In Review', '125', 'paid 11/19/2026, sent it the next day']];

describe("a renewal's record in a data tool, its fields named in code", () => {
  for (const [name, head] of Object.entries({ snake: SNAKE, camel: CAMEL })) {
    for (const [layout, draw] of Object.entries({ table, grid, fields })) {
      it(`${name} case, ${layout}`, () => {
        const snapshot = readHtml(page('license_renewals · records', draw(head, RENEWAL)));
        expect(snapshot.kind).toBe('elicensing-renewal');
        expect(snapshot.license).toMatchObject({ number: 'E771204', status: 'current', expiresOn: '2027-03-31' });
        // Its status column says where it stands: the fee's words beside it do not make it "paid, not submitted".
        expect(snapshot.renewal?.state).toBe('in-review');
      });
    }
  }
});

const COURSES = [
  ['Hemorrhage Control Drill', '2026-01-22', '1.5', '26-0068-T3', 'National'],
  ['Regional Protocol Changes', '2025-10-30', '4', '25-1077-T', 'Local'],
];

describe('a course list whose columns are named in code', () => {
  const heads = {
    snake: ['course_title', 'completed_on', 'credit_hours', 'approval_no', 'component'],
    camel: ['courseTitle', 'completedOn', 'creditHours', 'approvalNumber', 'component'],
  };
  for (const [name, head] of Object.entries(heads)) {
    for (const [layout, draw] of Object.entries({ table, grid })) {
      it(`${name} case, ${layout}`, () => {
        const snapshot = readHtml(page('Manage Education · NREMT', `<h1>Manage Education</h1>${draw(head, COURSES)}`));
        expect((snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber, c.component])).toEqual([
          ['Hemorrhage Control Drill', '2026-01-22', 1.5, '26-0068-T3', 'national'],
          ['Regional Protocol Changes', '2025-10-30', 4, '25-1077-T', 'local'],
        ]);
      });
    }
  }
});
