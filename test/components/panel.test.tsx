import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';

afterEach(cleanup);
import { InPagePanel } from '../../components/InPagePanel';
import type { ReportResult } from '../../lib/extension/report-for';
import type { Report } from '../../lib/model';
import { lateReport, midCycleReport, readyToSubmitReport, renewedReport, stepBForgottenReport } from './report-fixtures';

const ok = (report: Report): ReportResult => ({ ok: true, report });

function renderPanel(result: ReportResult | null, extra: Partial<Parameters<typeof InPagePanel>[0]> = {}) {
  const onToggle = vi.fn();
  const utils = render(<InPagePanel state="ready" result={result} collapsed={false} onToggle={onToggle} {...extra} />);
  return { ...utils, onToggle, panel: screen.getByTestId('recert-panel') };
}

describe('in-page panel', () => {
  it('mid-cycle: shows hours left per component and topic, courses that earn nothing, no Submit reminder', () => {
    const { panel } = renderPanel(ok(midCycleReport()));
    expect(panel.dataset.state).toBe('ready');
    expect(screen.getByTestId('remaining-national').textContent).toMatch(/^3\.5 h left/);
    expect(screen.getByTestId('remaining-local').textContent).toMatch(/^0\.5 h left/);
    expect(screen.getByTestId('remaining-individual').textContent).toMatch(/^0 h left/);
    expect(screen.getByTestId('total-remaining').textContent).toMatch(/^4 h left/);
    const trauma = screen.getByRole('progressbar', { name: 'Trauma hours' });
    expect(trauma.getAttribute('aria-valuenow')).toBe('2');
    expect(trauma.getAttribute('aria-valuemax')).toBe('4');
    const problems = screen.getByTestId('course-problems');
    expect(problems.textContent).toContain('Incident Command Overview');
    expect(problems.textContent).toContain('no approval number');
    expect(problems.textContent).toContain('outside the cycle');
    expect(screen.queryByTestId('submit-reminder')).toBeNull();
    expect(screen.getByTestId('warnings').textContent).toContain('pending approval');
    // The course warning is shown once, in the course list, not again among warnings.
    expect(screen.getByTestId('warnings').textContent).not.toContain('Incident Command');
  });

  it("says where the required hours come from, and that the page's own totals win", () => {
    renderPanel(ok({ ...midCycleReport(), rules: { name: 'NREMT NCCP 2025 model', topicCreditsConfirmed: false } }));
    const source = screen.getByTestId('hours-source').textContent ?? '';
    expect(source).toContain('NREMT NCCP 2025 model');
    expect(source).toContain('secondary source');
  });

  it('shows every checklist item with its state, Step A and Step B', () => {
    renderPanel(ok(midCycleReport()));
    const checklist = screen.getByTestId('checklist');
    expect(within(checklist).getByText('Click Submit Application').closest('li')?.dataset.state).toBe('todo');
    expect(within(checklist).getByText('Log in to NREMT.org').closest('li')?.dataset.state).toBe('done');
    expect(within(checklist).getByText('eLicensing account linked').closest('li')?.dataset.state).toBe('unknown');
    expect(within(checklist).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Step A — NREMT',
      'Step B — eLicensing',
    ]);
  });

  it('hours done and not submitted: loud Submit reminder with "Click Submit Application" and a Show me button', () => {
    const onShowMe = vi.fn();
    renderPanel(ok(readyToSubmitReport()), { onShowMe });
    const reminder = screen.getByTestId('submit-reminder');
    expect(reminder.textContent).toContain('Click Submit Application');
    expect(reminder.getAttribute('role')).toBe('alert');
    expect(reminder.className).toContain('rc-loud');
    fireEvent.click(within(reminder).getByRole('button', { name: /show me/i }));
    expect(onShowMe).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('total-remaining').textContent).toMatch(/^0 h left/);
  });

  it('NREMT renewed, eLicensing not: Step B warning with the eLicensing link and the date', () => {
    renderPanel(ok(stepBForgottenReport()));
    const warning = screen.getByTestId('step-b-warning');
    expect(warning.textContent).toContain('Step B not done');
    expect(warning.textContent).toContain('by March 31, 2027');
    expect(warning.textContent).toContain('March 31, 2029');
    const link = within(warning).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://healthprofessionlicensing.mass.gov/');
    expect(screen.queryByTestId('submit-reminder')).toBeNull();
    expect(screen.queryByTestId('renewed')).toBeNull();
  });

  it('Step B warning also appears when eLicensing was never read, once the window is open', () => {
    renderPanel(ok({ ...midCycleReport(), warnings: [] }));
    expect(screen.getByTestId('step-b-warning').textContent).toContain('eLicensing has not been read yet');
  });

  it('no Step B warning when the engine lists eLicensing for later (before the window opens)', () => {
    const report = midCycleReport();
    const later = report.nextActions.map((a) => ({ ...a, urgency: 'later' as const }));
    renderPanel(ok({ ...report, phase: 'not-open', warnings: [], nextActions: later }));
    expect(screen.queryByTestId('step-b-warning')).toBeNull();
    // Still listed, quietly: what to do, where, and why.
    const item = screen.getByTestId('next-actions').querySelector('[data-action="open-elicensing"]');
    expect(item?.getAttribute('data-urgency')).toBe('later');
  });

  it('renewed: congratulations and no warnings', () => {
    renderPanel(ok(renewedReport()));
    expect(screen.getByTestId('renewed').textContent).toContain('Congratulations');
    expect(screen.queryByTestId('step-b-warning')).toBeNull();
    expect(screen.queryByTestId('submit-reminder')).toBeNull();
    expect(screen.queryByTestId('warnings')).toBeNull();
    expect(screen.queryByText('!')).toBeNull();
  });

  it('late phase: late fees shown with the sign-off date, passed deadlines marked', () => {
    renderPanel(ok(lateReport()));
    const fees = screen.getByTestId('late-fees');
    expect(fees.textContent).toContain('NREMT $50');
    expect(fees.textContent).toContain('Massachusetts $50');
    expect(fees.textContent).toContain('April 30, 2027');
    const deadlines = screen.getByTestId('deadlines');
    expect(deadlines.textContent).toContain('passed 10 days ago');
    expect(deadlines.textContent).toContain('20 days left');
    expect(screen.getByTestId('warnings').textContent).toContain('late fees apply');
  });

  it('mid-cycle deadlines: Feb 15, Mar 31 and Apr 30 with days left, no late fees', () => {
    renderPanel(ok(midCycleReport()));
    const text = screen.getByTestId('deadlines').textContent ?? '';
    expect(text).toContain('February 15, 2027');
    expect(text).toContain('83 days left');
    expect(text).toContain('March 31, 2027');
    expect(text).toContain('127 days left');
    expect(text).toContain('April 30, 2027');
    expect(screen.queryByTestId('late-fees')).toBeNull();
  });

  it('unreadable page: says so with the reason and the unreadable state', () => {
    const { panel } = renderPanel(null, { state: 'unread', unreadReason: 'no course table found' });
    expect(panel.dataset.state).toBe('unread');
    expect(screen.getByTestId('unread-notice').textContent).toContain('Could not read this page: no course table found');
    expect(screen.queryByTestId('total-remaining')).toBeNull();
  });

  it('unknown level: no zeros shown as truth', () => {
    renderPanel(ok({ ...midCycleReport(), level: null, components: null, totalRemaining: null }));
    expect(screen.getByTestId('hours-unknown').textContent).toContain('level unknown');
    expect(screen.queryByTestId('remaining-national')).toBeNull();
  });

  it('collapse and expand by keyboard: a real button with aria-expanded; Escape collapses', () => {
    const { onToggle, rerender } = renderPanel(ok(midCycleReport()));
    const toggle = screen.getByTestId('panel-toggle');
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('recert-copilot-panel-body');
    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    fireEvent.keyDown(toggle, { key: 'Escape' });
    expect(onToggle).toHaveBeenCalledTimes(1);
    rerender(<InPagePanel state="ready" result={ok(midCycleReport())} collapsed={true} onToggle={onToggle} />);
    const collapsed = screen.getByTestId('panel-toggle');
    expect(collapsed.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('total-remaining')).toBeNull();
    fireEvent.click(collapsed); // Enter/Space on a <button> fire click
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('collapsed panel still flags that action is needed', () => {
    render(<InPagePanel state="ready" result={ok(readyToSubmitReport())} collapsed={true} onToggle={() => {}} />);
    expect(screen.getByLabelText('action needed')).toBeTruthy();
  });

  it('moves to the left side when told (the Submit button would be under it)', () => {
    const { panel } = renderPanel(ok(readyToSubmitReport()), { side: 'left' });
    expect(panel.className).toContain('rc-side-left');
  });

  it('renders a hostile course title as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Bad';
    const report = midCycleReport();
    report.courses = [{ course: { ...report.courses[1]!.course, title: hostile }, credited: false, problems: ['no-approval-number'] }];
    renderPanel(ok(report));
    const problems = screen.getByTestId('course-problems');
    expect(problems.querySelector('img')).toBeNull();
    expect(problems.querySelector('script')).toBeNull();
    expect(problems.textContent).toContain(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows the storage reset notice with a dismiss button', () => {
    const onDismissNotice = vi.fn();
    renderPanel(ok(midCycleReport()), { notice: 'Stored data was unreadable and was reset', onDismissNotice });
    fireEvent.click(within(screen.getByTestId('storage-notice')).getByRole('button', { name: 'Dismiss' }));
    expect(onDismissNotice).toHaveBeenCalled();
  });
});

describe('date wording', () => {
  it('spells ISO dates like lib/dates longDate, without time-zone shifts', async () => {
    const { longDate } = await import('../../components/format');
    const { longDate: engineLongDate } = await import('../../lib/dates');
    for (const iso of ['2027-03-31', '2027-02-15', '2026-10-01', '2028-02-29', '2027-01-01', '2027-12-31']) {
      expect(longDate(iso)).toBe(engineLongDate(iso));
    }
    expect(longDate('not a date')).toBe('not a date');
  });
});

describe('hours source when the page showed its own figures', () => {
  it('says the required hours are as shown on Manage Education, and names our table for the rest', () => {
    renderPanel(ok({ ...midCycleReport(), rules: { name: 'NREMT NCCP 2025 model', topicCreditsConfirmed: false, fromPage: true } }));
    const source = screen.getByTestId('hours-source').textContent ?? '';
    expect(source).toContain('Required hours as shown on your NREMT Manage Education page');
    expect(source).toContain('NREMT NCCP 2025 model');
    expect(source).not.toMatch(/^Required hours: NREMT/);
  });
});
