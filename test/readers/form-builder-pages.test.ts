// Pages built with form builders and record tools, read as classes (blind set 19's misses, now
// training data): a site's name glued to its subtitle in the letterhead, a fee received told only
// by a notice while the steps are collapsed, a Submit control shown disabled until payment, a
// bare "Status" (the application's) before the license's own, a license grid drawn with divs
// followed by another list with dates, the person's registry number on a license record, and a
// course's meta line whose later piece carries its own label ("· Topic: Trauma").
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("eLicensing's name glued to the next block's words", () => {
  // The subtitle is an inline element styled as a block: its text meets the site's name without a space.
  it.each([
    ['<div><b>Health Professions Licensing</b><em>Commonwealth Portal</em></div>'],
    ['<div role="banner"><span>Health Profession Licensing</span><span>Department of Public Health</span></div>'],
    ['<div>Health Professions Licensing<small>Office of EMS</small></div>'],
  ])('%s names the site: a form builder\'s renewal page reads', (letterhead) => {
    const html = page(
      'Paramedic - Renewal Application - Form',
      `${letterhead}<h1>Paramedic – Renewal Application</h1><p>Status: <strong>In Progress</strong></p>
<label for="f1">Licensee Name</label><input id="f1" readonly value="Ines R. Coutinho">
<table><thead><tr><th>License Type</th><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr></thead>
<tbody><tr><td>Paramedic</td><td>P311904</td><td>Current</td><td>03/31/2027</td></tr></tbody></table>
<p>Renewal fee $125.00 <span>Not Paid</span></p><input type="submit" value="Submit">`,
    );
    const read = readHtml(html);
    expect(read.kind).toBe('elicensing-renewal');
    expect(read.license).toMatchObject({ number: 'P311904', status: 'current', expiresOn: '2027-03-31' });
    expect(read.renewal).toMatchObject({ state: 'started', paid: false });
  });

  it('without the site named, the same form is no eLicensing page', () => {
    const html = page('Renewal Application', '<div>State Licensing<small>Office of Permits</small></div><h1>Renewal Application</h1><p>Status: In Progress</p><p>License Number: P311904</p>');
    expect(readHtml(html).kind).toBe('unknown');
  });
});

const RENEWAL = (notice: string, submit: string, extra = '') =>
  page(
    'Health Professions Licensing',
    `<header>Health Professions Licensing</header><h2>EMT - Renewal Application</h2>
<dl><dt>License Number</dt><dd>E204417</dd><dt>License Status</dt><dd>Current</dd><dt>Expiration Date</dt><dd>03/31/2026</dd></dl>
${notice}${extra}${submit}`,
  );

describe('the renewal fee and the submit control', () => {
  it.each([
    ['<div role="alert">Your fee has been received. The renewal is not complete until you submit it.</div>', 'paid-not-submitted', true],
    ['<p>Thank you: the renewal fee was received on 11/02/2026.</p>', 'paid-not-submitted', true],
    ['<p>The fee received will be refunded if the application is withdrawn.</p><p>Fee status: Not Paid</p>', 'started', false],
  ])('%s -> %s', (notice, state, paid) => {
    const read = readHtml(RENEWAL(notice, '<button type="submit">Submit Application</button>'));
    expect(read.renewal).toMatchObject({ state, paid });
  });

  it.each([
    '<input type="submit" value="Submit Application" disabled title="Pay the fee first">',
    '<button type="submit" aria-disabled="true">Submit Application</button>',
    '<fieldset disabled><button>Submit Application</button></fieldset>',
  ])('a Submit control shown disabled until payment is still shown: %s', (submit) => {
    const read = readHtml(RENEWAL('<p>Payment status: Not Paid</p>', submit));
    expect(read.renewal).toMatchObject({ state: 'started', paid: false, submitControl: true });
  });

  it.each([
    ['<h3>Checklist</h3><p>Photo uploaded ☑</p><p>Fee paid ☐</p><p>Application submitted ☐</p>', 'started', false],
    ['<h3>Checklist</h3><p>Photo uploaded ☑</p><p>Fee paid ☑</p><p>Application submitted ☐</p>', 'paid-not-submitted', true],
    ['<ul><li>[x] Attestation signed</li><li>[ ] Payment received</li><li>[ ] Application submitted</li></ul>', 'started', null],
  ])('a printed checklist: %s -> %s, paid %s', (list, state, paid) => {
    const read = readHtml(RENEWAL(list, '<button>Submit Application</button>'));
    expect(read.renewal).toMatchObject({ state, paid });
  });

  it('a hidden Submit control is not shown', () => {
    const read = readHtml(RENEWAL('<p>Payment status: Not Paid</p>', '<button style="display:none">Submit Application</button>'));
    expect(read.renewal?.submitControl).toBe(false);
  });
});

