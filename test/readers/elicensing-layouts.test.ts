// eLicensing pages in layouts the readers were not written against: the licensee's name wherever
// the site puts it, an ag-Grid row split across its pinned and centre containers, read-only form
// fields, status chips, an expiration stated in a sentence, ARIA tables whose license column is
// not labelled "Number", and renewal details in an expanded panel. Each page is read by both
// readers (readPage and the content script's readLicensePageUnchecked), which must agree.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/dashboard/licenses';
const TOOLBAR = (right: string) =>
  `<app-header><mat-toolbar><span>Health Professions Licensing</span><span class="spacer"></span>${right}</mat-toolbar></app-header>`;

function read(body: string, url = URL): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><app-root>${body}</app-root></body></html>`,
    'text/html',
  );
  const full = readPage(page, url);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, url))).toEqual(full);
  return full;
}

const GRID = `<h1>Manage My Licenses and Applications</h1>
<div role="table" aria-label="Licenses"><div role="rowgroup"><div role="row">
<div role="columnheader">License Number</div><div role="columnheader">License Status</div><div role="columnheader">Expiration Date</div></div></div>
<div role="rowgroup"><div role="row"><div role="cell">E512044</div><div role="cell">Current</div><div role="cell">03/31/2027</div></div></div></div>`;

describe("the licensee's name", () => {
  it('from a greeting in the top bar, in capitals', () => {
    expect(read(TOOLBAR('<span>Welcome back, JORDAN A. REYES</span>') + GRID).person?.name).toBe('JORDAN A. REYES');
  });

  it('from an icon-only account menu named by its aria-label', () => {
    const menu = '<button aria-haspopup="menu" aria-label="Account options for Priya Natarajan"><mat-icon aria-hidden="true">person</mat-icon></button>';
    expect(read(TOOLBAR(menu) + GRID).person?.name).toBe('Priya Natarajan');
  });

  it('from "Signed in as" split over two elements', () => {
    expect(read(TOOLBAR('<div><small>Signed in as</small> <b>Owen Fitzgerald</b></div>') + GRID).person?.name).toBe('Owen Fitzgerald');
  });

  it('from a bare name in the top bar (the account menu button)', () => {
    const snapshot = read(TOOLBAR('<button mat-button><span>Grace O’Neil</span><mat-icon aria-hidden="true">arrow_drop_down</mat-icon></button><button mat-button>Sign Out</button>') + GRID);
    expect(snapshot.person?.name).toBe('Grace O’Neil');
  });

  it('from a bare name in capitals; the site name and the page heading are not names', () => {
    const snapshot = read(`<header><div>HEALTH PROFESSIONS LICENSING</div><div>SAMUEL OKONKWO-BAKER</div></header>${GRID}`);
    expect(snapshot.person?.name).toBe('SAMUEL OKONKWO-BAKER');
  });

  it('the same name in capitals and in mixed case: the mixed-case writing wins', () => {
    const card = `<mat-card><mat-card-title>Paramedic</mat-card-title><mat-card-subtitle>Nadia K. Haddad</mat-card-subtitle>
<mat-card-content><div><span>License Number</span><span>P330817</span></div><div><span>License Status</span><span>Current</span></div>
<div><span>Expiration Date</span><span>03/31/2028</span></div></mat-card-content></mat-card>`;
    expect(read(TOOLBAR('<span>NADIA K HADDAD</span>') + card).person?.name).toBe('Nadia K. Haddad');
  });

  it('two different bare names: nobody is guessed', () => {
    const snapshot = read(TOOLBAR('<span>Jordan Reyes</span>') + '<p>Casey Morgan</p>' + GRID);
    expect(snapshot.person?.name).toBeUndefined();
    expect(snapshot.person?.licenseNumber).toBe('E512044');
  });

  it('buttons and links in the top bar are not names', () => {
    const snapshot = read(TOOLBAR('<a href="#">My Account</a><button>Sign Out</button><button>Help Center</button>') + GRID);
    expect(snapshot.person?.name).toBeUndefined();
  });

  it('from a greeting beside Sign Out, when the first lines are a web component\'s (a declarative shadow root)', () => {
    const menu = '<x-nav><template shadowrootmode="open"><nav><ul><li><a href="/home">Home</a></li><li><a href="/profile">My Profile</a></li></ul></nav></template></x-nav>';
    const header = '<header><span><strong>Mass.gov</strong> · Health Professions Licensing</span><span>Welcome, Bridget A. Nakamura-Lowe · <a href="/logout">Sign Out</a></span></header>';
    expect(read(header + menu + GRID).person?.name).toBe('Bridget A. Nakamura-Lowe');
  });

  it('a "Licensee" field', () => {
    const snapshot = read(`<h1>License Details</h1><dl><dt>Licensee</dt><dd>Marisol Vega</dd><dt>License #</dt><dd>A660214</dd>
