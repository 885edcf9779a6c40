// A course row whose hours cell says the hours are not there yet ("TBD", "pending", "—": the
// certificate not posted) is one course the page shows and the reader cannot count: one unread row
// (unreadCount: the snapshot's `unread`), never a course with made-up hours, never dropped without a word (domain.md: the
// user's problem courses are theirs and must be shown).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROWS: Array<[string, string, string, string]> = [
  ['Airway Management Update', '2026-01-10', '2.00', 'CAPCE 26-EMSX-F3-0101'],
  ['Diabetic Emergencies', '2026-02-14', '1.50', 'CAPCE 26-EMSX-F3-0202'],
  ['Pediatric Sedation Webinar', '2026-03-20', 'HOURS', 'CAPCE pending'],
];
const table = (hours: string, last = true): string => {
  const rows = last ? ROWS : [ROWS[2]!, ROWS[0]!, ROWS[1]!];
  return `<!DOCTYPE html><html><head><title>Manage Education - NREMT</title></head><body><h1>Manage Education</h1>
<h2>National</h2><table><tr><th>Course</th><th>Completed</th><th>Credits</th><th>Approval</th></tr>
${rows.map(([t, d, h, a]) => `<tr><td>${t}</td><td>${d}</td><td style="text-align:right">${h === 'HOURS' ? hours : h}</td><td>${a}</td></tr>`).join('\n')}
</table></body></html>`;
};

describe('a course row whose hours are not posted yet is one unread row', () => {
  it.each(['TBD', 'tbd', 'Pending', 'pending', '—', '-', 'TBD hrs'])('hours "%s", the last row', (hours) => {
    const read = readHtml(table(hours));
    expect(read.courses?.map((c) => [c.title, c.hours])).toEqual([['Airway Management Update', 2], ['Diabetic Emergencies', 1.5]]);
    expect(read.unread?.length).toBe(1);
  });

  it.each(['TBD', 'pending', '—'])('hours "%s", the first row', (hours) => {
    const read = readHtml(table(hours, false));
    expect(read.courses?.map((c) => [c.title, c.hours])).toEqual([['Airway Management Update', 2], ['Diabetic Emergencies', 1.5]]);
    expect(read.unread?.length).toBe(1);
  });

  it.each([
    ['TBD', 'CAPCE pending', 'Not yet assigned'],
    ['pending', '', 'Not yet assigned'],
    ['—', 'CAPCE 26-EMSX-F3-0303', 'Individual'],
    ['TBD', '26-0142-T3', 'Local'],
  ])('hours "%s" (approval "%s"), alone in a table of its own under "%s"', (hours, approval, heading) => {
    const html = table('2.00').replace('</table>', `</table><h2>${heading}</h2><table><tr><th>Course</th><th>Completed</th><th>Credits</th><th>Approval</th></tr>
<tr><td>Toxicology Grand Rounds</td><td>2026-04-02</td><td>${hours}</td><td>${approval}</td></tr></table>`);
    const read = readHtml(html);
    expect(read.courses?.map((c) => c.title)).toEqual(['Airway Management Update', 'Diabetic Emergencies', 'Pediatric Sedation Webinar']);
    expect(read.unread?.length).toBe(1);
  });

  it('a one-cell note row under the courses, with a date, is no unread row', () => {
    const html = table('2.00')
      .replace('<tr><th>Course', '<thead><tr><th>Course')
      .replace('Approval</th></tr>', 'Approval</th></tr></thead><tbody>')
      .replace('</table>', `</tbody><tfoot><tr><td colspan="4">Source: NREMT transcript, copied 29 November 2026. Credits marked TBD: certificate not yet issued.</td></tr></tfoot></table>`);
    const read = readHtml(html);
    expect(read.courses?.length).toBe(3);
    expect(read.unread?.length ?? 0).toBe(0);
  });
});
