// What an agency's name is, on the dashboard ("Agency Affiliation", an agency "can show Pending
// Approval") and on the application that carries it: never the signed-in person's own name, a
// status indicator's word, a date, a figure or a control's label (when that is the only candidate,
// no agency: unknown beats wrong; a real name elsewhere on the page wins); a name written with its
// status and then its details after a bullet or a bar; a labelled name with no status anywhere
// (the name, its status unknown); a column of labels drawn as its own table beside the column of
// their values (a frozen label column).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard – NREMT</title></head><body>' +
  '<header><span>National Registry of Emergency Medical Technicians</span> <span>Signed in as Marta L. Ferreira</span> <a href="#">Sign out</a></header>' +
  '<nav><a href="#">Dashboard</a> <a href="#">Transcript</a> <a href="#">Manage Education</a></nav>' +
  '<main><h1>My Certification</h1>' +
  '<dl><dt>Name</dt><dd>Marta L. Ferreira</dd><dt>Registry Number</dt><dd>P5512093</dd>' +
  '<dt>Certification Level</dt><dd>Paramedic</dd><dt>Expiration Date</dt><dd>03/31/2028</dd></dl>' +
  `${body}<h2>Message Center</h2><p>Your recertification application is now open.</p></main></body></html>`;

describe('what is never an agency name', () => {
  it.each([
    ['the person\'s own name under the section, then a status chip', '<h2>Agency Affiliation</h2><div>Marta L. Ferreira</div><div>Pending Approval</div>'],
    ['the person\'s name as a card item before its badge', '<section><h3>Agency Affiliations</h3><ul><li><span>Marta L. Ferreira</span> <span>Active</span></li></ul></section>'],
    ['a date where the name would be', '<h2>Agency Affiliation</h2><div>Mar 24, 2026</div><div>Pending Approval</div>'],
    ['a figure where the name would be', '<h2>Agency Affiliation</h2><div>35%</div><div>Active</div>'],
    ['a control\'s label where the name would be', '<h2>Agency Affiliation</h2><div><a href="#">Show Details</a></div><div>Active</div>'],
    ['a notification word alone before a status', '<h2>Agency Affiliation</h2><div>Success: Active</div>'],
  ])('%s: no agency', (_, body) => {
    expect(readHtml(page(body)).agency).toBeUndefined();
  });

  it.each([
    ['a status indicator\'s hidden type word', '<div><span class="sr">Success: </span>Active</div>', 'active'],
    ['a warning indicator', '<div><span>Warning: </span>Pending Approval</div>', 'pending'],
    ['an information badge', '<div><span>Info: </span>Approved</div>', 'active'],
  ])('%s before the status is no name: the name above it is the agency', (_, status, want) => {
    const snap = readHtml(page(`<h2>Agency Affiliation</h2><div>Ludlow Fire Department</div>${status}<div>Training Officer: Lt. C. Mendes</div>`));
    expect(snap.agency).toEqual({ name: 'Ludlow Fire Department', status: want });
  });

  it('the person\'s name beside the section gives way to the agency named elsewhere', () => {
    const snap = readHtml(page(
      '<h2>Agency Affiliation</h2><div>Marta L. Ferreira</div><div>Pending Approval</div>' +
        '<h2>Profile</h2><p>Agency: Brewster Fire Rescue (Pending Approval)</p>',
    ));
    expect(snap.agency).toEqual({ name: 'Brewster Fire Rescue', status: 'pending' });
  });
});

describe('an agency written with its status, then details after a bullet or a bar', () => {
  it.each([
    ['Pioneer Valley Ambulance Service Pending Approval Requested Feb 19, 2027 · Training Officer: Dana Kowalczyk', 'Pioneer Valley Ambulance Service', 'pending'],
    ['Cape Cod Regional EMS Approved | Training Officer: R. Amaral', 'Cape Cod Regional EMS', 'active'],
    ['Lowell General EMS — Pending Approval · Requested 01/02/2026 · Training Officer: M. Reyes', 'Lowell General EMS', 'pending'],
    ['Hilltown Ambulance Active · Affiliated since Jun 4, 2022 · Add or Remove Agency Affiliation', 'Hilltown Ambulance', 'active'],
  ])('%s', (line, name, status) => {
    expect(readHtml(page(`<h2>Agency Affiliation</h2><p>${line}</p>`)).agency).toEqual({ name, status });
  });

  // A card's header (its heading and a button), then one row of spans: the officer's label ends the status.
  it.each([
    ['Merrimack Valley Ambulance', 'Active', 'Training Officer: K. Abernathy', 'active'],
    ['Quabbin Regional EMS', 'Pending Approval', 'Medical Director: Dr. L. Osei', 'pending'],
  ])('%s, %s, then "%s" in one row', (name, chip, officer, status) => {
    const card = `<section><div><h2>Agency Affiliation</h2><button type="button">Add or Remove Agency Affiliation</button></div><div><span>${name}</span> <span>${chip}</span> <span>${officer}</span></div></section>`;
    expect(readHtml(page(card)).agency).toEqual({ name, status });
  });

  it('as a labelled value', () => {
    const snap = readHtml(page('<p>Agency: Worcester EMS Pending Approval · Training Officer: Dana K.</p>'));
    expect(snap.agency).toEqual({ name: 'Worcester EMS', status: 'pending' });
  });
});

const email = (rows: string): string =>
  '<!DOCTYPE html><html><head><title>Action needed: Recertification Application Returned Incomplete</title></head><body>' +
  '<p>Dear Ingrid S. Moreau,</p><p>Your recertification application has been reviewed and its status is now:</p>' +
  '<p><b>Status:</b> Returned Incomplete</p>' +
  `<table>${rows}</table><p>Your application is not submitted until you click Submit Application.</p></body></html>`;

