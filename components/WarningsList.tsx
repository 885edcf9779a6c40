import type { Report } from '../lib/model';
import { WithPageText } from './PageText';

// Shown by their own components: the course list, and the hours (which say when unread rows
// are left out, and where NREMT's own totals disagree with the courses read). Warnings that stand for a listed action are shown as that action.
const COURSE_CODES = new Set(['NO_APPROVAL_NUMBER', 'OUTSIDE_CYCLE', 'DUPLICATE_COURSE', 'UNASSIGNED_COURSE', 'SPLIT_UNCONFIRMED', 'UNREAD_ROWS', 'PAGE_FIGURE_DISAGREES']);

export function WarningsList({ report }: { report: Report }) {
  // A warning that stands for a listed action is shown as that action (once).
  const asActions = new Set(report.nextActions.map((a) => a.code));
  const warnings = report.warnings.filter((w) => !COURSE_CODES.has(w.code) && !asActions.has(w.code));
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
