// The planner against exhaustive search on many small seeded random transcripts. With whole-hour
// requirements and course hours, some best plan moves whole hours only (a max flow on integer
// capacities is integral), so trying every whole-hour distribution of every course finds the
// true optimum: first the fewest hours remaining, then the fewest moves.
import { describe, expect, it } from 'vitest';
import type { AssessedCourse } from '../../lib/engine/courses';
import { planAssignment, type PlanMove } from '../../lib/engine/plan';
import type { Component, Topic } from '../../lib/model';
import type { LevelRequirement } from '../../lib/rules';

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Three topics in play keep the search small; the other two require nothing.
const PLAY_TOPICS = ['airway', 'trauma', 'operations'] as const satisfies readonly Topic[];
const TITLE_FOR: Record<(typeof PLAY_TOPICS)[number], string> = {
  airway: 'Airway Management',
  trauma: 'Trauma Update',
  operations: 'Operations Refresher',
};
type Slot = (typeof PLAY_TOPICS)[number] | 'local' | 'individual';

interface Case {
  requirement: LevelRequirement;
  assessed: AssessedCourse[];
  /** Slot each entry sits in now (null: unassigned) and where it may go, worked out independently. */
  own: (Slot | null)[];
  allowed: Slot[][];
  valid: boolean[];
}

function randomCase(rand: () => number): Case {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const topicReq = { airway: pick([0, 1, 2, 3]), cardiovascular: 0, trauma: pick([0, 1, 2, 3]), medical: 0, operations: pick([0, 1, 2]) };
  const topicSum = topicReq.airway + topicReq.trauma + topicReq.operations;
  const open = rand() < 0.2 ? 1 : 0;
  const requirement: LevelRequirement = {
    national: topicSum + open,
    local: pick([0, 1, 2, 3]),
    individual: pick([0, 1, 2, 3]),
    topics: topicReq,
    pediatric: 0,
    skillsSignOff: 'training-officer',
  };
  const n = 1 + Math.floor(rand() * 5);
  const assessed: AssessedCourse[] = [];
  const own: (Slot | null)[] = [];
  const titleTopic: ((typeof PLAY_TOPICS)[number] | null)[] = [];
  const valid: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const splitOfPrevious = i > 0 && rand() < 0.15;
    const named = splitOfPrevious ? titleTopic[i - 1]! : rand() < 0.45 ? pick(PLAY_TOPICS) : null;
    const title = splitOfPrevious ? assessed[i - 1]!.course.title : named ? `${TITLE_FOR[named]} ${i}` : `Elective ${i}`;
    const slot: Slot | null = pick<Slot | null>([...PLAY_TOPICS, 'local', 'individual', null]);
    const component: Component | null = slot === null ? null : slot === 'local' || slot === 'individual' ? slot : 'national';
    const topic: Topic | null = slot === null || slot === 'local' || slot === 'individual' ? null : slot;
    const isValid = rand() > 0.15;
    const problems: AssessedCourse['problems'] = [];
    if (!isValid) problems.push('no-approval-number');
    if (slot === null) problems.push('unassigned');
    assessed.push({
      course: { title, completedOn: '2025-06-01', hours: 1 + Math.floor(rand() * 3), component, topic, approvalNumber: isValid ? '25-ABC-F3-0001' : null },
      credited: problems.length === 0,
      problems,
    });
    own.push(slot);
    titleTopic.push(named);
    valid.push(isValid);
  }
  // Independent rule: a topic is allowed when any valid part of the same course sits in it now,
  // or the title names it; Local and Individual take any valid course.
  const allowed = assessed.map((entry, i) => {
    const set = new Set<Slot>(['local', 'individual']);
    if (titleTopic[i]) set.add(titleTopic[i]!);
    assessed.forEach((other, j) => {
      if (valid[j] && other.course.title === entry.course.title && own[j] && own[j] !== 'local' && own[j] !== 'individual') set.add(own[j]!);
    });
    if (own[i] !== null) set.delete(own[i]!);
    return [...set];
  });
  return { requirement, assessed, own, allowed, valid };
}

function credit(req: LevelRequirement, loads: Record<Slot, number>): number {
  const topics = req.topics!;
  const capped = PLAY_TOPICS.reduce((s, t) => s + Math.min(loads[t], topics[t]), 0);
  const surplus = PLAY_TOPICS.reduce((s, t) => s + Math.max(0, loads[t] - topics[t]), 0);
  const open = req.national - PLAY_TOPICS.reduce((s, t) => s + topics[t], 0);
  const national = Math.min(req.national, capped + Math.min(open, surplus));
  return national + Math.min(loads.local, req.local) + Math.min(loads.individual, req.individual);
}

