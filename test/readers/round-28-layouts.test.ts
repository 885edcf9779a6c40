// Layouts met in round 28's first blind set (pages written by others), each reduced to what the
// readers had to learn from it, with its partner case where one guards the other way:
// - a learning profile's card shows its type ("Course") before its duration: no title's label;
// - a task outliner's tags ("#capce", "#peds") tag the task: no label of the piece after them;
// - a blog post of what the writer "entered on NREMT", each course with its component: their list,
//   without the certification's facts beside it; a training centre's "CE Schedule" is not;
// - a log's line ending in a year ("… 6.00 Local - T1-26-0233 … Protocols 2026") is a course;
// - a course title's own closing bracket after its date ("Stroke Assessment (BE-FAST)");
// - a code host's view of a text file (a <pre> around a table: a gutter's cell, then a cell holding
//   the file as another <pre> of one row per line) keeps its lines;
// - a printed form's fields side by side ("License Status: Current     Expiration Date: …");
// - the applications table's "In Review" beside "$125.00 – Paid": received, not the trap;
// - an agency's town after a dash, however many words ("… Inc. – Fall River, MA").
// And two of round 27's known misses (set 65): a paste's title line over its "Completed …" values
// line, a split course's "2.00 of 3.00 hours applied"; a text table's row with an OEMS number
// written with its letters ("MA-25-4471-T3") before the title.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('a type word before a value is no title label', () => {
  const card = (type: string, title: string, hours: string, day: string): string =>
    `<li><article><div><div>CentreLine CE</div><h3><a href="/learning/${day}">${title}</a></h3><div><span>${type}</span><span aria-hidden="true">·</span><span>${hours}</span><span aria-hidden="true">·</span><span>CAPCE 26-CLCE-F3-0${day}12 · Certificate uploaded</span></div></div>` +
    `<div><div>Completed</div><time datetime="2026-11-${day}">Nov ${day}, 2026</time></div></article></li>`;
  it('reads each card, its title the heading', () => {
    const html = page('Learning | Degreed', `<h1>Anya Shalcross</h1><h2>Completed Learning (3)</h2><ul>${card('Course', 'Airway Management in the Prehospital Setting', '2 hrs', '18')}${card('Course', 'Pediatric Seizures', '1 hr 30 min', '12')}${card('Event', 'Chest Pain and ACS Update', '1 hr', '10')}</ul>`);
    const read = readHtml(html, 'https://degreed.com/profile/ashalcross/learning');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.hours])).toEqual([
      ['Airway Management in the Prehospital Setting', 2],
      ['Pediatric Seizures', 1.5],
      ['Chest Pain and ACS Update', 1],
    ]);
  });
});

describe("a task's hashtags are no labels", () => {
  const task = (line: string, tags: string, note = ''): string => `<li><div><span></span><span><p>${line}</p></span>${tags}</div>${note}</li>`;
  it('keeps each approval number, the tag after it read as nothing', () => {
    const html = page(
      'Recert 2027 – Checkvist',
      `<h1>NREMT Manage Education</h1><ul>` +
        task('Pediatric Airway Emergencies — 2 hrs — 02/10/2026 — 26-CHOPE-F5-0112', '<span>#capce</span><span>#peds</span>') +
        task('Burns &amp; Inhalation Injury — 1.5 hrs — 03/03/2026 — OEMS 0326-T3-0219', '<span>#oems</span>', '<div>cert uploaded to NREMT 3/4</div>') +
        task('OB Emergencies — 2.5 hrs — 07/19/2026 — 26-MEDU-F3-1140', '<span>#capce</span>') +
        '</ul>',
    );
    expect(readHtml(html, 'https://checkvist.com/checklists/1/print').courses?.map((course) => course.approvalNumber)).toEqual(['26-CHOPE-F5-0112', '0326-T3-0219', '26-MEDU-F3-1140']);
  });
});

