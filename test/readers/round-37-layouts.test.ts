// Round 37's layouts, each written here in its own words:
// - a social app's post holding the transcript pasted with tabs, the app's menu above it naming
//   its "Local" timeline: a menu's line names no group of the list;
// - (set 96's misses, after it was measured) a dashboard card drawing an icon font's glyph before
//   the agency's name; the application pasted in a private mention under "here's what my NREMT
//   recert app page says (copy/paste)"; Manage Education copied a line per cell into a scratch
//   pad, a course whose hours are "TBD" right before the next group's name, another flagged "Out
//   of Date" on a line between its title and its values; a grid grouped by component rows whose
//   Topic cell says "(not set)"; a license pasted into a password manager greeting the person in
//   capitals, the next line's words run on after the name;
// - (set 97's miss, after it was measured) an admin site's list of the person's own CE records, its
//   filter sidebar captioned "By NCCP component", "By date completed", its sign-out in a closed
//   user menu: the captions are no posts' bylines, so it is no thread of other authors; a course
//   title in a pasted markdown table still wrapped in its emphasis marks ("**…**");
// - (set 98's misses, after it was measured) a responsive grid whose header is hidden and whose
//   cells repeat their column's title for narrow screens; an LMS's results table whose
//   hours cell adds "Not CAPCE accredited" in its own element; a wiki's "dashboard copy" heading
//   on a page naming NREMT, the agency run into its status ("…ServicePending Approval").
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string, head = ''): string => `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

const TSV = [
  'Course Title\tDate Completed\tCredit Hours\tApproval Number',
  'Spinal Motion Restriction Review\t10/02/2026\t2.00\t26-KLM-F3-1002',
  'Capnography for Basic Providers\t08/14/2026\t1.50\t26-KLM-F3-0814',
  'Hazmat Awareness Refresher\t06/20/2026\t3.00\t26-0620-T',
].join('\n');

describe('a social app’s post under a menu naming its "Local" timeline', () => {
  const menu = (tag: string) => `<${tag} class="menu"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/public">Federated</a></li></ul></${tag}>`;
  const post = `<article><p>Dana Whitcombe</p><p>my NREMT transcript, which ones count?<br>${TSV.replaceAll('\n', '<br>')}</p></article>`;
  it('leaves each course unassigned', () => {
    const read = readHtml(page('Toot', menu('nav') + post), null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(3);
    expect(read.courses?.map((course) => course.component)).toEqual([null, null, null]);
  });
  it('still reads a group line above the list outside a menu', () => {
    const read = readHtml(page('Toot', menu('div').replace('<li><a href="/local">Local</a></li>', '') + post.replace('<br>Course Title', '<br>Local<br>Course Title')), null);
    expect(read.courses?.map((course) => course.component)).toEqual(['local', 'local', 'local']);
  });
});

