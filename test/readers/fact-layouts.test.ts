// Facts outside course lists on layouts the readers were never shown: a fact is a label (matched
// by meaning) beside, above or in the same row, cell or term/description pair as a value of the
// right type. Each case is a minimal page of a family, not a copy of a page that was scored.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('a dashboard without a telling heading', () => {
  it.each([
    [
      'a form grid: <label for> in one cell, the value in the next',
      page(
        '<div>National Registry of Emergency Medical Technicians</div><div><span>My Certification</span></div><table role="grid"><tbody>' +
          '<tr role="row"><td role="gridcell"><label for="a">Certification Level</label></td><td role="gridcell"><span id="a">Paramedic</span></td></tr>' +
          '<tr role="row"><td role="gridcell"><label for="b">Expiration Date</label></td><td role="gridcell"><span id="b">Mar 31, 2027</span></td></tr>' +
          '<tr role="row"><td role="gridcell"><label for="c">Registry #</label></td><td role="gridcell"><span id="c">P1234567</span></td></tr></tbody></table>',
        'NREMT - My Dashboard',
      ),
    ],
    [
      'a printout of row-header tables under captions',
      page(
        '<h1>National Registry of Emergency Medical Technicians</h1><table><caption>Provider</caption><tr><th scope="row">Registry #</th><td>P1234567</td></tr></table>' +
          '<table><caption>Certification</caption><tr><th scope="row">Level</th><td>Paramedic</td></tr><tr><th scope="row">Expiration Date</th><td>31 March 2027</td></tr></table>',
        'Certification Summary (Printer-Friendly) - NREMT',
      ),
    ],
  ])('%s', (_, html) => {
    const snap = readHtml(html);
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.certification).toMatchObject({ level: 'paramedic', expiresOn: '2027-03-31' });
    expect(snap.person?.registryNumber).toBe('P1234567');
  });

  it.each([
    ['a help article holding an example course table', page('<h1>Which courses count?</h1><table><tr><th>Course</th><th>Completed</th><th>Hours</th></tr><tr><td>Airway</td><td>01/14/2026</td><td>2</td></tr><tr><td>Trauma</td><td>01/15/2026</td><td>1</td></tr></table>', 'Which courses count? – NREMT Help Center')],
    ['one labelled date on a page that names NREMT', page('<h1>National Registry</h1><p>Expiration Date: 03/31/2027</p><p>Level: EMT</p>', 'Sign in')],
    [
      "a guide's example dashboard, its sample person's name and the example's caption as label/value lines",
      page(
        '<p>Step A – NREMT.org</p><p>What your Dashboard should look like (example)</p><p>Name: Jordan A. Sample</p><p>Certification: Advanced EMT</p>' +
          '<p>Registry #: A0000000</p><p>Expiration Date: 03/31/2026</p><p>Last Recertification Date: 03/30/2024</p>',
        '2026 Recertification - Step by Step',
      ),
    ],
  ])('%s is unknown', (_, html) => {
    expect(readHtml(html).kind).toBe('unknown');
  });
});

describe('dashboard facts by their layout', () => {
  const dashboard = (body: string) => readHtml(page(`<h1>My Certification</h1>${body}`, 'My Certification'));

  it.each([
    [
      'a stat tile: an icon, the value, a caption under it',
      '<div><svg role="img"><title>Calendar</title></svg><span>31 Mar 2028</span><span>Expires</span></div>' +
        '<div><svg role="img"><title>Cycle</title></svg><span>01 Apr 2026 → 31 Mar 2028</span><span>Current recert cycle</span></div><p>Level: Paramedic</p>',
      { expiresOn: '2028-03-31', cycleStart: '2026-04-01' },
    ],
    [
      'a second description under a term ("help text")',
      '<dl><dt>Expiration Date</dt><dd>Mar 31, 2026</dd><dd>Recert cycle Apr 1, 2024 – Mar 31, 2026</dd></dl><p>Level: EMT</p>',
      { expiresOn: '2026-03-31', cycleStart: '2024-04-01' },
    ],
  ])('%s', (_, body, certification) => {
    expect(dashboard(body).certification).toMatchObject(certification);
  });

  it.each([
    ['an agency value "None on file"', '<table><caption>Agency Affiliation</caption><tr><th scope="row">Agency</th><td>None on file</td></tr></table>'],
    ['a tile saying there is no agency, outside any agency section', '<div><span>No agency affiliation on file</span><span>Add an agency to renew as Active</span></div>'],
  ])('%s: no agency', (_, body) => {
    expect(dashboard(`<p>Level: EMT</p>${body}`).agency).toEqual({ name: null, status: 'none' });
  });

  it('a sentence that starts with "None" is no agency value', () => {
    expect(dashboard('<p>Level: EMT</p><p>None of your courses were returned.</p>').agency).toBeUndefined();
  });
});