describe("a post of the writer's list as entered on NREMT", () => {
  const item = (date: string, title: string, hours: string, where: string, number: string): string => `<li>${date} – <b>${title}</b> – ${hours} – ${where} – CAPCE ${number}</li>`;
  const items =
    item('May 17, 2025', 'Pediatric Respiratory Emergencies', '2 hrs', 'National / Airway', '25-NECEMS-F3-0418') +
    item('July 9, 2025', 'ACS Recognition', '3 hrs', 'National / Cardiovascular', '25-BAYST-F1-2207') +
    item('January 11, 2026', 'Diabetic Emergencies', '1 hr', 'National / Medical', '26-MEDU-F3-0091') +
    item('April 5, 2026', 'Crew Resource Management', '2 hrs', 'Individual', '26-PRHS-F5-0330') +
    item('November 3, 2024', 'Stroke Assessment (BE-FAST)', '1 hr', 'National / Medical', '24-MEDU-F3-1877');

  it('is their course list', () => {
    const html = page('Recert CE log, winter update - Dana Whitcomb', `<article><h2>Recert CE log, winter update</h2><p>This is what I have entered on NREMT so far for the 2027 cycle.</p><ul>${items}</ul></article>`);
    const read = readHtml(html, 'https://dwhitcomb.posthaven.com/recert-ce-log-winter-update');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.title)).toEqual(['Pediatric Respiratory Emergencies', 'ACS Recognition', 'Diabetic Emergencies', 'Crew Resource Management', 'Stroke Assessment (BE-FAST)']);
    expect(read.courses?.[3]).toMatchObject({ component: 'individual', hours: 2 });
  });

  it("a training centre's schedule offering the same values is nobody's list", () => {
    const html = page('CE Schedule', `<h2>Winter 2027 Continuing Education</h2><p>Open to all EMTs recertifying with NREMT.</p><ul>${items}</ul><p><a href="/register">Register</a></p>`);
    expect(readHtml(html, 'https://quabbinvalleyemsed.com/ce-schedule').kind).toBe('unknown');
  });
});

describe('a log line ending in a year', () => {
  it('reads the course whose title ends in its year', () => {
    const lines = [
      '15 2026-01-10 2.00 National Operations 26-OPSX-F3-0017 Ambulance Operations and Safety',
      '16 2026-03-21 6.00 Local - T1-26-0233 Massachusetts Statewide Treatment Protocols 2026',
      '17 2026-05-02 1.50 Individual - 26-CEVT-F3-0311 Behavioral Emergencies and De-escalation',
    ];
    const html = page('Pipeline #58 - Woodpecker', `<h1>Log tally</h1><p>My NREMT CE, as entered on Manage Education:</p>${lines.map((line) => `<div>${line}</div>`).join('')}`);
    expect(readHtml(html, 'https://ci.example.org/repos/1/pipeline/58').courses?.map((course) => [course.title, course.component])).toEqual([
      ['Ambulance Operations and Safety', 'national'],
      ['Massachusetts Statewide Treatment Protocols 2026', 'local'],
      ['Behavioral Emergencies and De-escalation', 'individual'],
    ]);
  });
});

describe('a text file shown as a table inside a cell', () => {
  const row = (line: string): string => `<tr><td><div><span>${line.replaceAll(' ', '&nbsp;')}</span></div></td></tr>`;
  const file = [
    'Copied from healthprofessionlicensing.mass.gov (Manage My Licenses and Applications) on 12/01/2026',
    'Name:        Priya Raman-Cole',
    'License/Registration Number   License Type                   License Status   Expiration Date',
    'E884120                       Emergency Medical Technician   Current          03/31/2027',
  ];
  it('keeps its lines: the pasted license reads', () => {
    const html = page(
      '~praman/recert.git - Gitblit',
      `<pre><table><tbody><tr><td><pre>1\n2\n3\n4</pre></td><td><div><pre><table><tbody>${file.map(row).join('')}</tbody></table></pre></div></td></tr></tbody></table></pre>`,
    );
    expect(readHtml(html, 'https://git.example.org/blob/recert/elicensing.txt').license).toMatchObject({ number: 'E884120', status: 'current', expiresOn: '2027-03-31' });
  });
});

describe("a printed form's fields side by side", () => {
  it('reads each of the pairs on a line', () => {
    const html = page('Renewal', '<pre>License Number: A302918     License Type: Advanced EMT\nLicense Status: Current     Expiration Date: 03/31/2027\n</pre>');
    expect(readHtml(html, 'https://healthprofessionlicensing.mass.gov/x').license).toMatchObject({ number: 'A302918', status: 'current', expiresOn: '2027-03-31' });
  });
});

