import { describe, expect, it } from 'vitest';
import { renderStepBStrip } from '../../components/step-b-strip';
import { midCycleReport, renewedReport, stepBForgottenReport } from './report-fixtures';
import type { Report } from '../../lib/model';

function strip(report: Report | null, unreadReason?: string): HTMLElement {
  const container = document.createElement('div');
  renderStepBStrip(container, report, unreadReason);
  const element = container.querySelector<HTMLElement>('[data-testid="step-b-strip"]');
  if (!element) throw new Error('no strip rendered');
  return element;
}

describe('eLicensing Step B strip', () => {
  it('not done: the date eLicensing shows, the deadline, what to do', () => {
    const element = strip(stepBForgottenReport());
    expect(element.dataset.status).toBe('not-done');
    expect(element.getAttribute('role')).toBe('status');
    expect(element.querySelector('strong')?.textContent).toBe('Step B not done');
    expect(element.textContent).toContain('eLicensing shows March 31, 2027');
    expect(element.textContent).toContain('by March 31, 2027');
    expect(element.textContent).toContain('Start … Renewal Application → I Agree → pay → Submit');
    expect(element.textContent).toContain('March 31, 2029');
  });

  it('done: success with the new date', () => {
    const element = strip(renewedReport());
    expect(element.dataset.status).toBe('done');
    expect(element.className).toContain('rc-strip-success');
    expect(element.textContent).toBe('Step B done — eLicensing shows March 31, 2029.');
  });

  it('could not read the page: says so once, claims nothing', () => {
    const element = strip(midCycleReport(), 'Could not read this page: license number not found');
    expect(element.dataset.status).toBe('unread');
    expect(element.textContent).toBe('Recert Copilot could not read this page: license number not found.');
    expect(element.textContent).not.toContain('Step B done');
  });

  it('nothing stored yet: points at the license page', () => {
    expect(strip(null).dataset.status).toBe('unknown');
  });

  it('replaces what it rendered before instead of stacking strips', () => {
    const container = document.createElement('div');
    renderStepBStrip(container, stepBForgottenReport());
    renderStepBStrip(container, renewedReport());
    expect(container.querySelectorAll('[data-testid="step-b-strip"]')).toHaveLength(1);
    expect(container.textContent).toContain('Step B done');
  });

  it('shows page text as text', () => {
    const element = strip(null, '<img src=x onerror=alert(1)>');
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
