// Round 41's layouts, each written here in its own words (after set 119 was measured):
// - an IRC client's channel log, one message per line ("21:40 rquinn: …" with the time and the handle
//   in their own elements), where the person pastes the Transcript a row per message: each row is a
//   course, the time of day beside it no hours;
// - a forum post "so someone can check my NREMT Manage Education page" above the list: the poster's, so
//   nobody's for whoever reads the thread (a guard: a change that read it as the reader's was undone);
// - a CE tracker's summary over its cards ("Paramedic · NREMT expires … · hours count from …",
//   "Logged this cycle: 22h 15m of 60h"): the cycle's start, no course.
// - a blog CE log keyed "NAT = National (with topic)", its cells "NAT / Medical": National – Medical;
// - a list's toolbar, "Sorted by: Recently added ▾ Showing 8 of 19": no course, not even an unread one.
// - (set 120's, after it was measured) a blog post saying "here is what my Recertification Application page
//   says, typed out", a sentence before naming "somebody on our crew": the writer's own application.
// - (set 120's) eLicensing's applications table copied into a post, its Payment cell "$125.00 received 11/28/2026":
//   paid (and the status beside it "Incomplete – Not Submitted": paid, not submitted).
// - (set 119's) a drag-and-drop card, its title over a small line "10/30/2026 · 1.75 hrs · No approval # entered":
//   the line is the course's values, not a flag to leave out.
// - (set 121's, after it was measured) a council's "Scheduled classes" (nobody's list); a forum post saying
//   "here's what Manage Education looks like (select all + copy)" without naming NREMT (the poster's own).
import { describe, expect, it } from 'vitest';
import { isNotACourseRow } from '../../lib/readers/education';
import { readHtml } from './load';

describe('a chat log whose messages are the rows of a pasted Transcript', () => {
  const message = (time: string, nick: string, said: string) =>
    `<div class="line text"><span class="time">${time} </span><span class="sender">${nick}:</span><span class="message" style="white-space:pre-wrap">${said}</span></div>`;
  const page = (rows: string[]) =>
    `<!DOCTYPE html><html><head><title>#metro-ems</title></head><body>${[
      message('21:38', 'bsaleh', 'rquinn: drop your transcript here'),
      message('21:40', 'rquinn', 'here it is, copied off my NREMT transcript'),
      message('21:40', 'rquinn', 'Date Completed\tCourse Name\tCredits\tApproval Number\tComponent / Topic'),
      ...rows.map((row) => message('21:41', 'rquinn', row)),
      message('21:45', 'bsaleh', 'looks fine to me'),
    ].join('')}</body></html>`;
  it('reads each row, the time of day beside it no hours', () => {
    const read = readHtml(
      page([
        '02/03/2026\tAirway Adjuncts in Children\t1.50\t26-PAL-F3-0202\tNational - Airway, Respiration &amp; Ventilation',
        '04/19/2026\tHazardous Materials Awareness\t2.00\t26-0330-T\tState/Local',
        '07/07/2026\tCrew Wellness and Stress\t1.00\t26-WEL-F1-0707\tIndividual',
      ]),
    );
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.component, course.approvalNumber])).toEqual([
      ['Airway Adjuncts in Children', '2026-02-03', 1.5, 'national', '26-PAL-F3-0202'],
      ['Hazardous Materials Awareness', '2026-04-19', 2, 'local', '26-0330-T'],
      ['Crew Wellness and Stress', '2026-07-07', 1, 'individual', '26-WEL-F1-0707'],
    ]);
  });
});