describe("the agency's name and status", () => {
  const dashboard = (body: string) => readHtml(page(`<h1>My Certification</h1><p>Level: EMT</p>${body}`, 'My Certification'));

  it.each([
    [
      'a table under a caption row, no header: name, then its status in the same row',
      '<table><tr><td colspan="3"><b>Agency Affiliations</b></td></tr><tr><td>Hilltown Ambulance</td><td>Affiliated 06/02/2024</td><td>Active</td></tr></table>',
      { name: 'Hilltown Ambulance', status: 'active' },
    ],
    [
      'a caption row, then a header row with a column the table reader does not know',
      '<table><tr><td colspan="3">Agency Affiliation</td></tr><tr><td>Agency</td><td>Training Officer</td><td>Affiliation Status</td></tr><tr><td>Town Ambulance</td><td>S. Nowak</td><td>Approved</td></tr></table>',
      { name: 'Town Ambulance', status: 'active' },
    ],
    [
      'a label, then the name as text and a status badge in the same item',
      '<ul><li><small>Agency Affiliation</small>Valley Medical EMS <span>Pending Approval</span></li></ul>',
      { name: 'Valley Medical EMS', status: 'pending' },
    ],
    [
      'a caption row, then a row of the label, the name with its town beneath, and the status',
      '<table><tr><td colspan="3">AGENCY AFFILIATION</td></tr><tr><td>Agency</td><td>Cape Cod Regional EMS<br><span>Hyannis, MA</span></td><td><span>Pending Approval</span></td></tr></table>',
      { name: 'Cape Cod Regional EMS', status: 'pending' },
    ],
    [
      'a sentence saying there is none, then advice that mentions Inactive',
      '<dl><dt>Agency Affiliation</dt><dd>You do not have an agency affiliation. Providers without an affiliated agency are recertified as Inactive.</dd></dl>',
      { name: null, status: 'none' },
    ],
    [
      'a name and its status on one line under the agency heading',
      '<h3>Agency Affiliation</h3><ul><li>Island Fire Department — Active</li></ul>',
      { name: 'Island Fire Department', status: 'active' },
    ],
    [
      'a card whose header names the section, then the name and a status chip',
      '<div><div><div>Agency Affiliation</div><div><button>Add or Remove</button></div></div><div><div>Cape Fire &amp; Rescue</div><div><span>Pending Approval</span></div></div></div>',
      { name: 'Cape Fire & Rescue', status: 'pending' },
    ],
    [
      'a chip whose aria-label carries the status, under a label',
      '<div><div>Agency</div><div role="status" aria-label="Affiliation status: Active"><svg aria-hidden="true"><circle r="5"></circle></svg> Harbor EMS</div></div>',
      { name: 'Harbor EMS', status: 'active' },
    ],
    [
      'a site-builder text block: the name in bold, its town and a labelled status on the next line',
      '<h3>Agency Affiliation</h3><p><strong>Brewster Fire Rescue</strong><br>Brewster, MA &middot; Affiliation status: <span>Active</span></p><p>Training Officer: Capt. L. Mendes</p>',
      { name: 'Brewster Fire Rescue', status: 'active' },
    ],
    [
      'the same text block in one widget with the training officer beneath',
      '<h3>Agency Affiliation</h3><div><p><strong>Brewster Fire Rescue</strong><br>Brewster, MA &middot; Affiliation status: <span>Active</span></p><p>Training Officer: Capt. L. Mendes</p></div>',
      { name: 'Brewster Fire Rescue', status: 'active' },
    ],
    [
      'the name, then its status chip that goes on into a sentence',
      '<h2>Agency Affiliation</h2><p>Barnstable County Regional EMS</p><p><em>Pending Approval</em> — requested 03/02/2026. Your Training Officer must approve the request.</p>',
      { name: 'Barnstable County Regional EMS', status: 'pending' },
    ],
  ])('%s', (_, body, agency) => {
    expect(dashboard(body).agency).toEqual(agency);
  });

  it('a Message Center table is no agency list', () => {
    const snap = dashboard('<table><tr><td colspan="2"><b>Message Center</b></td></tr><tr><td>04/02/2026</td><td>Your agency approved you.</td></tr></table>');
    expect(snap.agency).toBeUndefined();
  });
});

