// A word processor's export of a pasted course list: each course a title line, then a line of its
// values (date, hours, where it counts, approval) that were tab-separated cells, the tabs now
// spaces, so the line starts with its date and has no separator to cut at.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (lines: string[]): string =>
  '<!DOCTYPE html><html><head><title>Education copy</title></head><body><h1>NREMT – Manage Education (copy)</h1>' +
  '<p>Marcus Lee — NREMT # E7654321</p><p>EMT · Expiration: 31 March 2027</p><h2>Courses</h2>' +
  lines.map((line) => `<p>${line}</p>`).join('') +
  '<p>Saved from the word processor</p></body></html>';

describe('title lines, each followed by a line of its values run together', () => {
  it.each([
    ['day-month dates, "hrs"', ['12 May 2025\t2.0 hrs\tAirway, Respiration &amp; Ventilation\tCAPCE 25-ABCD-F3-0512', '3 July 2025\t1.5 hrs\tTrauma\tOEMS 25-0703-T3', '9 January 2026\t1.0 hrs\tState/Local\tCAPCE 26-ABCD-F3-0109']],
    ['slashed dates, "hr"', ['05/12/2025 2 hr National - Airway, Respiration &amp; Ventilation CAPCE 25-ABCD-F3-0512', '07/03/2025 1.5 hr National - Trauma OEMS 25-0703-T3', '01/09/2026 1 hr State/Local CAPCE 26-ABCD-F3-0109']],
    ['ISO dates, "CEH", the approval before where it counts', ['2025-05-12 2.0 CEH CAPCE 25-ABCD-F3-0512 Airway, Respiration &amp; Ventilation', '2025-07-03 1.5 CEH OEMS 25-0703-T3 Trauma', '2026-01-09 1.0 CEH CAPCE 26-ABCD-F3-0109 State/Local']],
  ])('%s', (_, values) => {
    const titles = ['Airway Adjuncts Review', 'Spinal Motion Restriction', 'Regional Protocol Update'];
    const snapshot = readHtml(page(titles.flatMap((title, at) => [title, values[at]!])));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses).toEqual([
      { title: 'Airway Adjuncts Review', completedOn: '2025-05-12', hours: 2, component: 'national', topic: 'airway', approvalNumber: '25-ABCD-F3-0512' },
      { title: 'Spinal Motion Restriction', completedOn: '2025-07-03', hours: 1.5, component: 'national', topic: 'trauma', approvalNumber: '25-0703-T3' },
      { title: 'Regional Protocol Update', completedOn: '2026-01-09', hours: 1, component: 'local', topic: null, approvalNumber: '26-ABCD-F3-0109' },
    ]);
  });
});