describe('set 96’s layouts', () => {
  it('reads an agency name without the icon glyph drawn before it', () => {
    const html = page(
      'NREMT Dashboard',
      '<h1>Dashboard</h1><p>National Registry of Emergency Medical Technicians</p><dl><dt>Name</dt><dd>Rosa Patel</dd><dt>Registry Number</dt><dd>E1234567</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>' +
        '<h3>Agency Affiliation</h3><div class="card"><i class="material-icons">\ue88f</i> <span>Gloucester Fire Department</span> <span class="badge">Active</span></div>',
    );
    expect(readHtml(html, 'https://www.nremt.org/dashboard').agency?.name).toBe('Gloucester Fire Department');
  });

  it('reads the application pasted in a message saying it is the writer’s app page, copied', () => {
    const lines = ['Recertification Application', 'Jordan A. Laroche – E4471208', 'Emergency Medical Technician – Expires 03/31/2027', '1. Continuing Education ✔ Complete', '5. Make Payment ✔ Paid 11/29/2026', '6. Submit – Not Submitted'];
    const html = page('Post', `<article><p>@sgt here's what my NREMT recert app page says right now (copy/paste):</p><p>${lines.join('<br>')}</p><p>ok to submit?</p></article>`);
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe('not-submitted');
  });

  const pad = (lines: string[]) => page('Scratch', `<div class="cm-content">${lines.map((line) => `<div class="cm-line">${line}</div>`).join('')}</div>`, '<style>.cm-content{white-space:pre}</style>');
  const course = (title: string, date: string, hours: string, approval: string) => [title, `Completed ${date}`, hours, approval];
  it('gives the next group’s courses its name after a course whose hours are TBD', () => {
    const html = pad(['Manage Education', 'National Registry of Emergency Medical Technicians', 'State/Local Component', ...course('Region Protocols', '06/03/2026', '4.00 credits', 'OEMS 26-0290-T'), ...course('Stroke Destination Update', '11/18/2026', 'TBD', 'OEMS 26-0466-T'), 'Individual Component', '12.25 of 15 credits', ...course('Wilderness Medicine Primer', '02/14/2026', '3.25 credits', 'CAPCE 26-WMS-F3-0118'), ...course('Ultrasound in the Field', '06/27/2026', '2.00 credits', 'CAPCE 26-USF-F5-0602')]);
    const read = readHtml(html, null);
    expect(read.courses?.map((c) => [c.title, c.component])).toEqual([['Region Protocols', 'local'], ['Wilderness Medicine Primer', 'individual'], ['Ultrasound in the Field', 'individual']]);
  });
  it('keeps a course’s title above its "Out of Date" flag', () => {
    const html = pad(['Manage Education', 'National Registry of Emergency Medical Technicians', 'EMS Operations', ...course('Crew Resource Management', '11/04/2025', '2.00 credits', 'CAPCE 25-CRM-F3-0903'), 'Active Shooter Response', 'Out of Date', ...course('', '03/05/2025', '2.00 credits', 'OEMS 25-0155-T').slice(1)]);
    expect(readHtml(html, null).courses?.map((c) => c.title)).toEqual(['Crew Resource Management', 'Active Shooter Response']);
  });

  it('keeps a group row’s component where a course’s topic cell names none', () => {
    const row = (date: string, title: string, topic: string, approval: string, hours: string) => `<tr><td>${date}</td><td>${title}</td><td>${topic}</td><td>${approval}</td><td>${hours}</td></tr>`;
    const html = page(
      'CE Records',
      '<h1>My NREMT CE record</h1><table><thead><tr><th>Completed</th><th>Course</th><th>Topic</th><th>Approval</th><th>CEH</th></tr></thead><tbody>' +
        '<tr><td colspan="5">National Component</td></tr>' + row('14-Feb-2026', 'Capnography in the Field', 'Airway, Respiration &amp; Ventilation', 'CAPCE 25-CAP-F3-0921', '2.00') + row('22-Jan-2026', 'Burn Management', 'Trauma', 'CAPCE 26-BRN-F3-0017', '1.25') +
        '<tr><td colspan="5">State/Local Component</td></tr>' + row('12-Dec-2025', 'Statewide Treatment Protocols', '<span class="not-set">(not set)</span>', 'OEMS 25-1620-T', '3.00') + row('03-Mar-2026', 'Ketamine Update', '<span class="not-set">(not set)</span>', 'OEMS 26-0144-T', '2.00') +
        '</tbody></table>',
    );
    expect(readHtml(html, null).courses?.map((c) => c.component)).toEqual(['national', 'national', 'local', 'local']);
  });

  it('ends a name written in capitals where the capitals end', () => {
    // The top bar's text runs the greeting into the next link's words.
    const bar = '<header><div class="bar">Health Professions Licensing Welcome, DARNELL A. WHITFIELD Link License/Registration to my Account</div></header>';
    const note = ['copied from the site 11/2/2026 so I have my # handy:', 'Health Professions Licensing', 'Welcome, DARNELL A. WHITFIELD', 'Link License/Registration to my Account', 'License Type', 'License Number', 'License Status', 'Expiration Date', 'Advanced EMT', 'A417833', 'Current', '03/31/2027'];
    const read = readHtml(page('Vault', `${bar}<div class="callout">${note.map((line) => `<p>${line}</p>`).join('')}</div>`), null);
    expect(read.kind).toBe('elicensing-license');
    expect(read.person?.name).toBe('DARNELL A. WHITFIELD');
  });
});

describe('an admin site’s list of the person’s own CE records with a filter sidebar', () => {
  const row = (title: string, date: string, hours: string, approval: string, component: string) => `<tr><td><a href="#">${title}</a></td><td>${date}</td><td>${hours}</td><td>${approval}</td><td>${component}</td></tr>`;
  const html = page(
    'Select CE record to change | Harbor Point Ambulance',
    '<header><h1>Harbor Point Ambulance · Training</h1><ul class="user-tools"><li><a href="#">mfeeney</a><ul style="display:none"><li><form action="/logout/"><button type="submit">Log out</button></form></li></ul></li></ul></header>' +
      '<h2>My CE records</h2><p>Training will only import records with an approval number into NREMT.</p>' +
      '<table><thead><tr><th>Course title</th><th>Date completed</th><th>Credit hours</th><th>Approval no.</th><th>NCCP component</th></tr></thead><tbody>' +
      row('Pediatric Assessment Triangle', 'Nov. 18, 2026', '2.00', '26-PEDX-F3-0912', 'National') + row('Opioid Overdose Response', 'Sept. 3, 2026', '1.00', '26-0702-T', 'State/Local') + row('EVOC Refresher', 'Aug. 14, 2026', '4.00', '-', 'Individual') +
      '</tbody></table><div class="filters"><h2>Filter</h2><h3>By NCCP component</h3><ul><li>All</li><li>National</li></ul><h3>By certificate uploaded</h3><ul><li>All</li><li>Yes</li></ul><h3>By date completed</h3><ul><li>Any date</li><li>Today</li></ul></div>',
  );
  it('reads them as the person’s list', () => {
    const read = readHtml(html, 'https://training.example.org/admin/celog/cerecord/');
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => c.component)).toEqual(['national', 'local', 'individual']);
  });
});

