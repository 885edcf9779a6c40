import type { Report } from '../lib/model';
import { dateLabel, hours } from './format';
import { PageText } from './PageText';

const PROBLEM_TEXT: Record<Report['courses'][number]['problems'][number], string> = {
  'no-approval-number': 'no approval number (CAPCE or OEMS)',
  'outside-cycle': 'completed outside the cycle',
  duplicate: 'repeated: each course counts once',
  unassigned: 'not assigned to a component',
  'possible-split': 'counts only if it is a split of one course: check the certificate’s hours',
};

/**
 * Courses that earn nothing, and why; then the rows the pages showed that could not be read, with
 * the reason (they are not counted either). Page text is rendered as isolated text only.
 */
export function CourseProblems({ report }: { report: Report }) {
  const problems = report.courses.filter((c) => c.problems.length > 0);
  const unread = report.unread ?? [];
  if (problems.length === 0 && unread.length === 0) return null;
  return (
    <section class="rc-section" aria-label="Courses that earn nothing" data-testid="course-problems">
      <h2>Courses that earn nothing ({problems.length + unread.length})</h2>
      <ul class="rc-problems">
        {unread.map((row, index) => (
          <li key={`unread-${index}`} data-testid="unread-row">
            <PageText class="rc-course-title" text={row.text} />
            <span class="rc-problem-reasons">
              could not be read (<PageText text={row.reason} />): not counted — check this row on NREMT
            </span>
          </li>
        ))}
        {problems.map(({ course, problems: reasons }, index) => (
          <li key={`${course.title}-${index}`}>
            <PageText class="rc-course-title" text={course.title} />
            <span class="rc-muted">
              {' '}
              ({hours(course.hours)} h, {dateLabel(course.completedOn)})
            </span>
            <span class="rc-problem-reasons">{reasons.map((r) => PROBLEM_TEXT[r]).join('; ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
