import type { Report } from '../lib/model';
import { needsSubmit } from './needs-submit';

export { needsSubmit } from './needs-submit';

export function SubmitReminder({ report, onShowMe }: { report: Report; onShowMe?: () => void }) {
  if (!needsSubmit(report)) return null;
  return (
    <section class="rc-alert rc-danger rc-loud" role="alert" data-testid="submit-reminder">
      <h2>Your hours are complete — Click Submit Application</h2>
      <p>
        NREMT does not review your recertification until you click <strong>Submit Application</strong> on the
        Recertification Application page. Paying the fee does not submit it.
      </p>
      {onShowMe ? (
        <button type="button" class="rc-button" onClick={onShowMe}>
          Show me the button
        </button>
      ) : null}
    </section>
  );
}