describe("a bare Status before the license's own", () => {
  const body = (first: string, second: string) =>
    page(
      'Health Professions Licensing',
      `<header>Health Professions Licensing</header><h2>Advanced EMT - Renewal Application</h2>
<section><h4>Application</h4>${first}</section>
<section><h4>License</h4><div><span>License Number</span><span>A660312</span></div>${second}<div><span>Expiration Date</span><span>03/31/2026</span></div></section>`,
    );
  it.each([
    ['<div><span>Status:</span> <span>In Review</span></div>', '<div><span>License Status</span><span>Current</span></div>', 'current'],
    ['<p>Status: Under Review</p>', '<p>Registration Status: Expired</p>', 'expired'],
    ['<p>Status: Pending Payment</p>', '<p>License status: Active</p>', 'current'],
  ])('%s then %s -> %s', (first, second, status) => {
    expect(readHtml(body(first, second)).license?.status).toBe(status);
  });

  it('a bare Status alone still names the license on its own page', () => {
    const html = page('License Details', '<header>Health Professions Licensing</header><h1>License Details</h1><p>License Number: E771203</p><p>Status: Current</p><p>Expiration Date: 03/31/2027</p>');
    expect(readHtml(html).license?.status).toBe('current');
  });
});

describe('a license grid drawn with divs, then another list with dates', () => {
  const row = (cells: string[]) => `<div style="display:flex">${cells.map((cell) => `<div>${cell}</div>`).join('')}</div>`;
  it.each([
    [['License #', 'Type', 'Status', 'Issued Date', 'Expiration Date'], ['P508812', 'Paramedic', 'Current', '05/01/2022', '03/31/2028'], '2028-03-31'],
    [['License Number', 'Status', 'Expiration Date', 'Issue Date'], ['E119034', 'Current', '03/31/2027', '04/02/2023'], '2027-03-31'],
  ])('%j -> the date in the expiration column', (titles, values, expiresOn) => {
    const html = page(
      'Mail',
      `<div contenteditable="true"><h2>Manage My Licenses and Applications</h2>${row(titles)}${row(values)}
<h3>My Applications</h3>${row(['Paramedic - Renewal Application', 'Approved', '02/24/2026'])}</div>`,
    );
    expect(readHtml(html).license?.expiresOn).toBe(expiresOn);
  });
});

describe("the person's registry number on a license record", () => {
  it.each([
    ['NREMT Registry #', 'A1184520', 'A1184520'],
    ['National Registry Number', 'P2041178', 'P2041178'],
    ['Registry ID', 'E5512870', 'E5512870'],
  ])('%s: %s', (label, value, registryNumber) => {
    const html = page(
      'License Details',
      `<header>Health Professions Licensing</header><h1>License Details</h1><table role="presentation">
<tr><td>${label}</td><td>${value}</td></tr><tr><td>License Number</td><td>A447120</td></tr><tr><td>License Status</td><td>Current</td></tr><tr><td>Expiration Date</td><td>03/31/2027</td></tr></table>`,
    );
    expect(readHtml(html).person).toMatchObject({ registryNumber, licenseNumber: 'A447120' });
  });

  it('the license number under a registry-like label is not a registry number', () => {
    const html = page('License Details', '<header>Health Professions Licensing</header><h1>License Details</h1><p>License Number: E118420</p><p>ID: E118420</p><p>License Status: Current</p><p>Expiration Date: 03/31/2027</p>');
    expect(readHtml(html).person?.registryNumber).toBeUndefined();
  });
});

describe("a course's meta line whose later piece carries its own label", () => {
  const outline = (metas: string[]) =>
    page(
      'Course Outline',
      `<h1>Manage Education</h1><h2>National Component</h2><ol>${metas
        .map((meta, i) => `<li><p><span>Course ${String.fromCharCode(65 + i)} Review</span></p><p>${meta}</p></li>`)
        .join('')}</ol>`,
    );
  it.each([
    [['12 Feb 2026 · 2 credits · Topic: Cardiology', '3 Mar 2026 · 1.5 credits · Topic: Airway, Respiration & Ventilation'], ['cardiovascular', 'airway']],
    [['02/12/2026 | 2 hrs | CAPCE 26-ABCD-F3-0101 | Content Area: Trauma', '03/03/2026 | 1 hr | CAPCE 26-ABCD-F3-0102 | Content Area: EMS Operations'], ['trauma', 'operations']],
    [['2026-02-12 • 2 CEH • Subject: Medical', '2026-03-03 • 1 CEH • Subject: Cardiac'], ['medical', 'cardiovascular']],
  ])('%j', (metas, topics) => {
    const courses = readHtml(outline(metas)).courses ?? [];
    expect(courses.map((course) => [course.component, course.topic])).toEqual(topics.map((topic) => ['national', topic]));
  });
});
