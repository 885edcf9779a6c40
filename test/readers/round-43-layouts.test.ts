// Round 43's layouts, each written here in its own words (after set 129 was measured):
// - a blog's comment widget read signed out (its "Log in" offered), each comment under its author's
//   name and "N days ago" on the next line, one commenter pasting her courses run together: hers,
//   nobody's for the reader;
// - a help desk ticket whose reply box (its text area hidden while it previews) shows the reader's
//   pasted application status below a staff member's reply: the reader's own application, not theirs
//   (the box is told by its label, "Add a comment", which the scan reads with the text area's source);
// - a forum post's code block of a transcript copied with its tabs, its header row with it: the
//   header row is the column titles, neither a course nor an unread row; "User Control Panel" in the
//   forum's bar is no person;
// - a document whose own metadata says "Expires: 1 June 2027" above the cycle "1 April 2025 to 31
//   March 2027": certifications expire March 31, so the cycle's end is the expiration;
// - eLicensing's "Licenses for <name>" over the license table names the licensee; a footer's "Coded by
//   <maker>" link is no second name beside the top bar's.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

describe("a blog's comment widget read signed out", () => {
  const page = (signIn: string) =>
    '<!DOCTYPE html><html><head><title>Recert season is here | Harbor Medic Notes</title></head><body>' +
    '<header><a href="/">Harbor Medic Notes</a></header><main><article><h1>Recert season is here</h1>' +
    '<p>The window is open. Pay and then actually press Submit Application, and do eLicensing after.</p></article>' +
    '<section class="comments"><h3>3 Comments</h3>' +
    signIn +
    '<div class="comment"><div class="who">Marta V.</div><div class="when">4 days ago</div>' +
    '<p>Quick sanity check on my list, I copied it off my NREMT transcript: Abdominal Pain Assessment 01/14/2026 1.50 CAPCE 26-ABD-F3-0114 ' +
    'Bariatric Lifting 03/02/2026 2.00 OEMS 26-0302-T Pediatric Fever Calls 05/19/2026 1.00 CAPCE 26-PFC-F3-0519 Anything missing?</p>' +
    '<a href="#">Reply</a></div>' +
    '<div class="comment"><div class="who">Harbor Medic</div><div class="when">Author · 3 days ago</div>' +
    '<p>Looks fine to me, check your local hours though.</p><a href="#">Reply</a></div>' +
    '<div class="comment"><div class="who">Deshawn K. (Medic, Quincy)</div><div class="when">2 days ago</div>' +
    '<p>Same boat, thanks for the reminder.</p><a href="#">Reply</a></div>' +
    '<h3>Leave a comment</h3><form><textarea aria-label="Comment"></textarea><button>Post Comment</button></form></section></main></body></html>';
  it("reads a commenter's pasted courses as nobody's where the page offers to log in", () => {
    const read = readHtml(page('<div class="login"><a href="#">Log in</a> <a href="#">Google</a> <a href="#">Facebook</a></div>'));
    expect(read.kind).toBe('unknown');
    expect(read.courses).toBeUndefined();
  });
  it('without a sign-in offer, the bylines alone do not make the page nobody\'s', () => {
    expect(readHtml(page('')).kind).toBe('nremt-education');
  });
});

describe("a help desk ticket's reply box previewing the reader's pasted application", () => {
  const html =
    '<!DOCTYPE html><html><head><title>Ticket 5120: TO sign-off for NREMT · Station Desk</title></head><body>' +
    '<nav><a href="/">Station Desk</a> <a href="/t">Tickets</a> <a href="/logout">Sign out (mbrandt)</a></nav>' +
    '<main><h3>Ticket 5120: TO sign-off for NREMT</h3>' +
    '<div class="post"><div class="meta">Mara Brandt · Dec 1, 2026 6:40 PM</div><p>Submitted my recert, can you sign off? Status page coming next.</p></div>' +
    '<div class="post"><div class="meta">Lt. P. Osei · Dec 2, 2026 7:15 AM</div><p>Sure. Remember the state renewal is separate.</p></div>' +
    '<form><label for="reply">Add a comment</label><textarea id="reply" style="display: none">Here\'s my status page, copied off nremt.org: ``` Recertification Application … ```</textarea>' +
    '<div class="preview"><p>Here\'s my status page, copied off nremt.org:</p><pre><code>' +
    'Recertification Application\n' +
    'Mara Brandt                         Registry # E7712045\n' +
    'Emergency Medical Technician        Expiration Date 03/31/2027\n\n' +
    'Section                             Status\n' +
    '----------------------------------  --------------------\n' +
    'Continuing Education                Complete\n' +
    'Make Payment                        Paid 12/01/2026\n' +
    'Submit                              Submitted 12/01/2026\n\n' +
    'Application Status: Pending Training Officer Sign Off\n' +
    '</code></pre></div><button>Post comment</button></form></main></body></html>';
  it("reads the reader's own application, its status submitted", () => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-application');
    expect(read.person?.registryNumber).toBe('E7712045');
    expect(read.application?.status).toBe('submitted');
  });
});

