// Round 30's layouts (blind set 69's known misses), each written here in its own words:
// - a learning site's transcript whose credits are shown by their type ("CAPCE: 1.50",
//   "Participation: 1.00"), the time after each date, and a sidebar of upcoming classes on the
//   person's own profile page;
// - a course list exported to a JSON file and opened in a browser's JSON viewer: a tree of
//   "key: value" rows, each string in its quotes and drawn again in its value cell;
// - a Training Officer's digest listing providers' courses beside their registry numbers, in a
//   mail's layout tables: nobody's own list (set 17's page, a guard for the JSON viewer's change);
// - a timesheet's Begin and End times, its Activity of assignments and its Project on every row;
// blind set 70's:
// - a forum post by the signed-in account, whose menu is captioned "Account"; a "View Today's
//   Posts" link names nobody; a post's line opening with a label and running on as prose;
// - a last recertification date 40 characters after its words;
// - an eLicensing renewal's step cards each with "Status: Complete" under the application's
//   "Application status" heading and its chip ("In Review" after a kit's screen-reader label);
// - a public class schedule whose table offers seats;
// - a note copied off the person's own NREMT application page;
// - a code host's blame view: a commit's number and message before the rows it changed.
import { describe, expect, it } from 'vitest';
import { readFile, readHtml } from './load';
import { readPage } from '../../lib/readers';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("a transcript whose credits are shown by their type", () => {
  const row = (title: string, id: string, done: string, credit: string): string =>
    `<tr><td><a href="/node/1">${title}</a></td><td>${id}</td><td><span class="when">${done}</span></td><td><ul><li>${credit}</li></ul></td><td><a href="/cert">Get certificate</a></td></tr>`;
  const html = (sidebar: string): string =>
    page(
      'Jordan Price | Harbor EMS Learning',
      `<div class="top">Signed in as jprice · <a href="/logout">Sign out</a></div><main><h1>Jordan Price</h1><h2>Finished courses</h2><table><thead><tr><th>Course</th><th>Activity #</th><th>Finished</th><th>Credits</th><th></th></tr></thead><tbody>` +
        row('Burns and Smoke Inhalation', '26-HEMS-F3-0101', '10/02/2026 - 18:30', 'CAPCE: 1.75') +
        row('Obstetric Emergencies Refresher', '26-HEMS-F3-0087', '07/21/2026 - 09:05', 'CAPCE: 2.00') +
        row('Monthly Case Conference', '', '05/06/2026 - 19:00', 'Attendance: 1.00') +
        row('Shock Recognition', '25-HEMS-F3-0420', '11/14/2025 - 20:45', 'CAPCE: 1.25') +
        `</tbody></table></main><aside>${sidebar}</aside>`,
    );
  const upcoming = '<h2>Upcoming classes</h2><p>Hazmat Awareness</p><p>Monday, January 11, 2027 - 18:00</p><p><a href="/calendar">Full calendar</a></p>';
  it('reads each figure after its type as the hours, and no time as hours', () => {
    const read = readHtml(html(upcoming), 'https://learn.harborems.org/user/77/transcript');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual([
      ['Burns and Smoke Inhalation', '2026-10-02', 1.75, '26-HEMS-F3-0101'],
      ['Obstetric Emergencies Refresher', '2026-07-21', 2, '26-HEMS-F3-0087'],
      ['Monthly Case Conference', '2026-05-06', 1, null],
      ['Shock Recognition', '2025-11-14', 1.25, '25-HEMS-F3-0420'],
    ]);
    expect(read.unread ?? []).toEqual([]);
  });
  it("a schedule's heading on a page not named for a person still makes it a schedule", () => {
    const schedule = page(
      'Winter classes | Harbor EMS Learning',
      `<main><h1>Harbor EMS Learning</h1><h2>Upcoming classes</h2><table><thead><tr><th>Course</th><th>Activity #</th><th>Date</th><th>Credits</th></tr></thead><tbody>` +
        '<tr><td>Hazmat Awareness</td><td>27-HEMS-F5-0001</td><td>01/11/2027</td><td>CAPCE: 2.00</td></tr>' +
        '<tr><td>Pediatric Airway</td><td>27-HEMS-F3-0002</td><td>02/08/2027</td><td>CAPCE: 1.50</td></tr>' +
        '<tr><td>Stroke Scales</td><td>27-HEMS-F3-0003</td><td>03/01/2027</td><td>CAPCE: 1.00</td></tr>' +
        '</tbody></table></main>',
    );
    expect(readHtml(schedule, 'https://learn.harborems.org/calendar').kind).toBe('unknown');
  });
});