<dt>Status</dt><dd>Current</dd><dt>Expires</dt><dd>2027-03-31</dd></dl>`);
    expect(snapshot.person?.name).toBe('Marisol Vega');
    expect(snapshot.license).toMatchObject({ number: 'A660214', status: 'current', expiresOn: '2027-03-31' });
  });
});

describe('license records', () => {
  it('an ag-Grid row split across its pinned-right and centre containers, joined by aria-rowindex (not by position)', () => {
    const snapshot = read(`<h1>Manage My Licenses and Applications</h1>
<div role="grid" aria-rowcount="3">
 <div role="presentation">
  <div role="row" aria-rowindex="1"><div role="columnheader" aria-colindex="1">Profession</div><div role="columnheader" aria-colindex="2">License #</div><div role="columnheader" aria-colindex="3">Expiration Date</div></div>
  <div role="row" aria-rowindex="1"><div role="columnheader" aria-colindex="4">License Status</div></div>
 </div>
 <div role="presentation">
  <div role="rowgroup">
   <div role="row" aria-rowindex="3"><div role="gridcell" aria-colindex="1">Paramedic</div><div role="gridcell" aria-colindex="2">P118204</div><div role="gridcell" aria-colindex="3">03/31/2028</div></div>
   <div role="row" aria-rowindex="2"><div role="gridcell" aria-colindex="1">Registered Nurse</div><div role="gridcell" aria-colindex="2">RN2290456</div><div role="gridcell" aria-colindex="3">09/30/2026</div></div>
  </div>
  <div role="rowgroup">
   <div role="row" aria-rowindex="2"><div role="gridcell" aria-colindex="4">Current</div></div>
   <div role="row" aria-rowindex="3"><div role="gridcell" aria-colindex="4"><span>Probation</span></div></div>
  </div>
 </div>
</div>`);
    expect(snapshot.license).toEqual({ number: 'P118204', level: 'paramedic', status: 'probation', expiresOn: '2028-03-31' });
  });

  it('read-only form fields: the value only in the input, the label tied by <label for> elsewhere', () => {
    const field = (id: string, label: string, value: string) =>
      `<mat-form-field><div><div><label for="${id}"><span>${label}</span><span aria-hidden="true"> *</span></label></div>
<div><input id="${id}" readonly value="${value}"></div></div></mat-form-field>`;
    const snapshot = read(`<h1>License Information</h1><form>${field('f1', 'License No.', 'E402218')}${field('f2', 'Status', 'Suspended')}${field('f3', 'Expiration', '3/31/2027')}</form>`);
    expect(snapshot.license).toMatchObject({ number: 'E402218', status: 'suspended', expiresOn: '2027-03-31' });
  });

  it('a card with no labels: the number stands alone, the status is a chip, the expiration is a sentence', () => {
    const snapshot = read(`<h1>Manage My Licenses and Applications</h1>
<mat-card><mat-card-header><mat-card-title>Advanced Emergency Medical Technician</mat-card-title><mat-card-subtitle>License A0771235</mat-card-subtitle></mat-card-header>
<mat-card-content><mat-chip-listbox><mat-chip-option>Probation, Expired</mat-chip-option></mat-chip-listbox>
<p>This license expired on <time datetime="2026-03-31">March 31, 2026</time>. It was last renewed on 03/30/2024.</p></mat-card-content></mat-card>`);
    // "Probation, Expired" reads as probation, as in a table cell; the date says it has expired.
    expect(snapshot.license).toMatchObject({ number: 'A0771235', level: 'aemt', status: 'probation', expiresOn: '2026-03-31' });
  });

  it('"Valid through" in a sentence, and a status chip in a table cell', () => {
    const snapshot = read(`<h1>My Licenses</h1><mat-card><mat-card-title>Emergency Medical Technician · E330912</mat-card-title>
