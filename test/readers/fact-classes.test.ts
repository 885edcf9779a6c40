// Facts outside course lists as classes of markup, each in several layouts a kit might draw:
// a dashboard whose facts are readable though few of them carry a label (mobile and TV kits), an
// agency whose status is the line after its name, a greeting by first name beside the full name
// in the chrome, a sign-in line beside its sign-out link on eLicensing, and label/value cells side
// by side in a print header. The negative cases (sign-in, help, Training Officer, too few facts)
// must stay unknown: unknown is better than wrong.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

// A dashboard's facts in three kits' markup; only two of them (the dates) beside a label.
const LIST_ITEMS =
  '<div><div>Signed in as Marta L. Ferreira</div></div>' +
  '<div><div>Certification</div>' +
  '<div><img alt=""><div><div>Marta L. Ferreira</div><div>Registry # P5512093</div></div></div>' +
  '<div><img alt=""><div><div>Active</div><div>Paramedic</div><div>National Registry certification level</div></div></div>' +
  '<div><img alt=""><div><div>Expiration Date</div><div>03/31/2028</div></div></div>' +
  '<div><img alt=""><div><div>Last Recertification Date</div><div>03/30/2026</div></div></div></div>';
const TV_PANEL =
  '<div><div>Marta L. Ferreira &nbsp;·&nbsp; NREMT #P5512093</div></div>' +
  '<div><div>Certification</div><div tabindex="0">Nationally Registered Paramedic</div>' +
  '<div tabindex="0"><span>Expires</span> <span>Mar 31, 2028</span></div>' +
  '<div tabindex="0"><span>Cycle start</span> <span>Mar 31, 2026</span></div></div>';
const MOBILE_LIST =
  '<ul><li><p>Marta L. Ferreira</p><p>NREMT ID P5512093</p></li>' +
  '<li><p>Paramedic</p></li>' +
  '<li><p>Expiration Date</p><p>2028-03-31</p></li>' +
  '<li><p>Recertification Cycle</p><p>2026-03-31 to 2028-03-31</p></li></ul>';

describe('a dashboard told by the facts it shows, whatever its kit', () => {
  it.each([
    ['an image list (BlackBerry-style) with the registry number and level as bare lines', LIST_ITEMS],
    ['a TV panel: the number in a subtitle, the level alone on its line', TV_PANEL],
    ['a mobile list of items', MOBILE_LIST],
  ])('%s', (_, body) => {
    const snap = readHtml(page(`<div>${body}</div><div>Dashboard</div><div>Transcript</div>`, 'NREMT'));
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.certification).toMatchObject({ level: 'paramedic', expiresOn: '2028-03-31' });
    expect(snap.person?.registryNumber).toBe('P5512093');
  });

  it.each([
    ['a sign-in page showing the same', page(`<h1>Sign in</h1>${LIST_ITEMS}`, 'Sign in – NREMT')],
    ['a help article with example values', page(`<p>Example: your dashboard</p><p>The sample below is fictional.</p>${LIST_ITEMS}`, 'NREMT')],
    ["a Training Officer's view", page(`<div>MY ROLES: Training Officer</div>${LIST_ITEMS}`, 'NREMT')],
    [
      'two labelled dates and nothing else of a certification',
      page('<div><div>Expiration Date</div><div>03/31/2028</div></div><div><div>Last Recertification Date</div><div>03/30/2026</div></div>', 'NREMT'),
    ],
    ['the same facts on a page that does not name NREMT', page(LIST_ITEMS.replace('National Registry certification level', 'Certification level'), 'Saved page')],
  ])('%s stays unknown', (_, html) => {
    expect(readHtml(html).kind).toBe('unknown');
  });
});

const dashboard = (body: string) => readHtml(page(`<h1>My Certification</h1><p>Level: EMT</p><p>Expiration Date: 03/31/2027</p>${body}`, 'My Certification'));