describe('a course list exported to JSON, in a JSON viewer', () => {
  const row = (key: string, value: string, level: number): string =>
    `<tr class="treeRow" role="treeitem" aria-level="${level}"><td class="treeLabelCell"><span class="treeLabel">${key}</span></td><td class="treeValueCell"><span>${value}</span></td></tr>`;
  const course = (at: number, title: string, done: string, hours: string, component: string, approval: string): string =>
    row(String(at), '', 2) + row('course', `"${title}"`, 3) + row('completedOn', `"${done}"`, 3) + row('hours', hours, 3) + row('component', `"${component}"`, 3) + row('approvalNumber', approval === 'null' ? 'null' : `"${approval}"`, 3);
  const html = page(
    'ce-log.json',
    `<div class="toolbar"><button>Save</button><button>Copy</button><input placeholder="Filter JSON"></div><table class="treeTable" role="tree"><tbody>` +
      row('exported', '"2026-11-20"', 1) +
      row('courses', '', 1) +
      course(0, 'Cardiac Arrest Management', '2026-02-11', '2', 'National', '26-CAMX-F3-0012') +
      course(1, 'Regional Protocol Update', '2026-04-02', '3.5', 'Local', '26-0315-T') +
      course(2, 'Wilderness Medicine Basics', '2026-06-19', '1.25', 'Individual', '26-WMBX-F1-0044') +
      course(3, 'Station Drill: Extrication', '2026-08-30', '2', 'Local', 'null') +
      '</tbody></table>',
  );
  it('reads each object as a course, its values without their quotes', () => {
    const read = readHtml(html, 'file:///home/someone/Documents/ce-log.json');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.component, course.approvalNumber])).toEqual([
      ['Cardiac Arrest Management', '2026-02-11', 2, 'national', '26-CAMX-F3-0012'],
      ['Regional Protocol Update', '2026-04-02', 3.5, 'local', '26-0315-T'],
      ['Wilderness Medicine Basics', '2026-06-19', 1.25, 'individual', '26-WMBX-F1-0044'],
      ['Station Drill: Extrication', '2026-08-30', 2, 'local', null],
    ]);
  });
});

describe("a Training Officer's digest of providers' courses", () => {
  // Set 17's digest mail: its courses in the mail's layout tables, beside several registry numbers.
  it("is nobody's own list: the mail's tables state several registry numbers", () => {
    expect(readFile('test/fixtures/blind-17/to-inky-digest-email.html').kind).toBe('unknown');
  });
});

describe('a time tracker\'s timesheet of CE hours', () => {
  // Begin and End are times of day, Duration the hours, the "Activity" where the course counts,
  // the same "Project" on every row and the course named in the Description.
  const row = (day: string, begin: string, end: string, duration: string, activity: string, description: string): string =>
    `<tr><td>${day}</td><td>${begin}</td><td>${end}</td><td><span class="duration">${duration}</span></td><td>Recert cycle 2025–2027</td><td>${activity}</td><td>${description}</td></tr>`;
  const html = page(
    'My timesheet — TimeTrack',
    `<h2>My times</h2><table><thead><tr><th>Date</th><th>Begin</th><th>End</th><th>Duration</th><th>Project</th><th>Activity</th><th>Description</th></tr></thead><tbody>` +
      row('11/10/2026', '6:00 PM', '8:00 PM', '2:00', 'National – Trauma', 'Burn Care Update — CAPCE 26-BURN-F3-0101') +
      row('10/03/2026', '9:00 AM', '10:15 AM', '1:15', 'National – Medical', 'Stroke Recognition — CAPCE 26-STRK-F3-0202') +
      row('09/15/2026', '7:00 PM', '10:00 PM', '3:00', 'State/Local', 'County Protocol Night — OEMS 26-0915-T') +
      row('08/22/2026', '1:00 PM', '3:30 PM', '2:30', 'Individual', 'Wilderness Rescue Basics — CAPCE 26-WILD-F1-0303') +
      '</tbody></table>',
  );
  it('reads each row as a course: its hours from the duration, its title from the description', () => {
    const read = readHtml(html, 'https://time.example-ambulance.org/timesheet/');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.component, course.approvalNumber])).toEqual([
      ['Burn Care Update', '2026-11-10', 2, 'national', '26-BURN-F3-0101'],
      ['Stroke Recognition', '2026-10-03', 1.25, 'national', '26-STRK-F3-0202'],
      ['County Protocol Night', '2026-09-15', 3, 'local', '26-0915-T'],
      ['Wilderness Rescue Basics', '2026-08-22', 2.5, 'individual', '26-WILD-F1-0303'],
    ]);
  });
});