<span>Current</span><p>Valid through 03/31/2028 (issued 04/02/2018).</p></mat-card>`);
    expect(snapshot.license).toMatchObject({ number: 'E330912', status: 'current', expiresOn: '2028-03-31' });
  });

  it('an ARIA table whose license column is headed only "License": the number is told by its value', () => {
    const snapshot = read(`<h1>Manage My Licenses and Applications</h1><div role="table"><div role="rowgroup"><div role="row">
<div role="columnheader">License</div><div role="columnheader">Type</div><div role="columnheader">Status</div><div role="columnheader">Issued</div><div role="columnheader">Expires</div></div></div>
<div role="rowgroup"><div role="row"><div role="cell">P-448120</div><div role="cell">Paramedic</div><div role="cell"><mat-chip>Current</mat-chip></div><div role="cell">Jun 2, 2015</div><div role="cell">Mar 31, 2028</div></div></div></div>`);
    expect(snapshot.license).toEqual({ number: 'P-448120', level: 'paramedic', status: 'current', expiresOn: '2028-03-31' });
  });

  // One column headed "License Type / Number": the level, then the number, in one cell (two lines).
  it.each([
    ['two lines in one cell', '<div>Advanced EMT</div><div>A418832</div>', { number: 'A418832', level: 'aemt' }],
    ['one line with a slash', 'Paramedic / P513874', { number: 'P513874', level: 'paramedic' }],
    ['the number alone', 'E330912', { number: 'E330912', level: 'emt' }],
  ])('a column showing the license type and number together: %s', (_name, cell, expected) => {
    const snapshot = read(`<h1>Manage My Licenses and Applications</h1><div role="grid"><div role="row">
<div role="columnheader">License Type / Number</div><div role="columnheader">License Status</div><div role="columnheader">Issue Date</div><div role="columnheader">Expiration Date</div></div>
<div role="row"><div role="gridcell">${cell}</div><div role="gridcell">Current</div><div role="gridcell">05/02/2019</div><div role="gridcell">03/31/2027</div></div></div>`);
    expect(snapshot.license).toEqual({ ...expected, status: 'current', expiresOn: '2027-03-31' });
  });
});

describe('renewal on the license page', () => {
  it('an expanded "Show Details" panel: status "Incomplete" but the fee paid and not submitted is paid-not-submitted', () => {
    const snapshot = read(`${GRID}
<mat-expansion-panel><mat-expansion-panel-header role="button" aria-expanded="true">Details</mat-expansion-panel-header>
<div role="region"><h4>Emergency Medical Technician - Renewal Application</h4>
<div><span>Status</span> <b>Incomplete</b></div>
<ol><li>Photo — done</li><li>I Agree — done</li><li>Payment of $125.00 received 11/20/2026</li><li>Submit — not yet submitted</li></ol>
<button>Submit Renewal</button></div></mat-expansion-panel>`);
    expect(snapshot.renewal).toEqual({ state: 'paid-not-submitted', paid: true, submitControl: true });
  });

  it('"Application Status: Incomplete" on the license page, the fee paid: paid-not-submitted (the trap wins over the label)', () => {
    const snapshot = read(`${GRID}<section><h3>Paramedic - Renewal Application</h3><p>Application Status: <b>Incomplete</b></p>
<ul><li>Fee paid: $125.00 on 11/21/2026</li><li>Not yet submitted</li></ul><button>Submit Application</button></section>`);
    expect(snapshot.renewal).toEqual({ state: 'paid-not-submitted', paid: true, submitControl: true });
  });

  it('a collapsed details panel (its content hidden) shows no renewal', () => {
    const snapshot = read(`${GRID}
<mat-expansion-panel><mat-expansion-panel-header role="button" aria-expanded="false">Show Details</mat-expansion-panel-header>
<div role="region" hidden><h4>Emergency Medical Technician - Renewal Application</h4><p>Status: Submitted - Under Review</p></div></mat-expansion-panel>`);
    expect(snapshot.renewal).toBeUndefined();
  });

  it('"Submitted - Under Review" in an applications list of cards', () => {
    const snapshot = read(`${GRID}<h2>My Applications</h2>