describe('a forum post asking someone to check a list', () => {
  const page = (said: string) =>
    `<!DOCTYPE html><html><head><title>Recert check - Forum</title></head><body><h1>Harbor EMS Forum</h1><div class="post"><div class="author">jlaw</div><div class="body"><p>${said}</p><pre>` +
    'Course\tCompleted\tHours\tApproval\n' +
    'Airway Adjuncts in Children\t02/03/2026\t1.50\t26-PAL-F3-0202\n' +
    'Hazardous Materials Awareness\t04/19/2026\t2.00\t26-0330-T\n' +
    'Crew Wellness and Stress\t07/07/2026\t1.00\t26-WEL-F1-0707\n' +
    '</pre></div></div></body></html>';
  // The poster's "my" is the poster's: a forum shows their post to every reader. (Tried this round and
  // undone: two earlier sets' threads, another member's list, were read as the reader's.)
  it('stays nobody’s, although the poster says "my"', () => {
    expect(readHtml(page('Pasted my NREMT Manage Education page so someone can look it over before I submit.')).kind).toBe('unknown');
    expect(readHtml(page('Pasted someone’s NREMT Manage Education page from our crew so we can look it over.')).kind).toBe('unknown');
  });
});

describe('a CE tracker’s summary above its cards', () => {
  const card = (title: string, hours: string, date: string, approval: string, place: string) =>
    `<li class="entry"><div class="head"><span class="title">${title}</span><span class="dur">${hours}</span></div><div class="meta">${date} · CAPCE ${approval} · <span class="cat">${place}</span></div></li>`;
  it('reads the cycle’s start and no course from it', () => {
    const read = readHtml(
      `<!DOCTYPE html><html><head><title>My CE Log</title></head><body><header><span>Dorian Vasquez-Lind</span></header><main><h1>My CE Log</h1>` +
        `<div class="summary"><b>Advanced EMT</b> · NREMT expires <b>31 Mar 2028</b> · hours count from <b>1 Apr 2026</b><br>Logged this cycle: 6h 15m of 50h</div><ul>` +
        card('Airway Adjuncts in Children', '1h 30m', '03 Feb 2027', '27-PAL-F3-0202', 'National › Airway') +
        card('Sepsis Recognition', '2h', '19 Apr 2027', '27-SEP-F3-0419', 'National › Medical') +
        card('Crew Wellness and Stress', '2h 45m', '07 Jul 2027', '27-WEL-F1-0707', 'Individual') +
        `</ul></main></body></html>`,
    );
    expect(read.certification).toMatchObject({ level: 'aemt', expiresOn: '2028-03-31', cycleStart: '2026-04-01' });
    expect(read.courses?.map((course) => [course.title, course.hours])).toEqual([
      ['Airway Adjuncts in Children', 1.5],
      ['Sepsis Recognition', 2],
      ['Crew Wellness and Stress', 2.75],
    ]);
  });
});

describe('a key giving a code for the component only, the cells naming the topic after it', () => {
  it('reads "NAT / Medical" as National – Medical under "NAT = National (with topic)"', () => {
    const row = (date: string, hours: string, bucket: string, title: string, approval: string) =>
      `<tr><td>${date}</td><td>${hours}</td><td>${bucket}</td><td>${title}</td><td>${approval}</td></tr>`;
    const read = readHtml(
      `<!DOCTYPE html><html><head><title>My CE log</title></head><body><h1>My CE log</h1><p>My NREMT cycle runs 04/01/2026 – 03/31/2028.</p>` +
        `<p>Key: <code>NAT</code> = National (with topic), <code>LOC</code> = State/Local, <code>IND</code> = Individual.</p>` +
        `<table><thead><tr><th>Date</th><th>Hrs</th><th>Bucket</th><th>Course</th><th>Approval</th></tr></thead><tbody>` +
        row('2026-05-02', '2', 'NAT / Medical', 'Sepsis Recognition', 'CAPCE 26-SEP-F3-0502') +
        row('2026-06-13', '1.5', 'NAT / Trauma', 'Burn Care Update', 'CAPCE 26-BRN-F3-0613') +
        row('2026-07-18', '3', 'LOC', 'Region 2 Protocols', 'OEMS 26-0718-T') +
        row('2026-08-22', '1', 'IND', 'Crew Wellness', 'CAPCE 26-WEL-F1-0822') +
        `</tbody></table></body></html>`,
    );
    expect(read.courses?.map((course) => [course.title, course.component, course.topic])).toEqual([
      ['Sepsis Recognition', 'national', 'medical'],
      ['Burn Care Update', 'national', 'trauma'],
      ['Region 2 Protocols', 'local', null],
      ['Crew Wellness', 'individual', null],
    ]);
  });
});