describe("an agency's status on the line after its labelled name", () => {
  it.each([
    [
      'a status that runs on into a sentence',
      '<div>Agency Affiliation</div><div>Berkshire County Ambulance Service</div><div>Pending Approval — your Training Officer has not yet accepted this request.</div>',
      { name: 'Berkshire County Ambulance Service', status: 'pending' },
    ],
    [
      'a chip and the date it was asked for',
      '<div><span>Agency Affiliation</span><span>Brewster Rescue Squad</span><div><span>Pending Approval</span><span>Requested Feb 2, 2026</span></div><a href="#">Add or Remove Agency Affiliation</a></div>',
      { name: 'Brewster Rescue Squad', status: 'pending' },
    ],
    [
      'a dl whose second description is the status',
      '<dl><dt>Agency</dt><dd>Hilltown Fire Rescue</dd><dd>Active since 04/02/2025</dd></dl>',
      { name: 'Hilltown Fire Rescue', status: 'active' },
    ],
  ])('%s', (_, body, agency) => {
    expect(dashboard(body).agency).toEqual(agency);
  });

  it('a labelled value that is the whole section (the status first, no name alone) gives no agency', () => {
    const snap = dashboard('<div>Agency Affiliation</div><div>Pending Approval Lowell General Ambulance</div><div>Pending Approval</div>');
    expect(snap.agency?.name).not.toBe('Pending Approval Lowell General Ambulance');
  });

  it('a later line that is news, not the agency, gives no status', () => {
    const snap = dashboard('<div>Agency Affiliation</div><div>Hilltown Fire Rescue</div><div>Recertification CE Summary</div><p>National 40%</p><p>Active learners: 3</p>');
    expect(snap.agency?.status).toBeUndefined();
  });
});

describe("an agency's status chip drawn before its name (a badge floated beside the item)", () => {
  it.each([
    [
      'an image list item: the chip, the name, a detail line',
      '<h2>Agency Affiliation</h2><div><div><span>Active</span><div>Wareham Fire Department - EMS Division</div><div>Training Officer: Lt. R. Medeiros</div></div><div>Add or Remove Agency Affiliation</div></div>',
      { name: 'Wareham Fire Department - EMS Division', status: 'active' },
    ],
    [
      'a card with a badge, then the name as its heading',
      '<h3>Agency Affiliations</h3><div><div><mark>Pending</mark></div><h4>Lowell General Ambulance</h4><p>Requested 02/02/2026</p></div>',
      { name: 'Lowell General Ambulance', status: 'pending' },
    ],
    [
      'two agencies, each chip before its name: the active one is the affiliation',
      '<h2>Agency Affiliation</h2><div><p>Inactive</p><p>Old Town Rescue</p></div><div><p>Active</p><p>Hilltown Fire Rescue</p></div>',
      { name: 'Hilltown Fire Rescue', status: 'active' },
    ],
  ])('%s', (_, body, agency) => {
    expect(dashboard(body).agency).toEqual(agency);
  });

  it('a chip after its name still names that agency, not the next one', () => {
    const body = '<h2>Agency Affiliation</h2><div><p>Old Town Rescue</p><p>Inactive</p></div><div><p>Hilltown Fire Rescue</p><p>Pending Approval</p></div>';
    expect(dashboard(body).agency).toEqual({ name: 'Hilltown Fire Rescue', status: 'pending' });
  });
});

