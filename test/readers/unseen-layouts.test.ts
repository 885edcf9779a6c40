// Layouts and wordings met on pages written by outsiders, each as one small page: the general
// reading rule a person uses, not the page it came from.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title = 'Manage Education'): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('records', () => {
  it('one inner HTML 4 table per course (title row, then a row of labelled values)', () => {
    const course = (title: string, date: string, credits: string) =>
      `<tr><td><input type="checkbox"></td><td><table><tr><td colspan="3">${title}</td></tr>` +
      `<tr><td><font size="1">Date Completed:</font> ${date}</td><td><font size="1">Credits:</font> ${credits}</td><td><font size="1">Approval:</font> 26-CCEM-F5-0288</td></tr></table></td></tr>`;
    const snap = readHtml(
      page(
        `<h2>Education Summary - Paramedic</h2><table border="1"><tr><th colspan="2">NATIONAL &mdash; Trauma</th></tr>${course('Burn Management', '12 May 2026', '3')}` +
          `<tr><th colspan="2">INDIVIDUAL</th></tr>${course('Ultrasound', '4 November 2026', '2.5')}${course('PALS', '20 March 2026', '8')}</table>`,
        'Education Summary',
      ),
      'https://www.nremt.org/nremt/Members/EducationSummary.aspx',
    );
    expect(snap.kind).toBe('nremt-education');
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual([
      ['Burn Management', '2026-05-12', 3, 'national', 'trauma'],
      ['Ultrasound', '2026-11-04', 2.5, 'individual', null],
      ['PALS', '2026-03-20', 8, 'individual', null],
    ]);
  });
});

const TABLE =
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>' +
  '<tr><td>Airway Update</td><td>01/14/2026</td><td>2</td></tr><tr><td>Trauma Review</td><td>02/14/2026</td><td>1.5</td></tr></tbody></table>';

describe("the signed-in person's name in the page's chrome", () => {
  it.each([
    ['alone in a toolbar', '<header><span>NREMT</span><span>Aisha Rahman</span></header><h1>Manage Education</h1>', 'Aisha Rahman'],
    ['beside a registry number, with a middle initial', '<nav><a>NREMT</a> <span>Dana M. Okafor · P3318204</span></nav><h1>Transcript</h1>', 'Dana M. Okafor'],
    ['after "Signed in as", in a sentence', '<h1>Transcript</h1><p>Signed in as Dana M. Okafor. Your National Registry number is P3318204.</p>', 'Dana M. Okafor'],
    ['after "Logged in as:"', '<div>Logged in as: <span>Luis Ferreira-Santos</span> (A2290457)</div><h1>Transcript</h1>', 'Luis Ferreira-Santos'],
    ['in an aria-label', '<header><div aria-label="Signed in user: Brendan McCarthy"><span>BM</span></div></header><h1>Transcript</h1>', 'Brendan McCarthy'],
    ['in the title of an avatar showing the initials', '<aside><div title="Kimberly Tran">KT</div><ul><li><a>My Certification</a></li></ul></aside><h1>Transcript</h1>', 'Kimberly Tran'],
    ['before a level', '<h1>Transcript</h1><p>Kimberly Tran — EMT</p>', 'Kimberly Tran'],
    ['in a nav among links', '<nav><a>Dashboard</a> · <a>Transcript</a> · <a>Manage Education</a> · <span>Dana M. Okafor</span></nav><h1>Manage Education</h1>', 'Dana M. Okafor'],
  ])('%s', (_, chrome, name) => {
    const snap = readHtml(page(`${chrome}${TABLE}`, 'Transcript'), 'https://www.nremt.org/transcript');
    expect(snap.person?.name).toBe(name);
  });

  it('a profile card: a name alone, then the level and the registry number', () => {
    const snap = readHtml(
      page('<h1>My Certification</h1><div><h5>Marcus Bell</h5><p>EMT</p><p>Registry Number E3904412</p></div><dl><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>', 'My Certification'),
      'https://www.nremt.org/dashboard',
    );
    expect(snap.person).toEqual({ name: 'Marcus Bell', registryNumber: 'E3904412' });
    expect(snap.certification?.level).toBe('emt');
  });

  it('menu words and page names are not names', () => {
    const snap = readHtml(page(`<header><span>Message Center</span><span>Sign Out</span></header><h1>Transcript</h1>${TABLE}`, 'Transcript'), 'https://www.nremt.org/transcript');
    expect(snap.person?.name).toBeUndefined();
  });
});

