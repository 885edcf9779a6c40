// Class: a page's own stamp of when it was made (generated, printed, exported, downloaded,
// retrieved: "Page generated 12/01/2026 07:44") in its footer, drawn in a block shaped like a
// record of the page (an admin template's footer row of two blocks, like the summary row of
// cards above the list), is the page's text: another event's date, no course, and no unread
// course either. domain.md: Manage Education shows the courses with their date completed and
// hours; a row shown without its hours is still the user's (unread), so a course row with its
// hours missing stays counted.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

interface Variant {
  stamp: string;
  /** A course row of the list with its hours cell empty (a real unread course). */
  blankHours?: boolean;
  footerLinks?: boolean;
}

function page(v: Variant): string {
  const row = (title: string, date: string, hours: string, approval: string): string => `<tr><td>${title}</td><td>${date}</td><td>${hours}</td><td>${approval}</td><td><a href="#">Reassign</a></td></tr>`;
  const table = (rows: string): string => `<table class="table"><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th><th>Actions</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body>
<div class="layout"><aside><ul><li><a href="/dashboard">Dashboard</a></li><li><a href="/education" aria-current="page">Manage Education</a></li></ul></aside>
<div class="page"><h4>Education / Manage Education</h4>
<div class="row">
  <div class="col"><div class="card"><h5>Tamsin R. Okonkwo</h5><p>Emergency Medical Technician &middot; Registry # E7720315</p><p>Expiration Date: Mar 31, 2027</p><p>Recertification cycle: Apr 1, 2025 &ndash; Mar 31, 2027</p><a href="#">Add Courses</a></div></div>
  <div class="col"><div class="card"><span>Progress toward 40 hours</span><div><small>National</small><div role="progressbar" aria-valuenow="65"></div></div><small>All sections must be complete to recertify.</small></div></div>
</div>
<div class="card"><h5>National Component</h5>${table(
    row('Airway Management Update', 'May 14, 2025', '2.0', '25-EMSX-F3-0101') +
      row('ACS and 12-Lead Awareness', 'Nov 19, 2025', '3.0', '25-MEDIC-F1-2231') +
      row('Hemorrhage Control Refresher', 'Feb 7, 2026', v.blankHours ? '' : '2.0', '26-0219-T3'),
  )}</div>
<div class="card"><h5>Local Component</h5>${table(row('Statewide Treatment Protocols Update', 'Jul 9, 2026', '3.0', '26-0311-T3') + row('Ambulance Vehicle Operator Refresher', 'Oct 3, 2026', '4.0', '26-0402-T1'))}</div>
<footer><div class="container">
  <div>&copy; 2026 National Registry of Emergency Medical Technicians</div>
  <div>${v.footerLinks === false ? '' : '<a href="/privacy">Privacy</a> <a href="/support">Support</a> '}<span>${v.stamp}</span></div>
</div></footer>
</div></div></body></html>`;
}

const STAMPS: Array<[string, string]> = [
  ['generated, a 24-hour time', 'Page generated 12/01/2026 07:44'],
  ['generated on, a time with AM', 'Generated on Dec 1, 2026 at 7:44 AM'],
  ['printed', 'Printed 12/01/2026 7:44 PM'],
  ['a report exported, ISO', 'Report exported 2026-12-01 07:44'],
  ['downloaded, a written date', 'Downloaded 1 December 2026'],
  ['retrieved, without links beside it', 'Retrieved 12/01/2026 07:44'],
];

describe('a page-made stamp in a footer shaped like a record', () => {
  for (const [name, stamp] of STAMPS) {
    it(`${name}: no unread course`, () => {
      const snapshot = readHtml(page({ stamp, footerLinks: !name.includes('without links') }), 'https://www.nremt.org/education');
      expect(snapshot.kind).toBe('nremt-education');
      expect(snapshot.courses).toHaveLength(5);
      expect(snapshot.unread ?? []).toEqual([]);
    });
  }

  it('a course row without its hours is still an unread course', () => {
    const snapshot = readHtml(page({ stamp: 'Page generated 12/01/2026 07:44', blankHours: true }), 'https://www.nremt.org/education');
    expect(snapshot.courses).toHaveLength(4);
    expect(snapshot.unread).toHaveLength(1);
    expect(snapshot.unread![0]!.text).toContain('Hemorrhage Control Refresher');
  });
});