describe('a list’s count beside its sort control', () => {
  it.each<[string, boolean]>([
    ['Sorted by: Recently added ▾ Showing 8 of 19', true],
    ['Showing 1 of 3', true],
    // A course whose title names a showing, on its date, stays a course.
    ['Film Night: Trauma Showing 2 of 3 03/02/2026 2.00', false],
  ])('%s', (text, notACourse) => {
    expect(isNotACourseRow(text)).toBe(notACourse);
  });
});

describe('a blog post that typed out the writer’s own application page', () => {
  const page = (intro: string) =>
    `<!DOCTYPE html><html><head><title>Paid is not submitted</title></head><body><article><h1>Paid is not submitted</h1><p>Ravi Castellano-Moore · January 9, 2027</p>` +
    `<p>${intro}</p><h2>What it says</h2><pre>Ravi Castellano-Moore · Registry # E2210934\nEmergency Medical Technician · Expiration Date 03/31/2027\nAgency: Ludlow Ambulance (Active)</pre>` +
    `<table><tr><th>Section</th><th>Status</th></tr><tr><td>Continuing Education</td><td>Complete</td></tr><tr><td>Make Payment</td><td>Paid 01/08/2027</td></tr><tr><td>Submit</td><td>Not Submitted</td></tr></table>` +
    `<p>Your application is not submitted until you click Submit Application.</p></article></body></html>`;
  it('is the application, although someone else is named in another sentence', () => {
    const read = readHtml(page('Every year somebody on our crew pays on NREMT and walks away. Here is what my Recertification Application page says tonight, typed out from the NREMT site.'));
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe('not-submitted');
  });
  it('stays nobody’s where the writer typed out somebody else’s', () => {
    expect(readHtml(page('Here is what his Recertification Application page says tonight, typed out from the NREMT site.')).kind).toBe('unknown');
  });
});

describe('a copied applications table whose Payment column says the fee came in', () => {
  const page = (payment: string) =>
    `<!DOCTYPE html><html><head><title>Step B notes</title></head><body><article><h1>Step B notes</h1>` +
    `<p>What healthprofessionlicensing.mass.gov (Manage My Licenses and Applications) shows, copied by hand:</p>` +
    `<table><tr><th>Licensee</th><td>Omar J. Whitfield</td></tr><tr><th>License Type</th><td>EMT</td></tr><tr><th>License Number</th><td>E204417</td></tr><tr><th>License Status</th><td>Current</td></tr><tr><th>Expiration Date</th><td>03/31/2027</td></tr></table>` +
    `<table><thead><tr><th>Application</th><th>Payment</th><th>Status</th></tr></thead><tbody><tr><td>EMT - Renewal Application</td><td>${payment}</td><td>Incomplete – Not Submitted</td></tr></tbody></table>` +
    `</article></body></html>`;
  it('reads paid, not submitted', () => {
    expect(readHtml(page('$125.00 received 12/02/2026')).renewal).toMatchObject({ state: 'paid-not-submitted', paid: true });
  });
  it('never reads an amount still due, or received without an amount, as paid', () => {
    expect(readHtml(page('$125.00 due')).renewal?.paid).not.toBe(true);
    expect(readHtml(page('Application received 11/28/2026')).renewal?.paid).not.toBe(true);
  });
});

