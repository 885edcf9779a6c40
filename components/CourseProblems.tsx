import type { Report } from '../lib/model';
import { dateLabel, hours } from './format';

const PROBLEM_TEXT: Record<Report['courses'][number]['problems'][number], string> = {
  'no-approval-number': 'no approval number (CAPCE or OEMS)',
  'outside-cycle': 'completed outside the cycle',
  duplicate: 'repeated: each course counts once',
  unassigned: 'not assigned to a component',
};

/** Courses that earn nothing, and why. Course titles come from the page: rendered as text only. */
export function CourseProblems({ report }: { report: Report }) {
  const problems = report.courses.filter((c) => c.problems.length > 0);
  if (problems.length === 0) return null;
  return (
    <section class="rc-section" aria-label="Courses that earn nothing" data-testid="course-problems">
      <h2>Courses that earn nothing ({problems.length})</h2>
      <ul class="rc-problems">
        {problems.map(({ course, problems: reasons }, index) => (
          <li key={`${course.title}-${index}`}>
            <span class="rc-course-title">{course.title}</span>
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
