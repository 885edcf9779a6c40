// Page kinds told by the whole page: the site's chrome and letterhead, the title's parts, the
// main heading with a framework's action word before it, help wording. Each case is a minimal
// page of a family; a page that cannot be told stays unknown.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const licenseRows =
  '<table><tr><th>License Number</th><td>E702519</td></tr><tr><th>Status</th><td>Current</td></tr><tr><th>Expiration Date</th><td>3/31/2026</td></tr></table>';
const courseTable =
  '<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval #</th></tr></thead><tbody>' +
  '<tr><td>Airway Update</td><td>01/09/2026</td><td>2</td><td>26-ABCD-F3-0123</td></tr>' +
  '<tr><td>Trauma Review</td><td>01/19/2026</td><td>1</td><td>26-ABCD-F3-0124</td></tr></tbody></table>';

describe('an eLicensing renewal page', () => {
  it.each([
    [
      'named by the title’s part after the level, under a small heading',
      page(`<nav><span>Health Professions Licensing</span></nav><h3>EMT - Renewal Application</h3><p><strong>Application Status: Under Review</strong></p>${licenseRows}`, 'EMT - Renewal Application | Health Professions Licensing'),
      'in-review',
    ],
    [
      'whose site is named only in a line of the page',
      page(
        `<header><h1>Renewal Application</h1></header><ul><li>Applicant</li><li>Yesenia P. Carrasquillo<p>Health Professions Licensing account</p></li></ul>${licenseRows}` +
          '<p>Application Status: Paid – Not Submitted</p><button type="submit">Submit Application</button>',
        'Renewal Application',
      ),
      'paid-not-submitted',
    ],
  ])('%s', (_, html, state) => {
    const snap = readHtml(html);
    expect(snap.kind).toBe('elicensing-renewal');
    expect(snap.renewal?.state).toBe(state);
  });

  it('an NREMT application that points to eLicensing for Step B stays an NREMT application', () => {
    const html = page(
      '<h1>Recertification Application</h1><p>Status: In Progress</p><p>Step B is on Health Professions Licensing.</p><button>Submit Application</button>',
      'Recertification Application | NREMT',
    );
    expect(readHtml(html).kind).toBe('nremt-application');
  });
});

describe('an eLicensing license printout named in its letterhead', () => {
  it('a license verification with the site’s name in its first lines is a license page', () => {
    const html = page(
      '<div>Commonwealth of Massachusetts</div><div>Health Professions Licensing — healthprofessionlicensing.mass.gov</div><div>LICENSE VERIFICATION</div>' +
        '<div>Licensee Name: <span>Rosalind M. Achterberg</span></div><div>License Number: <span>P512078</span></div>' +
        '<div>License Status: <span>Current</span></div><div>Expiration Date: <span>03/31/2028</span></div>',
      'License Verification - P512078',
    );
    const snap = readHtml(html);
    expect(snap.kind).toBe('elicensing-license');
    expect(snap.license).toMatchObject({ number: 'P512078', status: 'current', expiresOn: '2028-03-31' });
  });

  it('the same lines without the site’s name stay unknown', () => {
    const html = page('<div>LICENSE VERIFICATION</div><div>License Number: <span>P512078</span></div><div>Expiration Date: <span>03/31/2028</span></div>', 'License Verification');
    expect(readHtml(html).kind).toBe('unknown');
  });
});

describe('a main heading with a framework’s action word before the page’s name', () => {
  it.each([
    ['Show Recertification Application', 'nremt-application'],
    ['View Recertification Application', 'nremt-application'],
    ['Edit Recertification Application', 'nremt-application'],
  ])('"%s" names the page', (heading, kind) => {
    const html = page(`<h1>${heading}</h1><dl><dt>Status</dt><dd>Pending Training Officer Sign Off</dd></dl><h2>Courses</h2>${courseTable}`, `${heading} | NREMT`);
    expect(readHtml(html).kind).toBe(kind);
  });
});

describe('a guide that shows sample values', () => {
  it('is unknown, though it shows a dashboard’s facts beside their labels on a page naming NREMT', () => {
    const html = page(
      '<p class="title">Recertification Guide for Members</p><h1>1. Read your dashboard</h1><p>Sign in at nremt.org. You will see something like the sample below (this is a made-up member):</p>' +
        '<table><tr><td>Certification Level</td><td>EMT</td></tr><tr><td>Registry Number</td><td>E0000000</td></tr><tr><td>Expiration Date</td><td>03/31/2027</td></tr><tr><td>Last Recertification Date</td><td>03/28/2025</td></tr></table>' +
        '<p>In this example the cycle began the day after the last recertification.</p>',
      'Recertification Guide for Members',
    );
    expect(readHtml(html).kind).toBe('unknown');
  });

  it('a dashboard with one example placeholder is still a dashboard', () => {
    const html = page(
      '<h1>NREMT</h1><table><tr><td>Certification Level</td><td>EMT</td></tr><tr><td>Registry Number</td><td>E3318260</td></tr><tr><td>Expiration Date</td><td>03/31/2027</td></tr></table>' +
        '<label>Agency code <input placeholder="e.g. 12345"></label><p>For example, enter your agency code.</p>',
      'National Registry',
    );
    expect(readHtml(html).kind).toBe('nremt-dashboard');
  });
});

