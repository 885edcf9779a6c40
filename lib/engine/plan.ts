// The assignment planner: where each valid course's hours should sit so the fewest hours remain,
// and among those plans the one with the fewest moves. Hours beyond a topic's or component's
// requirement earn nothing where they sit; moving them (or part of a course: a split) can.
//
// Formulation: a flow network, course -> slot (a National topic, Local or Individual) ->
// requirement -> sink, whose capacities are the requirements, so the maximum flow is the most
// hours that can count (the same capping rules as tally.ts). Among maximum flows, the fewest moves
// is a fixed-charge problem: branch and bound on "is this move used", each node a min-cost flow
// where moving h of a course's H hours costs h/H (a whole course moved costs exactly one move).
// Hours are counted in hundredths so the flow is exact.
import { TOPICS, type Plan, type PlanMove, type Topic } from '../model';
import type { LevelRequirement } from '../rules';
import { repeatKey, type AssessedCourse } from './courses';
import { round2 } from './format';
import { MinCostFlow, type FlowEdge } from './min-cost-flow';
import { tallyComponents, totalRemaining } from './tally';
import { topicsNamedBy } from './title-words';

export type { Plan, PlanMove } from '../model';
export type Place = PlanMove['from'];
export type MoveBasis = PlanMove['basis'];
export type StillNeeded = Plan['stillNeeded'][number];

type SlotKey = Topic | 'local' | 'individual' | 'national';

const slotPlace = (slot: SlotKey): Place =>
  slot === 'local' || slot === 'individual' || slot === 'national'
    ? { component: slot, topic: null }
    : { component: 'national', topic: slot };

const units = (hours: number): number => Math.round(hours * 100);

/** Courses that earn credit once assigned: approval number, inside the cycle, not a repeat. */
export function plannable(entry: AssessedCourse): boolean {
  return entry.problems.every((p) => p === 'unassigned') && entry.course.hours > 0;
}

function currentSlot(entry: AssessedCourse, withTopics: boolean): SlotKey | null {
  if (entry.problems.includes('unassigned')) return null;
  const { component, topic } = entry.course;
  if (component === 'local' || component === 'individual') return component;
  if (component !== 'national') return null;
  if (!withTopics) return 'national';
  return topic;
}

/** Where a course may go, and why: its own topics (any part of it), topics its title names. */
function destinations(entry: AssessedCourse, assignedTopics: ReadonlySet<Topic>, nationalNow: boolean, withTopics: boolean) {
  const out = new Map<SlotKey, MoveBasis>([
    ['local', 'any'],
    ['individual', 'any'],
  ]);
  if (withTopics) {
    for (const t of assignedTopics) out.set(t, 'assigned');
    for (const t of topicsNamedBy(entry.course.title)) if (!out.has(t)) out.set(t, 'title');
  } else if (nationalNow) {
    out.set('national', 'assigned');
  }
  return out;
}

interface Arc {
  /** The network node whose hours this arc carries. */
  node: number;
  /** The course (index among the plannable ones), or -1 for pooled hours that stay. */
  candidate: number;
  from: SlotKey | null;
  to: SlotKey;
  basis: MoveBasis;
  /** Keeping hours where they are: never a move. */
  stay: boolean;
}

interface Network {
  slots: SlotKey[];
  requirement: LevelRequirement;
  hours: number[];
  arcs: Arc[];
}

/** Arcs fixed by the search: 0 = not used, 1 = used (its one move already paid). */
type Fixed = Map<number, 0 | 1>;

interface Relaxed {
  flow: number;
  work: number;
  /** Moves paid for plus fractions of moves: a lower bound on the moves of any plan below. */
  bound: number;
  arcFlow: number[];
}

/**
 * The cheapest maximum flow when arcs fixed to 0 are gone and arcs fixed to 1 cost nothing more.
 * Moving h of a course's H hundredths costs h/H: the linear relaxation of "one per move".
 */
