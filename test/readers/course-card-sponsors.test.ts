// A course card's sponsor ("Agency: Boston EMS" among the course's date, hours and approval
// number, on an application page's course list) is the agency that gave the course, not the
// user's agency affiliation.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const SPONSOR = 'Boston EMS';
const COURSES = [
  ['Airway Management Review', '03/12/2026', '2 hrs', '26-BEMS-F1-0312'],
  ['Pediatric Trauma Update', '05/06/2026', '1.5 hrs', 'MA-26-0506-T3'],
];

type Card = (course: readonly string[], sponsor: string | null) => string;
const labelLines: Card = ([title, date, hours, approval], sponsor) =>
  `<div><div>Course: ${title}</div><div>Date Completed: ${date}</div><div>Hours: ${hours}</div>${sponsor ? `<div>Agency: ${sponsor}</div>` : ''}<div>Approval #: ${approval}</div></div>`;
const definitionList: Card = ([title, date, hours, approval], sponsor) =>
  `<dl><dt>Course Title</dt><dd>${title}</dd>${sponsor ? `<dt>Agency</dt><dd>${sponsor}</dd>` : ''}<dt>Completed</dt><dd>${date}</dd><dt>Credits</dt><dd>${hours}</dd><dt>Approval Number</dt><dd>${approval}</dd></dl>`;
const titledCard: Card = ([title, date, hours, approval], sponsor) =>
  `<article><h4>${title}</h4><p>Completed ${date} · ${hours} · CAPCE/OEMS ${approval}</p>${sponsor ? `<p>Agency: ${sponsor}</p>` : ''}</article>`;

const page = (cards: string, profile: string) => `<!DOCTYPE html><html><head><title>Recertification Application</title></head><body>
<h1>Recertification Application</h1><p>Dana M. Okafor · E1234567</p><p>Level: EMT</p><p>Expiration Date: 03/31/2027</p>${profile}
<p>Application Status: In Progress</p><h2>Continuing Education</h2>${cards}<button>Submit Application</button></body></html>`;

const LAYOUTS = [['label lines', labelLines], ['dl', definitionList], ['titled card', titledCard]] as const;

describe("a course card's sponsoring agency is not the user's", () => {
  const cases: Array<[string, Card, 'first' | 'last' | 'both', boolean]> = [];
  for (const [l, card] of LAYOUTS) for (const which of ['first', 'last', 'both'] as const) for (const profile of [false, true]) cases.push([`${l}, sponsor on the ${which} card${profile ? ', own agency in the profile' : ''}`, card, which, profile]);
  it.each(cases)('%s', (_name, card, which, profile) => {
    const cards = COURSES.map((course, i) => card(course, which === 'both' || (which === 'first') === (i === 0) ? SPONSOR : null)).join('');
    const own = profile ? '<h2>Profile and Workforce Information</h2><p>Agency Affiliation: Cape Cod Regional EMS — Active</p>' : '';
    const read = readHtml(page(cards, own), 'https://www.nremt.org/application');
    expect(read.agency).toEqual(profile ? { name: 'Cape Cod Regional EMS', status: 'active' } : undefined);
  });

  it("the profile's own labelled agency, away from any course, is still read", () => {
    const read = readHtml(page(COURSES.map((c) => labelLines(c, null)).join(''), '<p>Agency: Plymouth County Regional EMS</p>'), 'https://www.nremt.org/application');
    expect(read.agency?.name).toBe('Plymouth County Regional EMS');
  });
});
