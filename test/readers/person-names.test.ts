// The signed-in person's name where a site's user menu shows it: before a sign-out control, with
// a dropdown mark, the registry number or the level beside it, after a cue ("User:", "Logged on
// as:"). One set of name rules serves both sites.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const TABLE =
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>' +
  '<tr><td>Airway Update</td><td>01/14/2026</td><td>2</td></tr><tr><td>Trauma Review</td><td>02/14/2026</td><td>1.5</td></tr></tbody></table>';
const transcript = (chrome: string): string =>
  `<!DOCTYPE html><html><head><title>Transcript</title></head><body>${chrome}<h1>Transcript</h1>${TABLE}</body></html>`;
const LICENSE =
  '<h1>Manage My Licenses</h1><table><thead><tr><th>License Type</th><th>License Number</th><th>Status</th><th>Expiration Date</th></tr></thead>' +
  '<tbody><tr><td>Paramedic</td><td>P123456</td><td>Current</td><td>03/31/2026</td></tr></tbody></table>';
const license = (chrome: string): string =>
  `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body>${chrome}${LICENSE}</body></html>`;

describe("the signed-in person's name in a user menu", () => {
  it.each([
    ['before a sign-out link', '<div><span>NREMT</span><span>Priya Raman · <a href="/logout">Log out</a></span></div>', 'Priya Raman'],
    ['with the registry number, before a sign-out link', '<div><span>National Registry of Emergency Medical Technicians</span><span>Jenna L. Tran (A1025598) | <a>Log out</a></span></div>', 'Jenna L. Tran'],
    ['with a dropdown mark', '<div><span>NREMT</span><span><span>Nicole F. Amato</span> ▾</span></div>', 'Nicole F. Amato'],
    ['with an icon font ligature', '<ul><li><a>Dashboard</a></li><li><a>Aaliyah N. Brooks<i>arrow_drop_down</i></a></li></ul>', 'Aaliyah N. Brooks'],
    ['before a hidden menu', '<div><div>Grace E. Halloran <i></i><div style="display:none"><a>Sign Out</a></div></div></div>', 'Grace E. Halloran'],
    ['after "User:", with a suffix', '<table><tr><td>NREMT</td><td>User: Robert A. Castellano Jr. &nbsp; [<a>logout</a>]</td></tr></table>', 'Robert A. Castellano Jr.'],
    ['after "Logged on as:" on the line above', '<div>Logged on as:<br><b>Lucia F. Brennan</b><br>Registry # A4408123</div>', 'Lucia F. Brennan'],
    ['between the site name and the level in a header line', '<header>NREMT — Noor Al-Sayed — Paramedic — P5521460</header>', 'Noor Al-Sayed'],
    ['with the designation and number', '<div><div>NREMT » Manage Education</div><span>Sierra M. Vo-Haddad (NRP #P2264019)</span></div>', 'Sierra M. Vo-Haddad'],
  ])('%s', (_, chrome, name) => {
    expect(readHtml(transcript(chrome)).person?.name).toBe(name);
  });

  it.each([
    ['a course line with a number', '<nav><span>NREMT</span><span>Airway Management 2</span></nav>'],
    ['a menu of page names before sign-out', '<nav><span>Manage Education · <a>Log out</a></span></nav>'],
    ['a course title with its abbreviation in brackets', '<div><span>NREMT</span><span>MCI Triage Tabletop (SALT)</span></div>'],
  ])('%s is no name', (_, chrome) => {
    expect(readHtml(transcript(chrome)).person?.name).toBeUndefined();
  });

  it('the site name in plural before the name is not part of it', () => {
    const snap = readHtml(transcript('<div><span>NREMT — National Registry of Emergency Medical Technicians Jenna L. Tran (A1025598)</span></div>'));
    expect(snap.person?.name).toBe('Jenna L. Tran');
  });
});

describe("the licensee's name on eLicensing", () => {
  it.each([
    ['before a sign-out link', '<div><span>Health Professions Licensing</span><span>Maria-Luisa Ortega · <a>Logout</a></span></div>', 'Maria-Luisa Ortega'],
    ['after an avatar showing the initials', '<header><button><span>LM</span>Lauren E. McAllister</button></header>', 'Lauren E. McAllister'],
    ['after "Applicant:" beside the license number', '<p>Applicant: Beatriz L. Nakamura-Ellis · License A441907</p>', 'Beatriz L. Nakamura-Ellis'],
    ['labelled, written last name first as a terminal screen shows it', '<pre>LICENSEE NAME: </pre><p>Licensee Name: KOWALCZYK, JOANNA M.</p>', 'KOWALCZYK, JOANNA M.'],
  ])('%s', (_, chrome, name) => {
    expect(readHtml(license(chrome)).person?.name).toBe(name);
  });
});

