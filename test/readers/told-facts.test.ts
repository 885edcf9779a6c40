// Facts a page tells without a label beside its value: an application's status in prose, a
// timeline or a status bar; facts inside a longer line. Each case is a minimal page of a family,
// not a copy of a page that was scored.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const application = (body: string): string => page(`<h1>Recertification Application</h1>${body}`, 'Recertification Application | NREMT');

describe('an application status told without a status label', () => {
  it('a step\'s "Complete" badge beside a Submit Application control is not the application approved', () => {
    const step = (name: string, badge: string) => `<div><div><h4>${name}</h4></div><span>${badge}</span></div>`;
    const body =
      '<h3>2026 Recertification Application <span>In Progress</span></h3>' +
      step('Continuing Education', 'Complete') + step('Profile and Workforce Information', 'Complete') + step('Make Payment', 'Start') +
      '<div><h4>Submit</h4><button disabled>Submit Application</button></div>';
    expect(readHtml(application(body)).application?.status).not.toBe('approved');
  });

  it.each([
    ['a sentence', '<p>Your EMT recertification application was Returned Incomplete on March 2, 2026.</p>', 'returned'],
    ['a sentence that it has not been submitted', '<p>Payment received — your application has not been submitted.</p>', 'not-submitted'],
    [
      'a timeline: the newest entry',
      '<ol><li>Jan 3, 2026 — Application started</li><li>Feb 9, 2026 — Approved. Recertified through March 31, 2028.</li><li>Jan 20, 2026 — Application submitted</li><li>Jan 28, 2026 — Training Officer sign off complete</li></ol>',
      'approved',
    ],
    [
      'a status bar marking its current step',
      '<div role="radiogroup"><span aria-current="false">Not Started</span><span>In Progress</span><span aria-current="step">Not Submitted</span><span>Approved</span></div>',
      'not-submitted',
    ],
    ['a labelled status inside a longer line', '<p>Certification expires 03/31/2026 · Application status: In Progress</p>', 'in-progress'],
    ['a "Current status" label', '<p>Current status: Submitted</p>', 'submitted'],
    ['a status value followed by advice', '<dl><dt>Status</dt><dd>In Progress. Your application is not submitted until you click Submit Application.</dd></dl>', 'in-progress'],
  ])('%s', (_, body, status) => {
    expect(readHtml(application(body)).application?.status).toBe(status);
  });

  it.each([
    ['advice about submitting', '<p>Your application is not submitted until you click Submit Application.</p>'],
    ['a step that is not the application', '<ol><li>Jan 28, 2026 — Training Officer sign off complete</li></ol>'],
    ['the current page of the menu', '<nav><a aria-current="page" href="/app">Recertification Application</a></nav>'],
  ])('%s tells no status', (_, body) => {
    expect(readHtml(application(body)).application?.status).toBeNull();
  });
});

describe('page kinds told by the page, not its first heading', () => {
  const renewalBody =
    '<header>Health Professions Licensing</header><dl><dt>License Number</dt><dd>P2290417</dd><dt>License Status</dt><dd>Current</dd><dt>Expiration Date</dt><dd>03/31/2026</dd><dt>Application Status</dt><dd>In Review</dd></dl>';
  it.each([
    ['an h1 after a hidden "Breadcrumb" h2', `<h2>Breadcrumb</h2><nav>Home › Manage My Licenses and Applications</nav><h1>Paramedic - Renewal Application</h1>${renewalBody}`, 'Health Professions Licensing'],
    ['the title’s first part', `<h1>Health Professions Licensing</h1><h1>View application</h1>${renewalBody}`, 'View renewal application | Health Professions Licensing'],
  ])('an eLicensing renewal page named by %s', (_, body, title) => {
    const snap = readHtml(page(body, title));
    expect(snap.kind).toBe('elicensing-renewal');
    expect(snap.renewal?.state).toBe('in-review');
  });

  it('a help site’s article is unknown, whatever examples it shows', () => {
    const body =
      '<h1>Entering continuing education</h1><p>Registry # E0000000 (example)</p><table><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr>' +
      '<tr><td>Airway Update</td><td>01/09/2026</td><td>2</td></tr><tr><td>Trauma Review</td><td>01/19/2026</td><td>1</td></tr></table>';
    expect(readHtml(page(body, 'Entering continuing education - NREMT Help'), 'https://www.nremt.org/wiki/Entering').kind).toBe('unknown');
  });
});

