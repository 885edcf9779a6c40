// The writer's agency affiliation stated in a sentence of a note or post, not beside a label:
// "… is still Ware Volunteer Fire & Rescue (affiliation active), …", "my NREMT agency affiliation
// is Cape Ann Regional EMS (approved back in 2024)", "Northampton Fire Rescue approved my
// affiliation", "I'm affiliated with Lowell General EMS, …". The agency's name and its status; a
// sentence that names an agency without saying it is the writer's affiliation tells none.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = `<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Management Update</td><td>01/10/2026</td><td>2</td><td>26-EMSX-F3-0101</td></tr>
<tr><td>Diabetic Emergencies</td><td>02/14/2026</td><td>1.5</td><td>26-EMSX-F3-0202</td></tr>
</tbody></table>`;

const LAYOUTS: Record<string, (sentence: string) => string> = {
  'a post paragraph before the list': (sentence) =>
    `<article><h1>Recert progress, part 2</h1><p>Mostly a note to self, copied from Manage Education. ${sentence} More when I hear back.</p><h2>National component</h2>${COURSES}</article>`,
  'a list item of notes after the list': (sentence) =>
    `<h1>Manage Education</h1>${COURSES}<h3>Notes</h3><ul><li>Two courses still to add.</li><li>${sentence}</li></ul>`,
  'a quoted message': (sentence) => `<h1>Manage Education</h1><blockquote><p>${sentence}</p></blockquote>${COURSES}`,
};
const PAGE = (body: string) => `<!DOCTYPE html><html><head><title>Manage Education - NREMT</title></head><body>${body}</body></html>`;

describe('an agency affiliation stated in a sentence', () => {
  const CASES: Array<[string, string, string, string]> = [
    ['a name, then its status in brackets', 'Agency on the application is still <em>Ware Volunteer Fire &amp; Rescue</em> (affiliation active), so that part is fine.', 'Ware Volunteer Fire & Rescue', 'active'],
    ['a pending one', 'Holyoke Fire Department (affiliation pending) has not signed off yet.', 'Holyoke Fire Department', 'pending'],
    ['"my affiliation is", its status in brackets after', 'I work as a paramedic; my NREMT agency affiliation is Cape Ann Regional EMS (approved back in 2024), and my card runs out in 2027.', 'Cape Ann Regional EMS', 'active'],
    ['the agency approved my affiliation', 'Last spring Northampton Fire Rescue approved my affiliation, so the sign-off goes to them.', 'Northampton Fire Rescue', 'active'],
    ['"I\'m affiliated with"', 'Since May I\'m affiliated with Lowell General EMS, so the Training Officer there signs.', 'Lowell General EMS', 'active'],
  ];
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    it.each(CASES)(`${layout}: %s`, (_name, sentence, name, status) => {
      const read = readHtml(PAGE(render(sentence)));
      expect(read.kind).toBe('nremt-education');
      expect(read.agency).toEqual({ name, status });
      expect(read.courses?.length).toBe(2);
    });
  }

  it.each([
    ['an agency that gave a course', 'The airway class was run by Cape Ann Regional EMS at their station.'],
    ['a rule about affiliations', 'An agency affiliation is required to recertify as active.'],
    ['an affiliation not yet asked for', 'Ask whether Holyoke Fire Department will approve my affiliation.'],
  ])('%s: no agency', (_name, sentence) => {
    expect(readHtml(PAGE(LAYOUTS['a list item of notes after the list']!(sentence))).agency).toBeUndefined();
  });
});
