// Round 29's layouts (blind set 68 and set 67's known misses), each written here in its own words:
// - a learning site's "My Dashboard" of course cards, off NREMT, is the person's course list; the
//   cards' "Completed" ribbon beside "View Certificate" is no date;
// - a badge after a title naming where it came from ("CAPCE import") is no part of it;
// - a blog post's comments under the list are nobody's courses;
// - a stop drawn after a bold date ("expires <strong>03/31/2027</strong>. My …") ends the sentence;
// - a CAPCE number whose letters are in their own element ("25-<span>NAEMT</span>-F1-0107");
// - a provider's cell holding the authority's word ("<span>OEMS</span> (online module)") labels nothing;
// - bold labels run into their values ("<b>Hours</b>2.00");
// - a topic's heading with an info icon and its figures ("Trauma i · 3.50 / 4.00");
// - a job log's text table with empty cells drawn as dashes before the title;
// - a name under its role's caption ("<small>Candidate</small>Tobias K. Mercer"), a writer's "I'm …";
// - "NREMT lists my last recertification as …" in a post.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const titles = (html: string, url: string): Array<string | undefined> | undefined => readHtml(html, url).courses?.map((course) => course.title);

describe("a learning site's dashboard of course cards", () => {
  const card = (title: string, done: string, hours: string, capce: string): string =>
    `<a class="box" href="/c/${capce}"><div class="box-title">${title}</div><div class="box-text"><span>Completed ${done}</span><span>${hours} CE Hours</span><span>CAPCE Course #: ${capce}</span></div>` +
    `<div class="box-foot"><span class="ribbon">Completed</span><span>View Certificate</span></div></a>`;
  const html = page(
    'My Dashboard | Cape Ann EMS Academy',
    `<header><a href="/">Catalog</a><a href="/dashboard">My Dashboard</a><span>Noor Haddad</span></header><main><h1>My Dashboard</h1><p>Your courses and certificates.</p><div class="grid">` +
      card('Cardiac Arrest Management Update', 'Oct 3, 2026', '2.0', '26-CAEA-F3-0311') +
      card('Pediatric Assessment Triangle', 'Aug 14, 2026', '1.5', '26-CAEA-F3-0288') +
      card('Spinal Motion Restriction Review', 'May 2, 2026', '1.0', '26-CAEA-F3-0207') +
      '</div></main>',
  );
  it('reads each card as a course with its own date', () => {
    const read = readHtml(html, 'https://learn.capeannems.org/dashboard');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Cardiac Arrest Management Update', '2026-10-03', 2],
      ['Pediatric Assessment Triangle', '2026-08-14', 1.5],
      ['Spinal Motion Restriction Review', '2026-05-02', 1],
    ]);
  });
  it('stays the dashboard on NREMT', () => {
    expect(readHtml(html, 'https://www.nremt.org/dashboard').kind).not.toBe('nremt-education');
  });
});

describe("a title's badge naming where the course came from", () => {
  it('is no part of the title', () => {
    const row = (title: string, badge: string, date: string, capce: string): string => `<tr><td>${title} <span class="badge">${badge}</span></td><td>${date}</td><td>2.00</td><td>${capce}</td><td>National – Medical</td></tr>`;
    const html = page(
      'CE Transcript',
      `<h1>NREMT Transcript</h1><table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th><th>Category</th></tr></thead><tbody>` +
        row('Toxicology Review', 'CAPCE import', '04/11/2026', '26-TOXR-F3-0101') +
        row('Sepsis in the Field', 'Imported', '05/19/2026', '26-SEPF-F3-0140') +
        row('Diabetic Emergencies', 'Manual', '06/02/2026', '26-DIAB-F3-0177') +
        '</tbody></table>',
    );
    expect(titles(html, 'https://example.org/transcript')).toEqual(['Toxicology Review', 'Sepsis in the Field', 'Diabetic Emergencies Manual']);
  });
});