describe('an agency section the readers cannot read', () => {
  const dashboard = (agencySection: string) =>
    page(
      `<h1>My Dashboard</h1><dl><dt>Certification Level</dt><dd>Paramedic</dd><dt>Expiration Date</dt><dd>03/31/2027</dd><dt>Registry Number</dt><dd>P1234567</dd></dl>${agencySection}`,
      'Dashboard - NREMT',
    );

  it('is unknown, not "no agency": only the page’s own words say none', () => {
    const snap = readHtml(dashboard('<h3>Agency Affiliation</h3><div><svg role="img"></svg><h5>Trinity EMS – Haverhill</h5><p>Requested 01/06/2026; awaiting your Training Officer.</p></div>'));
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.agency?.status).not.toBe('none');
  });

  it('says none where the page says so', () => {
    expect(readHtml(dashboard('<h3>Agency Affiliation</h3><p>None on file</p>')).agency).toEqual({ name: null, status: 'none' });
  });
});

describe('news and advice after the agency section are not agencies', () => {
  const dashboard = (rest: string) =>
    page(
      `<h1>My Certification</h1><ul><li><div>Level</div><div>EMT</div></li><li><div>Expires</div><div>03/31/2026</div></li><li><div>National Registry #</div><div>E3318406</div></li></ul>${rest}`,
      'Dashboard - NREMT',
    );

  it('a pending agency stays pending when a later message says "Recertification approved"', () => {
    const snap = readHtml(
      dashboard(
        '<div>Agency Affiliation</div><ul><li><div><div>Cape Cod Regional EMS</div><div><span>Pending Approval</span></div></div><div>Requested 01/12/2026</div></li></ul>' +
          '<div>Message Center</div><ul><li><div><div>Recertification approved</div><div>03/27/2024</div></div><div>Your EMT certification has been renewed.</div></li></ul>',
      ),
    );
    expect(snap.agency).toEqual({ name: 'Cape Cod Regional EMS', status: 'pending' });
  });

  it('advice in a no-agency section names no agency', () => {
    const snap = readHtml(
      dashboard('<h2>Agency Affiliation</h2><p>You are not currently affiliated with an agency.</p><p>Without an agency affiliation your certification can only be renewed as Inactive.</p>'),
    );
    expect(snap.agency).toEqual({ name: null, status: 'none' });
  });
});

describe('a form of read-only fields', () => {
  it('a field constructor’s <dl><dt><label></dt><dd><input readonly></dd></dl> gives each value', () => {
    const field = (label: string, value: string) => `<dl><dt><label for="${label}">${label}</label></dt><dd><input type="text" id="${label}" value="${value}" readonly></dd></dl>`;
    const html = page(
      `<h1>Recertification Application</h1>${field('National Registry Number', 'A1902258')}${field('Certification Level', 'Advanced EMT')}${field('Expiration Date', '2026-03-31')}<p><strong>Application Status:</strong> In Progress</p>`,
      'Recertification Application - NREMT',
    );
    const snap = readHtml(html);
    expect(snap.person?.registryNumber).toBe('A1902258');
    expect(snap.certification).toMatchObject({ level: 'aemt', expiresOn: '2026-03-31' });
  });
});

describe('a layout grid of output fields', () => {
  it('each cell wraps a <label> and its value: the person and the certification are read', () => {
    const cell = (label: string, value: string) => `<td><span><label for="${label}">${label}</label><span>${value}</span></span></td>`;
    const html = page(
      `<h1>Manage Education</h1><table role="presentation"><tr>${cell('Provider', 'Bartholomew J. Nguyen')}${cell('Registry #', 'E4419087')}${cell('Level', 'EMT')}${cell('Recert Cycle', '04/01/2026 – 03/31/2028')}</tr></table>` +
        '<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody><tr><td>Airway Update</td><td>01/09/2026</td><td>2</td></tr></tbody></table>',
      'Manage Education | NREMT',
    );
    const snap = readHtml(html);
    expect(snap.person).toMatchObject({ name: 'Bartholomew J. Nguyen', registryNumber: 'E4419087' });
    expect(snap.certification).toMatchObject({ level: 'emt', expiresOn: '2028-03-31', cycleStart: '2026-04-01' });
  });
});

