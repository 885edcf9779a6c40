// The compact strip at the top of eLicensing pages. Kept free of the big panel (bundle budget).
import type { Report } from '../lib/model';
import { dateLabel } from './format';

export function StepBStrip({ report, unreadReason }: { report: Report | null; unreadReason?: string | null }) {
  if (unreadReason) {
    return (
      <div class="rc-theme rc-strip rc-strip-warning" data-testid="step-b-strip" data-status="unreadable" role="status">
        Recert Copilot could not read this page: {unreadReason}.
      </div>
    );
  }
  if (!report) {
    return (
      <div class="rc-theme rc-strip rc-strip-info" data-testid="step-b-strip" data-status="unknown" role="status">
        Recert Copilot: open your license page to check Step B.
      </div>
    );
  }
  const done = report.renewed || report.stepB.status === 'done';
  if (done) {
    return (
      <div class="rc-theme rc-strip rc-strip-success" data-testid="step-b-strip" data-status="done" role="status">
        <strong>Step B done</strong> — eLicensing shows {dateLabel(report.stepB.licenseExpiresOn)}.
      </div>
    );
  }
  const by = report.cycle ? ` by ${dateLabel(report.cycle.lastDay)}` : '';
  const shows = report.stepB.licenseExpiresOn ? ` eLicensing shows ${dateLabel(report.stepB.licenseExpiresOn)}.` : '';
  const target = report.cycle ? dateLabel(report.cycle.renewsTo) : 'the new date';
  return (
    <div class="rc-theme rc-strip rc-strip-warning" data-testid="step-b-strip" data-status="not-done" role="status">
      <strong>Step B not done</strong> —{shows} Renew your license{by}: open the renewal, review and attest, pay,
      then check that this page shows {target}.
    </div>
  );
}
