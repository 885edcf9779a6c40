// Splits are not repeats: one course's hours assigned in parts count where they are assigned
// when the parts add up to no more than the course's hours; without the course's hours shown,
// the second part counts only if it is a split, and the provider is asked.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { InPagePanel } from '../../components/InPagePanel';
import { buildReport } from '../../lib/engine';
import { readPage } from '../../lib/readers';
import type { Course } from '../../lib/model';
import { course, record } from './builders';

afterEach(cleanup);

const cert = { level: 'emt' as const, expiresOn: '2027-03-31', cycleStart: '2025-04-01' };
const part = (hours: number, component: Course['component'], topic: Course['topic'], courseHours?: number): Course => ({
  ...course('Trauma Update', '2026-01-10', hours, component, topic, '26-ABC-F3-0102'),
  ...(courseHours !== undefined ? { courseHours } : {}),
});
const assess = (courses: Course[]) => {
  const report = buildReport({ record: record({ certification: cert, courses }) }, '2026-11-24');
  return { report, rows: report.courses.map((c) => [c.credited, c.problems]) };
};

describe('splits and repeats', () => {
  it('the page shows the course hours (2 of 3 in National Trauma, 1 of 3 in Local): both parts count', () => {
    const { report, rows } = assess([part(2, 'national', 'trauma', 3), part(1, 'local', null, 3)]);
    expect(rows).toEqual([[true, []], [true, []]]);
    expect(report.components!.national.topics.trauma.credited).toBe(2);
    expect(report.components!.local.credited).toBe(1);
    expect(report.warnings.map((w) => w.code)).not.toContain('DUPLICATE_COURSE');
  });

  it('parts adding up to more than the course: the excess part is a repeat', () => {
    const { rows } = assess([part(2, 'national', 'trauma', 3), part(2, 'local', null, 3)]);
    expect(rows).toEqual([[true, []], [false, ['duplicate']]]);
  });

  it('the same course listed again in the same place is a repeat', () => {
    const { rows } = assess([part(2, 'national', 'trauma'), part(2, 'national', 'trauma')]);
    expect(rows).toEqual([[true, []], [false, ['duplicate']]]);
  });

  it('nothing shows the course hours: the second part counts only if it is a split, and we ask', () => {
    const { report, rows } = assess([part(2, 'national', 'trauma'), part(1, 'local', null)]);
    expect(rows).toEqual([[true, []], [false, ['possible-split']]]);
    const ask = report.warnings.find((w) => w.code === 'SPLIT_UNCONFIRMED');
    expect(ask?.course).toBe('Trauma Update');
    expect(ask?.message).toContain('counts only if it is a split of one course');
    expect(ask?.message).toContain('1 h in Local');
    expect(report.warnings.map((w) => w.code)).not.toContain('DUPLICATE_COURSE');
  });

  it('reads "2.00 of 3.00 applied" from Manage Education as the part and the course hours', () => {
    const html = `<h1>Manage Education</h1><table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th><th>Component</th><th>Topic</th></tr></thead><tbody>
      <tr><td>Trauma Update</td><td>01/10/2026</td><td>2.00 of 3.00 applied</td><td>26-ABC-F3-0102</td><td>National</td><td>Trauma</td></tr>
      <tr><td>Trauma Update</td><td>01/10/2026</td><td>1.00 of 3.00 applied</td><td>26-ABC-F3-0102</td><td>Local</td><td></td></tr>
    </tbody></table>`;
    const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
    const snapshot = readPage(doc, 'https://www.nremt.org/manage-education');
    expect(snapshot.courses?.map((c) => [c.hours, c.courseHours, c.component])).toEqual([[2, 3, 'national'], [1, 3, 'local']]);
  });
});

describe('a course problem is listed once', () => {
  it('an unassigned course appears in "Courses that earn nothing", not again in the warnings', () => {
    const courses = [course('Mystery Elective', '2026-01-10', 2, null, null, '26-XYZ-F3-0001')];
    const report = buildReport({ record: record({ certification: cert, courses }) }, '2026-11-24');
    const { container } = render(<InPagePanel state="ready" result={{ ok: true, report }} collapsed={false} onToggle={() => {}} />);
    // The planner's suggestion to assign it is advice, not a second listing of the problem.
    container.querySelector('[data-testid="plan"]')?.remove();
    const mentions = (container.textContent ?? '').split('Mystery Elective').length - 1;
    expect(mentions).toBe(1);
    expect(container.querySelector('[data-testid="course-problems"]')?.textContent).toContain('Mystery Elective');
  });
});