describe('a page drawn on a canvas, told to screen readers by empty labelled nodes', () => {
  it('a Flutter semantics tree: headings, label/value lines and a profile card read from aria-label', () => {
    const node = (label: string, role = '') => `<flt-semantics ${role ? `role="${role}" ` : ''}aria-label="${label}"></flt-semantics>`;
    const html = page(
      `<flt-glass-pane></flt-glass-pane><flt-semantics-host><flt-semantics><flt-semantics-container>${node('My Certification', 'heading')}${node('Account menu, Tomasz J. Wierzbicki', 'button')}` +
        `${node('Tomasz J. Wierzbicki&#10;Registry Number  E3318260')}${node('CERTIFICATION', 'heading')}${node('Certification Level&#10;Emergency Medical Technician (EMT)')}` +
        `${node('Expiration Date&#10;Mar 31, 2027')}${node('Recert Cycle&#10;Apr 1, 2025 – Mar 31, 2027')}${node('AGENCY AFFILIATION', 'heading')}` +
        `${node('Franklin County Regional EMS&#10;Active&#10;Training Officer: D. Kowalczyk')}</flt-semantics-container></flt-semantics></flt-semantics-host>`,
      'nremt_mobile',
    );
    const snap = readHtml(html);
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.certification).toMatchObject({ level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
    expect(snap.person).toMatchObject({ name: 'Tomasz J. Wierzbicki', registryNumber: 'E3318260' });
    expect(snap.agency).toEqual({ name: 'Franklin County Regional EMS', status: 'active' });
  });
});

describe("a report's cards drawn in SVG, told to screen readers by their aria-label (value, then what it is)", () => {
  it('reads the level, the cycle start and the expiration above a course grid', () => {
    const card = (value: string, label: string) =>
      `<div role="figure" aria-label="${value}, ${label}"><svg role="presentation"><text>${value}</text><text>${label}</text></svg></div>`;
    const grid =
      '<div role="grid"><div role="row"><div role="columnheader">Course Title</div><div role="columnheader">Completed</div><div role="columnheader">Credits</div></div>' +
      '<div role="row"><div role="gridcell">Airway Update</div><div role="gridcell">Friday, November 13, 2026</div><div role="gridcell">2.00</div></div>' +
      '<div role="row"><div role="gridcell">Trauma Review</div><div role="gridcell">Wednesday, October 28, 2026</div><div role="gridcell">1.00</div></div></div>';
    const html = page(
      `<h1>Continuing Education Transcript</h1>${card('Advanced EMT', 'Certification Level')}${card('4/1/2026', 'Cycle Start')}${card('3/31/2028', 'Expiration Date')}${grid}`,
      'My Transcript | NREMT',
    );
    const snap = readHtml(html);
    expect(snap.kind).toBe('nremt-education');
    expect(snap.certification).toEqual({ level: 'aemt', expiresOn: '2028-03-31', cycleStart: '2026-04-01' });
    expect(snap.courses).toHaveLength(2);
  });
});

describe('the agency on the application page', () => {
  const application = (body: string) =>
    readHtml(page(`<h1>Recertification Application</h1><dl><dt>Application Status</dt><dd>In Progress</dd></dl>${body}<button>Submit Application</button>`, 'Recertification Application | NREMT'));
  it.each([
    ['a labelled name with its status after a dash', '<p>Agency: Pittsfield Fire Department – Active</p>', { name: 'Pittsfield Fire Department', status: 'active' }],
    ['a labelled name with its status in brackets', '<dl><dt>Agency</dt><dd>Fall River Emergency Medical Services (Active)</dd></dl>', { name: 'Fall River Emergency Medical Services', status: 'active' }],
  ])('%s', (_, body, agency) => {
    expect(application(body).agency).toEqual(agency);
  });

  it('an application page without an agency says nothing of one', () => {
    expect(application('<p>Level: EMT</p>').agency).toBeUndefined();
  });
});