function relax(net: Network, fixed: Fixed): Relaxed {
  const { slots, requirement } = net;
  const SOURCE = 0;
  const SINK = 1;
  const NATIONAL = 2;
  const OPEN = 3;
  const slotNode = new Map<SlotKey, number>(slots.map((s, i) => [s, 4 + i]));
  const flow = new MinCostFlow(4 + slots.length + net.hours.length);
  // Each slot's way to the sink without the open share, to pre-fill the hours that stay.
  const outOf = new Map<SlotKey, FlowEdge[]>();
  const nationalOut = flow.addEdge(NATIONAL, SINK, units(requirement.national), 0);
  outOf.set('local', [flow.addEdge(slotNode.get('local')!, SINK, units(requirement.local), 0)]);
  outOf.set('individual', [flow.addEdge(slotNode.get('individual')!, SINK, units(requirement.individual), 0)]);
  if (requirement.topics) {
    const topicSum = TOPICS.reduce((sum, t) => sum + units(requirement.topics![t]), 0);
    // Topic requirements adding up to less than National: the rest may come from any topic's surplus.
    const open = Math.max(0, units(requirement.national) - topicSum);
    if (open > 0) flow.addEdge(OPEN, NATIONAL, open, 0);
    for (const t of TOPICS) {
      const node = slotNode.get(t)!;
      outOf.set(t, [flow.addEdge(node, NATIONAL, units(requirement.topics[t]), 0), nationalOut]);
      if (open > 0) flow.addEdge(node, OPEN, open, 0);
    }
  } else {
    outOf.set('national', [flow.addEdge(slotNode.get('national')!, NATIONAL, units(requirement.national), 0), nationalOut]);
  }
  const supply = net.hours.map((h, i) => flow.addEdge(SOURCE, 4 + slots.length + i, h, 0));
  let paid = 0;
  const edges = net.arcs.map((arc, i) => {
    const state = fixed.get(i);
    if (state === 0) return null;
    if (state === 1) paid++;
    const h = net.hours[arc.node]!;
    const cost = arc.stay || state === 1 ? 0 : 1 / h;
    return flow.addEdge(4 + slots.length + arc.node, slotNode.get(arc.to)!, h, cost);
  });
  // Start from the hours as they sit (cost 0, so still a cheapest flow): the search then only
  // looks for the few paths that gain, instead of one path per course.
  let prefilled = 0;
  net.arcs.forEach((arc, i) => {
    const stay = edges[i];
    if (!arc.stay || !stay) return;
    const path = [supply[arc.node]!, stay, ...outOf.get(arc.to)!];
    const amount = Math.min(...path.map((e) => e.cap - e.flow));
    if (amount > 0) {
      flow.push(path, amount);
      prefilled += amount;
    }
  });
  const result = flow.run(SOURCE, SINK);
  return { flow: prefilled + result.flow, work: flow.work, bound: paid + result.cost, arcFlow: edges.map((e) => e?.flow ?? 0) };
}

const movesIn = (net: Network, arcFlow: readonly number[]): number =>
  net.arcs.reduce((n, arc, i) => n + (!arc.stay && arcFlow[i]! > 0 ? 1 : 0), 0);

/**
 * Work allowed (edges examined) before the best plan found so far is taken: its hours are still
 * the fewest possible, its moves the fewest found. Counted, not timed, so results never depend
 * on the machine. Well above what the exhaustive tests and real transcripts need.
 */
const SEARCH_WORK_LIMIT = 1_000_000;

/**
 * Fewest moves among the plans that credit the most hours: branch and bound on "is this move
 * used", bounded below by the relaxation. Every node's flow is itself a valid plan, so the best
 * one seen is always at hand; the search proves it fewest unless SEARCH_WORK_LIMIT is reached.
 */
function fewestMoves(net: Network, target: number): { arcFlow: number[]; proven: boolean } {
  const root = relax(net, new Map());
  let best = root.arcFlow;
  let bestMoves = movesIn(net, best);
  let work = root.work;
  let stopped = false;
  const visit = (fixed: Fixed, relaxed: Relaxed): void => {
    const moves = movesIn(net, relaxed.arcFlow);
    if (moves < bestMoves) {
      best = relaxed.arcFlow;
      bestMoves = moves;
    }
    if (Math.ceil(relaxed.bound - 1e-9) >= bestMoves) return;
    // Branch on a move that carries part of a course without having paid for a whole move.
    let branch = -1;
    let branchShare = 0;
    net.arcs.forEach((arc, i) => {
      const f = relaxed.arcFlow[i]!;
      if (arc.stay || f <= 0 || fixed.has(i)) return;
      const share = f / net.hours[arc.node]!;
      if (share < 1 - 1e-12 && share > branchShare) {
        branch = i;
        branchShare = share;
      }
    });
    if (branch === -1) return;
    for (const state of [1, 0] as const) {
      if (work >= SEARCH_WORK_LIMIT) {
        stopped = true;
        return;
      }
      const next: Fixed = new Map(fixed).set(branch, state);
      const child = relax(net, next);
      work += child.work;
      if (child.flow < target) continue;
      if (Math.ceil(child.bound - 1e-9) >= bestMoves) continue;
      visit(next, child);
    }
  };
  visit(new Map(), root);
  return { arcFlow: best, proven: !stopped };
}

type Options = { from: SlotKey | null; allowed: Map<SlotKey, MoveBasis> };

/**
 * The network: courses that may move keep their own node and arcs; the hours of the others only
 * stay where they are, so they are pooled into one node per place (fewer paths to search).
 */
function buildNetwork(
  slots: SlotKey[],
  requirement: LevelRequirement,
  candidates: readonly AssessedCourse[],
  options: readonly Options[],
  mayMove: (i: number) => boolean,
): Network {
  const hours: number[] = [];
  const arcs: Arc[] = [];
  const pooled = new Map<SlotKey, number>();
  candidates.forEach((entry, i) => {
    const { from, allowed } = options[i]!;
    if (!mayMove(i)) {
      if (from !== null) pooled.set(from, (pooled.get(from) ?? 0) + units(entry.course.hours));
      return;
    }
    const node = hours.push(units(entry.course.hours)) - 1;
    if (from !== null) arcs.push({ node, candidate: i, from, to: from, basis: 'assigned', stay: true });
    for (const [to, basis] of allowed) arcs.push({ node, candidate: i, from, to, basis, stay: false });
  });
  for (const [slot, total] of pooled) {
    const node = hours.push(total) - 1;
    arcs.push({ node, candidate: -1, from: slot, to: slot, basis: 'assigned', stay: true });
  }
  return { slots, requirement, hours, arcs };
}

