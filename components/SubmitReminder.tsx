import type { Report } from '../lib/model';
import { submitAction } from './needs-submit';

export { submitAction } from './needs-submit';

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
