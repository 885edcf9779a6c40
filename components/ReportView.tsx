// The full report: shared by the in-page panel and the browser side panel.
import type { Report } from '../lib/model';
import { Checklist } from './Checklist';
import { CourseProblems } from './CourseProblems';
import { Deadlines } from './Deadlines';
import { HoursSummary } from './HoursSummary';
import { NextActions } from './NextActions';
import { NextDeadline } from './NextDeadline';
import { PlanSection } from './PlanSection';
import { Congratulations } from './Notices';
import { StepBWarning, stepBAction } from './StepBWarning';
import { StepStatus } from './StepStatus';
import { SubmitReminder, submitAction } from './SubmitReminder';
import { WarningsList } from './WarningsList';

/** The actions the loud notices above the list already show. */
function shownLoud(report: Report): Set<string> {
  return new Set([submitAction(report)?.id, stepBAction(report)?.id].filter((id): id is string => !!id));
}

export function ReportView({ report, onShowMe }: { report: Report; onShowMe?: () => void }) {
  return (
    <div class="rc-report">
      <Congratulations report={report} />
      <SubmitReminder report={report} onShowMe={onShowMe} />
      <StepBWarning report={report} />
      <NextActions report={report} exclude={shownLoud(report)} onShowMe={onShowMe} />
      <StepStatus report={report} />
      <Checklist report={report} />
      <HoursSummary report={report} />
      <PlanSection report={report} />
      <CourseProblems report={report} />
      <Deadlines report={report} />
      <WarningsList report={report} />
    </div>
  );
}

/** The at-a-glance subset for the popup. */
export function SummaryView({ report }: { report: Report }) {
  return (
    <div class="rc-report">
      <Congratulations report={report} />
      <SubmitReminder report={report} />
      <StepBWarning report={report} />
      <NextActions report={report} exclude={shownLoud(report)} limit={3} />
      <StepStatus report={report} />
      <NextDeadline report={report} />
      <HoursSummary report={report} showTopics={false} />
    </div>
  );
}
