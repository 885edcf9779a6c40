// Class: the person's fact line under their header with "certification" shortened to "Cert"
// ("Cert expires 2027-03-31 · cycle 2025-04-01 → 2027-03-31", a report a person's own script
// writes; "Cert. exp. 3/31/2027"; "NREMT cert expiration: …"). domain.md: the dashboard shows the
// expiration date and the recert cycle dates; the cycle runs to March 31 of the expiration year.
// The short word is the certification's when the line opens with it (its owner "NREMT" before it
// or not); another card's cert ("CPR cert expires …", "ACLS cert exp …") is not (unknown beats wrong).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

function page(line: string): string {
  return `<!DOCTYPE html><html><head><title>CE transcript - D. Szymanski</title></head><body>
<h1>NREMT continuing education - transcript</h1>
<p>Derek Szymanski &middot; NREMT E3045512 &middot; EMT (National Registry)</p>
<p>${line}</p>
<p>Source: ce.db (imported from NREMT transcript CSV + hand entries)</p>
<h2>Courses</h2>
<table><tr><th>id</th><th>course_title</th><th>date_completed</th><th>hours</th><th>component</th><th>topic</th><th>approval_no</th></tr>
<tr><td>4</td><td>Airway Management Review</td><td>2025-05-14</td><td>2.0</td><td>National</td><td>Airway, Respiration &amp; Ventilation</td><td>25-EMSX-F3-0101</td></tr>
<tr><td>5</td><td>Cardiac Arrest Update</td><td>2025-09-03</td><td>1.5</td><td>National</td><td>Cardiovascular</td><td>25-MEDIC-F1-2231</td></tr>
<tr><td>7</td><td>Protocol Update</td><td>2026-01-20</td><td>3.0</td><td>Local</td><td></td><td>MA-26-0412-T</td></tr>
</table></body></html>`;
}

const READ: Array<[string, string, { expiresOn: string; cycleStart?: string }]> = [
  ['an arrow range after it', 'Cert expires 2027-03-31 &middot; cycle 2025-04-01 &rarr; 2027-03-31', { expiresOn: '2027-03-31', cycleStart: '2025-04-01' }],
  ['a period after Cert, a range with "to"', 'Cert. expires 03/31/2027 &middot; cycle 04/01/2025 to 03/31/2027', { expiresOn: '2027-03-31', cycleStart: '2025-04-01' }],
  ['Cert exp, alone', 'Cert exp 3/31/2027', { expiresOn: '2027-03-31' }],
  ['NREMT cert expiration, then the cycle\u2019s start', 'NREMT cert expiration: March 31, 2027 &middot; recert cycle began April 1, 2025', { expiresOn: '2027-03-31', cycleStart: '2025-04-01' }],
  ['cert expiring, a dashed range after a semicolon', 'Cert expiring 31 Mar 2027; cycle 1 Apr 2025 &ndash; 31 Mar 2027', { expiresOn: '2027-03-31', cycleStart: '2025-04-01' }],
];

const NOT_READ: Array<[string, string]> = [
  ['a CPR cert', 'CPR cert expires 2026-08-31'],
  ['an ACLS cert', 'ACLS cert exp 5/31/2027'],
];

describe('the person\u2019s fact line with "Cert" for certification', () => {
  for (const [name, line, facts] of READ) {
    it(name, () => {
      const snapshot = readHtml(page(line));
      expect(snapshot.kind).toBe('nremt-education');
      expect(snapshot.certification).toMatchObject(facts);
    });
  }
  for (const [name, line] of NOT_READ) {
    it(`${name}: no expiration`, () => {
      const snapshot = readHtml(page(line));
      expect(snapshot.certification?.expiresOn).toBeUndefined();
    });
  }
});
