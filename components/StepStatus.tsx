import type { Report } from '../lib/model';

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
  return (
    <dl class="rc-steps" data-testid="step-status">
      <dt>Step A (NREMT)</dt>
      <dd data-testid="step-a-status" data-status={report.stepA.status}>
        {STEP_A_TEXT[report.stepA.status]}
      </dd>
      <dt>Step B (eLicensing)</dt>
      <dd data-testid="step-b-status" data-status={report.stepB.status}>
        {STEP_B_TEXT[report.stepB.status]}
      </dd>
    </dl>
  );
}
