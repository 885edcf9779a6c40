// The full report: shared by the in-page panel and the browser side panel.
import type { Report } from '../lib/model';
import { Checklist } from './Checklist';
import { CourseProblems } from './CourseProblems';
import { Deadlines } from './Deadlines';
import { HoursSummary } from './HoursSummary';
import { NextDeadline } from './NextDeadline';
import { PlanSection } from './PlanSection';
import { Congratulations } from './Notices';
import { StepBWarning } from './StepBWarning';
import { StepStatus } from './StepStatus';
import { SubmitReminder } from './SubmitReminder';
import { WarningsList } from './WarningsList';

export function ReportView({ report, onShowMe }: { report: Report; onShowMe?: () => void }) {
  return (
    <div class="rc-report">
      <Congratulations report={report} />
      <SubmitReminder report={report} onShowMe={onShowMe} />
      <StepBWarning report={report} />
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
      <StepStatus report={report} />
      <NextDeadline report={report} />
      <HoursSummary report={report} showTopics={false} />
    </div>
  );
}