describe('a markdown table pasted unrendered into a compose form', () => {
  it('reads a title without the emphasis marks around it', () => {
    const rows = ['| Date | Course | Hours | Component | Topic | Approval |', '|---|---|---|---|---|---|', '| 2025-10-25 | Behavioral Health Crisis Response | 2 | National | Medical | 25-BHC-F3-1025 |', '| 2026-01-17 | **Active Shooter / Rescue Task Force** | 3 | National | Operations | 26-0117-T |', '| 2026-02-07 | Town Protocol In-Service | 2.5 | Local |  | 26-0207-T |'];
    const html = page('Compose message', `<form><div class="editor" contenteditable="true"><p>my NREMT transcript, pasted:</p>${rows.map((row) => `<p>${row}</p>`).join('')}</div></form>`);
    expect(readHtml(html, null).courses?.map((c) => c.title)).toEqual(['Behavioral Health Crisis Response', 'Active Shooter / Rescue Task Force', 'Town Protocol In-Service']);
  });
});

describe('set 98’s layouts', () => {
  it('reads a responsive grid whose cells repeat their column’s title', () => {
    const cell = (label: string, value: string) => `<td data-label="${label}"><span class="md:hidden">${label}</span><span>${value}</span></td>`;
    const row = (title: string, date: string, hours: string, approval: string) => `<tr>${cell('Course', title)}${cell('Completed', date)}${cell('Credits', hours)}${cell('Approval #', approval)}</tr>`;
    const html = page(
      'Manage Education',
      '<h1>Manage Education</h1><p>National Registry of Emergency Medical Technicians</p><table><thead class="hidden md:table-header-group"><tr><th>Course</th><th>Completed</th><th>Credits</th><th>Approval #</th></tr></thead><tbody>' +
        row('Airway Management Update', 'Jun 14, 2025', '2.00', 'CAPCE 25-NEC-F3-0418') + row('Stroke Recognition', 'Feb 10, 2026', '1.50', 'OEMS 26-0110-T') + '</tbody></table>',
      '<style>.hidden{display:none}@media (min-width:768px){.md\\:hidden{display:none}.md\\:table-header-group{display:table-header-group}}</style>',
    );
    expect(readHtml(html, null).courses?.map((c) => [c.title, c.hours])).toEqual([['Airway Management Update', 2], ['Stroke Recognition', 1.5]]);
  });

  it('reads an hours cell without the remark in its own element after the value', () => {
    const row = (title: string, date: string, hours: string) => `<tr><td><a href="#">${title}</a></td><td>${date}</td><td>${hours}</td><td>Passed</td></tr>`;
    const html = page(
      'Course results',
      '<h3>Completed Courses &amp; CE Credit</h3><p>My NREMT continuing education transcript</p><table><thead><tr><th>Course</th><th>Finished on</th><th>CE Credit</th><th>Result</th></tr></thead><tbody>' +
        row('Documentation and Patient Refusals', 'October 12, 2026', '1.25 CEH<span class="course_meta">Not CAPCE accredited</span>') + row('Anaphylaxis and Epinephrine', 'September 9, 2026', '45 min') + row('Obstetric Emergencies', 'July 21, 2026', '2 CEH') + '</tbody></table>',
    );
    expect(readHtml(html, null).courses?.map((c) => c.hours)).toEqual([1.25, 0.75, 2]);
  });

  it('reads a wiki’s "dashboard copy" on a page naming NREMT, the agency apart from its glued status', () => {
    const lines = ['Welcome, Marcus T. Delgado-Reyes', 'Advanced EMT', 'National Registry Number: A3175092', '**Expiration Date** 03/31/2027', 'Certification Status Active'];
    const html = page(
      'NREMT + Mass recert · Cairn',
      `<h1>NREMT + Mass recert</h1><h2>dashboard copy (11/22/26)</h2><div class="ProseMirror">${lines.map((line) => `<p>${line}</p>`).join('')}<p><strong>Agency Affiliation</strong></p><p>Harbor Point Ambulance ServicePending Approval</p><p>Recertification CE Summary</p><p>National 58% Local 48% Individual 100%</p><p>Message Center</p><p>11/18/2026 Agency affiliation request submitted</p></div>`,
    );
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.agency).toEqual({ name: 'Harbor Point Ambulance Service', status: 'pending' });
  });
});