describe("a blog post's comments under its course table", () => {
  it('are no courses', () => {
    const row = (date: string, title: string, hours: string, capce: string): string => `<tr><td>${date}</td><td>${title}</td><td>${hours}</td><td>${capce}</td></tr>`;
    const comment = (who: string, when: string, said: string): string => `<div class="comment"><div class="comment-title"><b>${who}</b> · ${when}</div><div class="comment-text"><p>${said}</p></div></div>`;
    const html = page(
      'My CE log | Back of the Bus',
      `<article><h2>My CE log for the NREMT recert</h2><table><thead><tr><th>Date</th><th>Course</th><th>Hrs</th><th>Approval #</th></tr></thead><tbody>` +
        row('03/02/2026', 'Hazmat Awareness Refresher', '4.0', '26-HZMT-F3-0042') +
        row('05/11/2026', 'Geriatric Falls', '1.5', '26-GERI-F3-0091') +
        row('09/15/2026', 'High-Performance CPR', '2.0', '26-HPCR-F5-0130') +
        `</tbody></table></article><section><h4>2 comments</h4>` +
        comment('Sam R.', 'Dec 2, 2026', 'That hazmat refresher was 4 hours of my life I am not getting back. Did you get the ops credit?') +
        comment('Dee', 'Dec 3, 2026', 'The state side is a separate payment, 125 dollars, do not forget it!') +
        '</section>',
    );
    expect(titles(html, 'https://backofthebus.example.net/ce-log')).toEqual(['Hazmat Awareness Refresher', 'Geriatric Falls', 'High-Performance CPR']);
  });
});

