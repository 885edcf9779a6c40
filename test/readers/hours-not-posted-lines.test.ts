// A course line pasted into a chat or a note whose hours cell says the hours are not posted yet,
// in the person's own words: the hours word beside "TBD"/"pending", a remark in brackets after it
// ("hours TBD (cert not emailed yet)", "Hours: pending", "TBD hrs"). domain.md: certificates must
// show the credits; until one comes, the list shows the course without its hours. It is a course
// the list shows, never lost: counted unread, beside the lines read as courses (each a chat
// message under its author and sent stamp).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const LINES = [
  'Surgical Airway Lab — May 3, 2026 — 3 hrs — National › Airway — CAPCE 26-AIRW-F1-0503',
  'ACLS Provider Renewal — Jun 7, 2026 — 2.5 hrs — National › Cardiovascular — CAPCE 26-AHAB-F1-0607',
  'County Protocol Update — Sep 12, 2026 — 2 hrs — Local — OEMS 26-0912-T3',
];

// A chat export's messages: each under its author and sent stamp, a follow-up message under its stamp alone.
const chat = (pending: string): string => `<!DOCTYPE html><html><head><title>#ce-log</title></head><body>
<h1>#ce-log</h1><p>Pasted my NREMT transcript lines here as I finish them.</p>
<div><div><span>Sam</span> <span>05/03/2026 7:30 PM</span></div><div><span>${LINES[0]}</span></div></div>
<div><div><span>7:41 PM</span></div><div><span>${LINES[1]}</span></div></div>
<div><div><span>Sam</span> <span>11/14/2026 9:02 PM</span></div><div><span>${pending}</span></div></div>
<div><div><span>9:15 PM</span></div><div><span>${LINES[2]}</span></div></div></body></html>`;

describe('an hours cell not posted yet, in the person\'s words: the course is counted unread', () => {
  it.each([
    ['"hours TBD" with a remark in brackets', 'Pediatric Sepsis Webinar — Nov 14, 2026 — hours TBD (cert not emailed yet) — National › Medical — CAPCE pending'],
    ['"Hours: pending"', 'Pediatric Sepsis Webinar — Nov 14, 2026 — Hours: pending — National › Medical — CAPCE 26-EMSX-F3-1114'],
    ['"TBD hrs"', 'Pediatric Sepsis Webinar — Nov 14, 2026 — TBD hrs — National › Medical — CAPCE 26-EMSX-F3-1114'],
    ['"credits not posted (waiting on certificate)"', 'Pediatric Sepsis Webinar — Nov 14, 2026 — credits not posted (waiting on certificate) — National › Medical — CAPCE 26-EMSX-F3-1114'],
  ])('%s', (_, pending) => {
    const read = readHtml(chat(pending));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Surgical Airway Lab', '2026-05-03', 3],
      ['ACLS Provider Renewal', '2026-06-07', 2.5],
      ['County Protocol Update', '2026-09-12', 2],
    ]);
    expect(read.unread ?? []).toHaveLength(1);
  });
});
