// Courses drawn as rows a person taps: the whole row is the control, and its lines are still the
// course a person reads (mobile list builders make every item a role=button or a <button>).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>${body}</body></html>`;

const row = (open: string, close: string, title: string, line: string, approval: string): string =>
  `${open}<div aria-hidden="true">&#128218;</div><div><div>${title}</div><div>${line}</div><div>Approval: ${approval}</div></div>${close}`;

describe('a course row that is itself a tap target', () => {
  it.each([
    ['a list item with role=button', '<li role="button" tabindex="0">', '</li>', 'ul'],
    ['a div with role=button', '<div role="button" tabindex="0">', '</div>', 'div'],
    ['a <button> holding the lines', '<button type="button">', '</button>', 'div'],
  ])('%s', (_, open, close, list) => {
    const snap = readHtml(
      page(
        `<h2>National Component</h2><h3>Trauma</h3><${list}>${row(open, close, 'Head Injuries &amp; TBI', '1/22/2026 &middot; 1 credit', '26-TRMA-F3-0012')}</${list}>` +
          `<h2>Individual Component</h2><${list}>${row(open, close, 'Diabetic Emergencies', '2/19/2026 &middot; 0.75 credits', '25-0931-T1')}` +
          `${row(open, close, 'Pediatric Sepsis', '3/19/2026 &middot; 2 credits', '26-0401-T3')}</${list}>`,
      ),
      'https://www.nremt.org/manage',
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber, c.component, c.topic])).toEqual([
      ['Head Injuries & TBI', '2026-01-22', 1, '26-TRMA-F3-0012', 'national', 'trauma'],
      ['Diabetic Emergencies', '2026-02-19', 0.75, '25-0931-T1', 'individual', null],
      ['Pediatric Sepsis', '2026-03-19', 2, '26-0401-T3', 'individual', null],
    ]);
  });

  it('a one-line button inside a course row is a control, not a value', () => {
    const snap = readHtml(
      page(
        '<ul><li><div>Head Injuries &amp; TBI</div><div>1/22/2026 &middot; 1 credit</div><button type="button">Change topic</button></li>' +
          '<li><div>Pediatric Sepsis</div><div>3/19/2026 &middot; 2 credits</div><button type="button">Change topic</button></li></ul>',
      ),
      'https://www.nremt.org/manage',
    );
    expect(snap.courses?.map((c) => [c.title, c.hours])).toEqual([
      ['Head Injuries & TBI', 1],
      ['Pediatric Sepsis', 2],
    ]);
  });
});

// A documentation toolchain's glossary list (DocBook variablelist, Sphinx/reST definition lists)
// names each course in its term and gives its values in the description beside it.
describe('a course per term and description of one definition list', () => {
  it.each([
    ['the term as a span', (t: string) => `<span>${t}</span>`],
    ['the term as bold text', (t: string) => `<b>${t}</b>`],
  ])('%s', (_, term) => {
    const pair = (title: string, line: string) => `<dt>${term(title)}</dt><dd><p>${line}</p></dd>`;
    const snap = readHtml(
      page(
        `<h2>Trauma</h2><dl>${pair('CPAP and Noninvasive Ventilation', 'Completed May 17, 2025; 1.5 hours; CAPCE <code>25-SSEM-F3-0231</code>')}` +
          `${pair('Pediatric Airway Obstruction', 'Completed August 2, 2025; 1 hour; OEMS <code>25-0701-T1</code>')}</dl>`,
      ),
      'https://www.nremt.org/manage',
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber, c.topic])).toEqual([
      ['CPAP and Noninvasive Ventilation', '2025-05-17', 1.5, '25-SSEM-F3-0231', 'trauma'],
      ['Pediatric Airway Obstruction', '2025-08-02', 1, '25-0701-T1', 'trauma'],
    ]);
  });
});

describe('a saved education record exported from a document toolchain', () => {
  const doc = (heading: string) =>
    `<!DOCTYPE html><html><head><title>${heading}</title></head><body><h2>${heading}</h2>` +
    '<h2>1. Certification</h2><table border="1"><tr><td>Certification</td><td>Advanced EMT</td></tr>' +
    '<tr><td>Last Recertification Date</td><td>March 28, 2025</td></tr><tr><td>Expiration Date</td><td>March 31, 2027</td></tr></table>' +
    '<div><p>Note</p><p>All sections must be complete to recertify. National requires 25 hours, State/Local 12.5 and Individual 12.5.</p></div>' +
    '<h2>2. Individual Component</h2><dl><dt><span>Wilderness First Response Concepts</span></dt><dd><p>Completed July 19, 2025; 4 hours</p></dd>' +
    '<dt><span>Grand Rounds: Sepsis</span></dt><dd><p>Completed February 7, 2026; 1 hour</p></dd></dl></body></html>';

  it.each([['Recertification Education Record'], ['Continuing Education Record'], ['CE Record']])('"%s" names an education page; a requirement sentence is no course', (heading) => {
    const snap = readHtml(doc(heading));
    expect(snap.kind).toBe('nremt-education');
    expect(snap.courses?.map((c) => [c.title, c.hours, c.component])).toEqual([
      ['Wilderness First Response Concepts', 4, 'individual'],
      ['Grand Rounds: Sepsis', 1, 'individual'],
    ]);
  });
});