<mat-card><mat-card-title>Emergency Medical Technician - Renewal Application</mat-card-title><mat-chip>Submitted - Under Review</mat-chip><p>Submitted 11/25/2026</p></mat-card>`);
    expect(snapshot.renewal?.state).toBe('in-review');
  });
});

describe('renewal application pages', () => {
  const RENEWAL_URL = 'https://healthprofessionlicensing.mass.gov/#/applications/renewal/E512044';

  it('a stepper with the payment done and Submit still ahead: paid-not-submitted', () => {
    const snapshot = read(`${TOOLBAR('<span>Ana Lima</span>')}<h1>Emergency Medical Technician - Renewal Application</h1>
<mat-stepper><div role="tablist"><div role="tab" aria-selected="false">Photo <span>Complete</span></div><div role="tab" aria-selected="false">Attestation <span>Complete</span></div>
<div role="tab" aria-selected="false">Payment <span>Paid</span></div><div role="tab" aria-selected="true">Review &amp; Submit</div></div></mat-stepper>
<p>Amount paid: $125.00</p><button>Submit</button>`, RENEWAL_URL);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.renewal).toEqual({ state: 'paid-not-submitted', paid: true, submitControl: true });
  });

  it('"Submitted - Under Review" as the page status', () => {
    const snapshot = read(`<h1>Paramedic - Renewal Application</h1><p>Status: <span>Submitted - Under Review</span></p><p>Submitted on 11/25/2026.</p>`, RENEWAL_URL);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.renewal?.state).toBe('in-review');
  });
});

describe('renewal application pages that show the license being renewed', () => {
  const RENEWAL_URL = 'https://healthprofessionlicensing.mass.gov/renewal/4411/step/2';

  it('the license and whose it is come with the renewal; a fees table says the fee is due; "Status:" inside a dotted line', () => {
    const snapshot = read(`<header><b>Health Professions Licensing</b> <span>Hi, Marcus O. Bell</span> <a href="/logout">Log out</a></header>
<h1>Emergency Medical Technician - Renewal Application</h1>
<p>Application 2026-88 · Opened 02/01/2026 · Status: Draft</p>
<section><h2>License being renewed</h2><ul><li><b>License No.:</b> E778120</li><li><b>Status:</b> Current</li><li><b>Expires:</b> 03/31/2026</li></ul></section>
<table><thead><tr><th>Item</th><th>Amount</th><th>State</th></tr></thead><tbody><tr><td>EMT renewal fee</td><td>$125.00</td><td>Unpaid</td></tr></tbody></table>
<a href="/renewal/4411/step/3">Continue</a>`, RENEWAL_URL);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.person).toEqual({ name: 'Marcus O. Bell', licenseNumber: 'E778120' });
    expect(snapshot.license).toMatchObject({ number: 'E778120', status: 'current', expiresOn: '2026-03-31' });
    expect(snapshot.renewal).toEqual({ state: 'started', paid: false, submitControl: false });
  });

  it('an unlabelled <dt> read with its <dd>: "Renewal fee — not yet paid"', () => {
    const snapshot = read(`<h1>Paramedic - Renewal Application</h1><p>Status: In Progress</p>
<dl><dt>Renewal fee</dt><dd>$125.00 — not yet paid</dd></dl>`, RENEWAL_URL);
    expect(snapshot.renewal).toEqual({ state: 'started', paid: false, submitControl: false });
  });

  it('without a license number on the page, nobody is named (the tab owner is whose renewal it is)', () => {
    const snapshot = read(`<header><span>Welcome, Marcus O. Bell</span></header><h1>Paramedic - Renewal Application</h1><p>Status: Submitted</p>`, RENEWAL_URL);
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.person).toBeUndefined();
    expect(snapshot.renewal?.state).toBe('submitted');
  });
});

describe('renewal steps are not statuses', () => {
  it('a step "Submit — not completed" is no status chip (the application is not approved)', () => {
    const snapshot = read(`<h1>Paramedic - Renewal Application</h1><ol><li>Photo <span>completed</span></li><li>Submit <span>not completed</span></li></ol>
<p>Renewal fee: $125.00 due</p>`, 'https://healthprofessionlicensing.mass.gov/renewal/1/step/4');
    expect(snapshot.renewal?.state).not.toBe('approved');
  });
});