describe("a forum post's code block of a transcript copied with its tabs", () => {
  const rows = [
    ['Course Name', 'Date Completed', 'Credit Hours', 'Approval #', 'Entered By'],
    ['Airway Suctioning Skills', '02/03/2026', '1.00', '26-SUC-F3-0203', 'CAPCE Import'],
    ['Seizure Management', '04/11/2026', '2.00', '26-0411-T', 'Manual Entry'],
    ['Water Rescue Awareness', '06/21/2026', '', '26-WRA-F1-0621', 'Manual Entry'],
    ['Crew Resource Management', '08/08/2026', '1.50', '26-CRM-F1-0808', 'CAPCE Import'],
  ];
  const html =
    '<!DOCTYPE html><html><head><title>Post a reply - Berkshire EMS Board</title></head><body>' +
    '<div class="navbar">Board index Search User Control Panel Logout [ rkowal ]</div><h2>Post a reply</h2>' +
    '<p>This is my transcript, copied from the NREMT Transcript page:</p>' +
    `<pre><code>${rows.map((cells) => cells.join('\t')).join('\n')}</code></pre>` +
    '<p>The water rescue one has no hours yet.</p></body></html>';
  it('reads the header row as the column titles: neither a course nor an unread row', () => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.hours])).toEqual([
      ['Airway Suctioning Skills', 1],
      ['Seizure Management', 2],
      ['Crew Resource Management', 1.5],
    ]);
    expect(read.unread?.map((row) => row.text)).toEqual([expect.stringContaining('Water Rescue Awareness')]);
  });
  it("reads no person from the forum's User Control Panel link", () => {
    expect(readHtml(html).person?.name).toBeUndefined();
  });
});

describe("a document whose own metadata gives it an expiry date", () => {
  const page = (cycle: string) =>
    '<!DOCTYPE html><html><head><title>CE log for the current cycle</title></head><body>' +
    '<dl><dt>Status:</dt><dd>Informational</dd><dt>Expires:</dt><dd>1 June 2027</dd><dt>Author:</dt><dd>P. Nakamura</dd></dl>' +
    '<h1>A Continuing Education Log</h1><p>The courses one EMT entered on the National Registry transcript.</p>' +
    cycle +
    '<table><thead><tr><th>Course</th><th>Hours</th><th>Approval</th><th>Completed</th></tr></thead><tbody>' +
    '<tr><td>Childbirth in the Field</td><td>2.0</td><td>CAPCE 26-OBS-F3-0115</td><td>15 January 2026</td></tr>' +
    '<tr><td>Scene Size-Up Drills</td><td>1.0</td><td>OEMS 26-0320-T</td><td>20 March 2026</td></tr>' +
    '<tr><td>Head Injury Triage</td><td>1.5</td><td>CAPCE 26-HIT-F3-0702</td><td>2 July 2026</td></tr>' +
    '</tbody></table></body></html>';
  it("takes the cycle's March 31 end as the expiration, not the document's own date", () => {
    const read = readHtml(page('<dl><dt>Registry Number:</dt><dd>E3301178</dd><dt>Cycle:</dt><dd>1 April 2025 to 31 March 2027</dd></dl>'));
    expect(read.certification?.expiresOn).toBe('2027-03-31');
    expect(read.certification?.cycleStart).toBe('2025-04-01');
  });
  it('keeps the labelled date where the page states no other', () => {
    expect(readHtml(page('')).certification?.expiresOn).toBe('2027-06-01');
  });
});

describe("eLicensing's license list under the licensee's name, a theme's credits in the footer", () => {
  const page = (heading: string, bar: string) =>
    '<!DOCTYPE html><html><head><title>Manage My Licenses and Applications | Health Professions Licensing</title></head><body>' +
    `<header><span>Health Professions Licensing</span>${bar}<a href="#">My Profile</a> <a href="#">Sign Out</a></header>` +
    `<main><h2>${heading}</h2><div role="table"><div role="row"><span role="columnheader">License Number</span><span role="columnheader">License Status</span><span role="columnheader">Expiration Date</span></div>` +
    '<div role="row"><span role="cell">P771204</span><span role="cell">Current</span><span role="cell">03/31/2027</span></div></div></main>' +
    '<footer><p>© 2026 Commonwealth of Massachusetts. Designed by <a href="#">Studio Nine</a>. Coded by <a href="#">Harold Quince</a>.</p></footer></body></html>';
  it('reads the licensee from "Licenses for <name>"', () => {
    const read = readHtml(page('Licenses for Teodora M. Vasquez-Lind', ''), 'https://healthprofessionlicensing.mass.gov/');
    expect(read.person?.name).toBe('Teodora M. Vasquez-Lind');
  });
  it("reads the top bar's name, the footer's maker no second name", () => {
    const read = readHtml(page('My Licenses', '<span>Teodora Vasquez-Lind</span>'), 'https://healthprofessionlicensing.mass.gov/');
    expect(read.person?.name).toBe('Teodora Vasquez-Lind');
  });
});
