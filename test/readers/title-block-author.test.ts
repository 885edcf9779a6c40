// A document's title block: its title, then the author's name alone on its line, then the date
// alone (a text converter's or a word processor's export of the person's own CE log: txt2tags'
// centred header, pandoc's title-block header, a title page). The author of the person's own log
// is the person. A course's title over its completion date in a list of courses is no title
// block, and a name after the date, or no date, gives nothing.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// A table of contents and a note stand between the head and the facts (as in a converter's export).
const LOG = `<hr><ol><li><a href="#s1">My certification</a></li><li><a href="#s2">Courses</a></li><li><a href="#s3">To do</a></li></ol><hr>
<p>Copied off the NREMT screens, one row per course.</p><p>Still short on Local hours.</p><p>Step B after NREMT shows the new date.</p><h2>My certification</h2><ul><li>Level: EMT</li><li>Registry #: E3318406</li><li>Expires: 03/31/2027</li></ul>
<h2>Courses</h2><table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Management Update</td><td>05/10/2026</td><td>2</td><td>26-EMSX-F3-0101</td></tr>
<tr><td>Diabetic Emergencies</td><td>06/14/2026</td><td>1.5</td><td>26-EMSX-F3-0202</td></tr>
</tbody></table>`;
const page = (head: string, body = LOG): string => `<!DOCTYPE html><html><head><title>CE log - NREMT Manage Education</title></head><body>${head}${body}</body></html>`;

describe("a title block's author", () => {
  it.each([
    ['txt2tags', '<CENTER><H1>CE log - NREMT Manage Education</H1><FONT SIZE="4"><I>Dana Okafor</I></FONT><BR><FONT SIZE="4">Sun Nov 29 2026</FONT></CENTER>', 'Dana Okafor'],
    ['pandoc', '<header id="title-block-header"><h1 class="title">CE log - NREMT Manage Education</h1><p class="author">Marisol T. Vega</p><p class="date">2026-11-29</p></header>', 'Marisol T. Vega'],
    ['a word processor\'s export', '<h1 class="western" align="center">CE log - NREMT Manage Education</h1><p align="center">Kwame Asante-Boateng</p><p align="center">November 29, 2026</p>', 'Kwame Asante-Boateng'],
  ])('%s', (_, head, name) => {
    expect(readHtml(page(head)).person?.name).toBe(name);
  });

  it.each([
    ['a course title over its date', '<h1>Manage Education</h1><p>Airway Management Update</p><p>05/10/2026</p>', ''],
    ['a message list: its first author and date', '<h1>Message Center</h1><p>Kevin Marsh</p><p>11/29/2026</p>', ''],
    ['a site page with its menu before the heading', '<nav><a href="/">Home</a> <a href="/ce">CE</a></nav><h1>CE log - NREMT Manage Education</h1><p>Kevin Marsh</p><p>11/29/2026</p>', ''],
    ['no date under the name', '<h1>CE log - NREMT Manage Education</h1><p>Dana Okafor</p><p>Notes for my recert</p>', ''],
  ])('%s gives no name', (_, head) => {
    expect(readHtml(page(head)).person?.name).toBeUndefined();
  });
});
