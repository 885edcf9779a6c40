// Rows of a course table that dates its courses: a row without a date is never counted as an
// undated course (its hours would count toward the total). A group's row (its expander's
// triangle, the group's summed hours) and a sum row are no course; a course whose date was left
// blank is reported unread.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const HEAD = '<tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr>';
const DATED = [
  ['Airway Management Update', '01/14/2026', '2', '26-AIRW-F1-0101'],
  ['Trauma Triage Review', '02/10/2026', '1.5', '26-TRAU-F2-0202'],
  ['Pediatric Assessment', '03/05/2026', '3', '26-PEDS-F3-0303'],
];

function page(extra: readonly string[][], at = 0): string {
  const rows = [...DATED];
  rows.splice(at, 0, ...extra);
  const body = rows.map((row) => `<tr>${row.map((text) => `<td>${text}</td>`).join('')}</tr>`).join('');
  return `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1><p>Dana M. Okafor · Registry P3318204 · Paramedic</p><table><thead>${HEAD}</thead><tbody>${body}</tbody></table></body></html>`;
}

describe('an undated row among dated course rows', () => {
  it.each([
    ['a collapsed group row with its triangle and summed hours', [['▸ 2024 (previous cycle)', '', '4', '']], 0, 0],
    ['an open group row glued to its triangle', [['▾2026', '', '6.5', '']], 0, 0],
    ['a sum row at the foot', [['Sum of Hours (National):', '', '6.5', '']], 3, 0],
    ['a course whose date was left blank', [['Stroke Scales Refresher', '', '1', '26-STRK-F1-0404']], 1, 1],
  ])('%s', (_name, extra, at, unread) => {
    const snapshot = readHtml(page(extra, at));
    expect(snapshot.courses?.map((course) => course.title)).toEqual(DATED.map((row) => row[0]));
    expect(snapshot.courses?.every((course) => course.completedOn !== null)).toBe(true);
    expect(snapshot.unread?.length ?? 0).toBe(unread);
  });
});
