// The content script sends what the record finder saw of a course list (headings, lines, each
// record's pieces); the background reads the courses from it (judge-page.ts, record-courses.ts).
import { describe, expect, it } from 'vitest';
import { SentEvidence, type RecordList } from '../../lib/model';
import { judgedEvidence } from '../../lib/readers/record-pieces';
import { finishRead } from '../../lib/readers/judge-page';
import { readPageEvidence } from '../../lib/readers/read-page';
import { coursesFromLists } from '../../lib/readers/record-courses';
import { parseHtml } from './load';

const URL = 'https://www.nremt.org/manage-education';

const educationPage =
  '<h1>Manage Education</h1><h2>National – Trauma</h2><table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead>' +
  '<tbody><tr><td>Trauma Review</td><td>14/10/2025</td><td>2</td><td>25-ABC-F3-0102</td></tr><tr><td>Burn Care</td><td>03/11/2025</td><td>1.5</td><td>25-ABC-F3-0103</td></tr></tbody></table>';

const record = (title: string, date: string) => ({
  kind: 'record' as const,
  row: true,
  text: `${title} ${date} 2`,
  atoms: [
    { text: title, field: 'courseTitle' as const, label: 'Course Title', prominent: false },
    { text: date, field: 'completedOn' as const, label: 'Date Completed', prominent: false },
    { text: '2', field: 'hours' as const, label: 'Hours', prominent: false },
  ],
});

describe('course lists read in the background', () => {
  it('the content script sends the records as plain data, no courses; the background reads them', () => {
    const { document, close } = parseHtml(educationPage);
    try {
      const read = readPageEvidence(document, URL);
      expect(read.snapshot.courses).toBeUndefined();
      // Plain data: it survives a structured clone and the background's zod check.
      const evidence = SentEvidence.parse(structuredClone(read.evidence));
      expect(evidence.recordLists).toHaveLength(1);
      expect(evidence.recordLists?.[0]?.dateOrder).toBe(1);
      // The records are sent as their pieces of text, each with its column's header words; the
      // background reads them into atoms. A row's text is its cells side by side, and an unnamed
      // piece has no label: neither is kept.
      const sent = evidence.recordLists?.[0]?.items.find((item) => item.kind === 'record');
      expect(sent).toMatchObject({ kind: 'record', row: true, pieces: expect.arrayContaining([{ t: 'Trauma Review', c: 'Course Title' }]) });
      const rows = judgedEvidence(evidence).recordLists?.[0]?.items.filter((item) => item.kind === 'record');
      expect(rows?.[0]).toEqual({
        kind: 'record',
        row: true,
        atoms: [
          { text: 'Trauma Review', field: 'courseTitle', label: 'Course Title' },
          { text: '14/10/2025', field: 'completedOn', label: 'Date Completed' },
          { text: '2', field: 'hours', label: 'Hours' },
          { text: '25-ABC-F3-0102', field: 'approvalNumber', label: 'Approval Number' },
        ],
      });
      const snapshot = finishRead({ snapshot: read.snapshot, evidence });
      expect(snapshot.courses).toEqual([
        { title: 'Trauma Review', completedOn: '2025-10-14', hours: 2, component: 'national', topic: 'trauma', approvalNumber: '25-ABC-F3-0102' },
        { title: 'Burn Care', completedOn: '2025-11-03', hours: 1.5, component: 'national', topic: 'trauma', approvalNumber: '25-ABC-F3-0103' },
      ]);
    } finally {
      close();
    }
  });

  it("each list (a part of a page read in slices) keeps its own date order and its own headings", () => {
    const dayFirst: RecordList = { dateOrder: 1, items: [{ kind: 'heading', level: 2, text: 'Trauma' }, record('Trauma Review', '03/04/2026')] };
    const unproven: RecordList = { dateOrder: 0, items: [record('Protocol Update', '03/04/2026')] };
    const read = coursesFromLists([dayFirst, unproven]);
    expect(read.courses.map((course) => [course.title, course.completedOn, course.component, course.topic])).toEqual([
      ['Trauma Review', '2026-04-03', 'national', 'trauma'],
      ['Protocol Update', '2026-03-04', null, null],
    ]);
    expect(read.saysEmpty).toBe(false);
  });

  it('a list that says it is empty', () => {
    expect(coursesFromLists([{ dateOrder: 0, items: [{ kind: 'text', text: 'No courses found' }] }])).toEqual({ courses: [], unread: [], saysEmpty: true });
  });
});