describe("a forum post of the signed-in account's, its menu captioned \"Account\"", () => {
  const row = (date: string, title: string, hours: string, approval: string, component: string): string =>
    `<tr><td>${date}</td><td>${title}</td><td>${hours}</td><td>${approval}</td><td>${component}</td></tr>`;
  const html = page(
    'my CE so far – what am I missing? - MA EMS - Lemmy North',
    `<nav><a href="/">Home</a><a href="/today">View Today's Posts</a><div class="dropdown"><a href="/u/kdelacroix">Account</a><ul><li><a href="/u/kdelacroix">View profile</a></li><li><a href="/logout">Log out</a></li></ul></div></nav>` +
      `<main><h1>my CE so far – what am I missing?</h1><p>submitted 3 hours ago by kdelacroix</p>` +
      `<p>Cert expires: 3/31/2027 . My last recertification on the NREMT dashboard is 03/26/2025, so the cycle started the day after.</p>` +
      `<table><thead><tr><th>Date</th><th>Course</th><th>Hrs</th><th>Approval #</th><th>Component</th></tr></thead><tbody>` +
      row('2025-05-02', 'Trauma Triage Review', '2', '25-TTRX-F3-0010', 'National') +
      row('2025-09-14', 'County Protocol Update', '3', '25-0914-T', 'Local') +
      row('2026-02-20', 'Tactical Medicine Intro', '1.5', '26-TACX-F1-0020', 'Individual') +
      `</tbody></table><h2>Comments</h2><p>medic_rae 2 hours ago</p><p>Looks fine to me.</p><p>reply</p></main>`,
  );
  it('is the writer\'s own list, with the cycle the post states', () => {
    const read = readHtml(html, 'https://lemmy.north.example/post/4412');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.title)).toEqual(['Trauma Triage Review', 'County Protocol Update', 'Tactical Medicine Intro']);
    expect(read.certification?.cycleStart).toBe('2025-03-27');
  });
});

describe("an eLicensing renewal's step cards", () => {
  const URL = 'https://healthprofessionlicensing.mass.gov/licensing/applications/RNW-2026-000111';
  const step = (name: string, detail: string, status: string): string => `<div class="card"><div>${name}</div><div>${detail}</div><div><span>Status</span> <span>${status}</span></div></div>`;
  const body = (chip: string, submit: string): string =>
    `<h1>Renewal application</h1><div>EMT - Renewal Application</div><h2>Application status</h2><span class="tag"><span>Étiquette</span> ${chip}</span>` +
    `<p>Your license will show the new expiration date once the renewal is approved.</p><h2>Application steps</h2>` +
    step('Photo', 'Uploaded 11/19/2026', 'Complete') + step('Attestation', 'Agreed 11/20/2026', 'Complete') + step('Renewal fee', '$125.00 paid 11/20/2026', 'Paid') + step('Submit application', submit, submit === 'Not submitted' ? 'Not submitted' : 'Submitted');
  const renewalOf = (html: string) => readPage(new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Renewal Application | Health Professions Licensing</title></head><body>${html}</body></html>`, 'text/html'), URL).renewal;
  it("reads the application's chip, not a step's \"Complete\"", () => {
    expect(renewalOf(body('In Review', 'Submitted 11/20/2026'))?.state).toBe('in-review');
  });
  it("reads set 70's Montréal kit page as in review, and set 67's paid page still as not submitted", () => {
    expect(readFile('test/fixtures/blind-70/elic-montreal-bao-renewal-emt2027-inreview.html').renewal?.state).toBe('in-review');
    expect(readFile('test/fixtures/blind-67/elic-renewal-cuba-aemt-paidnotsubmitted.html').renewal?.state).toBe('paid-not-submitted');
    expect(readFile('test/fixtures/blind-40/elic-typst-html-renewal.html').renewal?.state).toBe('in-review');
  });
  it('keeps the paid-not-submitted trap where the chip says so', () => {
    expect(renewalOf(body('Not Submitted', 'Not submitted'))?.state).toBe('paid-not-submitted');
  });
});

describe('a public class schedule whose table offers seats', () => {
  it("is nobody's course list", () => {
    const row = (date: string, title: string, hours: string, approval: string, seats: string): string => `<tr><td>${date}</td><td>${title}</td><td>${hours}</td><td>${approval}</td><td>${seats}</td></tr>`;
    const html = page(
      'Open classes this winter',
      `<nav><a href="/">Home</a><a href="/calendar">Class calendar</a></nav><h2>Open classes this winter</h2><p>Providers from any service are welcome. Certificates carry the approval number for your NREMT transcript.</p>` +
        `<table><thead><tr><th>Date</th><th>Class</th><th>CEH</th><th>Approval #</th><th>Seats</th></tr></thead><tbody>` +
        row('01/09/2027', 'Airway Skills Lab', '4.0', '27-WEMX-F1-0011', '6 left') +
        row('01/19/2027', 'Protocol Update 2027', '3.0', 'T1-27-0042', 'Full (waitlist)') +
        row('02/06/2027', 'Pediatric Assessment', '2.0', '27-WEMX-F3-0019', '12 left') +
        '</tbody></table><p>#ce #schedule</p>',
    );
    expect(readHtml(html, 'https://ems-education.example.org/2026/open-classes').kind).toBe('unknown');
  });
});

