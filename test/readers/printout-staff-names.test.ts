// A printout's other people: a name after a course staff role ("Instructor", "Presenter",
// "Evaluator", "Coordinator", domain.md's preceptor and skill examiner) right above the user's own
// registry number line is that staff member's, not the user's: the line is no profile card.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROLES = ['Instructor', 'Lead Instructor', 'Presenter', 'Evaluator', 'Skills Evaluator', 'Coordinator', 'Course Coordinator', 'Preceptor', 'Skill Examiner'];
const STAFF = 'Kevin Marsh';
const NUMBER = 'A4417082';

type Layout = (lines: Array<[string, string]>) => string;
const pre: Layout = (lines) => `<pre>${lines.map(([l, v]) => `${l.padEnd(18)}${v}`).join('\n')}\n</pre>`;
const paragraphs: Layout = (lines) => lines.map(([l, v]) => `<p>${l}   ${v}</p>`).join('');
const colons: Layout = (lines) => lines.map(([l, v]) => `<div>${l}: ${v}</div>`).join('');
const rows: Layout = (lines) => `<table>${lines.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</table>`;

const page = (block: string): string => `<!DOCTYPE html><html><head><title>Transcript</title></head><body>
<h1>Transcript</h1>${block}
<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Update</td><td>03/12/2026</td><td>1.5</td><td>26-LFEM-F3-0312</td></tr>
<tr><td>Obstetric Emergencies</td><td>09/27/2025</td><td>2</td><td>25-0927-T3</td></tr>
</tbody></table></body></html>`;

describe("a course staff member's name above the registry line is not the user's", () => {
  const cases: Array<[string, Layout, string]> = [];
  for (const [l, layout] of [['pre', pre], ['paragraphs', paragraphs], ['colon lines', colons], ['label/value rows', rows]] as const) {
    for (const role of ROLES) cases.push([`${l}: ${role}`, layout, role]);
  }
  it.each(cases)('%s', (_name, layout, role) => {
    const read = readHtml(page(layout([['Course', 'Airway Update'], [role, STAFF], ['Registry #', NUMBER], ['Level', 'Advanced EMT']])));
    expect(read.person?.name).toBeUndefined();
    expect(read.person?.registryNumber).toBe(NUMBER);
  });

  it.each([['pre', pre], ['paragraphs', paragraphs]] as const)('%s: the user named by a label elsewhere stays the person', (_name, layout) => {
    const read = readHtml(page(layout([['Instructor', STAFF], ['Registry #', NUMBER], ['Name', 'Theresa M. Okafor']])));
    expect(read.person?.name).toBe('Theresa M. Okafor');
  });

  it('a profile card (a name alone, then the number) still names the person', () => {
    const read = readHtml(page(`<div>Theresa M. Okafor</div><div>Registry # ${NUMBER}</div>`));
    expect(read.person?.name).toBe('Theresa M. Okafor');
  });
});