describe('a renewal fee', () => {
  it('paid, with nothing left due, is paid', () => {
    const body =
      '<h1>Advanced EMT - Renewal Application</h1><p>Submitted</p><h2>Fees</h2><p>Renewal Fee $125.00<br>Amount Paid $125.00 (Visa ending 4412, 03/06/2026)<br>Balance Due $0.00</p>';
    expect(readHtml(page(body, 'Renewal Application | Health Professions Licensing')).renewal?.paid).toBe(true);
  });

  it('with an amount due is unpaid', () => {
    const body = '<h1>Advanced EMT - Renewal Application</h1><h2>Fees</h2><p>Renewal Fee $125.00<br>Balance Due $125.00</p>';
    expect(readHtml(page(body, 'Renewal Application | Health Professions Licensing')).renewal?.paid).toBe(false);
  });
});

describe('certification facts inside longer lines', () => {
  const education = (body: string): string =>
    page(`<h1>Transcript</h1>${body}<table><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr><tr><td>Airway Update</td><td>01/09/2026</td><td>2</td></tr><tr><td>Trauma Review</td><td>01/19/2026</td><td>1</td></tr></table>`, 'Transcript');

  it('a line after a <br> that starts with no label is read', () => {
    const snap = readHtml(education('<p>Priya Duvall · NREMT ID E4183502 · EMT<br>Cycle start 4/1/2024 · Expires 3/31/2026<br><em>All sections must be complete.</em></p>'));
    expect(snap.certification).toMatchObject({ level: 'emt', expiresOn: '2026-03-31', cycleStart: '2024-04-01' });
  });

  it.each([
    ['an expiration labelled after other news', '<div><span>Application Status:</span> Pending National Registry Review<br><span>Submitted 02/14/2026 · Expiration date: 03/31/2027</span></div>'],
    ['"Certification expires" in a sentence of the intro', '<p>Every course you have entered or imported. Certification expires 3/31/2027. Import CAPCE Courses</p>'],
  ])('%s', (_, body) => {
    expect(readHtml(education(body)).certification?.expiresOn).toBe('2027-03-31');
  });

  it('a level, an NREMT ID and an expiration side by side', () => {
    const snap = readHtml(education('<div><span>Emergency Medical Responder</span> <span>NREMT ID: 5512098</span> <span>Certification expires 03/31/2027</span></div>'));
    expect(snap.certification).toMatchObject({ level: 'emr', expiresOn: '2027-03-31' });
    expect(snap.person?.registryNumber).toBe('5512098');
  });

  it('an expiry date of something else in a course line is not the certification’s', () => {
    expect(readHtml(education('<p>Card course · Instructor card expires 06/30/2027</p>')).certification?.expiresOn).toBeUndefined();
  });
});

describe('the signed-in person in a slotted header', () => {
  it('a name beside the sign-out, slotted into a web component’s shadow tree', () => {
    const html = page(
      '<app-layout><template shadowrootmode="open"><div part="navbar"><slot name="navbar"></slot></div><div><slot></slot></div></template>' +
        '<div slot="navbar"><h1>NREMT</h1><span>Tomasz Nowak</span><button>Sign out</button></div>' +
        '<main><h2>Transcript</h2><table><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr><tr><td>Airway Update</td><td>01/09/2026</td><td>2</td></tr></table></main></app-layout>',
      'Transcript — NREMT',
    );
    expect(readHtml(html).person?.name).toBe('Tomasz Nowak');
  });
});

describe('a label and its value apart', () => {
  const dashboard = (rows: string): string => page(`<h1>My Certification</h1>${rows}`, 'My Certification | NREMT');

  it('a value wrapped in boxes of one child each, in the next cell of a layout table', () => {
    const snap = readHtml(
      dashboard(
        '<table role="presentation"><tr><td><span>Name:</span></td><td><div><span>Darnell J. Whitaker</span></div></td></tr>' +
          '<tr><td><span>Certification Level:</span></td><td><div><span>Advanced EMT</span></div></td></tr>' +
          '<tr><td><span>Expiration Date:</span></td><td><div><span>03/31/2027</span></div></td></tr></table>',
      ),
    );
    expect(snap.person?.name).toBe('Darnell J. Whitaker');
    expect(snap.certification).toMatchObject({ level: 'aemt', expiresOn: '2027-03-31' });
  });

  it('a colon of its own between them', () => {
    const snap = readHtml(dashboard('<div><span>Level</span><span>: </span><span>Paramedic</span></div><div><span>Recertification Cycle</span><span>:&nbsp;</span><span>Apr 1, 2025 - Mar 31, 2027</span></div>'));
    expect(snap.certification).toMatchObject({ level: 'paramedic', cycleStart: '2025-04-01' });
  });

  it('a section’s button is not its value', () => {
    const snap = readHtml(
      dashboard(
        '<p>Level: EMT</p><p>Expiration Date: 03/31/2027</p><div><div>Agency Affiliation</div><div><button>Add or Remove Agency Affiliation</button></div></div>' +
          '<div><div>Cataumet Fire &amp; Rescue</div><div><span>Pending Approval</span></div></div>',
      ),
    );
    expect(snap.agency).toEqual({ name: 'Cataumet Fire & Rescue', status: 'pending' });
  });
});

