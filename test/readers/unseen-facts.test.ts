// Facts outside course lists in the forms other sites give them: an icon font's word beside an
// agency's status chip, an agency table under its section's heading, a card whose header holds
// an action link, a profile card with menus or wrappers between the name and the number, a
// registry number written in digit groups or after "#", label and value cells side by side in a
// row, a cycle's end as its own label, a header line that says the level with "your", a
// heading that names the application and its status. Each case is a minimal page of a family.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const dashboard = (body: string) =>
  readHtml(page(`<h1>My Certification</h1><p>Level: Paramedic</p><p>Expiration Date: 03/31/2027</p>${body}`, 'My Certification'));
const COURSES =
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>' +
  '<tr><td>Airway Update</td><td>01/14/2026</td><td>2</td></tr><tr><td>Trauma Review</td><td>02/14/2026</td><td>1.5</td></tr></tbody></table>';
const transcript = (top: string, afterHeading = '') =>
  readHtml(page(`${top}<h1>Transcript</h1>${afterHeading}${COURSES}`, 'Transcript'));

describe('an agency and its status', () => {
  it.each([
    [
      "an icon font's word before the status chip is no agency's name",
      '<article><h6>Agency Affiliation</h6><p>Cape Harbor Fire District</p><span><i>schedule</i> Pending Approval</span></article>',
      { name: 'Cape Harbor Fire District', status: 'pending' },
    ],
    [
      'an ARIA table under the section heading whose column headers sit in no row',
      '<section><h2>Agency Affiliations</h2><div role="table"><div role="rowgroup"><div role="columnheader">AGENCY</div><div role="columnheader">STATUS</div></div>' +
        '<div role="rowgroup"><div role="row"><div role="cell">Bayside Regional EMS</div><div role="cell">Active</div></div></div></div></section>',
      { name: 'Bayside Regional EMS', status: 'active' },
    ],
    [
      "a card whose header holds an action link, each agency's name a heading of its list item",
      '<div><div><div>Agency Affiliation</div><div><a href="/agency">Add or Remove Agency Affiliation</a></div></div>' +
        '<div><ul><li><div><h4>Millbrook General Ambulance</h4><div>Requested 01/09/2026</div></div><ul><li><span>Pending Approval</span></li></ul></li></ul></div></div>',
      { name: 'Millbrook General Ambulance', status: 'pending' },
    ],
    [
      'a label/value table under the section heading: its labels name no agency',
      '<h2>Agency Affiliation</h2><table><tr><td>Agency</td><td>Braintree Fire Department</td></tr><tr><td>Affiliation Status</td><td>Active</td></tr></table>',
      { name: 'Braintree Fire Department', status: 'active' },
    ],
  ])('%s', (_, body, agency) => {
    expect(dashboard(body).agency).toEqual(agency);
  });

  it('a status chip with an icon word and no name above it reads no agency', () => {
    expect(dashboard('<article><h6>Agency Affiliation</h6><span><i>schedule</i> Pending Approval</span></article>').agency?.name).not.toBe('schedule');
  });
});

describe("the person's name and registry number", () => {
  it.each([
    [
      'a profile card whose name, level and number each sit in wrappers (each line shown twice)',
      '<header><span>NREMT</span><nav><a>Dashboard</a> <a>Transcript</a></nav></header>',
      '<div><div><h2><span>Brianna L. Kowalski</span></h2></div><div><p><span>Nationally Registered Emergency Medical Technician</span></p></div><div><p><span>Registry Number</span></p></div><div><p><span>E2297514</span></p></div></div>',
      'Brianna L. Kowalski',
    ],
    [
      "a name in its own block, the registry number later in the name's line",
      '<header><span>NREMT</span><nav><a>Dashboard</a> <a>Log out</a></nav></header>',
      '<p><strong>Siobhan K. Mulvey</strong><br>Registry #: A6120487</p><p>Advanced EMT<br>Cycle: April 1, 2025 – March 31, 2027</p>',
      'Siobhan K. Mulvey',
    ],
    [
      "an app bar's name, the menu, then the level and number",
      '<div><h2>National Registry — Transcript</h2><span>Renée Fontaine-Obi</span></div><nav><a>Dashboard</a><a>Transcript</a><a>Manage Education</a></nav><p>Advanced EMT #A8806123</p>',
      '',
      'Renée Fontaine-Obi',
    ],
    [
      "an icon font's word before the name in a user menu",
      '<header><span>National Registry of EMTs</span><nav><a>Dashboard</a> <a>Transcript</a> <span><i>account_circle</i> Tobias J. Wrenfield</span></nav></header>',
      '',
      'Tobias J. Wrenfield',
    ],
    [
      "an avatar's initials of a double-barrelled name before it, the number after the main heading",
      '<nav><a>Transcript</a><a>Manage Education</a></nav><div><span>KB</span> <span>Keisha Brandt-Molina</span></div>',
      '<p>NREMT ID</p><p>E8825140</p><p>Certification</p><p>Emergency Medical Technician</p>',
      'Keisha Brandt-Molina',
    ],
    [
      'a form of label and value boxes, the label a word no reader knows',
      '<nav><a>Dashboard</a></nav>',
      '<ul><li><div><label>Certificant</label></div><div>Devontae J. Whitcombe</div></li><li><div><label>NREMT ID</label></div><div>E4417302</div></li></ul>',
      'Devontae J. Whitcombe',
    ],
  ])('%s', (_, top, after, name) => {
    expect(transcript(top, after).person?.name).toBe(name);
  });

  it.each([
    ['in digit groups after "Registry ID"', '<p>Emergency Medical Responder · Registry ID 2310-4471 · Cycle: 04/01/2024 – 03/31/2026</p>', '2310-4471'],
    ['after "#" beside the level', '<p>NRP #P1190457 · Current expiration: March 31, 2026</p>', 'P1190457'],
  ])('a registry number %s', (_, line, number) => {
    expect(transcript('', line).person?.registryNumber).toBe(number);
  });

  it('a date after "Registry ID" is no registry number', () => {
    expect(transcript('', '<p>Paramedic · Registry ID 2026-03-12</p>').person?.registryNumber).toBeUndefined();
  });

  it("a row of label and value cells gives the number beside its label's cell", () => {
    const snap = dashboard(
      '<table><tr><td>Name</td><td>Renata V. Okoro</td><td>Registry Number</td><td>A0472318</td></tr><tr><td>Certification Level</td><td>Advanced EMT</td><td>Status</td><td>Active</td></tr></table>',
    );
    expect(snap.person?.registryNumber).toBe('A0472318');
  });

  it("a town and state is no licensee's name", () => {
    const html = page(
      '<div><span>Health Professions Licensing</span><span>Thanh H. Nguyen</span><button aria-label="Sign out">⏻</button></div>' +
        '<h1>Manage My Licenses and Applications</h1><table><thead><tr><th>License Type</th><th>License Number</th><th>Status</th><th>Expiration Date</th></tr></thead>' +
        '<tbody><tr><td>Advanced EMT</td><td>A204519</td><td>Current</td><td>03/31/2028</td></tr></tbody></table><p>Mailing address</p><p>Worcester, MA</p>',
      'Health Professions Licensing',
    );
    expect(readHtml(html, 'https://healthprofessionlicensing.mass.gov/').person?.name).toBe('Thanh H. Nguyen');
  });
});

