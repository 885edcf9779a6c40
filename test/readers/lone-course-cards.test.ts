// A lone course card below the page's course tables (an "Unassigned Courses" card: a title, a
// "Completed <date> · <approval number>" line, the hours a bare figure beside an "Assign to…"
// control) is a course: a bare figure beside a date is hours where records of its shape repeat,
// or where the block also shows a course's approval number (a step's number or a summary tile's
// figure never comes with one).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const TABLE = `<section><h2>Individual Component 2.5 / 15 hrs</h2><table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th></tr></thead><tbody>
<tr><td>Wilderness Medicine Lecture Series</td><td>08/27/2025</td><td>1.5 CEH</td><td>25-WMSE-F5-0610</td></tr>
<tr><td>Stroke Scales Update</td><td>10/02/2025</td><td>1.0 CEH</td><td>25-NEUR-F3-0044</td></tr>
</tbody></table></section>`;

const CARDS: Record<string, string> = {
  'a list item: title, completed line, bare hours and a select': `<ul><li><div><p>Hazmat Awareness Refresher</p><p>Completed 05/20/2026 · 26-FEMA-F3-0077</p></div><div><span>0.75</span><button type="button" role="combobox" aria-expanded="false">Assign to…</button></div></li></ul>`,
  'a div card: bold title, approval line, bare hours': `<div><div><b>Hazmat Awareness Refresher</b></div><div>05/20/2026</div><div>CAPCE 26-FEMA-F3-0077</div><div>0.75</div></div>`,
  'an article: heading title, date and approval side by side, hours alone': `<article><h4>Hazmat Awareness Refresher</h4><p><span>May 20, 2026</span> <span>26-FEMA-F3-0077</span></p><p>0.75</p></article>`,
};

const PAGE = (card: string) => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body>
<main><h1>Manage Education</h1><p>All sections must be complete to recertify</p>${TABLE}
<div><h3>Unassigned Courses</h3><p>On your transcript but not yet applied to a component.</p>${card}</div></main></body></html>`;

describe('a lone course card showing an approval number is a course', () => {
  for (const [layout, card] of Object.entries(CARDS)) {
    it(layout, () => {
      const page = readHtml(PAGE(card), 'https://www.nremt.org/recertification/manage-education');
      expect(page.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.approvalNumber])).toEqual([
        ['Wilderness Medicine Lecture Series', '2025-08-27', 1.5, 'individual', '25-WMSE-F5-0610'],
        ['Stroke Scales Update', '2025-10-02', 1, 'individual', '25-NEUR-F3-0044'],
        ['Hazmat Awareness Refresher', '2026-05-20', 0.75, null, '26-FEMA-F3-0077'],
      ]);
    });
  }

  it('a lone block with a date and a bare figure but no approval number is still no course (a step, a tile)', () => {
    const page = readHtml(PAGE(`<div><div><b>Step 3</b></div><div>Due 05/20/2026</div><div>3</div></div>`), 'https://www.nremt.org/recertification/manage-education');
    expect(page.courses?.map((c) => c.title)).toEqual(['Wilderness Medicine Lecture Series', 'Stroke Scales Update']);
  });
});
