// An outliner's open task beside the person's course list (Org mode's "TODO" heading with its
// DEADLINE, a Logseq "TODO"/"LATER" block), written with its keyword in capitals before its words,
// after any outline number ("4.1. TODO Ask about the Wilderness course"): the user's note, like
// "TODO: …" and "[ ] …", even with a date and an hours figure in it. Neither a course nor an
// unread one. A done task ("DONE", like "[x]") may tick off a course: not told here.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (tasks: string): string => `<!DOCTYPE html><html><head><title>NREMT recert log</title></head><body>
<h1>NREMT recert log</h1><p>Copied from my NREMT Manage Education page.</p>
<h2>1. Courses</h2><table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Surgical Airway Lab</td><td>05/03/2026</td><td>3.00</td><td>26-AIRW-F1-0503</td></tr>
<tr><td>ACLS Provider Renewal</td><td>06/07/2026</td><td>8.00</td><td>26-0607-T</td></tr>
</tbody></table>
<h2>2. Notes</h2>${tasks}</body></html>`;

describe("an outliner's open task is the user's note, no course", () => {
  it.each([
    ['an Org heading with its outline number and deadline', '<div><h3><span>2.1.</span> <span>TODO</span> Ask the training officer about the Wilderness course</h3><div><p><span>DEADLINE:</span> <span><span>&lt;2026-12-15 Tue&gt;</span></span></p><p>Not sure Individual accepts it (4 hrs). Cert has the CAPCE number, so probably fine.</p></div></div>'],
    ['an Org heading scheduled, hours in its text', '<div><h3>TODO Sign up for the PHTLS refresher</h3><div><p>SCHEDULED: &lt;2027-01-09 Sat&gt;</p><p>8 hrs, National trauma, has a CAPCE number.</p></div></div>'],
    ['a Logseq TODO block', '<ul><li>TODO 2 hrs of trauma before 02/15/2027</li></ul>'],
    ['a Logseq LATER block', '<ul><li>LATER finish the 1.5 hr stroke module by 03/01/2027</li></ul>'],
  ])('%s', (_, tasks) => {
    const read = readHtml(page(tasks));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Surgical Airway Lab', '2026-05-03', 3],
      ['ACLS Provider Renewal', '2026-06-07', 8],
    ]);
    expect(read.unread ?? []).toHaveLength(0);
  });
});