describe('certification dates off the dashboard', () => {
  it.each([
    [
      'a summary list whose cycle end is labelled "Cycle ends"',
      '<dl><div><dt>Certification</dt><dd>Paramedic (NRP)</dd></div><div><dt>Cycle start</dt><dd>1 April 2025</dd></div><div><dt>Cycle ends</dt><dd>31 March 2027</dd></div></dl>',
      { expiresOn: '2027-03-31', cycleStart: '2025-04-01' },
    ],
    [
      'a two-year "Recertification window" beside the level',
      '<p>Emergency Medical Responder (EMR) · Recertification window: Apr 1, 2024 – Mar 31, 2026</p>',
      { expiresOn: '2026-03-31', cycleStart: '2024-04-01' },
    ],
    [
      'a level and number, then the cycle range in words',
      '<p>Advanced EMT #A8806123 — recertification cycle 10/01/2023 to 03/31/2026</p>',
      { level: 'aemt', expiresOn: '2026-03-31', cycleStart: '2023-10-01' },
    ],
    [
      'bold labels inside one line of facts',
      '<div><b>EMT</b> · Registry E8834021 · <b>Recert Cycle</b> 04/01/2025 – 03/31/2027 · <b>Expiration</b> 03/31/2027</div>',
      { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' },
    ],
  ])('%s', (_, line, certification) => {
    expect(transcript('', line).certification).toMatchObject(certification);
  });

  it('a window of months (the application window) is no cycle', () => {
    expect(transcript('', '<p>Paramedic · Recertification window: Oct 1, 2025 – Mar 31, 2026</p>').certification?.cycleStart).toBeUndefined();
  });
});

const application = (body: string) =>
  readHtml(page(`<nav><a>Dashboard</a><a>Application</a></nav>${body}`, 'Recertification Application'), 'https://www.nremt.org/recertification/application');

describe("the application's status and level", () => {
  it.each([
    [
      'the main heading names the application and its status',
      '<h3>2026 Recertification Application In Progress</h3><p>Registry Number E5521090 · Certification Expiration: 2026-03-31</p><h4>Make Payment</h4><p>Application fee $30.00</p><h4>Submit</h4><button disabled>Submit Application</button>',
      'in-progress',
    ],
    [
      "the Submit step's heading says not submitted",
      '<h1>Recertification Application</h1><h4>Continuing Education <span>Complete</span></h4><h4>Make Payment <span>Paid</span></h4><p>$30.00 paid 11/02/2025</p>' +
        '<h4>Submit <span>Not submitted</span></h4><p>Your application is not submitted until you click Submit Application.</p><button>Submit Application</button>',
      'not-submitted',
    ],
  ])('%s', (_, body, status) => {
    expect(application(body).application?.status).toBe(status);
  });

  it('a heading naming the application and "Complete" beside a Submit control is not approved', () => {
    const status = application('<h3>Recertification Application Complete</h3><button>Submit Application</button>').application?.status;
    expect(status).not.toBe('approved');
  });

  it('a heading naming the application "Incomplete" (a form not yet filled in) is not NREMT returning it', () => {
    const status = application('<h3>Recertification Application Incomplete</h3><p>Complete every section.</p><button disabled>Submit Application</button>').application?.status;
    expect(status).not.toBe('returned');
  });

  it('a header sentence saying "your … Advanced EMT recertification" gives the level', () => {
    const snap = application('<h2>Recertification Application — Keon M. Batiste (A6120385)</h2><p>Status updates for your National Registry Advanced EMT recertification. Certification expires 2026-03-31.</p><h3>Returned Incomplete</h3>');
    expect(snap.certification).toMatchObject({ level: 'aemt', expiresOn: '2026-03-31' });
  });
});
