import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { StepBStrip } from '../../components/StepBStrip';
import { midCycleReport, renewedReport, stepBForgottenReport } from './report-fixtures';

afterEach(cleanup);

describe('eLicensing Step B strip', () => {
  it('not done: the date eLicensing shows, the deadline, what to do', () => {
    render(<StepBStrip report={stepBForgottenReport()} />);
    const strip = screen.getByTestId('step-b-strip');
    expect(strip.dataset.status).toBe('not-done');
    expect(strip.textContent).toContain('Step B not done');
    expect(strip.textContent).toContain('eLicensing shows March 31, 2027');
    expect(strip.textContent).toContain('by March 31, 2027');
    expect(strip.textContent).toContain('review and attest, pay');
    expect(strip.textContent).toContain('March 31, 2029');
  });

  it('done: success with the new date', () => {
    render(<StepBStrip report={renewedReport()} />);
    const strip = screen.getByTestId('step-b-strip');
    expect(strip.dataset.status).toBe('done');
    expect(strip.textContent).toBe('Step B done — eLicensing shows March 31, 2029.');
  });

  it('could not read the page: says so, claims nothing', () => {
    render(<StepBStrip report={midCycleReport()} unreadReason="no license table" />);
    const strip = screen.getByTestId('step-b-strip');
    expect(strip.dataset.status).toBe('unreadable');
    expect(strip.textContent).toContain('could not read this page: no license table');
    expect(strip.textContent).not.toContain('Step B done');
  });
});