describe('a name with what the chrome shows after it', () => {
  it.each([
    ['a greeting running on into the user menu', '<div><div>Welcome, Priya Raghunathan <a>My Profile</a> <a>Log Out</a></div></div>', 'Priya Raghunathan'],
    ['a role in brackets before a sign-out link', '<div><span>NREMT</span><span>Lucía Fernández <small>(Learner)</small> <a>Log out</a></span></div>', 'Lucía Fernández'],
  ])('%s', (_, chrome, name) => {
    expect(readHtml(transcript(chrome)).person?.name).toBe(name);
  });
});

describe("the licensee's name in a top bar that is no header", () => {
  it.each([
    [
      'a greeting at the end of a bar of links',
      '<div><a href="/">Health Professions Licensing</a> <a href="/licenses">Manage My Licenses and Applications</a> <a href="/link">Link License/Registration to my Account</a> <a href="/logout">Log Out</a> <span>Welcome, Gwendolyn A. Harrow-Pike</span></div>',
      'Gwendolyn A. Harrow-Pike',
    ],
    [
      'a name beside its menu in a nav',
      '<nav><section><span>Health Professions Licensing</span><span>Cornelius F. Abernathy <a>My Licenses</a><a>Log Out</a></span></section></nav>',
      'Cornelius F. Abernathy',
    ],
  ])('%s', (_, chrome, name) => {
    expect(readHtml(license(chrome)).person?.name).toBe(name);
  });
});

describe('a name the top bar abbreviates and the page writes out', () => {
  it('an NREMT page: the profile card’s full name', () => {
    const chrome = '<div role="button"><span>B. O\'Sullivan-Tran</span></div><div><div>Bridget O\'Sullivan-Tran</div><div>Emergency Medical Technician · NREMT # E5012346</div></div>';
    expect(readHtml(transcript(chrome)).person?.name).toBe("Bridget O'Sullivan-Tran");
  });

  it('an eLicensing page: the applicant card’s full name', () => {
    const chrome = '<div><a href="#account">Y. Carrasquillo</a></div><ul><li>Applicant</li><li>Yesenia P. Carrasquillo<p>Account</p></li></ul>';
    expect(readHtml(license(chrome)).person?.name).toBe('Yesenia P. Carrasquillo');
  });

  it('a different first initial is another person: nobody', () => {
    const chrome = '<div><a href="#account">Y. Carrasquillo</a></div><ul><li>Applicant</li><li>Marco Carrasquillo<p>Account</p></li></ul>';
    expect(readHtml(license(chrome)).person?.name).toBeUndefined();
  });
});

describe('a name labelled by the person’s role on a learning site', () => {
  it('"Learner" labels the name, before a menu of two words that look like one', () => {
    const chrome = '<div><a>Navigator</a><a>Preferences</a><a>Help</a><a>Logout</a></div><table><tr><td>Learner</td><td>Kathleen A. Sorensen</td></tr></table>';
    expect(readHtml(transcript(chrome)).person?.name).toBe('Kathleen A. Sorensen');
  });
});

describe('a page named for its person', () => {
  const education = (h1: string, title: string) =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${h1}</h1>${TABLE}</body></html>`;
  it.each([
    ['the main heading: page, dash, name', education('Manage Education — Hannah K. Briggs', 'Manage Education'), 'Hannah K. Briggs'],
    [
      'the title: page, colon, name, and the name again in the breadcrumbs',
      education('Transcript', 'Transcript: Keanu Alvarez-Whitfield').replace('<h1>', '<nav><ul><li><a>Keanu Alvarez-Whitfield</a></li><li>Transcript</li></ul></nav><h1>'),
      'Keanu Alvarez-Whitfield',
    ],
  ])('%s', (_, html, name) => {
    expect(readHtml(html).person?.name).toBe(name);
  });

  it.each([
    ['a heading of a page and a course title', education('Transcript — Airway Update', 'Transcript')],
    ['a title of a page and a name nowhere else', education('Transcript', 'Transcript: Keanu Alvarez-Whitfield')],
  ])('%s names nobody', (_, html) => {
    expect(readHtml(html).person?.name).toBeUndefined();
  });
});