describe('a greeting by first name, the full name beside it in the chrome', () => {
  it.each([
    ['a user-menu button, then the greeting heading', '<header><span>National Registry</span><button aria-haspopup="menu"><span>Keisha M. Brathwaite</span></button></header><h1>Welcome back, Keisha</h1>'],
    ['all in inline spans', '<span><span>National Registry</span><span>Dashboard</span><span>Keisha M. Brathwaite</span><span role="heading" aria-level="1">Welcome back, Keisha</span></span>'],
    ['a header line with the name, then a greeting paragraph', '<div><b>NREMT</b> · Keisha M. Brathwaite</div><p>Good morning, Keisha!</p>'],
  ])('%s', (_, top) => {
    const snap = readHtml(page(`${top}<div><p>Level: EMT</p><p>Expiration Date: 03/31/2027</p></div>`, 'Dashboard'));
    expect(snap.person?.name).toBe('Keisha M. Brathwaite');
  });

  it('a full name of another first name is not the greeted person', () => {
    const snap = readHtml(page('<header><span>National Registry</span><span>Training Officer: Denise P. Arruda</span></header><h1>Welcome back, Keisha</h1><p>Level: EMT</p><p>Expiration Date: 03/31/2027</p>', 'Dashboard'));
    expect(snap.person?.name).toBeUndefined();
  });
});

describe('eLicensing: a sign-in line beside its sign-out link', () => {
  const URL = 'https://healthprofessionlicensing.mass.gov/#/dashboard';
  const GRID =
    '<h1>Manage My Licenses and Applications</h1><table><thead><tr><th>License #</th><th>License Status</th><th>Expiration Date</th></tr></thead>' +
    '<tbody><tr><td>A208817</td><td>Current</td><td>03/31/2027</td></tr></tbody></table>';
  function read(top: string) {
    const doc = new DOMParser().parseFromString(page(top + GRID, 'Health Professions Licensing'), 'text/html');
    const full = readPage(doc, URL);
    expect(PageSnapshot.parse(readLicensePageUnchecked(doc, URL))).toEqual(full);
    return full;
  }
  it.each([
    ['bullets between the links', '<div><b>Health Professions Licensing</b> · Massachusetts Department of Public Health <span>Signed in: Anika R. Patel · <a href="#">My Profile</a> · <a href="#">Log Out</a></span></div>'],
    ['bars between the links', '<div><span>Logged in as Anika R. Patel | <a href="#">Account</a> | <a href="#">Sign Out</a></span></div>'],
    ['the name in bold', '<div><span>Welcome, <b>Anika R. Patel</b> <a href="#">Logout</a></span></div>'],
  ])('%s', (_, top) => {
    expect(read(top).person?.name).toBe('Anika R. Patel');
  });
});

describe('label and value cells side by side in a print header', () => {
  const courses =
    '<table><thead><tr><th>Course</th><th>Completed</th><th>Credit Hours</th><th>Approval Number</th></tr></thead><tbody>' +
    '<tr><td>Airway Update</td><td>Mar 10, 2026</td><td>1 hr</td><td>26-AIRW-F3-0102</td></tr>' +
    '<tr><td>Trauma Review</td><td>Apr 11, 2026</td><td>2 hrs</td><td>26-TRAU-F3-0103</td></tr></tbody></table>';
  it.each([
    [
      'two pairs a row',
      '<table><tr><td>Name</td><td>Thomas J. Okafor</td><td>Registry Number</td><td>E7723015</td></tr>' +
        '<tr><td>Certification</td><td>National Registry EMT</td><td>Expiration</td><td>Mar 31, 2027</td></tr></table>',
    ],
    [
      'three pairs a row',
      '<table><tr><td>Registry Number</td><td>E7723015</td><td>Certification Level</td><td>EMT</td><td>Expiration Date</td><td>03/31/2027</td></tr></table>',
    ],
    [
      'labels in bold cells',
      '<table><tr><td><b>Registry #</b></td><td>E7723015</td><td><b>Level</b></td><td>EMT</td></tr><tr><td><b>Expires</b></td><td>2027-03-31</td><td></td><td></td></tr></table>',
    ],
  ])('%s', (_, header) => {
    const snap = readHtml(page(`<h1>Education Transcript</h1>${header}${courses}`, 'Transcript'));
    expect(snap.kind).toBe('nremt-education');
    expect(snap.person?.registryNumber).toBe('E7723015');
    expect(snap.certification).toMatchObject({ level: 'emt', expiresOn: '2027-03-31' });
    expect(snap.courses).toHaveLength(2);
  });
});
