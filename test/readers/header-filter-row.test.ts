// A grid's <thead> with a row of filter inputs under its header row (ng-table's filter row, a
// DataTables column search), shown on a saved page whose stylesheet does not hide it: that row
// says no words and is not the header. The row above it names the columns, so the license's
// number, status and expiration (not the issue date beside it) and a course's fields are read.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';
import { readHtml } from './load';

const URL = 'https://healthprofessionlicensing.mass.gov/#/manage-my-licenses';

function readLicense(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>Manage My Licenses and Applications</h1><h3>My Licenses</h3>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const LICENSE = ['Profession', 'License Number', 'License Status', 'Issue Date', 'Last Issue/Renewal Date', 'Expiration Date'];
const LICENSE_ROW = ['Emergency Medical Technician', 'E812394', '<span>Expired</span>', '6/14/2018', '4/2/2024', '3/31/2026'];
const tr = (cells: readonly string[], cell = 'td') => `<tr>${cells.map((c) => `<${cell}>${c}</${cell}>`).join('')}</tr>`;
const FILTERS = {
  'one filter cell of a text input': '<tr class="ng-table-filters ng-hide"><th><input type="text" name="licenseNumber" placeholder="Filter"></th></tr>',
  'a filter cell under each column': `<tr>${LICENSE.map(() => '<th><input type="search" aria-label="Search column"></th>').join('')}</tr>`,
  'select filters': `<tr>${LICENSE.map(() => '<td><select><option value=""></option></select></td>').join('')}</tr>`,
};

describe('a filter row under the header row of a license grid', () => {
  it.each(Object.entries(FILTERS))('%s', (_, filters) => {
    const snap = readLicense(`<table><thead>${tr(LICENSE, 'th')}${filters}</thead><tbody>${tr(LICENSE_ROW)}</tbody></table>`);
    expect(snap.kind).toBe('elicensing-license');
    expect(snap.license).toMatchObject({ number: 'E812394', status: 'expired', expiresOn: '2026-03-31' });
  });
});

const COURSES = ['Course Title', 'Date Completed', 'Hours', 'Component', 'Approval #'];
const COURSE_ROWS = [
  ['Airway Management in Adults', '04/22/2025', '2.0', 'National', '25-EMSW-F3-0412'],
  ['Pediatric Respiratory Emergencies', '06/03/2025', '1.5', 'Local', '25-EMSW-F3-0519'],
];

describe('a filter row under the header row of a course table', () => {
  it.each(Object.entries(FILTERS))('%s', (_, filters) => {
    const html = `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1><table><thead>${tr(COURSES, 'th')}${filters}</thead><tbody>${COURSE_ROWS.map((r) => tr(r)).join('')}</tbody></table></body></html>`;
    const snap = readHtml(html, 'https://www.nremt.org/education');
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component])).toEqual([
      ['Airway Management in Adults', '2025-04-22', 2, 'national'],
      ['Pediatric Respiratory Emergencies', '2025-06-03', 1.5, 'local'],
    ]);
  });
});
