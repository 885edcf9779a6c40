// A course row whose date or hours cannot be read ("TBD", "Pending", "NaT", "—") and that shows its
// component or topic in its own cells (a Component column, merged row-header cells carried down a
// group) is a course the person sees and cannot be counted: one unread row. It is not a group row
// (a group row names its group and shows no course title of its own), so it must not be dropped.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (table: string): string =>
  `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><h1>Manage Education</h1>
<p>All sections must be complete to recertify.</p>${table}</body></html>`;

const HEAD = '<thead><tr><th>Component</th><th>Topic</th><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead>';
const row = (cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
const columns = (unreadRow: string[]) => `<table>${HEAD}<tbody>
${row(['National', 'Trauma', 'Hemorrhage Control Update', '06/19/2025', '1', '25-NEMS-F1-0611'])}
${row(unreadRow)}
${row(['State/Local', '', 'Statewide Treatment Protocols', '09/09/2025', '4', '25-0909-T3'])}
</tbody></table>`;

// Merged row-header cells, as a data frame with a two-level index prints them.
const merged = (group: string, date: string, hours: string) => `<table><thead>
<tr><th></th><th></th><th>Course Title</th><th>Completed</th><th>Credits</th><th>Approval #</th></tr>
<tr><th>Component</th><th>Topic</th><th></th><th></th><th></th><th></th></tr></thead><tbody>
<tr><th>National</th><th>Trauma</th><td>Hemorrhage Control Update</td><td>2025-06-19</td><td>1.0</td><td>25-NEMS-F1-0611</td></tr>
<tr><th>Local</th><th></th><td>Statewide Treatment Protocols</td><td>2025-09-09</td><td>4.0</td><td>25-0909-T3</td></tr>
<tr><th rowspan="2">${group}</th><th rowspan="2"></th><td>Tactical Casualty Care Refresher</td><td>${date}</td><td>${hours}</td><td>25-TECC-F2-0190</td></tr>
<tr><td>Safe Driving Refresher</td><td>2025-12-06</td><td>3.0</td><td>25-EVOC-F2-0044</td></tr>
</tbody></table>`;

describe('an unreadable course row that shows its own component is one unread row', () => {
  it.each([
    ['Component column "Not assigned", date "—", hours "TBD"', page(columns(['Not assigned', '', 'Tactical Casualty Care Refresher', '—', 'TBD', '25-TECC-F2-0190'])), 2],
    ['Component column "Unassigned", hours "Pending"', page(columns(['Unassigned', '', 'Tactical Casualty Care Refresher', 'Pending', 'Pending', '25-TECC-F2-0190'])), 2],
    ['Component and topic columns "National" / "Medical", date "TBD"', page(columns(['National', 'Medical', 'Tactical Casualty Care Refresher', 'TBD', 'TBD', '25-TECC-F2-0190'])), 2],
    ['merged "Unassigned" cells, "NaT" / "TBD"', page(merged('Unassigned', 'NaT', 'TBD')), 3],
    ['merged "Individual" cells, "Pending" / "Pending"', page(merged('Individual', 'Pending', 'Pending')), 3],
    ['merged "Not Assigned" cells, "—" / "TBD"', page(merged('Not Assigned', '—', 'TBD')), 3],
  ])('%s', (_, html, courses) => {
    const read = readHtml(html);
    expect(read.courses?.length).toBe(courses);
    expect(read.unread?.length).toBe(1);
  });

  it('a group row drawn in the table ("Unassigned  1 course") is still no unread course', () => {
    const html = page(`<table>${HEAD}<tbody>
${row(['National', 'Trauma', 'Hemorrhage Control Update', '06/19/2025', '1', '25-NEMS-F1-0611'])}
<tr><td colspan="6">Unassigned (1)</td></tr>
${row(['', '', 'Safe Driving Refresher', '12/06/2025', '3', '25-EVOC-F2-0044'])}
</tbody></table>`);
    const read = readHtml(html);
    expect(read.courses?.map((course) => course.component)).toEqual(['national', null]);
    expect(read.unread ?? []).toEqual([]);
  });
});
