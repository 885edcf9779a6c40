// Decides, course by course, whether it earns credit: approval number, inside the cycle, not a
// repeat, assigned to a component (and to a topic when National has topics).
import type { Course, Report } from '../model';

export type CourseProblem = Report['courses'][number]['problems'][number];
export type AssessedCourse = Report['courses'][number];

export interface CycleBounds {
  /** First day that counts (NREMT's cycle start); null when unknown: only the end is checked. */
  from: string | null;
  /** Last day that counts; null when the expiration is unknown. */
  to: string | null;
}

const PLACEHOLDER_APPROVALS = new Set(['', 'n/a', 'na', 'none', '-', '—', '–', 'pending', 'tbd', '0']);

/** The approval number as written, or null when it is missing or a placeholder ("N/A", "TBD"…). */
export function normalizedApproval(approvalNumber: string | null): string | null {
  if (approvalNumber === null) return null;
  const trimmed = approvalNumber.trim().replace(/\s+/g, ' ');
  return PLACEHOLDER_APPROVALS.has(trimmed.toLowerCase()) ? null : trimmed.toUpperCase();
}

export function normalizedTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Same title, date and approval number: the same class taken (or entered) twice. */
export function repeatKey(course: Course): string {
  return JSON.stringify([
    normalizedTitle(course.title),
    course.completedOn,
    normalizedApproval(course.approvalNumber) ?? '',
  ]);
}

export function isInsideCycle(completedOn: string | null, bounds: CycleBounds): boolean {
  if (completedOn === null) return false;
  if (bounds.from !== null && completedOn < bounds.from) return false;
  if (bounds.to !== null && completedOn > bounds.to) return false;
  return true;
}

export function assessCourses(
  courses: readonly Course[],
  bounds: CycleBounds,
  nationalNeedsTopic: boolean,
): AssessedCourse[] {
  const seen = new Set<string>();
  return courses.map((course) => {
    const problems: CourseProblem[] = [];
    if (normalizedApproval(course.approvalNumber) === null) problems.push('no-approval-number');
    if (!isInsideCycle(course.completedOn, bounds)) problems.push('outside-cycle');
    const key = repeatKey(course);
    if (seen.has(key)) problems.push('duplicate');
    seen.add(key);
    const unassigned =
      course.component === null || (course.component === 'national' && nationalNeedsTopic && course.topic === null);
    if (unassigned) problems.push('unassigned');
    return { course, credited: problems.length === 0, problems };
  });
}
