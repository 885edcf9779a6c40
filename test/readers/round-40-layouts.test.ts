// Round 40's layouts, each written here in its own words:
// - (set 113's, after it was measured) Manage Education pasted into an issue tracker's description,
//   each course a line whose tabs were lost, one ending in its badge and control ("Out of Date Remove").
// - (set 114's, after it was measured) a title cell holding a second line in its own small print: the
//   writer's note in brackets ("(uploaded certificate)"), or the hours a split course applied here
//   ("2.00 of 3.00 applied"). Neither is the title's.
// - (set 113's) a CE log's rows, each approval number with where the course counts beside it in its
//   own chip ("CAPCE 26-GER-F3-0815" then "National · Trauma"): the chip is the course's component.
// - (set 114's) a report grouped under lines labelled "NREMT Component: Local": each group's courses count there.
// - (set 115's, after it was measured) a provider's transcript mail whose Course column holds the title,
//   "Completed Oct 14, 2026" and "Category: National · Trauma" as lines of one cell: the category is
//   where the course counts, no second title.
// - (set 116's, after it was measured) a training provider's help desk ticket, its title ending in the
//   site's name ("… | Bay State EMS Education Help Center"), where the person pastes "my transcript
//   copied from NREMT": theirs. A help article of the same site stays nobody's.
import { describe, expect, it } from 'vitest';
import { courseLineCells } from '../../lib/readers/line-records';
import { headingAssignment } from '../../lib/readers/education';
import { readHtml } from './load';

describe('a course line ending in a badge of a few words', () => {
  it.each<[string, string[] | null]>([
    ['Obstetric Emergencies 03/02/2025 2.00 OEMS 25-0190-T Out of Date Remove', ['Obstetric Emergencies', '03/02/2025', '2.00', '25-0190-T']],
    ['Neonatal Resuscitation 04/11/2026 1.50 CAPCE 26-NRP-F3-0411 Not Yet Verified', ['Neonatal Resuscitation', '04/11/2026', '1.50', '26-NRP-F3-0411']],
    // Still read as before: an empty approval cell and the status; a source column.
    ['Airway Update 03/02/2025 1.00 — Not Verified', ['Airway Update', '03/02/2025', '1.00']],
    ['Airway Update 03/02/2025 1.00 CAPCE Import', ['Airway Update', '03/02/2025', '1.00']],
    // Words in lower case after the hours are the hours cell's own ("1.00 hours total"), no badge.
    ['Airway Update 03/02/2025 1.00 hours total', ['Airway Update', '03/02/2025', '1.00 hours total']],
    // A figure among the words is no badge: no course line.
    ['Airway Update 03/02/2025 1.00 Out of 4 Remove', null],
  ])('%s', (line, cells) => {
    expect(courseLineCells(line)).toEqual(cells);
  });
});

describe('a title cell with a second line in small print', () => {
  const row = (title: string, note: string, date: string, hours: string, approval: string) =>
    `<tr><td>${title} <small class="text-muted d-block">${note}</small></td><td>${date}</td><td>${hours}</td><td>${approval}</td></tr>`;
  const page = (rows: string) =>
    `<!DOCTYPE html><html><head><title>Transcript</title></head><body><h1>NREMT Transcript</h1><table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
  it('leaves the writer’s bracketed note and a split course’s applied hours out of the title', () => {
    const read = readHtml(page(row('Stroke Recognition and LVO Scales', '(uploaded certificate)', '09/03/2026', '1.50', '26-BVE-F3-0388') + row('Trauma Update 2026', '2.00 of 3.00 applied', '08/08/2026', '2.00', '26-PRCC-F1-0233') + row('Cardiac Arrest Care', '(ACLS)', '07/01/2026', '4.00', '26-ACC-F1-0701')));
    expect(read.courses?.map((course) => [course.title, course.hours])).toEqual([
      ['Stroke Recognition and LVO Scales', 1.5],
      ['Trauma Update 2026', 2],
      // A capitalised bracket is the title's own.
      ['Cardiac Arrest Care (ACLS)', 4],
    ]);
  });
});

describe('where a course counts, in a chip beside its approval number', () => {
  const item = (date: string, title: string, approval: string, chip: string, hours: string) =>
    `<li class="Box-row"><span class="date">${date}</span><a class="title">${title}</a><span class="meta">${approval} <span class="Label">${chip}</span></span><span class="ceh">${hours}</span></li>`;
  it('reads the chip as the component and topic', () => {
    const read = readHtml(
      `<!DOCTYPE html><html><head><title>My CE log</title></head><body><h1>My CE log</h1><p>NREMT registry # P0458821 · Paramedic · expires 03/31/2028</p><ul>` +
        item('Nov 3, 2026', 'Geriatric Falls', 'CAPCE 26-GER-F3-0815', 'Individual', '1.25 CEH') +
        item('Oct 15, 2026', 'Strike Team Orientation', 'CAPCE 26-OPS-F5-0190', 'National · EMS Operations', '2 CEH') +
        item('Sep 8, 2026', 'Statewide Protocols', 'OEMS #26-3120-T', 'State/Local', '3 CEH') +
        '</ul></body></html>',
    );
    expect(read.courses?.map((course) => [course.title, course.component, course.topic, course.approvalNumber])).toEqual([
      ['Geriatric Falls', 'individual', null, '26-GER-F3-0815'],
      ['Strike Team Orientation', 'national', 'operations', '26-OPS-F5-0190'],
      ['Statewide Protocols', 'local', null, '26-3120-T'],
    ]);
  });
});

