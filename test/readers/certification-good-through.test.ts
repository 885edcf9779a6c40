// Class: the person's own header line (their name, level or registry number beside it) stating
// when the certification ends in the person's own words rather than "expires": "National
// certification good through 03/31/2028", "certified through March 31, 2028", "NREMT cert current
// through 3/31/2028", "certification valid thru …" (an agency LMS profile's bio, a note). domain.md:
// the dashboard shows the expiration date; certifications expire March 31. The words must say it is
// the certification that is good (certification, certified, cert, NREMT, registration): a CPR
// card's or a course's access "good through" a date is not the certification's expiration
// (unknown beats wrong).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

function page(bio: string): string {
  return `<!DOCTYPE html><html><head><title>My Courses – Finished – Valley Responder Training</title></head><body>
<header><a href="/">Valley Responder Training</a><nav><a href="/courses">All Courses</a> <a href="/profile">My Profile</a></nav></header>
<main><div class="profile"><h2>Rosa Delgado</h2><p>${bio} Everything below goes on my NREMT transcript.</p></div>
<h3>Finished courses</h3>
<table><thead><tr><th>Course</th><th>Finished</th><th>CE Credits</th><th>Component / Topic</th><th>Approval #</th></tr></thead><tbody>
<tr><td>Scene Safety and Size-Up</td><td>2026-04-22</td><td>1.0</td><td>National – Operations</td><td>26-EMSX-F3-0231</td></tr>
<tr><td>CPR &amp; AED Guidelines Update</td><td>2026-05-06</td><td>2.0</td><td>National – Cardiovascular</td><td>26-AHAT-F1-0518</td></tr>
<tr><td>Bleeding Control</td><td>2026-05-20</td><td>1.0</td><td>National – Trauma</td><td>26-0188-T1</td></tr>
<tr><td>Town Emergency Plan Orientation</td><td>2026-08-12</td><td>2.0</td><td>State/Local</td><td>N/A</td></tr>
</tbody></table></main><footer>Proudly powered by WordPress.</footer></body></html>`;
}

const READ: Array<[string, string, string]> = [
  ['good through, after the registry number', 'Emergency Medical Responder (EMR) – NREMT Registry #R4409276. National certification good through 03/31/2028; my current recert cycle started 04/01/2026.', '2028-03-31'],
  ['certified through', 'Paramedic · NREMT P6612093 · certified through March 31, 2028', '2028-03-31'],
  ['cert current through', 'EMT – Registry # E5519023 – NREMT cert current through 3/31/2028', '2028-03-31'],
  ['certification valid thru', 'Advanced EMT (A2290417): certification valid thru 03/31/2028', '2028-03-31'],
  ['a long bio: NREMT certification current through, in its second sentence', 'Paramedic, registry P6612093. NREMT certification current through March 31, 2028, and my cycle began April 1, 2026. I also teach CPR for the department and keep my ACLS card up to date.', '2028-03-31'],
  ['certification good until, a written date', 'NREMT #E5519023 · EMT certification good until 31 March 2028', '2028-03-31'],
];

const NOT_READ: Array<[string, string]> = [
  ['a CPR card good through', 'EMT · NREMT E5519023 · CPR card good through 05/31/2027'],
  ['a course\u2019s access good through', 'Paramedic · NREMT P6612093 · course access good through 06/30/2027'],
];

describe('the certification\u2019s end in the person\u2019s own words in their header line', () => {
  for (const [name, bio, expiresOn] of READ) {
    it(name, () => {
      const snapshot = readHtml(page(bio), 'https://training.example.org/profile/rosa/courses');
      expect(snapshot.kind).toBe('nremt-education');
      expect(snapshot.certification?.expiresOn).toBe(expiresOn);
    });
  }
  for (const [name, bio] of NOT_READ) {
    it(`${name}: no expiration`, () => {
      const snapshot = readHtml(page(bio), 'https://training.example.org/profile/rosa/courses');
      expect(snapshot.certification?.expiresOn).toBeUndefined();
    });
  }
});
