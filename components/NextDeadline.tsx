import type { Report } from '../lib/model';
import { dateLabel, daysLabel } from './format';

/** The next deadline not yet passed, for the popup. */
export function NextDeadline({ report }: { report: Report }) {
  if (!report.cycle || !report.daysLeft || report.renewed) return null;
  const next = [
    { name: 'Recommended completion', date: report.cycle.recommendedBy, days: report.daysLeft.recommendedBy },
    { name: 'Last day without late fees', date: report.cycle.lastDay, days: report.daysLeft.lastDay },
    { name: 'Last day for sign-off, late fees', date: report.cycle.signOffBy, days: report.daysLeft.signOffBy },
  ].find((d) => d.days >= 0);
  if (!next) return <p class="rc-alert rc-danger" data-testid="next-deadline">All deadlines of this cycle have passed.</p>;
  return (
    <p class="rc-next-deadline" data-testid="next-deadline">
      Next: {next.name}, {dateLabel(next.date)} ({daysLabel(next.days)})
    </p>
  );
}
