import type { NextAction, Report } from '../lib/model';
import { ActionWhere } from './NextActions';
import { dateLabel, ELICENSING_URL } from './format';

/** The engine's first eLicensing action that asks for something now or soon, if any. */
export function stepBAction(report: Report): NextAction | undefined {
  return report.nextActions.find((a) => a.where.site === 'elicensing' && a.urgency !== 'later');
}

export function StepBWarning({ report }: { report: Report }) {
  const action = stepBAction(report);
  if (!action) return null;
  return (
    <section class={`rc-alert ${action.urgency === 'now' ? 'rc-danger' : 'rc-warning'}`} role="status" data-testid="step-b-warning" data-action={action.id}>
      <h2>Step B not done</h2>
      <p>
        {report.stepB.licenseExpiresOn
          ? `eLicensing still shows your Massachusetts license expiring ${dateLabel(report.stepB.licenseExpiresOn)}.`
          : 'eLicensing has not been read yet: your Massachusetts license renewal is not confirmed.'}{' '}
        {action.what}.
      </p>
      <p>
        <ActionWhere action={action} />
      </p>
      <p>{action.why}</p>
      <a class="rc-link" href={ELICENSING_URL} target="_blank" rel="noopener noreferrer">
        Open eLicensing (healthprofessionlicensing.mass.gov)
      </a>
    </section>
  );
}
