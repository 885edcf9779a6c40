// A stored person's report, or why there is none.
import type { ReportResult } from '../lib/extension/report-for';
import { NothingRead } from './Notices';
import { ReportView, SummaryView } from './ReportView';

export function ReportResultView({
  result,
  summary = false,
  onShowMe,
}: {
  result: ReportResult | null;
  summary?: boolean;
  onShowMe?: () => void;
}) {
  if (!result) return <NothingRead />;
  if (!result.ok) {
    return (
      <p class="rc-alert rc-warning" role="status" data-testid="report-error">
        The checklist could not be worked out from what was read ({result.reason}).
      </p>
    );
  }
  return summary ? <SummaryView report={result.report} /> : <ReportView report={result.report} onShowMe={onShowMe} />;
}