// A flex-box grid drawn per section (ClojureScript re-com, any div-based table): each section
// repeats a row of column titles; one course alone in its section is a row under those titles,
// not the section itself (its name and "2 / 4 credits" are no title or hours of the course).
describe('a lone course row under its own row of column titles', () => {
  const box = (name: string, figure: string, rows: string[]) =>
    `<div><div><div><span>${name}</span></div><div><span>${figure}</span></div></div>` +
    '<div><div><span>Course</span></div><div><span>Completed</span></div><div><span>Credits</span></div><div><span>Approval #</span></div></div>' +
    rows.map((r) => `<div>${r.split('|').map((cell) => `<div><span>${cell}</span></div>`).join('')}</div>`).join('') +
    '</div>';
  it('each course read once, the section naming its topic', () => {
    const snap = readHtml(
      page(
        `<div><div><span>National Component</span></div>${box('Airway, Respiration &amp; Ventilation', '2 / 4 credits', ['CPAP and Airway Adjuncts|23 Oct 2025|2|25-AIRW-F3-0551'])}` +
          `${box('Cardiovascular', '4.5 / 5 credits', ['Stroke Recognition|6 Nov 2025|1.5|25-1030-T1', 'CPR Quality|14 Jan 2026|3|26-CPRQ-F1-0102'])}` +
          `${box('Trauma', '2 / 3 credits', ['Head Injury Guidelines|4 Dec 2024|2|24-TRMA-F5-0871'])}</div>`,
      ),
      'https://www.nremt.org/manage',
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.topic])).toEqual([
      ['CPAP and Airway Adjuncts', '2025-10-23', 2, 'airway'],
      ['Stroke Recognition', '2025-11-06', 1.5, 'cardiovascular'],
      ['CPR Quality', '2026-01-14', 3, 'cardiovascular'],
      ['Head Injury Guidelines', '2024-12-04', 2, 'trauma'],
    ]);
  });
});

// A printed application lists each course's component and topic in one cell, joined by a
// middle dot or a bullet as a heading would join them ("National · Airway, Respiration & Ventilation").
describe('component and topic joined by a dot in one cell', () => {
  it.each([['·'], ['•'], ['–']])('"National %s Airway, …"', (dot) => {
    const html =
      '<html><head><title>Recertification Application</title></head><body><h1>Recertification Application</h1><table><thead><tr>' +
      '<th>Course</th><th>Completed</th><th>Hours</th><th>Applied To</th><th>Approval #</th></tr></thead><tbody>' +
      `<tr><td>Airway Management</td><td>Feb 7, 2026</td><td>2.0</td><td>National ${dot} Airway, Respiration &amp; Ventilation</td><td>26-BCEM-F3-0044</td></tr>` +
      `<tr><td>Trauma Triage</td><td>Feb 9, 2026</td><td>2.0</td><td>National ${dot} Trauma</td><td>26-BCEM-F3-0045</td></tr>` +
      '<tr><td>Protocols Update</td><td>Jun 14, 2025</td><td>6.0</td><td>State/Local</td><td>25-0540-T1</td></tr></tbody></table></body></html>';
    expect(readHtml(html).courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Airway Management', 'national', 'airway'],
      ['Trauma Triage', 'national', 'trauma'],
      ['Protocols Update', 'local', null],
    ]);
  });
});

// A printed page states the status in its section heading, its value in a pill inside it.
describe('a "Label: value" heading', () => {
  it.each([
    ['<h2>Application Status: <span>Not Submitted</span></h2>', 'not-submitted'],
    ['<h3>Recertification Status: Submitted</h3>', 'submitted'],
  ])('%s', (heading, status) => {
    const html =
      '<html><head><title>Recertification Application</title></head><body><h1>Recertification Application</h1>' +
      `<p>Name Hollis B. Carrington</p>${heading}<p>Your application is reviewed after you submit it.</p></body></html>`;
    expect(readHtml(html).application?.status).toBe(status);
  });
});
