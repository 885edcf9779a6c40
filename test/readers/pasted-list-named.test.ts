// The user's own NREMT course list pasted elsewhere, named in words apart from the site: a line (or
// the title) names the list's page as copied ("Manage Education copy", "copied from Manage
// Education") with the site named elsewhere on the page, or says the text was copied out of the
// site ("copying it out of the NREMT app", "it's" naming nobody). A paste the site merely approves,
// someone else's list, or a page that never names the site stays unknown.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const lines = (list: readonly string[]): string => list.map((line) => `<div>${line}</div>`).join('');

const ROWS = [
  'Pediatric Airway Management | 01/14/2027 | 2.0 CEH | National | Airway | 27-PEDS-F3-0114',
  'Trauma Assessment Update | 11/05/2026 | 1.5 CEH | National | Trauma | 26-TRMA-F1-1105',
  'Regional Stroke Protocol | 09/22/2026 | 1.0 CEH | State/Local | | 26-0922-T3',
];
const TABBED = [
  'Course Title\tDate Completed\tHours\tApproval Number',
  'Pediatric Airway Management\t2027-01-14\t2.00\t27-PEDS-F3-0114',
  'Trauma Assessment Update\t2026-11-05\t1.50\t26-TRMA-F1-1105',
  'Regional Stroke Protocol\t2026-09-22\t1.00\t26-0922-T3',
];

const own: Array<[string, string]> = [
  [
    "a mail whose subject calls it the Manage Education page's copy; the site only in the summary line",
    page(
      'Mail :: Manage Education copy',
      `<h2>Manage Education copy</h2><pre>Dana R. Whitfield | EMT | National Registry Number E1234567\n${TABBED.join('\n')}</pre>`,
    ),
  ],
  ['a note titled for the site, a line saying it was copied from Manage Education', page('notes', `<h1>NREMT recert notes</h1>${lines(['copied from Manage Education, one course per line', ...ROWS])}`)],
  ['a chat line copying it out of the site\'s app ("it\'s" names nobody)', page('Messages', lines(['ok copying it out of the NREMT app, it’s one per line', ...ROWS]))],
  ["a line exported from the National Registry's site after \"here's\"", page('Saved', lines(["Here's everything so far, exported from the National Registry site", ...ROWS]))],
  ['my Manage Education page pasted as text, the site in another line', page('Forum', lines(['NREMT E1234567, expires 03/31/2028', 'Below is my Manage Education page pasted as plain text.', ...ROWS]))],
  // Sixteenth round: was unknown; a list whose records carry a completion date, hours and an approval
  // number is a course list even where the site is never named (course-values-kind.test.ts).
  ['a Manage Education copy on a page that never names the site, its records carrying course values', page('Mail :: Manage Education copy', `<pre>${TABBED.join('\n')}</pre>`)],
];

const nobody: Array<[string, string]> = [
  ['a class schedule pasted, the site only approving it', page('Messages', lines(['Pasted the class schedule below, all accepted by NREMT', ...ROWS]))],
  ["someone else's Manage Education page copied", page('notes', `<h1>NREMT recert notes</h1>${lines(["copied from Mike's Manage Education page", ...ROWS])}`)],
  ["copying a crew-mate's list out of the site's app", page('Messages', lines(["copying Jess's list out of the NREMT app", ...ROWS]))],
];

describe("the user's own course list, named as copied", () => {
  it.each(own)('%s', (_, html) => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect((read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Pediatric Airway Management', '2027-01-14', 2],
      ['Trauma Assessment Update', '2026-11-05', 1.5],
      ['Regional Stroke Protocol', '2026-09-22', 1],
    ]);
  });
  it.each(nobody)('%s: unknown', (_, html) => {
    expect(readHtml(html).kind).toBe('unknown');
  });
});
