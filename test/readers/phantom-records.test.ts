// Records that are not courses, read as courses (phantoms), fifteenth round. domain.md: the
// person's course list holds the courses they completed, each with its title, date and hours.
// (1) A chat message that names a course and its hours ("got 8 hrs for it"), its sent stamp on
//     the next line (a date with only its time of day): a message, not a course's values line.
// (2) A closed <dialog> (no `open`: the browser draws nothing of it) quoting a course in its
//     question ("Removing “Trauma Review” (1.0 credit, 02 Apr 2025) …"): not shown, no course.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const titles = (read: ReturnType<typeof readHtml>) => (read.courses ?? []).map((course) => course.title);

const HEAD = '<h1>NREMT – Manage Education (copy)</h1><p>Sam Ortiz — NREMT # E5512034</p><p>EMT · Expiration: 31 March 2028</p>';
const COURSES: Array<readonly [string, string]> = [
  ['Surgical Airway Lab', '3 May 2026\t3.0 hrs\tAirway, Respiration &amp; Ventilation\tCAPCE 26-AIRW-F1-0503'],
  ['ACLS Provider Renewal', '7 June 2026\t2.5 hrs\tCardiovascular\tOEMS 26-0607-T'],
  ['County Protocol Update', '12 September 2026\t2.0 hrs\tState/Local\tOEMS 26-0912-T3'],
];
const TITLES = COURSES.map(([title]) => title);
const list = `<h2>Courses</h2>${COURSES.map(([title, values]) => `<p><span style="font-weight:bold">${title}</span></p><p><span style="white-space:pre">${values}</span></p>`).join('')}`;

describe('a chat message naming a course, its sent stamp under it: no course', () => {
  it.each([
    ['12-hour clock with seconds', 'Nov 14, 2026 4:10:19 pm'],
    ['12-hour clock', 'November 14, 2026 4:10 PM'],
    ['24-hour clock', '14 November 2026 16:10'],
    ['ISO date and clock', '2026-11-14 16:10:19'],
  ] as const)('%s', (_, stamp) => {
    const message = `<div><div>Dana Whitcomb</div><div><div>did you do the PHTLS refresher at the academy on 10/4? I did, got 8 hrs for it</div></div><div>${stamp}</div></div>`;
    const read = readHtml(page('Messages', `${HEAD}${list}<h2>Messages</h2>${message}`));
    expect(titles(read)).toEqual(TITLES);
  });
});

const table = `<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>${[
  ['Surgical Airway Lab', '05/03/2026', '3.0', '26-AIRW-F1-0503'],
  ['ACLS Provider Renewal', '06/07/2026', '2.5', '26-0607-T'],
  ['County Protocol Update', '09/12/2026', '2.0', '26-0912-T3'],
]
  .map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
  .join('')}</tbody></table>`;

describe('a closed dialog quoting a course: not shown, no course', () => {
  it.each([
    ['a removal question', 'Remove course from component?', 'Removing “Trauma Assessment Review” (1.0 credit, 02 Apr 2025) will return it to your transcript as unassigned.'],
    ['a deletion question', 'Delete this record?', 'Delete “Trauma Assessment Review”, 1.0 hrs, completed 04/02/2025? This cannot be undone.'],
    ['a move question', 'Move course', 'Move “Trauma Assessment Review” (1 hour, April 2, 2025) to the individual component?'],
  ] as const)('%s', (_, header, body) => {
    const dialog = `<dialog aria-modal="true"><header><div>${header}</div></header><div>${body}</div><footer><button>Cancel</button><button>Remove</button></footer></dialog>`;
    const read = readHtml(page('Manage Education', `${HEAD}${table}${dialog}`));
    expect(titles(read)).toEqual(TITLES);
  });
});

// (3) Values with extra words: an agency's name in a table's Agency column with its town and
//     state beneath it ("Westfield Fire Department" over "Westfield, MA"): the address is no part
//     of the agency's name (domain.md: the agency you are affiliated with).
describe("an agency's name cell with its town beneath: the name alone", () => {
  const dashboard = (body: string) => readHtml(page('My Certification', `<h1>My Certification</h1><p>Level: EMT</p>${body}`));
  it.each([
    ['a header row, the town in a small line', '<table><thead><tr><th>Agency</th><th>Requested</th><th>Status</th></tr></thead><tbody><tr><td><div><span>Westfield Fire Department</span><small>Westfield, MA</small></div></td><td>11/18/2026</td><td><span>Pending Approval</span></td></tr></tbody></table>', 'Westfield Fire Department', 'pending'],
    ['a header row, the town after a line break', '<table><tr><th>Agency Name</th><th>Affiliation Status</th></tr><tr><td>Cape Cod Regional EMS<br>Hyannis, MA</td><td>Active</td></tr></table>', 'Cape Cod Regional EMS', 'active'],
    ['under a caption row, no label cell', '<table><tr><td colspan="2">Agency Affiliation</td></tr><tr><td>Pioneer Valley Ambulance<br><span>Northampton, MA</span></td><td>Pending Approval</td></tr></table>', 'Pioneer Valley Ambulance', 'pending'],
  ] as const)('%s', (_, body, name, status) => {
    expect(dashboard(body).agency).toEqual({ name, status });
  });
});

// (4) A relative time ("Logged in 14 min ago", "2 hours ago") says when something happened, not
//     a course's hours: a navbar's notifications block with a dated item and such a line is no course.
describe('a block with a date and a relative time ("14 min ago"): no course', () => {
  it.each([
    ['minutes ago', 'Logged in 14 min ago'],
    ['hours ago', 'Last sign-in 2 hours ago'],
    ['minutes ago, spelt out', 'Synced 45 minutes ago'],
  ] as const)('%s', (_, ago) => {
    const navbar = `<nav><ul><li><div><div>Notifications <div><a href="#">Mark All As Read</a></div></div><div><a href="#"><div>Your certification expires on March 31, 2027.<div>Nov 20, 2026</div></div></a><a href="#"><div>Recertification applications are open.<div>Oct 1, 2026</div></div></a></div></div></li><li><a href="#">Hi, Sam Ortiz</a><div><div>${ago}</div><a href="/logout">Logout</a></div></li></ul></nav>`;
    const read = readHtml(page('Manage Education', `${navbar}${HEAD}${table}`));
    expect(titles(read)).toEqual(TITLES);
  });
});
