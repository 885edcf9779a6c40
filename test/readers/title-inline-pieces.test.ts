import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// A title cell split into inline pieces (a document editor's runs, spell-check marks): a title
// never ends at a joining word or mark, so the pieces after it continue it.
const TABLE = (title: string) =>
  `<!DOCTYPE html><html><head><title>Transcript</title></head><body><h1>Continuing Education Transcript</h1><table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th></tr></thead><tbody>
<tr><td><p>${title}</p></td><td>01/09/2026</td><td>2</td><td>26-AIRW-F2-0044</td></tr>
<tr><td><p><span>Trauma Review</span></p></td><td>01/10/2026</td><td>2</td><td>26-AIRW-F2-0045</td></tr></tbody></table></body></html>`;

describe('a title in inline pieces', () => {
  it.each([
    ['<span>Advanced Airway Management &amp; </span><span><span>Capnography</span></span><span> Review</span>', 'Advanced Airway Management & Capnography Review'],
    ['<span>Diabetic Emergencies and </span><span>Glucagon</span><span> Administration</span>', 'Diabetic Emergencies and Glucagon Administration'],
    ['<span>Management of </span><span><i>Pediatric</i></span><span> Seizures</span>', 'Management of Pediatric Seizures'],
    ['Advanced Airway Management &amp; Capnography Review', 'Advanced Airway Management & Capnography Review'],
  ])('%s', (cell, title) => {
    const courses = readHtml(TABLE(cell), 'https://www.nremt.org/t').courses ?? [];
    expect(courses.map((c) => c.title)).toEqual([title, 'Trauma Review']);
  });
});
