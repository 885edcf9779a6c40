// The UI rendered from the real pipeline: replica pages -> readPage -> mergeSnapshot -> buildReport.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { InPagePanel } from '../../components/InPagePanel';
import { renderStepBStrip } from '../../components/step-b-strip';
import { buildReport } from '../../lib/engine';
import { emptyRecord, mergeSnapshot } from '../../lib/merge';
import { readPage } from '../../lib/readers';

afterEach(cleanup);

const REPLICA = resolve(process.cwd(), 'test/fixtures/replica');
const pages: Array<[string, string]> = [
  ['nremt-dashboard.html', 'https://www.nremt.org/dashboard'],
  ['nremt-manage-education.html', 'https://www.nremt.org/manage-education'],
  ['nremt-application.html', 'https://www.nremt.org/recertification-application'],
  ['elicensing-license.html', 'https://healthprofessionlicensing.mass.gov/license'],
];

function recordFromReplicas() {
  let record = emptyRecord();
  for (const [file, url] of pages) {
    const doc = new DOMParser().parseFromString(readFileSync(resolve(REPLICA, file), 'utf8'), 'text/html');
    record = mergeSnapshot(record, readPage(doc, url), '2027-03-10T12:00:00.000Z');
  }
  return record;
}

describe('UI from a real buildReport result', () => {
  it('shows a course dated after today as a warning, naming it', () => {
    const record = recordFromReplicas();
    const scheduled = { title: 'Trauma Day (scheduled)', completedOn: '2027-03-20', hours: 6, component: 'local' as const, topic: null, approvalNumber: '27-NQAA-F1-0012' };
    const report = buildReport({ record: { ...record, courses: [...record.courses, scheduled] } }, '2027-03-10');
    const { container } = render(<InPagePanel state="ready" result={{ ok: true, report }} collapsed={false} onToggle={() => {}} />);
    expect(container.textContent).toContain('"Trauma Day (scheduled)" is dated March 20, 2027, after today');
  });
  it('renders the replica provider: per-component hours, Step B warning, problem courses', () => {
    const report = buildReport({ record: recordFromReplicas() }, '2027-03-10');
    render(<InPagePanel state="ready" result={{ ok: true, report }} collapsed={false} onToggle={() => {}} />);
    const components = report.components!;
    expect(screen.getByTestId('remaining-national').textContent).toMatch(new RegExp(`^${components.national.remaining} h left`));
    expect(screen.getByTestId('remaining-local').textContent).toMatch(new RegExp(`^${components.local.remaining} h left`));
    expect(screen.getByTestId('total-remaining').textContent).toMatch(new RegExp(`^${report.totalRemaining} h left`));
    expect(report.stepB.status).toBe('not-done');
    expect(screen.getByTestId('step-b-warning').textContent).toContain('Step B not done');
    const problemTitles = report.courses.filter((c) => c.problems.length > 0).map((c) => c.course.title);
    expect(problemTitles.length).toBeGreaterThan(0);
    for (const title of problemTitles) expect(screen.getByTestId('course-problems').textContent).toContain(title);
    expect(screen.getAllByTestId('checklist')).toHaveLength(1);
  });

  it('renders the eLicensing strip from the same report', () => {
    const report = buildReport({ record: recordFromReplicas() }, '2027-03-10');
    const strip = renderStepBStrip(document.createElement('div'), report);
    expect(strip.dataset.status).toBe('not-done');
    expect(strip.textContent).toContain('Step B not done');
    expect(strip.textContent).toContain('March 31, 2029');
  });
});