describe('a license printout’s spacing and misread lines', () => {
  it('a labelled license number spaced apart by the printout is one number', () => {
    const html = page(
      '<div>Health Professions Licensing</div><div>License Number: <span>P51<span> </span>2078</span></div><div>License Status: Current</div><div>Expiration Date: 03/31/2028</div>',
      'License Verification',
    );
    expect(readHtml(html).license?.number).toBe('P512078');
  });

  it('the site’s words under a name label are no licensee', () => {
    const html = page(
      '<h1>Manage My Licenses</h1><dl><dt>Applicant</dt><dd>Health Professions Licensing account</dd><dt>License Number</dt><dd>A740218</dd></dl>',
      'Manage My Licenses | Health Professions Licensing',
    );
    expect(readHtml(html).person?.name).toBeUndefined();
  });
});

describe('a mobile list’s cells: a caption as text, its value in a block or chip after it', () => {
  it('reads the license from "Label<p>value</p>" and "Label <span>chip</span>" cells', () => {
    const html = page(
      '<h1>Manage My Licenses</h1><ul><li>License Number<p>A740218</p></li><li>License Type<p>Advanced EMT</p></li>' +
        '<li>License Status <span class="badge">Current</span></li><li>Expiration Date<p>Mar 31, 2027</p></li></ul>',
      'Licenses | Health Professions Licensing',
    );
    expect(readHtml(html).license).toMatchObject({ number: 'A740218', status: 'current', expiresOn: '2027-03-31' });
  });
});

describe('which heading names the page', () => {
  it('an h1 naming the page outranks a side menu’s h2 before it', () => {
    const html = page(`<nav><h2>My Certification</h2><a>Dashboard</a><a>Transcript</a></nav><h1>Transcript</h1>${courseTable}`, 'NREMT');
    expect(readHtml(html).kind).toBe('nremt-education');
  });

  it.each([
    ['a "Certification" summary card before the course list', '<h2>Manage Education</h2>', 'Manage Education', 'nremt-education'],
    ['a "Certification" summary card before the application', '<h2>Recertification Application</h2><p>Status: In Progress</p>', 'Recertification Application', 'nremt-application'],
    ['a title that names no page: the first heading', '<h2>Transcript</h2>', 'NREMT Provider Portal', 'nremt-dashboard'],
  ])('card headings of one level that name different pages: the one the title names wins (%s)', (_, second, title, kind) => {
    const html = page(`<h2>Certification</h2><dl><dt>Registry Number</dt><dd>E4410962</dd><dt>Cycle end</dt><dd>03/31/2027</dd></dl>${second}${courseTable}`, title);
    expect(readHtml(html).kind).toBe(kind);
  });

  it('card headings that name different pages under a title that names none: the menu\'s current page wins', () => {
    const nav = '<nav><a href="/dashboard">Dashboard</a><a href="/manage-education" aria-current="page">Manage Education</a><a href="/application">Recertification Application</a></nav>';
    const html = page(`${nav}<h2>Certification</h2><dl><dt>Registry Number</dt><dd>E4410962</dd></dl><h2>Manage Education</h2>${courseTable}`, 'NREMT Provider Portal');
    expect(readHtml(html).kind).toBe('nremt-education');
  });

  it('the site’s name before the page’s name in the title', () => {
    const html = page(
      '<p>Registry Number: E4410962</p><p>Certification Level: EMT</p><p>Expiration Date: 03/31/2027</p>' +
        '<p>Airway Update — 01/09/2026 — 2 hours — 26-ABCD-F3-0123</p><p>Trauma Review — 01/19/2026 — 1 hour — 26-ABCD-F3-0124</p>',
      'NREMT Continuing Education Transcript',
    );
    expect(readHtml(html).kind).toBe('nremt-education');
  });
});

describe('a sign-in page shows nobody’s record', () => {
  it.each([
    ['by its main heading', '<h1>Sign in to your NREMT account</h1>', 'NREMT'],
    ['by its title', '<h1>National Registry</h1>', 'NREMT Login'],
  ])('%s, whatever example it shows', (_, heading, title) => {
    const html = page(`${heading}<form><input name="user"><input type="password"><button>Log In</button></form><h2>Entering a course</h2><p>For example:</p>${courseTable}`, title);
    expect(readHtml(html, 'https://www.nremt.org/login').kind).toBe('unknown');
  });
});