describe('a stop drawn after a bold date', () => {
  it('ends the sentence that states the expiration', () => {
    const row = (date: string, title: string, capce: string): string => `<tr><td>${date}</td><td>${title}</td><td>2.0</td><td>${capce}</td></tr>`;
    const html = page(
      'CE log',
      `<article><h2>My CE log, 2025–2027 cycle</h2><p><strong>Rowan Pike</strong> — NREMT registry # E2093317 — Nationally Registered EMT, expires <strong>03/31/2027</strong>. My current cycle started 04/01/2025, so anything before that doesn't count (I left the old BLS card in the table below, greyed out, because people keep asking).</p>` +
        `<table><thead><tr><th>Date</th><th>Course</th><th>Hrs</th><th>Approval #</th></tr></thead><tbody>${row('05/17/2025', 'Airway Management Review', '25-AIRW-F3-0117')}${row('08/09/2025', 'Pediatric Respiratory Emergencies', '25-PEDR-F3-0208')}</tbody></table></article>`,
    );
    expect(readHtml(html, 'https://rowan.example.net/ce-log').certification).toEqual({ level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
  });
});

describe('pieces of a value drawn in their own elements', () => {
  const row = (title: string, provider: string, capce: string): string => `<tr><td>2026-01-14</td><td>${title}</td><td>${provider}</td><td>2</td><td>${capce}</td></tr>`;
  const html = page(
    'CE log — a Wintersmith blog',
    `<h1>CE log</h1><table><thead><tr><th>Date</th><th>Course</th><th>Provider</th><th>Hrs</th><th>CAPCE / OEMS #</th></tr></thead><tbody>` +
      row('<span class="caps">PHTLS</span> Refresher', '<span class="caps">NAEMT</span>', '25-<span class="caps">NAEMT</span>-F1-0107') +
      row('BLS Provider Renewal (<span class="caps">CPR</span> &amp; <span class="caps">AED</span>)', 'Pioneer Valley Training', '25-<span class="caps">AHAEC</span>-F1-0890') +
      row('Protocol Update 2026', '<span class="caps">OEMS</span> (online module)', 'T3-26-0004') +
      '</tbody></table>',
  );
  it('reads the number and the title whole, and no label in the provider cell', () => {
    expect(readHtml(html, 'https://ce.example.net/log/').courses?.map((course) => [course.title, course.approvalNumber])).toEqual([
      ['PHTLS Refresher', '25-NAEMT-F1-0107'],
      ['BLS Provider Renewal (CPR & AED)', '25-AHAEC-F1-0890'],
      ['Protocol Update 2026', 'T3-26-0004'],
    ]);
  });
});

describe('a topic list with bold labels run into their values', () => {
  it("reads each course under its topic's heading, the heading's icon and figures left out", () => {
    const item = (title: string, done: string, hours: string, capce: string): string =>
      `<li><span class="title">${title}</span><span class="meta"><span><b>Completed</b>${done}</span><span><b>Hours</b>${hours}</span><span><b>Approval #</b>${capce}</span></span></li>`;
    const html = page(
      'Manage Education | NREMT',
      `<h1>Manage Education</h1><p>Nationally Registered Advanced EMT · Registry # A0311902 · Expires 03/31/2027</p><h2>National Component 9.50 of 25.00 hours</h2>` +
        `<h3>Trauma <span class="info" title="Trauma topics">i</span> · 3.50 / 4.00</h3><ul>${item('Hemorrhage Control Update', '07/27/2025', '2.00', '25-TRMA-F2-0566')}${item('Pediatric Trauma Triage', '05/06/2026', '1.50', '26-PEDT-F3-0102')}</ul>` +
        `<h3>Medical <span class="info" title="Medical topics">i</span> · 6.00 / 7.00</h3><ul>${item('Sepsis Recognition', '10/15/2025', '2.00', '25-MEDS-F3-0745')}</ul>`,
    );
    expect(readHtml(html, 'https://www.nremt.org/manage-education').courses?.map((course) => [course.title, course.completedOn, course.hours, course.topic])).toEqual([
      ['Hemorrhage Control Update', '2025-07-27', 2, 'trauma'],
      ['Pediatric Trauma Triage', '2026-05-06', 1.5, 'trauma'],
      ['Sepsis Recognition', '2025-10-15', 2, 'medical'],
    ]);
  });
});

describe("a job log's text table with empty cells drawn as dashes", () => {
  it('reads the title after them, and no component from the row before', () => {
    const line = (n: number, text: string): string => `<div class="log-line"><a href="#l${n}">${n}</a><span class="content">${text}</span></div>`;
    const rows = [
      'DATE HOURS COMPONENT TOPIC APPROVAL TITLE',
      '2026-02-04 2.00 Local - 26-0142-T3 Region Protocol Update 2026',
      '2026-04-29 1.50 Individual - 26-NEEM-F3-0301 Pharmacology Refresher',
      '2026-06-03 2.00 Individual - - Infection Control &amp; PPE',
      '2026-08-19 1.00 - - 26-PRHC-F3-0512 Pediatric Seizures',
    ];
    const html = page('CI job log', `<h1>print transcript</h1><p>NREMT Transcript — copied from nremt.org into data/transcript.csv</p><div class="log">${rows.map((text, at) => line(at + 1, text)).join('')}</div>`);
    expect(readHtml(html, 'https://github.com/me/recert/actions/runs/1').courses?.map((course) => [course.title, course.component, course.approvalNumber])).toEqual([
      ['Region Protocol Update 2026', 'local', '26-0142-T3'],
      ['Pharmacology Refresher', 'individual', '26-NEEM-F3-0301'],
      ['Infection Control & PPE', 'individual', null],
      ['Pediatric Seizures', null, '26-PRHC-F3-0512'],
    ]);
  });
});

describe("the person's name", () => {
  it("under its role's caption is the name alone", () => {
    const html = page(
      'Recertification Application | NREMT',
      `<style>.cand small{display:block;font-size:11px}</style><h1>Paramedic Recertification Application</h1><div class="cand"><div><small>Candidate</small>Tobias K. Marsh</div><div><small>Registry Number</small>P2208467</div><div><small>Expires</small>March 31, 2027</div></div><p>Application Status: In Progress</p>`,
    );
    expect(readHtml(html, 'https://www.nremt.org/recertification/application').person?.name).toBe('Tobias K. Marsh');
  });
  it("after the writer's \"I'm\" is the name alone", () => {
    const html = page(
      "CE log | Kay's notes",
      `<h1>CE log</h1><p>Running log. I'm <strong>Kay Brennan-Ortiz</strong>, NREMT <strong>EMT</strong>, registry <strong>E5120871</strong>. My card says expires <strong>March 31, 2028</strong>.</p>` +
        '<pre>date,title,hours,approval\n2026-05-02,Airway Review,2,26-AIRW-F3-0101\n2026-06-12,Stroke Scales,1,26-STRK-F3-0133\n</pre>',
    );
    expect(readHtml(html, 'https://kay.example.net/ce').person?.name).toBe('Kay Brennan-Ortiz');
  });
});

describe('"NREMT lists my last recertification as …"', () => {
  it("gives the cycle's start", () => {
    const row = (date: string, title: string, capce: string): string => `<tr><td>${date}</td><td>${title}</td><td>1.0</td><td>${capce}</td></tr>`;
    const html = page(
      'Recert 2027: where my hours stand',
      `<h1>Recert 2027: where my hours stand</h1><p>My National Registry card (NRP, registry no. <strong>P3408819</strong>) runs out on 31 March 2027. NREMT lists my last recertification as 28 March 2025, so every hour below has to be after that date.</p>` +
        `<table><thead><tr><th>Date</th><th>Course</th><th>Hours</th><th>Approval</th></tr></thead><tbody>${row('2025-05-01', 'Capnography Basics', '25-CAPN-F3-0011')}${row('2025-09-09', 'Trauma Triage', '25-TRIA-F3-0099')}</tbody></table>`,
    );
    expect(readHtml(html, 'https://marcus.example.net/posts/recert/').certification?.cycleStart).toBe('2025-03-29');
  });
});

describe("someone else's list", () => {
  const row = (title: string, date: string, hours: string, capce: string): string => `<tr><td>${title}</td><td>${date}</td><td>${hours}</td><td>${capce}</td></tr>`;
  const table = `<table><thead><tr><th>Course</th><th>Date</th><th>Hrs</th><th>Approval #</th></tr></thead><tbody>${row('Trauma Assessment Refresher', '02/14/2026', '3', '26-TRNH-F1-0044')}${row('Pediatric Assessment Triangle', '04/09/2026', '1.5', '26-PEDA-F3-0319')}${row('EMS Leadership 101', '10/11/2026', '2', '26-LDRS-F5-0120')}</tbody></table>`;
  it('in a forum post submitted by another member than the one signed in is unknown', () => {
    const html = page(
      'Will these hours count? : EMS',
      `<nav><a href="/forums">Forums</a><a href="/inbox">Inbox</a><div class="dropdown"><button aria-haspopup="true">quiet_medic</button><ul class="menu" role="menu"><li><a href="/u/quiet_medic">Profile</a></li><li><a href="/logout">Log out</a></li></ul></div></nav>` +
        `<main><h1>Will these hours count for my 2027 EMT recert?</h1><p class="byline">Submitted by nh_basic_ems 2 days ago in EMS</p><p>Here's what I've got entered on NREMT right now:</p>${table}<p>Does the drill count without a number?</p>` +
        `<h2>2 comments</h2><div><span>medic_in_worcester 1 day ago</span><p>Leadership is on the not-accepted list.</p></div><div><span>quiet_medic 3 hours ago</span><p>Check your cycle start too.</p></div></main>`,
    );
    expect(readHtml(html, 'https://raddle.me/f/EMS/204817/will-these-hours-count').kind).toBe('unknown');
  });
  it("in a newsletter's upcoming classes, beside several members' registry numbers, is unknown", () => {
    const html = page(
      'December CE Roundup - Valley Ambulance Association',
      `<h1>December CE Roundup</h1><p>Recert season is here. Most of our EMTs expire March 31, 2027, and the NREMT window opened October 1.</p><h2>Upcoming association classes</h2>${table}` +
        `<h2>Finished already!</h2><p>Congratulations to Hannah Lind, EMT (NREMT E5512081), Marco Santos, Paramedic (NREMT E1904431) and Aisha Brath, AEMT (NREMT E3370919).</p>`,
    );
    expect(readHtml(html, 'https://www.valleyambulance.org/news/december-ce-roundup').kind).toBe('unknown');
  });
});
