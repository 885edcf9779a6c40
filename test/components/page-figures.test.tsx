// Where NREMT's own Manage Education figures disagree with the courses read, every view says so
// with both figures, and none shows that component as complete or asks to Submit Application.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExtensionPageApp } from '../../components/ExtensionPageApp';
import { InPagePanel } from '../../components/InPagePanel';
import { buildReport } from '../../lib/engine';
import type { ProviderRecord } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';
import { createPageService } from '../../lib/extension/page-service';
import { inProcessReportSource } from '../support/messaging';
import { aemtCompleteCourses } from '../engine/builders';

afterEach(cleanup);

const TODAY = '2027-01-10';
const record = (pageFigures?: ProviderRecord['pageFigures']): ProviderRecord => ({
  person: { name: 'Sam Okafor', registryNumber: 'A5550123' },
  certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
  agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
  application: { status: 'not-submitted', submitButton: true, paid: true },
  courses: aemtCompleteCourses(),
  readAt: { nremt: '2027-01-09T15:04:00.000Z' },
  ...(pageFigures ? { pageFigures } : {}),
});
const DISAGREES = [
  { component: 'national' as const, topic: null, shown: 23.5, read: 25 },
  { component: 'national' as const, topic: 'trauma' as const, shown: 2.5, read: 4 },
];
const BOTH = 'NREMT shows 23.5 h for National; I read 25 h from the courses listed.';

function panel(rec: ProviderRecord) {
  render(<InPagePanel state="ready" result={{ ok: true, report: buildReport({ record: rec }, TODAY) }} collapsed={false} onToggle={() => {}} />);
}

describe("the page's own figures in the in-page panel", () => {
  it('agreeing pages: National is complete and the Submit reminder shows (the control case)', () => {
    panel(record());
    expect(screen.getByTestId('remaining-national').textContent).toBe('0 h left — complete');
    expect(screen.queryByTestId('page-figures')).toBeNull();
    expect(screen.getByTestId('submit-reminder')).toBeTruthy();
  });

  it('says both figures, and neither the component nor the topic reads as complete', () => {
    panel(record(DISAGREES));
    const note = screen.getByTestId('page-figures');
    expect(note.textContent).toContain(BOTH);
    expect(note.textContent).toContain('NREMT shows 2.5 h for National – Trauma; I read 4 h from the courses listed.');
    const national = screen.getByTestId('remaining-national');
    expect(national.textContent).not.toContain('complete');
    expect(national.textContent).toContain('NREMT shows 23.5 h');
    expect(national.className).not.toContain('rc-left-done');
    const trauma = screen.getByTestId('remaining-topic-trauma');
    expect(trauma.textContent).toContain('NREMT shows 2.5 h');
    expect(trauma.textContent).not.toContain('complete');
    expect(screen.getByTestId('remaining-local').textContent).toBe('0 h left — complete');
    expect(screen.getByTestId('total-remaining').textContent).toContain('not confirmed');
  });

  it('does not ask to Submit Application on that evidence', () => {
    panel(record(DISAGREES));
    expect(screen.queryByTestId('submit-reminder')).toBeNull();
    expect(screen.getByTestId('step-a-status').dataset.status).toBe('in-progress');
  });

  it('the figures are said once in the warnings, not repeated under Warnings', () => {
    panel(record(DISAGREES));
    expect(screen.queryByTestId('warnings')?.querySelector('[data-code="PAGE_FIGURE_DISAGREES"]') ?? null).toBeNull();
  });
});

describe('side panel and popup', () => {
  beforeEach(() => fakeBrowser.reset());
  async function show(mode: 'sidepanel' | 'popup') {
    const store = new RecertStore();
    await store.updatePerson('reg:A5550123', record(DISAGREES), '2027-01-09T15:04:00.000Z');
    render(<ExtensionPageApp mode={mode} source={inProcessReportSource(createPageService(store, () => new Date('2027-01-10T12:00:00')), store)} />);
    await waitFor(() => expect(screen.getByTestId(mode).dataset.state).toBe('ready'));
  }

  it('the side panel gives both figures', async () => {
    await show('sidepanel');
    expect(screen.getByTestId('page-figures').textContent).toContain(BOTH);
    expect(screen.getByTestId('remaining-national').textContent).not.toContain('complete');
  });

  it('the popup says it briefly: both figures, no long explanation', async () => {
    await show('popup');
    const note = screen.getByTestId('page-figures');
    expect(note.textContent).toContain(BOTH);
    expect(note.textContent).not.toContain('a figure that counts something else');
    expect(screen.queryByTestId('submit-reminder')).toBeNull();
  });
});
