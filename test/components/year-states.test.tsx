// The panel, popup summary and strip rendered from the real engine in the year's hard states.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { InPagePanel } from '../../components/InPagePanel';
import { SummaryView } from '../../components/ReportView';
import { renderStepBStrip } from '../../components/step-b-strip';
import { buildReport } from '../../lib/engine';
import type { ProviderRecord } from '../../lib/model';
import { mergeSnapshot } from '../../lib/merge';
import { readPage } from '../../lib/readers';
import { aemtCompleteCourses, record } from '../engine/builders';

afterEach(cleanup);

const NOT_DONE = /not done|not started|: to do|h left|not submitted|: unknown|unknown —/i;

function panelLines(rec: ProviderRecord, today: string): string[] {
  const report = buildReport({ record: rec }, today);
  const { container } = render(<InPagePanel state="ready" result={{ ok: true, report }} collapsed={false} onToggle={() => {}} />);
  // Every line the provider reads: list items, paragraphs, definitions, headings.
  return Array.from(container.querySelectorAll('li, p, dd, h2, h3')).map((el) => el.textContent ?? '');
}

describe('renewed on both sites (March 31, 2029)', () => {
  const renewed = record({
    certification: { level: 'paramedic', expiresOn: '2029-03-31', cycleStart: '2027-04-01' },
    agency: { name: 'PVA', status: 'active' },
    application: { status: 'approved', submitButton: false },
    license: { number: 'P1', status: 'current', expiresOn: '2029-03-31' },
    courses: aemtCompleteCourses(),
    readAt: { nremt: '2027-03-20T12:00:00.000Z', elicensing: '2027-03-20T12:00:00.000Z' },
  });

  it('no line of the panel says a step is not done; congratulations and the next window', () => {
    const lines = panelLines(renewed, '2027-03-28');
    expect(lines.join('\n')).toContain('Congratulations');
    expect(lines.join('\n')).toContain('Your next window opens October 1, 2028');
    expect(lines.filter((line) => NOT_DONE.test(line)).map((l) => l.slice(0, 200))).toEqual([]);
  });

  it('the popup summary and the strip agree', () => {
    const report = buildReport({ record: renewed }, '2027-03-28');
    const { container } = render(<SummaryView report={report} />);
    expect(Array.from(container.querySelectorAll('li, p, dd, h2')).map((e) => e.textContent ?? '').filter((l) => NOT_DONE.test(l))).toEqual([]);
    expect(renderStepBStrip(document.createElement('div'), report).dataset.status).toBe('done');
  });
});

describe('NREMT renewed, eLicensing never read', () => {
  const rec = record({
    certification: { level: 'aemt', expiresOn: '2029-03-31', cycleStart: '2027-03-12' },
    agency: { name: 'PVA', status: 'active' },
    application: { status: 'approved', submitButton: false },
    courses: aemtCompleteCourses(),
    readAt: { nremt: '2027-03-20T12:00:00.000Z' },
  });

  it('the panel asks to open eLicensing, urgently, and does not congratulate', () => {
    const report = buildReport({ record: rec }, '2027-03-25');
    const { getByTestId, queryByTestId } = render(
      <InPagePanel state="ready" result={{ ok: true, report }} collapsed={false} onToggle={() => {}} />,
    );
    const warning = getByTestId('step-b-warning');
    expect(warning.textContent).toContain('Open your eLicensing license page');
    expect(warning.dataset.action).toBe('open-elicensing');
    expect(queryByTestId('renewed')).toBeNull();
    expect(getByTestId('step-a-status').dataset.status).toBe('complete');
    expect(getByTestId('step-b-status').dataset.status).toBe('unknown');
    expect(getByTestId('recert-panel').textContent).toContain('!');
  });
});

describe('NREMT statuses read from the application page reach the list', () => {
  const page = (file: string) => {
    const html = readFileSync(resolve(process.cwd(), 'test/fixtures/pages', file), 'utf8');
    return readPage(new DOMParser().parseFromString(html, 'text/html'), 'https://www.nremt.org/recertification-application');
  };
  const withPage = (file: string) =>
    mergeSnapshot(
      record({ certification: { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' }, agency: { name: 'PVA', status: 'active' } }),
      page(file),
      '2027-01-05T12:00:00.000Z',
    );

  it('Returned Incomplete: the reasons NREMT gives', () => {
    const report = buildReport({ record: withPage('application-returned.html') }, '2027-01-05');
    const fix = report.nextActions.find((a) => a.id === 'fix-returned');
    expect(fix?.urgency).toBe('now');
    expect(fix?.why).toContain('Out of Date; Not State/CAPCE');
  });

  it('Pending National Registry Review: nothing to do on NREMT while it reviews', () => {
    const report = buildReport({ record: withPage('application-submitted.html') }, '2027-01-05');
    expect(report.nextActions.find((a) => a.id === 'wait-nremt-review')?.urgency).toBe('later');
    expect(report.nextActions.map((a) => a.id)).not.toContain('submit-nremt');
  });
});