export function planAssignment(requirement: LevelRequirement, assessed: readonly AssessedCourse[]): Plan {
  const withTopics = requirement.topics !== null;
  const before = totalRemaining(tallyComponents(requirement, assessed, false));

  // What every course is assigned to now, across its parts (a split course keeps its topics).
  const topicsOf = new Map<string, Set<Topic>>();
  const nationalOf = new Set<string>();
  for (const entry of assessed) {
    if (!plannable(entry) || entry.course.component !== 'national') continue;
    const key = repeatKey(entry.course);
    nationalOf.add(key);
    if (entry.course.topic !== null) {
      const set = topicsOf.get(key) ?? new Set<Topic>();
      set.add(entry.course.topic);
      topicsOf.set(key, set);
    }
  }

  const slots: SlotKey[] = withTopics ? [...TOPICS, 'local', 'individual'] : ['national', 'local', 'individual'];
  const candidates = assessed.filter(plannable);
  const options = candidates.map((entry) => {
    const from = currentSlot(entry, withTopics);
    const key = repeatKey(entry.course);
    const allowed = destinations(entry, topicsOf.get(key) ?? new Set(), nationalOf.has(key), withTopics);
    if (from !== null) allowed.delete(from);
    return { from, allowed };
  });
  const full = buildNetwork(slots, requirement, candidates, options, () => true);
  const root = relax(full, new Map());
  // Courses that sit in the same place and may go to the same places differ only in hours: a plan
  // of m moves needs at most the m largest of them, so only those keep their move arcs.
  const bound = movesIn(full, root.arcFlow);
  const classes = new Map<string, number[]>();
  options.forEach((o, i) => {
    const key = JSON.stringify([o.from, [...o.allowed.keys()].sort()]);
    const members = classes.get(key);
    if (members) members.push(i);
    else classes.set(key, [i]);
  });
  const movable = new Set<number>();
  for (const members of classes.values()) {
    members.sort((a, b) => candidates[b]!.course.hours - candidates[a]!.course.hours || a - b);
    for (const i of members.slice(0, bound)) movable.add(i);
  }
  const net = buildNetwork(slots, requirement, candidates, options, (i) => movable.has(i));
  const { arcFlow, proven } = fewestMoves(net, root.flow);

  // The planned assignment: moved parts go to their new place, everything else stays.
  const moves: PlanMove[] = [];
  const moved = new Map<AssessedCourse, number>();
  const planned: AssessedCourse[] = [];
  net.arcs.forEach((arc, i) => {
    const f = arcFlow[i]!;
    if (arc.stay || f <= 0) return;
    const entry = candidates[arc.candidate]!;
    const hours = f / 100;
    moved.set(entry, (moved.get(entry) ?? 0) + f);
    const place = slotPlace(arc.to);
    moves.push({
      course: entry.course.title,
      hours,
      from: arc.from === null ? { component: entry.course.component, topic: entry.course.topic } : slotPlace(arc.from),
      to: place,
      basis: arc.basis,
      completedOn: entry.course.completedOn,
      courseHours: entry.course.hours,
    });
    planned.push({ course: { ...entry.course, hours, component: place.component, topic: place.topic }, credited: true, problems: [] });
  });
  for (const entry of assessed) {
    const left = units(entry.course.hours) - (moved.get(entry) ?? 0);
    if (left > 0) planned.push({ ...entry, course: { ...entry.course, hours: left / 100 } });
  }
  const after = tallyComponents(requirement, planned, false);
  const remainingAfter = totalRemaining(after);
  // Never propose moves that gain nothing (rounding cannot make a plan look better than it is).
  if (moves.length === 0 || remainingAfter >= before) {
    return { remainingAfter: before, moves: [], stillNeeded: stillNeeded(tallyComponents(requirement, assessed, false), withTopics), fewestProven: true };
  }
  return { remainingAfter, moves, stillNeeded: stillNeeded(after, withTopics), fewestProven: proven };
}

function stillNeeded(components: ReturnType<typeof tallyComponents>, withTopics: boolean): StillNeeded[] {
  const out: StillNeeded[] = [];
  const national = components.national;
  let topicShort = 0;
  if (withTopics) {
    for (const t of TOPICS) {
      const remaining = national.topics[t].remaining;
      if (remaining > 0) out.push({ component: 'national', topic: t, hours: remaining });
      topicShort += remaining;
    }
  }
  // National hours not explained by a topic (its figure above the topics' sum).
  const rest = round2(national.remaining - topicShort);
  if (rest > 0) out.push({ component: 'national', topic: null, hours: rest });
  for (const c of ['local', 'individual'] as const) {
    if (components[c].remaining > 0) out.push({ component: c, topic: null, hours: components[c].remaining });
  }
  return out;
}
