// The user's own NREMT course list, dashboard or certification pasted or typed into a wiki, a
// knowledge base or a notes tool (DokuWiki, MediaWiki, BookStack, Wiki.js, Logseq…), read inside
// the tool's chrome: a site title ending in "Wiki", edit links, a table of contents, "last
// modified" lines, a sidebar. The page is the user's own when a line names it as their NREMT page
// copied or pasted ("Copied by hand from the NREMT Manage Education page", "a paste of my NREMT
// dashboard"), or when it states one person's NREMT facts (registry number, level, expiration)
// above repeated course records. A wiki's help article about the pages, someone else's list, a
// training calendar and a crew's roster stay unknown.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

/** A wiki's chrome around its page: user tools, a sidebar, a table of contents, page tools, a footer. */
const wiki = (site: string, toc: readonly string[], content: string): string =>
  `<header><h1><a href="/">${site}</a></h1><ul><li>Logged in as: jdoe</li><li><a href="?do=profile">Update Profile</a></li><li><a href="?do=logout">Log Out</a></li></ul>` +
  '<form role="search"><input name="q" placeholder="Search"><button>Search</button></form></header>' +
  '<nav aria-label="Sidebar"><h3>Sidebar</h3><ul><li><a href="/start">Home</a></li><li><a href="/ems">EMS</a></li><li><a href="/recipes">Recipes</a></li></ul></nav>' +
  `<main><div class="toc"><h3>Table of Contents</h3><ul>${toc.map((item) => `<li><a href="#x">${item}</a></li>`).join('')}</ul></div>${content}` +
  '<div>ems/recert/courses.txt · Last modified: 2026/11/22 19:40 by jdoe</div></main>' +
  '<nav aria-label="Page Tools"><ul><li><a href="?do=edit">Edit this page</a></li><li><a href="?do=revisions">Old revisions</a></li><li><a href="?do=backlink">Backlinks</a></li></ul></nav>' +
  '<footer>Except where otherwise noted, content on this wiki is licensed under CC Attribution-Share Alike 4.0</footer>';

const COURSES = [
  ['Pediatric Airway Management', '2027-01-14', '2', 'CAPCE 27-PEDS-F3-0114'],
  ['Trauma Assessment Update', '2026-11-05', '1.5', 'OEMS 26-1105-T3'],
  ['Regional Stroke Protocol', '2026-09-22', '1', 'CAPCE 26-STRK-F1-0922'],
];
const READ = [
  ['Pediatric Airway Management', '2027-01-14', 2],
  ['Trauma Assessment Update', '2026-11-05', 1.5],
  ['Regional Stroke Protocol', '2026-09-22', 1],
];

const table = (rows: readonly (readonly string[])[] = COURSES): string =>
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
  rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('') +
  '</tbody></table>';

/** One definition list: each course's title, a line of its date and hours, and its approval number on a line of its own. */
const deflist = (rows: readonly (readonly string[])[] = COURSES): string =>
  `<dl>${rows.map(([title, date, hours, approval]) => `<dt>${title}</dt><dd>Completed ${date} · <strong>${hours} CEH</strong> · National</dd><dd>${approval}</dd>`).join('')}</dl>`;

/** An outliner's blocks: a title, then its properties as "key: value" lines. */
const blocks = (rows: readonly (readonly string[])[] = COURSES): string =>
  `<ul>${rows.map(([title, date, hours, approval]) => `<li><div>${title}</div><div>completed: ${date}</div><div>hours: ${hours} hrs</div><div>approval: ${approval}</div></li>`).join('')}</ul>`;

const FACTS = '<ul><li><strong>Name:</strong> Marisol Quintero</li><li><strong>NREMT #:</strong> A2290561</li><li><strong>Level:</strong> Advanced EMT</li><li><strong>Expires:</strong> 2028-03-31</li></ul>';

const own: Array<[string, string]> = [
  [
    'a home wiki page copied from the NREMT Manage Education page, its heading with a remark',
    page(
      'ems:recert:manage_education [Quintero Home Wiki]',
      wiki('Quintero Home Wiki', ['CE (AEMT, cycle ending 2028)', 'To do'], `<h1>CE (AEMT, cycle ending 2028)</h1><p>Copied by hand from the NREMT Manage Education page so I can plan the rest of the cycle.</p>${FACTS}<h2>Courses</h2>${table()}<h2>To do</h2><ul><li>Ask the TO about the Narcan number</li></ul>`),
    ),
  ],
  [
    "a home wiki page whose copied line links the site's name (a link read as a label): its labelled registry number, level and expiration",
    page(
      'ems:recert:courses [Quintero Home Wiki]',
      wiki('Quintero Home Wiki', ['CE'], `<h1>CE (AEMT, cycle ending 2028)</h1><p>Copied by hand from the <a href="https://www.nremt.org/">NREMT</a> Manage Education page. Keep the PDFs on <a href="/certs">certificates</a> (MA audits).</p>${FACTS}${table()}`),
    ),
  ],
  [
    'a crew wiki page with a pasted transcript, the title naming the wiki after a dash',
    page('Marisol Quintero - Station 4 Crew Wiki', wiki('Station 4 Crew Wiki', ['Notes'], `<h1>Marisol Quintero</h1><p>Pasted my NREMT transcript below, keep it current.</p>${FACTS}${table()}<p>This page was last edited on 22 November 2026, at 19:40.</p>`)),
  ],
  [
    'a knowledge-base page whose "My certification" card sits above the copied course list',
    page(
      'NREMT CE log (2026–2028) | Harborside EMS Crew Wiki',
      wiki('Harborside EMS Crew Wiki', ['My certification', 'Courses entered on NREMT'], `<p>Copied by hand from my NREMT Manage Education page — keep in sync!</p><h2>My certification</h2>${FACTS}<h2>Courses entered on NREMT</h2>${deflist()}`),
    ),
  ],
  [
    "an outliner's page stating the registry number, level and expiration above its course blocks",
    page(
      'nremt ce',
      `<nav><a>Journals</a><a>All pages</a><a>Graph view</a></nav><main><h1>nremt ce</h1><div>Registry # A2290561 · Advanced EMT · expires Mar 31st, 2028</div><div>name: Marisol Quintero</div><div>National (25 needed)</div>${blocks()}<h2>Linked References</h2><div>Nov 24th, 2026 Entered toxicology course on NREMT → nremt ce</div></main>`,
    ),
  ],
];

