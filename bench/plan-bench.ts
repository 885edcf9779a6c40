// Planner cost: planAssignment on generated 500-course transcripts (AEMT requirement), warmed up,
// median of N. Three shapes: surplus everywhere, gaps that many small courses must fill, and
// every course unassigned (the most moves).
import { performance } from 'node:perf_hooks';
import type { AssessedCourse } from '../lib/engine/courses';
import { planAssignment } from '../lib/engine/plan';
import { TOPICS, type Component, type Topic } from '../lib/model';
import { NCCP_2025 } from '../lib/rules/nccp-2025';
import { median, ms } from './stats';
import { atMost, type Row } from './table';

export type PlanShape = 'surplus' | 'small-gaps' | 'unassigned';

export interface PlanTiming {
  shape: PlanShape;
  courses: number;
  msPerPlan: number;
  moves: number;
  remainingAfter: number;
  proven: boolean;
  runs: number;
}

const TITLES: Record<Topic, string> = {
  airway: 'Airway Update',
  cardiovascular: 'Cardiac Care',
  trauma: 'Trauma Review',
  medical: 'Medical Emergencies',
  operations: 'EMS Operations',
};

/** Deterministic transcripts: course i's hours and place follow from i alone. */
export function generateTranscript(courses: number, shape: PlanShape): AssessedCourse[] {
  const out: AssessedCourse[] = [];
  for (let i = 0; i < courses; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const named = i % 3 === 0;
    const hours = shape === 'small-gaps' ? 0.25 + (i % 3) * 0.25 : 0.5 + (i % 7) * 0.5;
    let component: Component | null = (['national', 'local', 'individual'] as const)[(i >> 1) % 3]!;
    if (shape === 'small-gaps') component = i % 5 === 0 ? 'local' : 'individual';
    if (shape === 'unassigned') component = null;
    out.push({
      course: {
        title: named ? `${TITLES[topic]} ${i}` : `Continuing Education ${i}`,
        completedOn: '2025-06-01',
        hours,
        component,
        topic: component === 'national' ? topic : null,
        approvalNumber: `25-ABC-F3-${String(i).padStart(4, '0')}`,
      },
      credited: component !== null,
      problems: component === null ? ['unassigned'] : [],
    });
  }
  return out;
}

export function benchPlan(courses: number, shape: PlanShape, runs = 21): PlanTiming {
  const assessed = generateTranscript(courses, shape);
  const requirement = NCCP_2025.levels.aemt;
  let plan = planAssignment(requirement, assessed);
  for (let i = 0; i < 3; i++) plan = planAssignment(requirement, assessed);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    plan = planAssignment(requirement, assessed);
    times.push(performance.now() - start);
  }
  return {
    shape,
    courses,
    msPerPlan: median(times) ?? Number.NaN,
    moves: plan.moves.length,
    remainingAfter: plan.remainingAfter,
    proven: plan.fewestProven,
    runs,
  };
}

export const PLAN_BUDGET_MS = 50;

/** The planner's rows: one per transcript shape, each against the 50 ms budget. */
export function planRows(timings: readonly PlanTiming[]): Row[] {
  return timings.map((t) => ({
    section: 'Planner (Node)',
    what: `planAssignment, ${t.courses}-course transcript (${t.shape})`,
    figure: `${ms(t.msPerPlan, 2)} per plan`,
    budget: `≤ ${PLAN_BUDGET_MS} ms`,
    verdict: atMost(t.msPerPlan, PLAN_BUDGET_MS),
    note: `median of ${t.runs}; ${t.moves} moves, ${t.remainingAfter} h left after; fewest moves ${t.proven ? 'proven' : 'not proven (search limit)'}`,
  }));
}

export function benchPlans(courses = 500): PlanTiming[] {
  return (['surplus', 'small-gaps', 'unassigned'] as const).map((shape) => benchPlan(courses, shape));
}
