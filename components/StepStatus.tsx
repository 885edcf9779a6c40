import type { Report } from '../lib/model';
import { longDate } from './format';

const STEP_A_TEXT: Record<Report['stepA']['status'], string> = {
  unknown: 'unknown — open the NREMT Recertification Application',
  'not-started': 'not started',
  'in-progress': 'in progress',
  'ready-to-submit': 'hours complete — Submit Application not clicked',
  submitted: 'submitted, pending NREMT review',
  complete: 'complete — NREMT shows the new expiration',
};
const STEP_B_TEXT: Record<Report['stepB']['status'], string> = {
  unknown: 'unknown — open your eLicensing license page',
  'not-done': 'not done',
  done: 'done — eLicensing shows the new expiration',
};

export function StepStatus({ report }: { report: Report }) {
  // After a renewal the statuses belong to the next cycle, whose window has not opened.
  const renewed = report.renewed && report.cycle ? `renewed — your next window opens ${longDate(report.cycle.opensOn)}` : null;
  return (
    <dl class="rc-steps" data-testid="step-status">
      <dt>Step A (NREMT)</dt>
      <dd data-testid="step-a-status" data-status={report.stepA.status}>
        {renewed ?? STEP_A_TEXT[report.stepA.status]}
      </dd>
      <dt>Step B (eLicensing)</dt>
      <dd data-testid="step-b-status" data-status={report.stepB.status}>
        {renewed ?? STEP_B_TEXT[report.stepB.status]}
      </dd>
    </dl>
  );
}
