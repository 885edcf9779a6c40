// Leftovers of the dashboards' and notes' facts (domain.md: the dashboard shows the name, the
// registry number, the expiration and the recert cycle dates, the Agency Affiliation and the
// Message Center):
// - the last recertification's date under any of its wordings ("Last Recertified On", "Last
//   Renewed", "Date of Last Recertification"): hours count from the day after;
// - the person's name labelled with where it is kept ("Name on file:", "Name on record:") in a
//   line of a note; a file's name is no person's;
// - a tool's board of the person's own courses (Kibana, Grafana) with a "My certification" panel
//   over their facts beside a course table: the course list, not the dashboard (which shows its
//   agency and its messages beside any course panel).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (facts: string): string =>
  `<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dashboard</h1>${facts}` +
  `<h2>Agency Affiliation</h2><p>Agency: Quabbin Valley EMS</p><p>Active</p><h2>Message Center</h2><p>No new messages.</p></body></html>`;

describe('the last recertification date, whatever its wording', () => {
  const cases: Array<[string, string]> = [
    ['"Last Recertified On" in a definition list', `<dl><dt>Level</dt><dd>EMT</dd><dt>Expires On</dt><dd>March 31, 2028</dd><dt>Last Recertified On</dt><dd>March 31, 2026</dd></dl>`],
    ['"Last Recertified On" as a row header', `<table><tr><th>Level</th><td>EMT</td></tr><tr><th>Expires On</th><td>March 31, 2028</td></tr><tr><th>Last Recertified On</th><td>March 31, 2026</td></tr></table>`],
    ['"Last Renewed On" beside its value', `<p>Level: EMT</p><p>Expiration Date: 03/31/2028</p><p>Last Renewed On: 03/31/2026</p>`],
    ['"Last Renewed"', `<p>Level: EMT</p><p>Expiration Date: 03/31/2028</p><p>Last Renewed: 03/31/2026</p>`],
    ['"Date of Last Recertification"', `<dl><dt>Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2028</dd><dt>Date of Last Recertification</dt><dd>03/31/2026</dd></dl>`],
  ];
  it.each(cases)('%s: the cycle starts the day after', (_name, facts) => {
    expect(readHtml(dashboard(facts)).certification).toEqual({ level: 'emt', expiresOn: '2028-03-31', cycleStart: '2026-04-01' });
  });

  const courseList = (label: string): string =>
    `<!DOCTYPE html><html><head><title>Courses | Recert Admin</title></head><body><h2>Courses</h2>` +
    `<table><thead><tr><th>Title</th><th>Completed</th><th>Hours</th></tr></thead><tbody>` +
    `<tr><td>Airway Adjuncts Review</td><td>May 2, 2026</td><td>2 hrs</td></tr><tr><td>Pediatric Assessment</td><td>June 9, 2026</td><td>1 hr</td></tr></tbody></table>` +
    `<div><h3>Certification</h3><table><tr><th>Name</th><td>Riley Okafor</td></tr><tr><th>NREMT #</th><td>E1832740</td></tr><tr><th>Level</th><td>EMT</td></tr>` +
    `<tr><th>Expires On</th><td>March 31, 2028</td></tr><tr><th>${label}</th><td>March 31, 2026</td></tr></table></div></body></html>`;
  it.each(['Last Recertified On', 'Last Renewed On', 'Last Renewed'])('a course list\u2019s sidebar table, "%s": the cycle starts the day after', (label) => {
    const snapshot = readHtml(courseList(label));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.certification).toEqual({ level: 'emt', expiresOn: '2028-03-31', cycleStart: '2026-04-01' });
  });

  it('"Last Updated On" is no recertification', () => {
    const snapshot = readHtml(dashboard(`<dl><dt>Level</dt><dd>EMT</dd><dt>Expires On</dt><dd>March 31, 2028</dd><dt>Last Updated On</dt><dd>March 31, 2026</dd></dl>`));
    expect(snapshot.certification?.cycleStart ?? null).toBeNull();
  });
});

describe('a name labelled with where it is kept', () => {
  const note = (line: string): string =>
    `<!DOCTYPE html><html><head><title>NREMT dashboard notes</title></head><body><h3>NREMT dashboard notes</h3>` +
    `<p>Below is a paste of my NREMT dashboard.</p><p>Advanced EMT</p><p>${line}</p>` +
    `<dl><dt>Registry Number</dt><dd>A1865024</dd><dt>Level</dt><dd>Advanced EMT</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl></body></html>`;
  const cases: Array<[string, string, string | undefined]> = [
    ['"Name on file:"', 'Name on file: Aisha Kowalczyk', 'Aisha Kowalczyk'],
    ['"Name on record:"', 'Name on record: Luis F. Ortega', 'Luis F. Ortega'],
    ['"Provider name on file:"', 'Provider name on file: Grace Oyelaran', 'Grace Oyelaran'],
    ['a file\u2019s name is no person\u2019s', 'File name: Recert Notes', undefined],
    ['an address on file is no name', 'Address on file: Maple Street', undefined],
  ];
  it.each(cases)('%s', (_name, line, name) => {
    expect(readHtml(note(line)).person?.name).toBe(name);
  });
});

describe('a tool board of the person\u2019s courses with a "My certification" panel', () => {
  const courses = [
    ['Pediatric Airway Management', '02/11/2026', '2.00'],
    ['Stroke Recognition and Transport', '03/04/2026', '1.50'],
    ['Hemorrhage Control Refresher', '04/22/2026', '1.00'],
  ];
  const table =
    `<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody>` +
    courses.map(([t, d, h]) => `<tr><td>${t}</td><td>${d}</td><td>${h}</td></tr>`).join('') +
    `</tbody></table>`;
  const facts = `<p>Alexis Romero, Paramedic · NREMT #P1450923</p><p>Expiration: March 31, 2027</p>`;
  const cases: Array<[string, string]> = [
    ['Kibana', `<title>Recert Tracker - Elastic</title></head><body><div>Dashboards</div><h2>My certification</h2>${facts}<h2>Credits logged</h2><p>4.5</p><h2>CE courses (saved search)</h2>${table}`],
    ['Grafana', `<title>Paramedic CE - Grafana</title></head><body><h2>My Certification</h2>${facts}<h2>Courses</h2>${table}`],
  ];
  it.each(cases)('%s: the course list', (_name, body) => {
    const snapshot = readHtml(`<!DOCTYPE html><html><head>${body}</body></html>`);
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((c) => c.title)).toEqual(courses.map(([t]) => t));
  });

  it('the dashboard with its own course panel, its agency and its messages, stays the dashboard', () => {
    const body = `<title>NREMT</title></head><body><h2>My Certification</h2>${facts}<h2>Agency Affiliation</h2><p>Agency: Quabbin Valley EMS</p><p>Active</p><h2>Recent Courses</h2>${table}<h2>Message Center</h2><p>No new messages.</p>`;
    expect(readHtml(`<!DOCTYPE html><html><head>${body}</body></html>`).kind).toBe('nremt-dashboard');
  });
});
