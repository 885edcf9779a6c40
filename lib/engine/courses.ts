// Decides, course by course, whether it earns credit: approval number, inside the cycle, not a
// repeat, assigned to a component (and to a topic when National has topics). A split is not a
// repeat: one course's hours assigned in parts to different components or topics count where
// they are assigned, as long as the parts add up to no more than the course's hours.
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

/**
 * The approval number as written, or null when it is missing or a placeholder ("N/A", "TBD"…).
 * The issuer's name before an OEMS number is not part of it: "OEMS 25-0918-T1" (as stored by
 * earlier versions) and "25-0918-T1" are the same number.
 */
export function normalizedApproval(approvalNumber: string | null): string | null {
  if (approvalNumber === null) return null;
  const trimmed = withoutIssuer(approvalNumber.trim().replace(/\s+/g, ' '));
  return PLACEHOLDER_APPROVALS.has(trimmed.toLowerCase()) ? null : trimmed.toUpperCase();
}

function withoutIssuer(text: string): string {
  if (!text.toUpperCase().startsWith('OEMS')) return text;
  let at = 4;
  while (at < text.length && ' #:-.'.includes(text[at]!)) at += 1;
  // "OEMS" alone, or a word that only starts with it, stays as written.
  return at > 4 && at < text.length ? text.slice(at) : text;
}

export function normalizedTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** What tells one class from another: its title, date and approval number, as written alike. */
export function classParts(course: Course): [string, string | null, string] {
  return [normalizedTitle(course.title), course.completedOn, normalizedApproval(course.approvalNumber) ?? ''];
}

/** Same title, date and approval number: the same class taken (or entered) twice. */
export function repeatKey(course: Course): string {
  return JSON.stringify(classParts(course));
}

export function isInsideCycle(completedOn: string | null, bounds: CycleBounds): boolean {
  if (completedOn === null) return false;
  if (bounds.from !== null && completedOn < bounds.from) return false;
  if (bounds.to !== null && completedOn > bounds.to) return false;
  return true;
}

const placeOf = (course: Course): string => `${course.component ?? ''}/${course.topic ?? ''}`;

/**
 * For each listing of the same course (title, date, approval number) after the first: a split
 * part that counts, a repeat, or a part that counts only if it is a split (nothing shows the
 * course's full hours: we do not guess, we ask).
 */
function repeatsAndSplits(courses: readonly Course[]): Map<number, 'duplicate' | 'possible-split'> {
  const groups = new Map<string, number[]>();
  courses.forEach((course, index) => {
    const key = repeatKey(course);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const out = new Map<number, 'duplicate' | 'possible-split'>();
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const rows = indexes.map((i) => courses[i]!);
    const total = rows.find((c) => c.courseHours !== undefined)?.courseHours;
    const places = new Set<string>();
    let sum = 0;
    rows.forEach((course, n) => {
      const index = indexes[n]!;
      const samePlace = places.has(placeOf(course));
      places.add(placeOf(course));
      if (n === 0) {
        sum = course.hours;
        return;
      }
      if (total !== undefined) {
        // The page shows the course's hours: parts within them count where they are assigned.
        if (!samePlace && sum + course.hours <= total + 1e-9) sum += course.hours;
        else out.set(index, 'duplicate');
      } else {
        out.set(index, samePlace ? 'duplicate' : 'possible-split');
      }
    });
  }
  return out;
}

export function assessCourses(
  courses: readonly Course[],
  bounds: CycleBounds,
  nationalNeedsTopic: boolean,
): AssessedCourse[] {
  const repeats = repeatsAndSplits(courses);
  return courses.map((course, index) => {
    const problems: CourseProblem[] = [];
    if (normalizedApproval(course.approvalNumber) === null) problems.push('no-approval-number');
    if (!isInsideCycle(course.completedOn, bounds)) problems.push('outside-cycle');
    const repeat = repeats.get(index);
    if (repeat) problems.push(repeat);
    const unassigned =
      course.component === null || (course.component === 'national' && nationalNeedsTopic && course.topic === null);
    if (unassigned) problems.push('unassigned');
    return { course, credited: problems.length === 0, problems };
  });
}