describe('the renewal in the applications table', () => {
  const license = (status: string, extra = ''): string =>
    page(
      'Manage My Licenses and Applications | Health Professions Licensing',
      `<h1>Manage My Licenses and Applications</h1><h2>My Licenses</h2><table><thead><tr><th>License Type</th><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr></thead><tbody><tr><td>EMT - Paramedic</td><td>P708214</td><td>Current</td><td>03/31/2027</td></tr></tbody></table>` +
        `<h2>My Applications</h2><table><thead><tr><th>Application</th><th>Fee</th><th>Date Submitted</th><th>Status</th></tr></thead><tbody><tr><td>EMT - Paramedic - Renewal Application</td><td>$125.00 – Paid 11/30/2026</td><td>11/30/2026</td><td>${status}</td></tr></tbody></table>${extra}`,
    );
  const url = 'https://healthprofessionlicensing.mass.gov/portal/my-licenses';
  it('"In Review" beside a paid fee: received', () => {
    expect(readHtml(license('In Review'), url).renewal).toEqual({ state: 'in-review', paid: true, submitControl: false });
  });
  it('still the trap where its Submit control is left', () => {
    expect(readHtml(license('In Review', '<button>Submit Application</button>'), url).renewal?.state).toBe('paid-not-submitted');
  });
  it('still the trap where a line says it is not yet submitted', () => {
    const notice = '<p>Your fee has been received. Your renewal application has not yet been submitted: return to it and click Submit.</p>';
    expect(readHtml(license('In Review', notice), url).renewal?.state).toBe('paid-not-submitted');
  });
});

describe("an agency's town after a dash", () => {
  it('is no part of its name', () => {
    const html = page(
      'Dashboard | NREMT',
      `<h1>Dashboard</h1><dl><dt>Name</dt><dd>Jordan Reyes</dd><dt>Registry Number</dt><dd>A1234567</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl><section><h2>Agency Affiliation</h2><p>Harborline Ambulance Service, Inc. – Fall River, MA <span>Pending Approval</span></p></section>`,
    );
    expect(readHtml(html, 'https://www.nremt.org/dashboard').agency).toEqual({ name: 'Harborline Ambulance Service, Inc.', status: 'pending' });
  });
});

describe("a paste's title lines over their values", () => {
  it('reads each course, a split course with its part', () => {
    const text = [
      'NATIONAL COMPONENT                                   7.00 / 20.00 hours',
      '    Oxygen Delivery Devices Review',
      '      Completed 07/22/2025   2.00 hours   CAPCE 25-NSE-F3-0076',
      '    Spinal Motion Restriction',
      '      Completed 01/08/2026   2.00 of 3.00 hours applied   CAPCE 26-CMD-F3-0044',
      '    Burns and Blast Injuries',
      '      Completed 02/17/2026   1.00 hour    CAPCE 26-NEE-F3-0140',
    ].join('\n');
    const read = readHtml(page('debian Pastezone', `<h1>Paste #1412</h1><p>NREMT - Manage Education (copied 12/01/2026)</p><pre>${text}</pre>`), 'https://paste.debian.net/1412/');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Oxygen Delivery Devices Review', '2025-07-22', 2],
      ['Spinal Motion Restriction', '2026-01-08', 2],
      ['Burns and Blast Injuries', '2026-02-17', 1],
    ]);
  });
});

describe("a text table's OEMS number written with its letters", () => {
  it("is the row's approval number, not its title", () => {
    const text = [
      '# NREMT transcript - copied from nremt.org',
      'Completed   Hours  Approval #        Course title',
      '----------  -----  ----------------  ----------------------------------------',
      '2025-03-20   2.00  25-BOS-F1-0412    Pediatric Assessment Triangle Refresher',
      '2025-09-09   3.00  MA-25-4471-T3     Prehospital Management of Excited Delirium',
      '2026-06-30   2.50  MA-26-0158-T1     OEMS Statewide Treatment Protocols 2026 Update',
    ].join('\n');
    // A code editor's view: a <pre> per line, its number in a gutter the screen reader skips.
    const lines = text.split('\n').map((line, i) => `<div><div aria-hidden="true"><div>${i + 1}</div></div><pre role="presentation"><span>${line}</span></pre></div>`);
    const read = readHtml(page('transcript.txt - Bitbucket', `<h1>transcript.txt</h1><div>${lines.join('')}</div>`), 'https://bitbucket.example.org/projects/ME/repos/recert/browse/transcript.txt');
    expect(read.courses?.map((course) => [course.title, course.approvalNumber])).toEqual([
      ['Pediatric Assessment Triangle Refresher', '25-BOS-F1-0412'],
      ['Prehospital Management of Excited Delirium', 'MA-25-4471-T3'],
      ['OEMS Statewide Treatment Protocols 2026 Update', 'MA-26-0158-T1'],
    ]);
  });
});
