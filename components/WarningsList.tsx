import type { Report } from '../lib/model';
import { WithPageText } from './PageText';

// Shown by their own components: the Submit reminder, the Step B warning, the course list and
// the hours (which say when unread rows are left out).
const SHOWN_ELSEWHERE = new Set(['SUBMIT_APPLICATION', 'STEP_B_NOT_DONE', 'NO_APPROVAL_NUMBER', 'OUTSIDE_CYCLE', 'DUPLICATE_COURSE', 'UNREAD_ROWS']);

export function WarningsList({ report }: { report: Report }) {
  const warnings = report.warnings.filter((w) => !SHOWN_ELSEWHERE.has(w.code));
  if (warnings.length === 0) return null;
  return (
    <section class="rc-section" aria-label="Warnings" data-testid="warnings">
      <h2>Warnings</h2>
      <ul class="rc-warnings">
        {warnings.map((w, i) => (
          <li key={`${w.code}-${i}`} class={`rc-warning-item rc-${w.severity ?? 'warning'}`} data-code={w.code}>
            <bdi>
              <WithPageText message={w.message} pageStrings={[w.course]} />
            </bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
