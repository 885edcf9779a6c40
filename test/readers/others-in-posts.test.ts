// A post or a message in which its author shows ANOTHER person's NREMT course list (a Training
// Officer reviewing a crew member's transcript before sign-off) holds that person's courses, not
// the reader's: unknown beats wrong (classify.ts, background). Written from domain.md's wording (a
// course's title, date completed, hours, its National/Local/Individual component, its approval
// number; the Training Officer signs off the application). The person's own list pasted into their
// own post or note still reads ("My NREMT transcript", "Dana's laptop" beside "Name: Dana …").
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const COURSES = `<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Component</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Management Update</td><td>02/11/2026</td><td>2</td><td>National</td><td>26-CAPCE-F3-1101</td></tr>
<tr><td>Pediatric Assessment</td><td>04/06/2026</td><td>1.5</td><td>National</td><td>26-CAPCE-F3-2207</td></tr>
<tr><td>Regional Protocol Review</td><td>06/19/2026</td><td>3</td><td>Local</td><td>26-0412-L</td></tr>
</tbody></table>`;
const post = (author: string, role: string, text: string): string =>
  page(
    'Crew Room - Westfield Rescue Squad',
    `<header><span>${author}</span><span>${role}</span></header><div class="post"><div class="author">${author}</div><div class="when">2 hours ago</div><p>${text}</p>${COURSES}<p>Comments welcome.</p></div>`,
  );

describe("a post showing another person's NREMT course list", () => {
  it.each([
    ["a Training Officer's post: \"Checked Sam's NREMT transcript\"", post('Carla Mendes', 'Training Officer', "Checked Sam's NREMT transcript before I sign off the application. Two rows need fixing, see below.")],
    ["a crew chief's post reviewing a named member's education history", post('Omar Haddad', 'Crew Chief', "Reviewing Priya Natarajan's NREMT course history for the recert cycle, my notes are in the table below.")],
    ['a message forwarding a colleague\'s copied Manage Education list', post('Lena Voss', 'Member', "Here is Tom's list copied from NREMT Manage Education, he asked me to check the hours for him.")],
    [
      "a post titled for a member's transcript (no \"whose\") above \"went over Sam's NREMT transcript\"",
      post('Carla Mendes', 'Training Officer', "Sign-off check: S. Marsh (Paramedic, NREMT P2210987) — transcript before sign-off</p><p>Went over Sam's NREMT transcript today. Please remove the duplicate before you submit."),
    ],
  ])('%s stays unknown', (_, html) => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('unknown');
    expect(read.courses ?? []).toEqual([]);
  });

  it.each([
    ["the author's own transcript in their own post", post('Dana Whitcomb', 'Member', 'My NREMT transcript, pasted below before I submit the recertification application.')],
    ["the author's own list copied from the site", post('Dana Whitcomb', 'Member', 'Copied from NREMT Manage Education this morning so I can track my hours.')],
    [
      "\"Dana's laptop\" on Dana's own note",
      page('NREMT transcript', `<h1>NREMT transcript (copy from Dana's laptop)</h1><p>Name: Dana R. Whitcomb</p>${COURSES}`),
    ],
  ])('%s still reads as the course list', (_, html) => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.length).toBe(3);
  });
});
