// A person's own course list kept in a note (a markdown editor's export, a wiki page) numbers its
// rows in a first column headed "#", "No." or "Number", and the note also names or links the
// state's licensing site (Step B). A column that counts rows in a table whose header names a
// course's title and hours is no license number: the page is the course list, not eLicensing.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const HEADS = ['#', 'No.', 'Number'];
const STATE_LINES: Record<string, string> = {
  'a link to the state site': '<ul><li><a href="https://healthprofessionlicensing.mass.gov/">healthprofessionlicensing.mass.gov</a> – Step B after NREMT shows the new date</li></ul>',
  'a line naming the state office': '<p>Then renew on Health Professions Licensing (Mass. OEMS) – Step B.</p>',
};

const page = (head: string, state: string) => `<article><h1>EMT recert 2027 – my CE list</h1>
<p><strong>NREMT #:</strong> E1234567<br><strong>Level:</strong> EMT<br><strong>Expires:</strong> Mar 31, 2027</p>
<p>Copied from my NREMT Manage Education page.</p>
<table><thead><tr><th>${head}</th><th>Course</th><th>Completed</th><th>Hrs</th><th>Component</th><th>Approval</th></tr></thead><tbody>
<tr><td>1</td><td>Pediatric Airway Emergencies</td><td>May 12, 2025</td><td>2</td><td>National</td><td>CAPCE 25-ABC-F3-0101</td></tr>
<tr><td>2</td><td>Stroke Assessment Update</td><td>Jun 3, 2025</td><td>1.5</td><td>Local</td><td>OEMS 25-0970-T3</td></tr>
<tr><td>3</td><td>Opioid Overdose Response</td><td>Jul 9, 2025</td><td>1</td><td>Individual</td><td>CAPCE 25-XYZ-F3-0042</td></tr>
</tbody></table>${state}</article>`;

describe('a row-number column of a course table is no license number', () => {
  for (const head of HEADS) {
    for (const [name, state] of Object.entries(STATE_LINES)) {
      it(`headed "${head}", ${name}`, () => {
        const read = readHtml(page(head, state), null);
        expect(read.kind).toBe('nremt-education');
        expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component])).toEqual([
          ['Pediatric Airway Emergencies', '2025-05-12', 2, 'national'],
          ['Stroke Assessment Update', '2025-06-03', 1.5, 'local'],
          ['Opioid Overdose Response', '2025-07-09', 1, 'individual'],
        ]);
      });
    }
  }
});
