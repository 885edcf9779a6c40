// Round 40's layouts, each written here in its own words:
// - (set 113's, after it was measured) Manage Education pasted into an issue tracker's description,
//   each course a line whose tabs were lost, one ending in its badge and control ("Out of Date Remove").
// - (set 114's, after it was measured) a title cell holding a second line in its own small print: the
//   writer's note in brackets ("(uploaded certificate)"), or the hours a split course applied here
//   ("2.00 of 3.00 applied"). Neither is the title's.
// - (set 113's) a CE log's rows, each approval number with where the course counts beside it in its
//   own chip ("CAPCE 26-GER-F3-0815" then "National · Trauma"): the chip is the course's component.
// - (set 114's) a report grouped under lines labelled "NREMT Component: Local": each group's courses count there.
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
