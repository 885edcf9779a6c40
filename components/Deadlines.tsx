import type { Report } from '../lib/model';
import { MA_FEES } from '../lib/rules/timeline';
import { dateLabel, daysLabel } from './format';

/** Feb 15, Mar 31 and Apr 30 of the cycle being finished, with days left and late fees. */
export function Deadlines({ report }: { report: Report }) {
  const { cycle, daysLeft } = report;
  if (!cycle || !daysLeft) {
    return (
      <section class="rc-section" aria-label="Deadlines">
        <h2>Deadlines</h2>
        <p class="rc-muted">Unknown until the NREMT dashboard or eLicensing shows your expiration date.</p>
      </section>
    );
  }
  const rows = [
    { name: 'Recommended completion', date: cycle.recommendedBy, days: daysLeft.recommendedBy },
    { name: 'Last day without late fees', date: cycle.lastDay, days: daysLeft.lastDay },
    { name: 'Last day for sign-off (late)', date: cycle.signOffBy, days: daysLeft.signOffBy },
  ];
  return (
    <section class="rc-section" aria-label="Deadlines" data-testid="deadlines">
      <h2>Deadlines</h2>
      <ul class="rc-deadlines">
        {rows.map((row) => (
          <li key={row.date} class={row.days < 0 ? 'rc-deadline rc-passed' : 'rc-deadline'}>
            <span>{row.name}</span>
            <span class="rc-deadline-date">{dateLabel(row.date)}</span>
            <span class="rc-deadline-days">{daysLabel(row.days)}</span>
          </li>
        ))}
      </ul>
      {report.lateFeesApply ? (
        <p class="rc-alert rc-danger" data-testid="late-fees">
          Late fees apply: NREMT ${MA_FEES.lateNremt} and Massachusetts ${MA_FEES.lateState}. Sign-off must be done by{' '}
          {dateLabel(cycle.signOffBy)}.
        </p>
      ) : null}
    </section>
  );
}