describe('what is not a person’s name', () => {
  it.each([
    ['status words alone on their lines', '<div>NREMT</div><div>Aisha Rahman</div><div>Continuing Education</div><div>Not Started</div><div>Terms of Certification</div><div>Not Started</div>', 'Aisha Rahman'],
    ['a labelled name that is a status', '<div>NREMT</div><table><tr><th>Agency</th><th>Provider</th></tr><tr><td>Worcester EMS</td><td>Pending Approval</td></tr></table><p>Provider: Pending Approval</p>', undefined],
    ['a course title with a level’s abbreviation in brackets', '<div>NREMT</div><div>Neonatal Resuscitation (NRP) Refresher</div><div>Nov 3, 2025</div><div>2 credits</div>', undefined],
  ])('%s', (_, body, name) => {
    expect(readHtml(page(`${body}<h1>Recertification Application</h1><p>Application Status: In Progress</p>`, 'Recertification Application')).person?.name).toBe(name);
  });
});

describe('statuses that hold a payment', () => {
  it('"Incomplete – Payment Received" is paid, not submitted', () => {
    const body = '<h1>Advanced EMT - Renewal Application</h1><p>Incomplete – Payment Received</p><dl><dt>License Number</dt><dd>A730148</dd></dl><button>Submit Application</button>';
    expect(readHtml(page(body, 'Renewal Application | Health Professions Licensing')).renewal?.state).toBe('paid-not-submitted');
  });
});

describe('a section heading is no label of the grid under it', () => {
  it('an agency grid after an "Agency Affiliation" heading in its own box', () => {
    const body =
      '<h1>My Certification</h1><p>Level: EMT</p><p>Expiration Date: 03/31/2027</p><div><h4>Agency Affiliation</h4></div><div role="grid"><div role="row"><div role="columnheader">Agency</div><div role="columnheader">Role</div><div role="columnheader">Status</div></div>' +
      '<div role="row"><div role="gridcell"><span>Cape Ann Regional Ambulance</span></div><div role="gridcell">Provider</div><div role="gridcell"><span>Active</span></div></div></div>';
    expect(readHtml(page(body, 'Dashboard | NREMT')).agency).toEqual({ name: 'Cape Ann Regional Ambulance', status: 'active' });
  });
});

describe('more layouts of a label and its value', () => {
  const education = (body: string): string =>
    page(`<h1>Manage Education</h1>${body}<table><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr><tr><td>Airway Update</td><td>01/09/2026</td><td>2</td></tr><tr><td>Trauma Review</td><td>01/19/2026</td><td>1</td></tr></table>`, 'Manage Education');

  it('a report’s label in a one-cell table of its own box, the value in the next box', () => {
    const box = (text: string): string => `<div><table><tr><td><span>${text}</span></td></tr></table></div>`;
    const snap = readHtml(education(`${box('Cycle Start:')}${box('4/1/2025')}${box('Certification Expires:')}${box('3/31/2027')}`));
    expect(snap.certification).toMatchObject({ cycleStart: '2025-04-01', expiresOn: '2027-03-31' });
  });

  it('a fieldset’s legend labels its value', () => {
    const snap = readHtml(education('<fieldset><legend>Recert Cycle</legend><div>April 1, 2024 - March 31, 2026</div></fieldset>'));
    expect(snap.certification).toMatchObject({ cycleStart: '2024-04-01', expiresOn: '2026-03-31' });
  });

  it('a designation before the level', () => {
    const snap = readHtml(education('<p>Nationally Registered Emergency Medical Technician — your certification expires March 31, 2027.</p>'));
    expect(snap.certification).toMatchObject({ level: 'emt', expiresOn: '2027-03-31' });
  });
});