describe('a group line labelled with the component', () => {
  it.each<[string, ReturnType<typeof headingAssignment>]>([
    ['NREMT Component: Local', { component: 'local', topic: null }],
    ['NREMT Component: Individual', { component: 'individual', topic: null }],
    ['Component: State/Local', { component: 'local', topic: null }],
    // A label of many words is a sentence's, no group's.
    ['The form asks which component: Local', null],
  ])('%s', (text, expected) => {
    expect(headingAssignment(text)).toEqual(expected);
  });
});

describe('a help center ticket holding the person’s own pasted transcript', () => {
  const rows = [
    ['Obstetric Emergencies', '10/11/2026', 'TBD', '26-OBE-F5-1011'],
    ['Airway Management Update', '05/01/2026', '2.00', '26-AMU-F3-0501'],
    ['Stroke Scales', '06/02/2026', '1.50', '26-STS-F3-0602'],
  ];
  const table = `<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const page = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
  it('is read as the person’s list', () => {
    const read = readHtml(page('#48213 - OB class shows no credits | Bay State EMS Education Help Center', `<nav>Home · My Area · Sign Out</nav><h1>OB class shows no credits on my NREMT transcript</h1><p>Tomasz Kowalczyk Dec 1, 2026 08:15 PM</p><p>Hello, the OB class I took with you is on my transcript but the credits are blank. Here is my transcript copied from NREMT:</p>${table}<p>Thanks, Tomasz</p>`));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.title)).toEqual(['Airway Management Update', 'Stroke Scales']);
  });
  it('is nobody’s in a help article of the same site', () => {
    const read = readHtml(page('Why are my credits blank? | Bay State EMS Education Help Center', `<h1>Why are my credits blank?</h1><p>Rosters reach CAPCE within five business days. An example transcript:</p>${table}`));
    expect(read.kind).toBe('unknown');
  });
});

describe('a title cell whose later lines carry their own labels', () => {
  const row = (title: string, date: string, category: string, hours: string, approval: string) =>
    `<tr><td><p><strong>${title}</strong></p><p>Completed ${date}</p><p>Category: ${category}</p></td><td>${hours}</td><td>${approval}</td></tr>`;
  it('reads the labelled line as its field', () => {
    const read = readHtml(
      '<!DOCTYPE html><html><head><title>Your CE transcript</title></head><body><h2>Your CE transcript</h2><p>Student: Marcus J. Delaney</p><table><thead><tr><th>Course</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
        row('Trauma Assessment in the Elderly', 'Oct 14, 2026', 'National · Trauma', '2 CE hrs', 'CAPCE 26-HBL-F3-0507') +
        row('Pediatric Respiratory Distress', 'Jun 2, 2026', 'National · Airway', '1.5 CE hrs', 'CAPCE 26-HBL-F3-0312') +
        row('Opioid Overdose Update', 'Feb 11, 2026', 'Local', '1 CE hr', 'OEMS 26-0140-T') +
        '</tbody></table></body></html>',
    );
    expect(read.courses?.map((course) => [course.title, course.completedOn, course.component, course.topic])).toEqual([
      ['Trauma Assessment in the Elderly', '2026-10-14', 'national', 'trauma'],
      ['Pediatric Respiratory Distress', '2026-06-02', 'national', 'airway'],
      ['Opioid Overdose Update', '2026-02-11', 'local', null],
    ]);
  });
});
