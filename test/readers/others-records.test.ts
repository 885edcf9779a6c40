// A page that shows someone else's record is `unknown`, never the user's own course list: a
// Training Officer's review screen (domain.md: "Training Officers switch MY ROLES to 'Training
// Officer' … the applications waiting for their sign-off. A TO may not approve their own
// education"), an agency roster's table of several members' courses, a "verify a provider"
// search's results. Unknown beats wrong. The user's own list keeps its courses: their name in
// the header, an agency column, their own registry number in every row.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = (rows: string[][], head: string[]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const OWN_ROWS = [
  ['Pediatric Assessment Triangle', '05/14/2026', '2.0', 'National – Medical'],
  ['Trauma Triage Guidelines', '06/03/2026', '1.5', 'National – Trauma'],
  ['Oxygen Delivery Devices', '07/22/2026', '1.0', 'National – Airway'],
];
const HEAD = ['Course', 'Completed', 'Hours', 'Component'];
const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const URL = 'https://www.nremt.org/education';

describe("someone else's record is unknown", () => {
  it.each([
    ['a review screen whose title names the Training Officer view', page('Review Education – Training Officer – NREMT', `<header>NREMT · Signed in as Paul Reyes</header><main><p>Member courses</p>${COURSES(OWN_ROWS, HEAD)}</main>`)],
    ['"Reviewing:" a member by name above the courses', page('Education | NREMT', `<main><h2>Reviewing: Nathaniel Obi-Sorensen</h2>${COURSES(OWN_ROWS, HEAD)}<button>Approve</button><button>Return Incomplete</button></main>`)],
    ['"Review Education:" a member by name', page('NREMT', `<main><h1>Review Education: Marisol Q. Duarte</h1>${COURSES(OWN_ROWS, HEAD)}</main>`)],
    ['a notice that the page is another provider\'s record', page('NREMT', `<main><p>You are reviewing another provider's record. You may not approve your own education.</p>${COURSES(OWN_ROWS, HEAD)}</main>`)],
    ['a roster of several members\' courses with their registry numbers', page('ce_review', `<main>${COURSES([['Kowalczyk, Brian', 'E3390127', ...OWN_ROWS[0]!], ['Nguyen, Linh', 'E4410853', ...OWN_ROWS[1]!], ['Ortiz, Camila', 'A5120448', ...OWN_ROWS[2]!]], ['Member', 'NREMT #', ...HEAD])}</main>`)],
    ['a roster of several members\' courses by name only', page('Agency roster export', `<main>${COURSES([['Brian Kowalczyk', ...OWN_ROWS[0]!], ['Linh Nguyen', ...OWN_ROWS[1]!], ['Camila Ortiz', ...OWN_ROWS[2]!]], ['Member', ...HEAD])}</main>`)],
    ['a roster\'s registry numbers without a label', page('Sign-off queue', `<main>${COURSES([['E3390127', ...OWN_ROWS[0]!], ['E4410853', ...OWN_ROWS[1]!], ['A5120448', ...OWN_ROWS[2]!]], ['ID', ...HEAD])}</main>`)],
  ])('%s', (_, html) => {
    const snap = readHtml(html, URL);
    expect(snap.kind).toBe('unknown');
    expect(snap.courses ?? []).toHaveLength(0);
  });

  it('a "verify a provider" search\'s results name no one\'s own certification', () => {
    const rows = COURSES(
      [['Brian Kowalczyk', 'E3390127', 'EMT', '03/31/2027'], ['Linh Nguyen', 'E4410853', 'Paramedic', '03/31/2028'], ['Camila Ortiz', 'A5120448', 'AEMT', '03/31/2027']],
      ['Name', 'Registry Number', 'Certification Level', 'Expiration Date'],
    );
    const snap = readHtml(page('Verify a Certification | NREMT', `<main><h2>Search results</h2>${rows}</main>`), 'https://www.nremt.org/verify-credentials');
    expect(snap.kind).toBe('unknown');
    expect(snap.person?.registryNumber).toBeUndefined();
  });
});

describe("the user's own list stays theirs", () => {
  it.each([
    ['their name in the header', `<header>NREMT · Signed in as Dana Okafor · Sign out</header><main><h1>Manage Education</h1>${COURSES(OWN_ROWS, HEAD)}</main>`],
    ['an agency column naming different agencies', `<main><h1>Transcript</h1>${COURSES(OWN_ROWS.map((r, i) => [...r, ['Ware Ambulance Service', 'Palmer Fire Rescue', 'Cape Ann Regional EMS'][i]!]), [...HEAD, 'Agency'])}</main>`],
    ['their own registry number in every row', `<main><h1>CE Log</h1>${COURSES(OWN_ROWS.map((r) => ['Dana Okafor', 'E3390127', ...r]), ['Member', 'NREMT #', ...HEAD])}</main>`],
    ['a review step of their own application named in a heading', `<main><h1>Transcript</h1><h2>Review your courses</h2>${COURSES(OWN_ROWS, HEAD)}</main>`],
  ])('%s', (_, body) => {
    const snap = readHtml(page('NREMT', body), URL);
    expect(snap.kind).toBe('nremt-education');
    expect(snap.courses).toHaveLength(3);
  });
});

describe("a course's provider column names who taught it, not whose record it is", () => {
  it('courses from several providers stay the user\'s own', () => {
    const rows = OWN_ROWS.map((r, i) => [...r, ['EMSx Online', 'Cape Cod Community College', 'Northampton Fire Dept.'][i]!]);
    const snap = readHtml(page('Transcript | NREMT', `<main><h1>Transcript</h1>${COURSES(rows, [...HEAD, 'Provider'])}</main>`), URL);
    expect(snap.kind).toBe('nremt-education');
    expect(snap.courses).toHaveLength(3);
  });
});
