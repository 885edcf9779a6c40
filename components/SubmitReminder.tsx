import type { NextAction, Report } from '../lib/model';

/** The engine's action pointing at NREMT's own Submit Application button, if listed. */
export function submitAction(report: Report): NextAction | undefined {
  return report.nextActions.find((a) => a.where.control === 'nremt-submit');
}

/** Hours done, application not submitted: the mistake that lapses certifications. */
export function SubmitReminder({ report, onShowMe }: { report: Report; onShowMe?: () => void }) {
  const action = submitAction(report);
  if (!action) return null;
  return (
    <section class="rc-alert rc-danger rc-loud" role="alert" data-testid="submit-reminder">
      <h2>Your hours are complete — Click Submit Application</h2>
      <p>{action.why}</p>
      {onShowMe ? (
        <button type="button" class="rc-button" onClick={onShowMe}>
          Show me the button
        </button>
      ) : null}
    </section>
  );
}
