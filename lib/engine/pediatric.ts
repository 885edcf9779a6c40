// The pediatric share: the 2025 model asks that 10 % of the National hours be pediatric content
// (a secondary source says so; the hours overlap the topic hours, they are not extra). Courses
// are pediatric by their title unless the provider marked or unmarked them.
import type { Course, Tally } from '../model';
import type { LevelRequirement } from '../rules';
import { repeatKey, type AssessedCourse } from './courses';
import { round2 } from './format';
import { pediatricByTitle } from './title-words';

export const PEDIATRIC_SHARE = 0.1;

/** The key a provider's mark is stored under: the course's identity (title, date, approval). */
export const pediatricMarkKey = (course: Course): string => repeatKey(course);

export function isPediatric(course: Course, marks: Readonly<Record<string, boolean>> | undefined): boolean {
  return marks?.[pediatricMarkKey(course)] ?? pediatricByTitle(course.title);
}

export function pediatricShare(
  requirement: LevelRequirement,
  assessed: readonly AssessedCourse[],
  marks: Readonly<Record<string, boolean>> | undefined,
  recertifiedByExam: boolean,
): Tally {
  const required = round2(requirement.national * PEDIATRIC_SHARE);
  const hours = round2(
    assessed
      .filter(({ course, credited }) => credited && course.component === 'national' && isPediatric(course, marks))
      .reduce((sum, { course }) => sum + course.hours, 0),
  );
  const credited = recertifiedByExam ? required : round2(Math.min(required, hours));
  return { required, hours, credited, remaining: round2(Math.max(0, required - credited)) };
}
