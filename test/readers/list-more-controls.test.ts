// A list's own control for showing more of it ("Show 6 more courses…", "Load more", "View all 14
// courses") is no course and no unread course, even where it stands like a course: the last item
// under a date heading, the last row of the table, a card after the cards. A row the person sees
// as a course whose hours cannot be read ("TBD") still counts as one unread.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Transcript | NREMT</title></head><body><h1>Transcript</h1>${body}</body></html>`;

const TITLES = ['Airway Update', 'Naloxone Leave-Behind', 'Obstetric Emergencies'];

const dated = (more: string) => `<ul>
<li>Pat Doe · EMT · Registry E5520913<br>Certification expires 03/31/2026</li>
<li>Thu, Mar 12, 2026</li>
<li><a href="#1">Airway Update<small>1.5 h</small><span> CAPCE 26-LFEM-F3-0312</span></a></li>
<li><a href="#2">Naloxone Leave-Behind<small>1 h</small><span> OEMS 26-0312-T3</span></a></li>
<li>Mon, Nov 3, 2025</li>
<li><a href="#3">Patient Lift-Assist<small>TBD</small><span> Certificate uploaded – hours not entered</span></a></li>
<li>Sat, Sep 27, 2025</li>
<li><a href="#4">Obstetric Emergencies<small>2 h</small><span> no approval #</span></a></li>
<li><a href="/transcript?start=8">${more}</a></li>
</ul>`;

const table = (more: string) => `<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Update</td><td>03/12/2026</td><td>1.5</td><td>26-LFEM-F3-0312</td></tr>
<tr><td>Naloxone Leave-Behind</td><td>03/12/2026</td><td>1</td><td>26-0312-T3</td></tr>
<tr><td>Patient Lift-Assist</td><td>11/03/2025</td><td>TBD</td><td>—</td></tr>
<tr><td>Obstetric Emergencies</td><td>09/27/2025</td><td>2</td><td>—</td></tr>
<tr><td colspan="4"><a href="/transcript?page=2">${more}</a></td></tr>
</tbody></table>`;

describe("a list's show-more control is no course", () => {
  it.each([
    ['under a date heading: "Show 6 more courses…"', dated('Show 6 more courses…')],
    ['under a date heading: "Load more"', dated('Load more')],
    ['under a date heading: "View all 14 courses"', dated('View all 14 courses')],
    ['under a date heading: "See remaining courses"', dated('See remaining courses')],
    ['the last table row: "Show 10 more"', table('Show 10 more')],
    ['the last table row: "Load more courses…"', table('Load more courses…')],
  ])('%s', (_, body) => {
    const read = readHtml(page(body));
    expect(read.courses?.map((course) => course.title)).toEqual(TITLES);
    expect(read.unread?.length).toBe(1);
  });

  it('a course with its own "Show more" toggle stays a course', () => {
    const body = `<ul><li>Thu, Mar 12, 2026</li>
<li>Airway Update<small>1.5 h</small><span> CAPCE 26-LFEM-F3-0312</span> <a href="#">Show more</a></li>
<li>Naloxone Leave-Behind<small>1 h</small><span> OEMS 26-0312-T3</span></li>
<li>Sat, Sep 27, 2025</li>
<li>Obstetric Emergencies<small>2 h</small><span> no approval #</span></li></ul>`;
    expect(readHtml(page(body)).courses?.map((course) => course.title)).toEqual(TITLES);
  });
});