describe('level and expiration in a summary line of an education or application page', () => {
  it.each([
    ['Paramedic · Expiration 03/31/2027', 'paramedic', '2027-03-31'],
    ['Advanced EMT · expires 03/31/2027 · Recertification cycle began April 1, 2025', 'aemt', '2027-03-31'],
    ['Paramedic certification expiring March 31, 2027', 'paramedic', '2027-03-31'],
    ['Kimberly Tran · EMT · cycle ends March 31, 2027', 'emt', '2027-03-31'],
    ['Paramedic · Recertification cycle ending 03/31/2027', 'paramedic', '2027-03-31'],
    ['Emergency Medical Technician — recertification cycle ends 03/31/2027.', 'emt', '2027-03-31'],
    ['Advanced EMT recertification for the cycle ending March 31, 2027.', 'aemt', '2027-03-31'],
    ['Advanced EMT · All sections must be complete to recertify.', 'aemt', undefined],
  ])('%j', (line, level, expiresOn) => {
    const snap = readHtml(page(`<h1>Manage Education</h1><p>${line}</p>${TABLE}`));
    expect(snap.certification?.level).toBe(level);
    expect(snap.certification?.expiresOn).toBe(expiresOn);
  });

  it('a help sentence that mentions levels states nobody’s level', () => {
    const snap = readHtml(page(`<h1>Manage Education</h1><p>Paramedic and AEMT skills are verified by the Medical Director.</p><p>Certifications expiring 03/31/2027 open October 1.</p>${TABLE}`));
    expect(snap.certification).toBeUndefined();
  });

  it('a cycle range gives the start and the expiration', () => {
    const snap = readHtml(page(`<h1>Education Summary - Paramedic</h1><p>Recertification cycle: April 1, 2026 – March 31, 2028</p>${TABLE}`, 'Education Summary'), 'https://www.nremt.org/ed');
    expect(snap.certification).toEqual({ level: 'paramedic', expiresOn: '2028-03-31', cycleStart: '2026-04-01' });
  });
});

describe('application pages', () => {
  const APP = (body: string) =>
    `<!DOCTYPE html><html><head><title>Recertification Application</title></head><body><h1>Recertification Application</h1>${body}</body></html>`;

  it("the courses listed on the user's own application are read, as a partial list that only adds", () => {
    const snap = readHtml(APP(`<p><b>Application Status:</b> Pending Training Officer Sign Off</p><h2>Continuing Education Submitted</h2>${TABLE}`), 'https://www.nremt.org/app');
    expect(snap.kind).toBe('nremt-application');
    expect(snap.courses?.map((c) => c.title)).toEqual(['Airway Update', 'Trauma Review']);
    expect(snap.listCoverage?.complete).toBe(false);
    expect(snap.application?.status).toBe('submitted');
  });

  it('a Training Officer reviewing someone else’s application reads nothing of it', () => {
    const snap = readHtml(
      APP(`<header>NREMT · MY ROLES: Training Officer · Paul Reyes</header><h2>Review Recertification Application</h2><p>Provider: Marco DiNapoli</p>${TABLE}`),
      'https://www.nremt.org/to/review',
    );
    expect(snap.kind).toBe('unknown');
    expect(snap.courses).toBeUndefined();
    expect(snap.role).toBe('training-officer');
  });
});

describe('values', () => {
  it('an approval number printed after a word is the number alone; an OEMS number may end in its T marker', async () => {
    const { approvalIn } = await import('../../lib/readers/values');
    expect(approvalIn('OEMS 25-0970-T3')).toBe('25-0970-T3');
    expect(approvalIn('Approval: OEMS MA-25-T3-0230')).toBe('MA-25-T3-0230');
    expect(approvalIn('26-0215-T1')).toBe('26-0215-T1');
    expect(approvalIn('CAPCE 25-ABC-F3-0102')).toBe('25-ABC-F3-0102');
  });

  it('a time of day is not an hours figure', async () => {
    const { hoursWithUnit } = await import('../../lib/readers/values');
    expect(hoursWithUnit('11/20/2026 8:14 PM')).toBeNull();
    expect(hoursWithUnit('1:30 hrs')?.hours).toBe(1.5);
  });
});

describe('chips', () => {
  it('the component and topic as two chips in one Assigned To cell', () => {
    const row = (title: string, topic: string) =>
      `<div role="row"><div role="cell">${title}</div><div role="cell">Mar 12, 2026</div><div role="cell">2 hrs</div><div role="cell"><span><span>National</span></span><span><span>${topic}</span></span></div></div>`;
    const snap = readHtml(
      page(
        `<h1>Manage Education</h1><div role="table"><div role="row"><div role="columnheader">Course</div><div role="columnheader">Completed</div><div role="columnheader">Hours</div><div role="columnheader">Assigned To</div></div>` +
          `${row('Vent Management', 'Airway/Respiration/Ventilation')}${row('ACLS', 'Cardiology')}</div>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.component, c.topic])).toEqual([
      ['national', 'airway'],
      ['national', 'cardiovascular'],
    ]);
  });
});
