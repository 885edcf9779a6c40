import type { Report } from '../lib/model';
import { dateLabel, ELICENSING_URL } from './format';

const ACTING_PHASES = new Set<Report['phase']>(['open', 'late', 'closed']);

/** Shown until eLicensing shows the new expiration date, once the window has opened. */
export function stepBPending(report: Report): boolean {
  if (report.renewed || report.stepB.status === 'done') return false;
  return report.warnings.some((w) => w.code === 'STEP_B_NOT_DONE') || ACTING_PHASES.has(report.phase);
}

export function StepBWarning({ report }: { report: Report }) {
  if (!stepBPending(report)) return null;
  const deadline = report.cycle?.lastDay ?? null;
  return (
    <section class="rc-alert rc-warning" role="status" data-testid="step-b-warning">
      <h2>Step B not done</h2>
      <p>
        {report.stepB.licenseExpiresOn
          ? `eLicensing still shows your Massachusetts license expiring ${dateLabel(report.stepB.licenseExpiresOn)}.`
          : 'eLicensing has not been read yet: your Massachusetts license renewal is not confirmed.'}{' '}
        Renew it on eLicensing (review, attest, pay)
        {deadline ? ` by ${dateLabel(deadline)}` : ''}. Renewal is done only when eLicensing shows
        {report.cycle ? ` ${dateLabel(report.cycle.renewsTo)}` : ' the new expiration date'}.
      </p>
      <a class="rc-link" href={ELICENSING_URL} target="_blank" rel="noopener noreferrer">
        Open eLicensing (healthprofessionlicensing.mass.gov)
      </a>
    </section>
  );
}
