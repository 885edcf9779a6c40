// Small builders so each hand-worked case reads like the provider's transcript.
import type { Component, Course, ProviderRecord, Topic } from '../../lib/model';

export function course(
  title: string,
  completedOn: string | null,
  hours: number,
  component: Component | null,
  topic: Topic | null = null,
  approvalNumber: string | null = '25-ABC-F3-0001',
): Course {
  return { title, completedOn, hours, component, topic, approvalNumber };
}

export const nat = (title: string, topic: Topic, hours: number, completedOn = '2025-06-01', approval = `25-NAT-F3-${title.length}`) =>
  course(title, completedOn, hours, 'national', topic, approval);
export const loc = (title: string, hours: number, completedOn = '2025-06-01') =>
  course(title, completedOn, hours, 'local', null, `OEMS 25-${title.length}`);
export const ind = (title: string, hours: number, completedOn = '2025-06-01') =>
  course(title, completedOn, hours, 'individual', null, `25-IND-F1-${title.length}`);

export function record(parts: Partial<ProviderRecord>): ProviderRecord {
  return { person: {}, courses: [], readAt: {}, ...parts };
}

/** Every AEMT requirement met exactly: 5/6/4/7/3 National, 12.5 Local, 12.5 Individual. */
export function aemtCompleteCourses(): Course[] {
  return [
    nat('Airway', 'airway', 5),
    nat('Cardio', 'cardiovascular', 6),
    nat('Trauma', 'trauma', 4),
    nat('Medical', 'medical', 7),
    nat('Operations', 'operations', 3),
    loc('Protocols', 12.5),
    ind('Electives', 12.5),
  ];
}
