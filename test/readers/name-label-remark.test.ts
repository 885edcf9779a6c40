// The person's name beside its label, then the writer's remark after a dash or in brackets, on
// the person's own copy of a page: "Provider: Dan Reyes — needs 25 National / 12.5 Local", "Name:
// Priya Raman (that's me)". The name is the part before the remark. A remark is the writer's
// words (lower case after the dash, or a bracket); a value whose part after the dash starts a
// capitalised name of its own ("Boston MedFlight — Online Course") gives no name this way.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = `<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Management Update</td><td>01/10/2026</td><td>2</td><td>26-EMSX-F3-0101</td></tr>
<tr><td>Diabetic Emergencies</td><td>02/14/2026</td><td>1.5</td><td>26-EMSX-F3-0202</td></tr>
</tbody></table>`;
const page = (line: string): string =>
  `<!DOCTYPE html><html><head><title>CE notes - MyWiki</title></head><body><h1>NREMT Manage Education (copy)</h1><p>${line}</p>${COURSES}</body></html>`;

describe("a labelled name, then the writer's remark", () => {
  it.each([
    ['after an em dash', 'Provider: Dan Reyes — needs 25 National / 12.5 State/Local / 12.5 Individual (50 total).', 'Dan Reyes'],
    ['after an en dash', 'Name: Priya K. Raman – recert due 3/31/2027, Step B after', 'Priya K. Raman'],
    ['after a spaced hyphen', 'Learner: Sam Okafor - copied from the NREMT screen on 11/28', 'Sam Okafor'],
    ['in brackets', "Name: Theresa Moreau (that's me, EMT since 2019)", 'Theresa Moreau'],
  ])('%s', (_, line, name) => {
    expect(readHtml(page(line)).person?.name).toBe(name);
  });

  it("a course provider's name and its own words after a dash give no name", () => {
    expect(readHtml(page('Provider: Boston MedFlight — Online Course Catalog')).person?.name).toBeUndefined();
  });
});