describe('a card whose small print under the title holds the course’s values and ends in a flag', () => {
  const card = (title: string, line: string) => `<li class="course-card"><span class="handle" aria-hidden="true">⋮⋮</span><span class="title">${title}<br><small>${line}</small></span></li>`;
  it('reads the values; a flag alone under a title stays a remark', () => {
    const read = readHtml(
      `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1><h2>Unassigned</h2><ul>` +
        card('Behavioral Emergencies', '10/30/2026 · 1.75 hrs · No approval # entered') +
        card('Stroke Scales Workshop', '11/18/2026 · 2 hrs · CAPCE 26-NEU-F1-0310') +
        card('Geriatric Falls', '09/02/2026 · 1 hrs · CAPCE 26-GER-F1-0902') +
        `</ul></body></html>`,
    );
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual([
      ['Behavioral Emergencies', '2026-10-30', 1.75, null],
      ['Stroke Scales Workshop', '2026-11-18', 2, '26-NEU-F1-0310'],
      ['Geriatric Falls', '2026-09-02', 1, '26-GER-F1-0902'],
    ]);
  });
});

describe('a council’s page of scheduled classes', () => {
  const page = (heading: string) =>
    `<!DOCTYPE html><html><head><title>CE Classes | Valley EMS Council</title></head><body><h1>Continuing Education Classes – Spring 2027</h1>` +
    `<p>OEMS- and CAPCE-approved classes for providers recertifying in March 2028. Seats are limited; register through your Training Officer.</p>` +
    `<h2>${heading}</h2><table><thead><tr><th>Date</th><th>Class</th><th>Hours</th><th>NCCP</th><th>Approval</th></tr></thead><tbody>` +
    `<tr><td>Tue 3/9/2027</td><td>Pediatric Airway Skills Lab</td><td>3</td><td>National – Airway</td><td>OEMS 27-0402-T</td></tr>` +
    `<tr><td>Sat 3/20/2027</td><td>Hemorrhage Control Update</td><td>4</td><td>National – Trauma</td><td>CAPCE 27-RTC-F1-0581</td></tr>` +
    `<tr><td>Wed 4/14/2027</td><td>Region Protocol Review</td><td>2</td><td>State/Local</td><td>OEMS 27-0477-T</td></tr>` +
    `</tbody></table></body></html>`;
  it('is nobody’s course list', () => {
    expect(readHtml(page('Scheduled classes')).kind).toBe('unknown');
  });
});

describe('a forum post saying it copied "Manage Education" without naming NREMT', () => {
  const thread = (said: string) =>
    readHtml(
      `<!DOCTYPE html><html><head><title>Is my Local section short? - Harbor Responders Forum</title></head><body><h1>Harbor Responders Forum</h1>` +
        `<div class="post"><h2>#1 <a href="#">Dec. 3, 2026 19:02:44</a></h2><div class="left"><dl><dt><strong>tcorrigan</strong></dt><dd>Member</dd><dd>From: Fall River</dd><dd>Registered: 2023-08-14</dd><dd>Posts: 41</dd></dl></div>` +
        `<div class="right"><h3>Is my Local section short?</h3><p>${said}</p><pre>Manage Education\n` +
        `Airway Adjuncts Lab              5/12/2026    2.00    26-0377-T\nPediatric Respiratory Distress   6/21/2026    1.50    26-EDU-F3-1104\nCardiac Arrest Update 2026       8/9/2026     3.00    26-0418-T\n</pre></div>` +
        `<ul class="foot"><li><a href="#">Report</a> | </li><li><a href="#">Edit</a> | </li><li><a href="#">Quote</a></li></ul></div>` +
        `<div class="post"><h2>#2 <a href="#">Dec. 3, 2026 20:37:10</a></h2><div class="left"><dl><dt><strong>mcardoza</strong></dt><dd>Moderator</dd><dd>Posts: 1,210</dd></dl></div>` +
        `<div class="right"><p>Your Local looks fine to me.</p></div><ul class="foot"><li><a href="#">Report</a> | </li><li><a href="#">Quote</a></li></ul></div></body></html>`,
    );
  it('is the poster’s own list where they say they copied it, as one naming NREMT is', () => {
    const read = thread("My AEMT is up 3/31/2027. Here's what Manage Education looks like now (select all + copy, I trimmed the menu).");
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.length).toBe(3);
  });
  it('stays nobody’s where "copy" is said as a help article says it', () => {
    expect(thread('To check a list, copy the table from Manage Education and paste it into a reply.').kind).toBe('unknown');
  });
});
