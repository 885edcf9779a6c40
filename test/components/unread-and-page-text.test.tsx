// Rows the readers could not use are shown with the courses that earn nothing (text and reason)
// and the hours say they leave them out; page strings are isolated (bidi) wherever they appear.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExtensionPageApp } from '../../components/ExtensionPageApp';
import { InPagePanel } from '../../components/InPagePanel';
import { renderStepBStrip } from '../../components/step-b-strip';
import { buildReport } from '../../lib/engine';
import type { ProviderRecord } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';
import { createPageService } from '../../lib/extension/page-service';
import { inProcessReportSource } from '../support/messaging';

afterEach(cleanup);

const RLO = '\u202e';
const record: ProviderRecord = {
  person: { name: `Dana ${RLO}Reyes`, registryNumber: 'E3187642' },
  certification: { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-03-01' },
  agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
  courses: [
    { title: 'Medical Update', completedOn: '2026-01-10', hours: 6, component: 'national', topic: 'medical', approvalNumber: '26-ABC-F3-0001' },
    { title: `${RLO}Airway Review`, completedOn: '2026-01-12', hours: 2, component: 'national', topic: 'airway', approvalNumber: null },
  ],
  unread: [{ text: 'Trauma Refresher 02/02/2026 TBD 26-XYZ-F3-0009', reason: 'hours not a number: "TBD"' }],
  readAt: { nremt: '2026-11-20T15:04:00.000Z' },
};

describe('rows that could not be read', () => {
  it('the report carries them, and a warning says the totals leave them out', () => {
    const report = buildReport({ record }, '2026-11-24');
    expect(report.unread).toEqual(record.unread);
    const warning = report.warnings.find((w) => w.code === 'UNREAD_ROWS');
    expect(warning?.message).toMatch(/1 course row .* could not be read and is not counted in these hours/);
    expect(buildReport({ record: { ...record, unread: [] } }, '2026-11-24').warnings.some((w) => w.code === 'UNREAD_ROWS')).toBe(false);
  });

  it('in-page panel: listed with the courses that earn nothing, text and reason; the hours say they leave them out', () => {
    render(<InPagePanel state="ready" result={{ ok: true, report: buildReport({ record }, '2026-11-24') }} collapsed={false} onToggle={() => {}} />);
    const rows = screen.getAllByTestId('unread-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('Trauma Refresher 02/02/2026 TBD');
    expect(rows[0]!.textContent).toContain('hours not a number: "TBD"');
    expect(rows[0]!.closest('[data-testid="course-problems"]')).not.toBeNull();
    expect(screen.getByTestId('course-problems').querySelector('h2')?.textContent).toBe('Courses that earn nothing (2)');
    expect(screen.getByTestId('unread-left-out').textContent).toContain('1 course row could not be read and is left out of these hours');
  });

  describe('side panel', () => {
    beforeEach(() => fakeBrowser.reset());
    it('lists them too', async () => {
      const store = new RecertStore();
      await store.updatePerson('reg:E3187642', record, '2026-11-20T15:04:00.000Z');
      render(<ExtensionPageApp mode="sidepanel" source={inProcessReportSource(createPageService(store, () => new Date('2026-11-24T12:00:00')), store)} />);
      await waitFor(() => expect(screen.getByTestId('sidepanel').dataset.state).toBe('ready'));
      expect(screen.getByTestId('unread-row').textContent).toContain('hours not a number');
      expect(screen.getByTestId('unread-left-out')).toBeTruthy();
    });
  });
});

describe('page text cannot disturb the UI', () => {
  it('every page string in the panel sits in its own bidi isolate', () => {
    render(
      <InPagePanel
        state="ready"
        personName={record.person.name}
        result={{ ok: true, report: buildReport({ record }, '2026-11-24') }}
        collapsed={false}
        onToggle={() => {}}
      />,
    );
    const panel = screen.getByTestId('recert-panel');
    // Each text node holding an override character is inside a <bdi> that holds nothing of ours.
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    const withOverride: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.includes(RLO)) withOverride.push(node as Text);
    expect(withOverride.length).toBeGreaterThanOrEqual(2); // the name and the course title
    for (const node of withOverride) {
      const isolate = node.parentElement!;
      expect(isolate.tagName).toBe('BDI');
      expect(isolate.textContent).toBe(node.nodeValue);
    }
  });

  it('a course title inside a warning sentence is isolated from the sentence', () => {
    const report = buildReport({ record: { ...record, courses: [{ ...record.courses[1]!, approvalNumber: '26-A-F3-1', component: null, topic: null }] } }, '2026-11-24');
    report.warnings = [{ code: 'UNASSIGNED_TEST', message: `"${RLO}Airway Review" is not assigned to a component.`, course: `${RLO}Airway Review`, severity: 'warning' }];
    render(<InPagePanel state="ready" result={{ ok: true, report }} collapsed={false} onToggle={() => {}} />);
    const item = screen.getByTestId('warnings').querySelector('li')!;
    const titles = [...item.querySelectorAll('bdi bdi')].map((b) => b.textContent);
    expect(titles).toEqual([`${RLO}Airway Review`]);
    expect(item.textContent).toContain('is not assigned to a component.');
  });

  it('the eLicensing strip isolates its text', () => {
    const container = document.createElement('div');
    const strip = renderStepBStrip(container, null, `Could not read this page: ${RLO}license table not found`);
    expect(strip.querySelector('bdi')?.textContent).toContain(RLO);
  });

  it('styles wrap page text anywhere and isolate it', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const css = readFileSync(join(__dirname, '..', '..', 'components', 'theme.css'), 'utf8');
    expect(css).toMatch(/\.rc-theme bdi, \.rc-page-text \{[^}]*unicode-bidi: isolate;[^}]*overflow-wrap: anywhere/);
  });
});
