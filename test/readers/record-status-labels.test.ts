// Class: a status label repeated in every card of a course list (a content manager's per-entry
// "State: Published" / "Draft", a course's own "Course status: Accepted" or "Review state") is each
// record's field, not the recertification application's status: the page is still the course list
// its records make it. domain.md: Manage Education lists the courses (title, date completed,
// hours/credits, approval number); the application page carries one status ("Pending National
// Registry Review", "Returned Incomplete") and the "Submit Application" control.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES: Array<[string, string, string, string]> = [
  ['Airway Management Update', '04/14/2026', '2', 'CAPCE 26-RESQ-F3-0417'],
  ['Pediatric Sepsis Recognition', '05/16/2026', '1.5', 'CAPCE 26-PEDS-F3-0220'],
  ['Mass Casualty Triage Drill', '06/06/2026', '3', 'CAPCE 26-MAEMS-F1-0032'],
  ['Statewide Protocol Update', '06/25/2026', '2', 'OEMS 26-0311-T3'],
];

function page(label: string, values: string[], extra = '', title = 'Content Manager'): string {
  const cards = COURSES.map(
    ([t, date, hours, approval], i) =>
      `<div class="card"><div><strong>${t}</strong></div><div><span>Completed: </span>${date}</div><div><span>Credits: </span>${hours}</div>` +
      `<div><span>Approval number: </span>${approval}</div><div><span>${label}: </span><span class="badge">${values[i % values.length]}</span></div></div>`,
  ).join('');
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><nav><a href="#">Content</a> <a href="#">Media Library</a> <a href="#">Settings</a></nav>
<main><p>${COURSES.length} entries found</p>${extra}<div>${cards}</div></main></body></html>`;
}

describe("a status label repeated in every course card is the record's", () => {
  it.each([
    ["a content manager's publication state", 'state', ['Published', 'Published', 'Draft']],
    ['a capitalised State label', 'State', ['Published', 'Draft']],
    ["the course's status in NREMT's return words", 'Course status', ['Accepted', 'Returned Incomplete']],
    ['a review state', 'Review state', ['Approved', 'Pending Review']],
    ['a recert status per course', 'Recert status', ['Counted', 'Not counted']],
  ])('%s: the course list', (_, label, values) => {
    const snapshot = readHtml(page(label as string, values as string[]));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((c) => c.title)).toEqual(COURSES.map(([t]) => t));
  });

  it('one application status above the cards, with the Submit Application control, is still the application page', () => {
    const extra = `<div><span>Recertification Status: </span><span>In Progress</span></div><button type="button">Submit Application</button>`;
    expect(readHtml(page('Notes', ['ok']), null).kind).not.toBe('nremt-application');
    expect(readHtml(page('Notes', ['ok'], extra), null).kind).toBe('nremt-application');
  });

  it('one application status, no control: the application page', () => {
    const extra = `<div><span>Application Status: </span><span>Pending National Registry Review</span></div>`;
    expect(readHtml(page('Notes', ['ok'], extra), null).kind).toBe('nremt-application');
  });
});