describe("a note copied off the person's own NREMT application page", () => {
  it('is the application, its status read', () => {
    const html = page(
      'Notes',
      `<h1>NREMT recert – where I am</h1><p>Copied off the NREMT Recertification Application page on 12/02/2026, right after paying.</p>` +
        `<p>Application status at the top of the page: Not Submitted</p><p>Jamie Q. Ruiz · Paramedic · Registry # P1234567 · expires 03/31/2027</p>` +
        `<table><tr><th>Section</th><th>What NREMT shows</th></tr><tr><td>Continuing Education</td><td>Complete</td></tr><tr><td>Make Payment</td><td>Complete, paid 12/01/2026</td></tr><tr><td>Submit</td><td>not done yet</td></tr></table>`,
    );
    const read = readHtml(html, 'https://notes.example.org/#/notes/17');
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe('not-submitted');
  });
});

describe("a code host's blame view of a CE log", () => {
  // Each line of the file in its own row; the rows a commit changed carry its revision number and
  // message before the line, the others nothing there.
  const line = (text: string, revision?: string, message?: string): string =>
    `<tr><td class="rev">${revision ? `<a href="/rev/${revision}">${revision}</a>` : ''}</td><td class="msg">${message ? `<a href="/rev/${revision}">${message}</a>` : ''}</td><td class="code"><pre>${text}</pre></td></tr>`;
  const html = page(
    'ce-log.txt annotated – my-ce',
    `<h1>ce-log.txt</h1><p>My NREMT continuing education log, kept in git.</p><table><tr><th>Rev</th><th>Message</th><th>Line</th></tr>` +
      line('date | hours | counts toward | approval | course', '2', 'start log') +
      line('03/02/2026 | 2.00 | National / Trauma | 26-TRMX-F3-0001 | Burn Management Update') +
      line('04/11/2026 | 1.50 | National / Medical | 26-MEDX-F3-0002 | Diabetic Emergencies', '9', 'april class') +
      line('05/20/2026 | 3.00 | Local | 26-0520-T | County Protocol Review') +
      line('06/30/2026 | 1.00 | Individual | 26-INDX-F1-0003 | Rope Rescue Awareness', '14', 'june') +
      line('08/05/2026 | 2.50 | National / Airway | 26-AIRX-F3-0004 | Capnography in Practice') +
      '</table>',
  );
  it('reads each line as its course, the commit beside it no part of it', () => {
    const read = readHtml(html, 'https://code.example.org/my-ce/annotate/head:/ce-log.txt');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Burn Management Update', '2026-03-02', 2],
      ['Diabetic Emergencies', '2026-04-11', 1.5],
      ['County Protocol Review', '2026-05-20', 3],
      ['Rope Rescue Awareness', '2026-06-30', 1],
      ['Capnography in Practice', '2026-08-05', 2.5],
    ]);
  });
});
