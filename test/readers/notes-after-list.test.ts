// The user's own notes under a caption after (or before) the course list ("Notes", "Remarks",
// "To do"): sentences that tell no course, one of them the list's total ("Total listed: 17.5
// hours (National 8.75, …)"), another an earlier event's date ("done before my March 29, 2026
// recert"). Neither a course nor an unread one: the total is the page's figure, not a course's hours.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const LIST = `<table><thead><tr><th>Completed</th><th>Course</th><th>Hours</th><th>Approval</th></tr></thead><tbody>
<tr><td>2026-04-15</td><td>Pediatric Respiratory Emergencies</td><td>1.0 CEH</td><td>CAPCE 26-EMSX-F3-0412</td></tr>
<tr><td>2026-05-02</td><td>STEMI Recognition and 12-Lead Acquisition</td><td>2</td><td>CAPCE 26-NEEMS-F1-0219</td></tr></tbody></table>`;
const REMARKS = [
  'Row 1 was done before my March 29, 2026 recert — ask the TO whether it counts (it should not).',
  'Rows 5 and 6 are the same class imported twice (CAPCE import on 06/14 plus manual entry). Delete one.',
  'Total listed: 3 hours (National 3, State/Local 0, Individual 0).',
];

const NOTES: Record<string, (caption: string) => string> = {
  'a heading over a list of remarks': (caption) => `<div><h2>${caption}</h2><ul>${REMARKS.map((r) => `<li>${r}</li>`).join('')}</ul></div>`,
  'a heading over paragraphs, the total in emphasis': (caption) =>
    `<div><h3>${caption}</h3><p>${REMARKS[0]} ${REMARKS[1]}</p><p><em>${REMARKS[2]}</em></p></div>`,
  'a bold caption and lines': (caption) => `<div><p><strong>${caption}</strong></p>${REMARKS.map((r) => `<p>${r}</p>`).join('')}</div>`,
};

const page = (body: string) => `<!DOCTYPE html><html><head><title>CE Transcript</title></head><body><h1>NREMT Training Profile – CE Transcript</h1>${body}</body></html>`;

describe('notes around a course list are no course', () => {
  const cases: Array<[string, string]> = [];
  for (const [name, render] of Object.entries(NOTES)) {
    for (const caption of ['Notes', 'Remarks', 'To do']) {
      cases.push([`${name} after the list: ${caption}`, page(`<h2>Courses</h2>${LIST}${render(caption)}`)]);
    }
    cases.push([`${name} before the list`, page(`${render('Notes')}<h2>Courses</h2>${LIST}`)]);
  }
  it.each(cases)('%s', (_name, html) => {
    const read = readHtml(html, 'https://www.nremt.org/transcript');
    expect(read.courses?.map((c) => [c.title, c.hours])).toEqual([
      ['Pediatric Respiratory Emergencies', 1],
      ['STEMI Recognition and 12-Lead Acquisition', 2],
    ]);
    expect(read.unread ?? []).toEqual([]);
  });
});