/** Every whole-hour way to spread a course over where it may stay or go. */
function distributions(hours: number, places: number): number[][] {
  if (places === 1) return [[hours]];
  const out: number[][] = [];
  for (let first = 0; first <= hours; first++) {
    for (const rest of distributions(hours - first, places - 1)) out.push([first, ...rest]);
  }
  return out;
}

function exhaustive(c: Case): { best: number; fewestMoves: number } {
  const required = c.requirement.national + c.requirement.local + c.requirement.individual;
  const loads0: Record<Slot, number> = { airway: 0, trauma: 0, operations: 0, local: 0, individual: 0 };
  const options: { targets: (Slot | null)[]; splits: number[][] }[] = [];
  c.assessed.forEach((entry, i) => {
    if (!c.valid[i]) return;
    const targets: (Slot | null)[] = [c.own[i] ?? null, ...c.allowed[i]!];
    options.push({ targets, splits: distributions(entry.course.hours, targets.length) });
  });
  let best = -1;
  let fewestMoves = Infinity;
  const loads = { ...loads0 };
  const walk = (k: number, moves: number) => {
    if (k === options.length) {
      const got = credit(c.requirement, loads);
      if (got > best) {
        best = got;
        fewestMoves = moves;
      } else if (got === best && moves < fewestMoves) fewestMoves = moves;
      return;
    }
    const { targets, splits } = options[k]!;
    for (const split of splits) {
      let m = moves;
      split.forEach((h, j) => {
        const slot = targets[j];
        if (h > 0 && slot) loads[slot] += h;
        if (h > 0 && j > 0) m++;
      });
      walk(k + 1, m);
      split.forEach((h, j) => {
        const slot = targets[j];
        if (h > 0 && slot) loads[slot] -= h;
      });
    }
  };
  walk(0, 0);
  return { best: required - best, fewestMoves };
}

function slotOf(place: PlanMove['to']): Slot {
  return place.component === 'national' ? (place.topic as Slot) : (place.component as Slot);
}

/** Applies the plan's moves to the current loads, checking each one is allowed. */
function applyPlan(c: Case, moves: PlanMove[]): number {
  const loads: Record<Slot, number> = { airway: 0, trauma: 0, operations: 0, local: 0, individual: 0 };
  const left = c.assessed.map((e) => e.course.hours);
  for (const move of moves) {
    const i = c.assessed.findIndex(
      (e, j) => c.valid[j] && e.course.title === move.course && left[j]! >= move.hours - 1e-9 &&
        (c.own[j] ?? null) === (move.from.component === null ? null : move.from.component === 'national' ? move.from.topic : move.from.component),
    );
    expect(i, `move of ${move.course} from an entry that has it`).toBeGreaterThanOrEqual(0);
    expect(c.allowed[i]).toContain(slotOf(move.to));
    left[i] = left[i]! - move.hours;
    loads[slotOf(move.to)] += move.hours;
  }
  c.assessed.forEach((e, j) => {
    if (c.valid[j] && c.own[j]) loads[c.own[j]!] += left[j]!;
  });
  return c.requirement.national + c.requirement.local + c.requirement.individual - credit(c.requirement, loads);
}

const RUNS = Number(process.env.PLAN_RUNS ?? 600);

describe('planner vs exhaustive search', () => {
  it('finds the fewest hours remaining and the fewest moves on 600 seeded random transcripts', () => {
    const rand = mulberry32(20261130);
    let improved = 0;
    for (let run = 0; run < RUNS; run++) {
      const c = randomCase(rand);
      const plan = planAssignment(c.requirement, c.assessed);
      const truth = exhaustive(c);
      const label = `case ${run}: ${JSON.stringify({ req: c.requirement, courses: c.assessed.map((e) => e.course), plan })}`;
      expect(plan.remainingAfter, label).toBeCloseTo(truth.best, 6);
      expect(plan.moves.length, label).toBe(truth.fewestMoves);
      expect(plan.fewestProven, label).toBe(true);
      expect(applyPlan(c, plan.moves), label).toBeCloseTo(plan.remainingAfter, 6);
      if (plan.moves.length > 0) improved++;
    }
    // The random cases must exercise real plans, not just "nothing to do".
    expect(improved).toBeGreaterThan(100);
  });
});