const nobody: Array<[string, string]> = [
  [
    "a wiki's help article about Manage Education with a table of courses",
    page(
      'Entering your courses - Regional EMS Wiki',
      wiki('Regional EMS Wiki', ['Adding a course'], `<h1>Entering your courses</h1><p>Open Manage Education on the NREMT site and add each course you completed, then assign it to a component.</p>${table()}<p>Courses must carry a CAPCE or OEMS approval number.</p>`),
    ),
  ],
  [
    "a wiki's help article showing where the level and expiration appear, beside a table of courses",
    page(
      'Reading your dashboard - Regional EMS Wiki',
      wiki('Regional EMS Wiki', ['Dashboard'], `<h1>Reading your dashboard</h1><p>The NREMT dashboard shows your level and expiration like this:</p><ul><li><b>Level:</b> EMT</li><li><b>Expires:</b> 2027-03-31</li></ul>${table()}`),
    ),
  ],
  [
    "someone else's transcript copied into a wiki",
    page('Mike Rowe - Station 4 Crew Wiki', wiki('Station 4 Crew Wiki', ['Notes'], `<h1>Mike's NREMT transcript</h1><p>Copied from Mike's NREMT Manage Education page for the audit.</p>${table()}`)),
  ],
  [
    "a wiki's training calendar of classes the NREMT accepts",
    page('Training calendar - Station 4 Crew Wiki', wiki('Station 4 Crew Wiki', ['Classes'], `<h1>Training calendar</h1><p>All classes below are CAPCE approved and count toward NREMT recertification.</p>${table()}`)),
  ],
  [
    "a crew's notes page naming two members' registry numbers above the classes they took",
    page(
      'crew ce',
      `<main><h1>crew ce</h1><div>Registry # A2290561 · Advanced EMT · expires Mar 31st, 2028</div><div>Registry # E4418203 · EMT · expires Mar 31st, 2027</div>${blocks()}</main>`,
    ),
  ],
];

describe("the user's own NREMT page in a wiki or a notes tool", () => {
  it.each(own)('%s', (_, html) => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect((read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours])).toEqual(READ);
    expect(read.person?.registryNumber).toBe('A2290561');
    expect(read.certification).toMatchObject({ level: 'aemt', expiresOn: '2028-03-31' });
  });

  it('a definition list\'s approval number on its own line after the course: read as the course\'s', () => {
    const read = readHtml(own[3]![1]);
    expect((read.courses ?? []).map((course) => course.approvalNumber)).toEqual(['27-PEDS-F3-0114', '26-1105-T3', '26-STRK-F1-0922']);
    expect(read.unread ?? []).toEqual([]);
  });

  it("a paste of my NREMT dashboard on a members wiki, after a line naming the page for its owner; the breadcrumb's group labels no name", () => {
    const html = page(
      'Cape Ann FD Members Wiki | Members / T Lindqvist',
      wiki(
        'Cape Ann FD Members Wiki',
        ['NREMT Dashboard (paste)', 'Notes'],
        "<div><a href=\"/Members\">Members</a> /</div><h1>T Lindqvist</h1><p>Tove's page. Below is a paste of my NREMT dashboard from tonight so Chief can see the affiliation.</p><h2>NREMT Dashboard (paste)</h2><div>Welcome, Tove A. Lindqvist <span>Last login: 11/30/2026 8:12 PM</span></div>" +
          '<table><tr><th>Certification Level</th><td>Emergency Medical Responder</td></tr><tr><th>Registry Number</th><td>R1648820</td></tr><tr><th>Certification Expiration</th><td>03/31/2028</td></tr><tr><th>Current Cycle</th><td>04/01/2026 - 03/31/2028</td></tr></table>',
      ),
    );
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.person).toEqual({ name: 'Tove A. Lindqvist', registryNumber: 'R1648820' });
    expect(read.certification).toMatchObject({ level: 'emr', expiresOn: '2028-03-31', cycleStart: '2026-04-01' });
  });

  it.each(nobody)('%s: unknown', (_, html) => {
    expect(readHtml(html).kind).toBe('unknown');
  });
});