describe('a labelled agency with no status shown: the name, its status unknown', () => {
  it.each([
    ['in a table of labelled rows', '<tr><td>National Registry Number:</td><td>A1902276</td></tr><tr><td>Agency:</td><td>Cape Ann Regional EMS</td></tr>'],
    ['as an "Agency Affiliation" line', '<tr><td>Agency Affiliation: Cape Ann Regional EMS</td></tr><tr><td>Certification Level: Advanced EMT</td></tr>'],
    ['followed by other facts', '<tr><td><b>Affiliated Agency</b></td><td>Cape Ann Regional EMS</td></tr><tr><td><b>Expiration Date</b></td><td>31 March 2026</td></tr>'],
  ])('%s', (_, rows) => {
    const snap = readHtml(email(rows));
    expect(snap.kind).toBe('nremt-application');
    expect(snap.agency).toEqual({ name: 'Cape Ann Regional EMS' });
  });

  it.each([
    ['"None"', '<tr><td>Agency:</td><td>None</td></tr>'],
    ['a lookup code without its description', '<tr><td>Agency:</td><td>4410732</td></tr>'],
    ['a date', '<tr><td>Agency:</td><td>03/14/2026</td></tr>'],
    ['a control\'s label', '<tr><td>Agency:</td><td><a href="#">Edit</a></td></tr>'],
  ])('%s is no name', (_, rows) => {
    expect(readHtml(email(rows)).agency?.name ?? null).toBeNull();
  });

  it('on the dashboard the status beside it still counts', () => {
    const snap = readHtml(page('<p>Agency Affiliation: Cape Ann Regional EMS</p><p>Pending Approval — requested 03/02/2026</p>'));
    expect(snap.agency).toEqual({ name: 'Cape Ann Regional EMS', status: 'pending' });
  });
});

// A grid with a frozen label column: the labels in one table, their values in another beside it.
const frozen = (labels: string[], values: string[], cell: (text: string) => string = (text) => `<td>${text}</td>`): string =>
  `<div><div><table><tbody>${labels.map((text) => `<tr>${cell(text)}</tr>`).join('')}</tbody></table></div>` +
  `<div><table><tbody>${values.map((text) => `<tr><td>${text}</td></tr>`).join('')}</tbody></table></div></div>`;

describe('a column of labels drawn as its own table beside the column of their values', () => {
  const labels = ['Certification Level', 'National Registry Number', 'Certification Expiration Date', 'Last Recertification Date', 'Agency Affiliation', 'Affiliation Status'];
  const values = ['EMT', 'E6120947', '2026-03-31', '2024-03-18', 'Town of Westfield Fire Department', 'Pending Approval'];
  const dashboard = (body: string): string =>
    '<!DOCTYPE html><html><head><title>Dashboard – NREMT</title></head><body>' +
    '<header>National Registry of Emergency Medical Technicians · <a href="#">Sign out</a></header><h2>Welcome back, Hannah</h2>' +
    `<h4>My Certification</h4>${body}<h4>Message Center</h4><p>Reminder: complete recertification by 2026-03-31</p></body></html>`;

  it.each([
    ['plain cells', frozen(['Name', ...labels], ['Hannah Lindqvist-Moreau', ...values])],
    ['row header cells', frozen(['Name', ...labels], ['Hannah Lindqvist-Moreau', ...values], (text) => `<th scope="row">${text}</th>`)],
    ['each table under its own one-cell header table', `<table><tr><th>Field</th></tr></table><table><tr><th>Value</th></tr></table>${frozen(['Name', ...labels], ['Hannah Lindqvist-Moreau', ...values])}`],
  ])('%s', (_, body) => {
    const snap = readHtml(dashboard(body));
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.certification).toEqual({ level: 'emt', expiresOn: '2026-03-31', cycleStart: '2024-03-19' });
    expect(snap.agency).toEqual({ name: 'Town of Westfield Fire Department', status: 'pending' });
  });

  it('two columns of values (no labels) are not paired', () => {
    const snap = readHtml(dashboard(`<dl><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2026</dd></dl>${frozen(['Town of Westfield Fire Department', 'Lowell General EMS'], ['Pending Approval', 'Removed'])}`));
    expect(snap.certification?.cycleStart ?? null).toBeNull();
  });
});

describe('labelled names without status repeated on each course: a course\'s sponsor, not the provider\'s agency', () => {
  const cards =
    '<h2>National Component</h2><h3>Trauma</h3>' +
    '<div><b>Burn Management</b><div>Date Completed: 05/10/2025</div><div>Hours: 1</div><div>Agency: Cape Cod Community College</div><div>Approval Number: 25-BURN-F3-0510</div></div>' +
    '<div><b>Pit-Crew CPR</b><div>Date Completed: 01/09/2025</div><div>Hours: 3</div><div>Agency: Lowell General EMS</div><div>Approval Number: 24-PITC-F1-0042</div></div>';
  it.each([
    ['on an education page', '<title>Manage Education – NREMT</title>', '<h1>Manage Education</h1>', 'nremt-education'],
    ['on the application', '<title>Recertification Application – NREMT</title>', '<h1>Recertification Application</h1><p>Application Status: In Progress</p><h2>Continuing Education</h2>', 'nremt-application'],
  ])('%s', (_, head, top, kind) => {
    const snap = readHtml(`<!DOCTYPE html><html><head>${head}</head><body>${top}${cards}</body></html>`);
    expect(snap.kind).toBe(kind);
    expect(snap.agency).toBeUndefined();
  });
});