describe('help pages named by their heading or title', () => {
  const examples =
    '<table><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th></tr><tr><td>Example: Pediatric Review</td><td>01/15/2026</td><td>2</td></tr><tr><td>Example: Protocol Update</td><td>02/02/2026</td><td>1</td></tr></table>';
  it.each([
    ['a "Help Center" heading', `<h1>National Registry of Emergency Medical Technicians</h1><h2>Recertification Help Center</h2>${examples}`, 'Recertification | NREMT'],
    ['a title whose first part ends in "Help"', `<h1>National Registry of Emergency Medical Technicians</h1>${examples}`, 'Recertification Help | National Registry of Emergency Medical Technicians'],
  ])('%s', (_, body, title) => {
    expect(readHtml(page(body, title)).kind).toBe('unknown');
  });
});

describe('names and labels in further layouts', () => {
  it('menu items between the name and the sign-out', () => {
    const body =
      '<header><span>NREMT · My Education</span> <span>Tomasz Wierzbicki <a href="/account">Account</a> <a href="/logout">Sign out</a></span></header><h1>Transcript</h1>' +
      '<table><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr><tr><td>Airway Update</td><td>01/09/2026</td><td>2</td></tr></table>';
    expect(readHtml(page(body, 'Transcript')).person?.name).toBe('Tomasz Wierzbicki');
  });

  it('a column header with a sort control’s spoken hint', () => {
    const body =
      '<h1>My Certification</h1><p>Level: EMT</p><p>Expiration Date: 03/31/2027</p><h2>Agency Affiliation</h2><table><thead><tr><th><a href="#" role="button">Agency<span>. sort descending</span></a></th><th>Affiliated On</th><th>Status</th></tr></thead>' +
      '<tbody><tr><td>Cape Cod Regional EMS</td><td>6/13/2024</td><td>Active</td></tr></tbody></table>';
    expect(readHtml(page(body, 'Dashboard | NREMT')).agency).toEqual({ name: 'Cape Cod Regional EMS', status: 'active' });
  });
});

describe('the signed-in person beside a sign-out link', () => {
  it('an eLicensing header item: the name, then a sign-out link', () => {
    const body =
      '<header><span>Health Professions Licensing</span><span>Kevin J. O\'Brien · <a href="#">Sign Out</a></span></header><h1>Manage My Licenses and Applications</h1>' +
      '<table><tr><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr><tr><td>E441907</td><td>Current</td><td>3/31/2027</td></tr></table>';
    expect(readHtml(page(body, 'Manage My Licenses and Applications | Health Professions Licensing')).person?.name).toBe("Kevin J. O'Brien");
  });
});

describe('a label whose help text sits hidden beside it', () => {
  // A form item whose label carries a hidden tooltip with sample values ("e.g. 03/31/2026"):
  // the sample is not the value; the value is the box after the label's own (DotNetNuke-style).
  const item = (label: string, help: string, value: string): string =>
    `<div><div><div><label for="v"><a href="#"></a><span>${label}</span></label>` +
    `<div role="tooltip" style="display:none"><span>${help}</span></div></div></div><span>${value}</span></div>`;
  it('reads the shown value, never the hidden sample', () => {
    const body =
      '<h1>Dashboard</h1>' +
      item('Certification Level:', 'EMR, EMT, Advanced EMT or Paramedic.', 'Nationally Registered Advanced EMT (NRAEMT)') +
      item('Recertification Cycle:', 'Courses completed between these dates count, e.g. 04/01/2024 - 03/31/2026.', '04/01/2025 - 03/31/2027') +
      item('Expiration Date:', 'The date your certification expires, e.g. 03/31/2026.', '03/31/2027');
    const read = readHtml(page(body, 'Dashboard | NREMT'));
    expect(read.certification).toEqual({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
  });
});

describe('a certification card above a course list', () => {
  it('"Cycle start" and "Cycle end" labels give the cycle and the expiration', () => {
    const body =
      '<h1>Manage Education</h1><dl><dt>Certification</dt><dd>EMT</dd><dt>Cycle start</dt><dd>10/16/2023</dd><dt>Cycle end</dt><dd>03/31/2026</dd></dl>' +
      '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody><tr><td>Airway Update</td><td>01/14/2026</td><td>2</td></tr>' +
      '<tr><td>Trauma Review</td><td>02/14/2026</td><td>1.5</td></tr></tbody></table>';
    expect(readHtml(page(body, 'Manage Education')).certification).toMatchObject({ expiresOn: '2026-03-31', cycleStart: '2023-10-16' });
  });
});
