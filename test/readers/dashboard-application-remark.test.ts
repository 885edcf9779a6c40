// Class: a dashboard whose application card is one line, the application's name as its label,
// its status, then the writer's or the site's remark after it (a dash, a bracket, a sentence):
// "Recertification application: Not Started — opens 1 October 2027", "Recertification
// Application: In Progress (started 10/03/2026). Continuing Education section is done; …".
// domain.md: the application's sections are opened with red "Start" buttons, then "Submit
// Application"; statuses "Not Started", "In Progress", "Pending National Registry Review",
// "Returned Incomplete"; Step A opens on Oct 1 of the year before expiration. The status is the
// value's first clause when that clause is a status's words alone; a remark alone ("opens
// October 1"), or a first clause of other words, tells none (unknown beats wrong). The Message
// Center's history ("Application submitted — Pending National Registry Review" two years ago) is
// not the card's status.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Drawing = 'template' | 'note';

/** A dashboard drawn by an admin template (cards, label captions), or a copy of it in a note. */
function dashboard(drawing: Drawing, line: string): string {
  if (drawing === 'template') {
    return `<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body>
<aside><nav><ul><li><a href="/dashboard">Dashboard</a></li><li><a href="/transcript">Transcript</a></li><li><a href="/education">Manage Education</a></li></ul></nav></aside>
<header><span>Signed in as Marisol Vance</span> <a href="/logout">Logout</a></header>
<main><div class="card"><h5>Marisol Vance</h5><p>Nationally Registered Paramedic</p>
<div class="row"><div><p>Registry Number</p><h4>P5530912</h4></div><div><p>Expiration Date</p><h4>31 March 2028</h4></div><div><p>Last Recertified</p><h4>31 March 2026</h4></div></div>
${line}</div>
<div class="card"><h5>Agency Affiliation</h5><h4>Harbor City EMS</h4><p>Active</p><a href="#">Add or Remove Agency Affiliation</a></div>
<div class="card"><h5>Recertification CE Summary</h5><p>National</p><div role="progressbar" aria-valuenow="20" aria-valuemin="0" aria-valuemax="100"></div></div>
<div class="card"><h5>Message Center</h5><ul>
<li><div>9 Apr 2026</div><div>Recertification approved. New expiration date: 31 March 2028.</div></li>
<li><div>22 Mar 2026</div><div>Application submitted — Pending National Registry Review.</div></li></ul></div>
</main></body></html>`;
  }
  return `<!DOCTYPE html><html><head><title>Notes</title></head><body><main><div contenteditable="true">
<h2>NREMT dashboard – copied 11/30/2026</h2><p><strong>Marisol Vance</strong></p>
<ul><li>Certification: Nationally Registered Paramedic</li><li>Registry Number: P5530912</li><li>Expiration Date: 03/31/2028</li>
<li>Recertification Cycle: 04/01/2026 - 03/31/2028</li><li>Agency Affiliation: Harbor City EMS – Active</li></ul>
<h3>Recertification</h3>${line}
<h3>Message Center</h3><ul><li>03/22/2026 – Application submitted — Pending National Registry Review.</li><li>04/09/2026 – Recertification approved.</li></ul>
</div></main></body></html>`;
}

const READ: Array<[string, Drawing, string, string]> = [
  ['a dash, then when it opens', 'template', '<p>Recertification application: <span>Not Started</span> &mdash; opens 1 October 2027.</p>', 'not-started'],
  ['a bracket, then sentences of the writer', 'note', '<p>Recertification Application: <strong>In Progress</strong> (started 10/03/2026). Continuing Education section is done; Profile &amp; Workforce still shows the red Start button. Fee not paid yet.</p>', 'in-progress'],
  ['a sentence after it', 'template', '<p>Recertification Application: In Progress. 2 of 6 sections complete.</p>', 'in-progress'],
  ['a semicolon, then the sections', 'note', '<p>Recertification Application: In Progress; Make Payment and Submit still to do</p>', 'in-progress'],
  ['NREMT\u2019s waiting status, then its date', 'template', '<p>Recertification Application: Pending National Registry Review \u2013 submitted 02/14/2028</p>', 'submitted'],
  ['returned, then the reason', 'note', '<p>NREMT Recertification Application: Returned Incomplete (Out of Date: Trauma Refresher)</p>', 'returned'],
  ['a definition list, its value with a remark', 'note', '<dl><dt>Recertification Application</dt><dd>Not Started — window opens October 1, 2027</dd></dl>', 'not-started'],
];

const NOT_READ: Array<[string, Drawing, string]> = [
  ['only when it opens', 'template', '<p>Recertification application: opens 1 October 2027 — nothing to do yet.</p>'],
  ['a first clause of other words', 'note', '<p>Recertification Application: check the Start buttons (started 10/03/2026).</p>'],
  ['a question about it', 'note', '<p>Recertification Application: not sure — did I press Start? (maybe 10/03)</p>'],
];

describe('a dashboard line of the application\u2019s name, its status and a remark', () => {
  for (const [name, drawing, line, status] of READ) {
    it(`${drawing}: ${name}`, () => {
      const snapshot = readHtml(dashboard(drawing, line), drawing === 'template' ? 'https://www.nremt.org/dashboard' : 'http://notes.local/n/4');
      expect(snapshot.kind).toBe('nremt-dashboard');
      expect(snapshot.application).toMatchObject({ status, submitButton: false });
    });
  }

  for (const [name, drawing, line] of NOT_READ) {
    it(`${drawing}: ${name} — no status`, () => {
      const snapshot = readHtml(dashboard(drawing, line), drawing === 'template' ? 'https://www.nremt.org/dashboard' : 'http://notes.local/n/4');
      expect(snapshot.kind).toBe('nremt-dashboard');
      expect(snapshot.application?.status ?? null).toBeNull();
    });
  }
});
