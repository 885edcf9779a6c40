// The person's name as the page shows it (domain.md: the dashboard shows "name, certification
// level, registry / EMS ID number"; eLicensing shows the licensee), whole and nothing more:
// - an avatar's initial drawn after the name inside the user menu's button ("Keoni A. Makoa K") is
//   no part of it, as initials before it never were;
// - a name written surname first, as a database or a roster stores it ("Whitfield, Darnell K."),
//   is the name as shown, never cut at its comma to the given names;
// - a labelled name whose next label ran on into its value ("Jordan T. Okafor Board: Office of
//   Emergency Medical Services") ends before that label's word;
// - the licensee's name with the first name written out ("TERRENCE O'MALLEY" in the greeting and
//   the license details) outranks a shorter writing of it elsewhere ("T. O'Malley, NRP", a mail's
//   signature);
// - a list's caption naming the person, their number and facts keeps them though a remark in
//   brackets (the table's legend) makes it long.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';
import { readHtml } from './load';

const dashboard = (chrome: string, main = ''): string =>
  '<!DOCTYPE html><html><head><title>Dashboard – NREMT</title></head><body>' +
  `<header><span>National Registry of Emergency Medical Technicians</span>${chrome}</header>` +
  '<main><h1>My Certification</h1>' +
  `${main}<dl><dt>Registry Number</dt><dd>E2291473</dd><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2028</dd></dl>` +
  '<h2>Message Center</h2><p>Your recertification application is now open.</p></main></body></html>';

describe("an avatar's initials after the name in the user menu's button are no part of it", () => {
  it.each([
    ['one letter, the first name\'s', '<button type="button" aria-label="Profile">Keoni A. Makoa<span><div>K</div></span></button>', 'Keoni A. Makoa'],
    ['one letter, a two-word name', '<button type="button" aria-label="Profile">Keoni Makoa<span><div>K</div></span></button>', 'Keoni Makoa'],
    ['the initials of first and last name', '<button type="button" aria-label="Profile">Keoni A. Makoa<span>KM</span></button>', 'Keoni A. Makoa'],
    ['the initials before a sign-out', '<span>Keoni A. Makoa</span><span>KAM</span> <a href="#">Sign out</a>', 'Keoni A. Makoa'],
  ])('%s', (_, chrome, name) => {
    expect(readHtml(dashboard(chrome)).person?.name).toBe(name);
  });

  it('a last initial that is not the first name\'s stays unread as initials (no name guessed from it)', () => {
    expect(readHtml(dashboard('<button type="button" aria-label="Profile">Keoni A. Makoa<span>Z</span></button>')).person?.name).not.toBe('Keoni A. Makoa Z');
  });
});

describe('a name written surname first is the name as shown', () => {
  it.each([
    ['a summary line', '<p>Whitfield, Darnell K. · E2291473 · EMT</p>', 'Whitfield, Darnell K.'],
    ['a one-row table of the person\'s facts', '<table><tr><th>FULL_NAME</th><th>NREMT_NO</th><th>CERT_LEVEL</th></tr><tr><td>Whitfield, Darnell K.</td><td>E2291473</td><td>EMT</td></tr></table>', 'Whitfield, Darnell K.'],
    ['in capitals, two words', '<p>O\'MALLEY, TERRENCE · E2291473 · EMT</p>', "O'MALLEY, TERRENCE"],
    ['a hyphenated surname', '<p>Ortiz-Quiñones, Rafael · E2291473 · EMT</p>', 'Ortiz-Quiñones, Rafael'],
  ])('%s', (_, main, name) => {
    expect(readHtml(dashboard('', main)).person?.name).toBe(name);
  });

  it.each([
    ['a greeting before the name', '<p>Welcome, Darnell K. Whitfield · E2291473 · EMT</p>', 'Darnell K. Whitfield'],
  ])('%s: the given names first, as before', (_, main, name) => {
    expect(readHtml(dashboard('', main)).person?.name).toBe(name);
  });
});

const URL = 'https://healthprofessionlicensing.mass.gov/#/dashboard/licenses';
const LICENSES =
  '<table><caption>My Licenses</caption><thead><tr><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr></thead>' +
  '<tbody><tr><td>E904318</td><td>Current</td><td>3/31/2028</td></tr></tbody></table>';

function license(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Manage My Licenses and Applications</title></head><body><h1>Manage My Licenses and Applications</h1>${body}${LICENSES}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

describe("a labelled name whose next label ran on into it ends before that label", () => {
  it.each([
    ['the board', '<div><span>Licensee: <strong>Jordan T. Okafor</strong></span><span>Board: Office of Emergency Medical Services</span></div>', 'Jordan T. Okafor'],
    ['the profession', '<div><span>Licensee: <b>Jordan Okafor</b></span><span>Profession: Emergency Medical Services</span></div>', 'Jordan Okafor'],
    ['the city', '<div><span>Name: <b>Jordan T. Okafor</b></span><span>City: Worcester</span></div>', 'Jordan T. Okafor'],
  ])('%s', (_, body, name) => {
    expect(license(body).person?.name).toBe(name);
  });
});

describe("the licensee's name with the first name written out outranks a shorter writing", () => {
  it.each([
    ['a signature after the license', '<p>Welcome, TERRENCE O\'MALLEY <a href="#">Logout</a></p>', '<p>T. O\'Malley, NRP</p>', "TERRENCE O'MALLEY"],
    ['an initial in the top bar, the full name greeted', '<p>Welcome, Terrence O\'Malley</p>', '<p>T. O\'Malley</p>', "Terrence O'Malley"],
  ])('%s', (_, top, after, name) => {
    expect(license(`${top}${after}`).person?.name).toBe(name);
  });
});

const transcript = (caption: string): string =>
  '<!DOCTYPE html><html><head><title>CE transcript</title></head><body><table>' +
  `<caption>${caption}</caption>` +
  '<thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Component</th><th>Approval No.</th></tr></thead><tbody>' +
  '<tr><td>Capnography Case Review</td><td>04/12/2025</td><td>2</td><td>National</td><td>25-CMED-F3-2210</td></tr>' +
  '<tr><td>Pediatric Airway Update</td><td>06/02/2025</td><td>1.5</td><td>National</td><td>25-CMED-F3-2311</td></tr>' +
  '<tr><td>Stroke Scales Refresher</td><td>09/20/2025</td><td>1</td><td>Local</td><td>25-CMED-F3-2412</td></tr>' +
  '</tbody></table></body></html>';

describe("a caption naming the person and their facts, made long by a remark in brackets", () => {
  it.each([
    ['a legend of the rows\' colours', 'CE transcript — Tomasz R. Wierzbicki · NREMT # P4418206 · Paramedic · last recertified 03/31/2025 · expires 03/31/2027 (yellow = possible duplicate, grey = outside cycle)'],
    ['a note on where it came from', 'Tomasz R. Wierzbicki · NREMT # P4418206 · Paramedic · expires 03/31/2027 (copied from the NREMT transcript page by hand on 11/29/2026, checked against certificates)'],
  ])('%s', (_, caption) => {
    const snap = readHtml(transcript(caption));
    expect(snap.kind).toBe('nremt-education');
    expect(snap.person).toMatchObject({ name: 'Tomasz R. Wierzbicki', registryNumber: 'P4418206' });
  });
});
