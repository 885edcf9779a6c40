// The plan in Manage Education's words: one step per course to change, then what is still needed.
// Plain strings (titles come from the page): the components render them as text only.
import type { Plan, PlanMove } from '../lib/model';
import { hours } from './format';
// One copy of NREMT's names for the panel bundle.
import { COMPONENT_NAMES, TOPIC_NAMES } from './HoursSummary';

/** "National → Trauma", "Local", "no component". */
export function placeName(place: PlanMove['from']): string {
  if (place.component === null) return 'no component';
  if (place.component === 'national') return place.topic ? `National → ${TOPIC_NAMES[place.topic]}` : 'National';
  return COMPONENT_NAMES[place.component];
}

const sameCourse = (a: PlanMove, b: PlanMove) =>
  a.course === b.course && a.completedOn === b.completedOn && a.courseHours === b.courseHours &&
  a.from.component === b.from.component && a.from.topic === b.from.topic;

const titleCheck = (moves: readonly PlanMove[]): string => {
  const topics = moves.filter((m) => m.basis === 'title' && m.to.topic).map((m) => TOPIC_NAMES[m.to.topic!]);
  return topics.length > 0 ? ` (check that it covers ${topics.join(' and ')})` : '';
};

/** One sentence per course the plan changes, in plan order. */
export function planSteps(plan: Plan): string[] {
  const groups: PlanMove[][] = [];
  for (const move of plan.moves) {
    const group = groups.find((g) => sameCourse(g[0]!, move));
    if (group) group.push(move);
    else groups.push([move]);
  }
  return groups.map((moves) => {
    const first = moves[0]!;
    const moved = moves.reduce((sum, m) => sum + m.hours, 0);
    const stays = Math.round((first.courseHours - moved) * 100) / 100;
    const title = `'${first.course}'`;
    const unassigned = first.from.component === null || (first.from.component === 'national' && first.from.topic === null);
    if (moves.length === 1 && stays <= 0) {
      const where = unassigned ? `assign ${title} (${hours(first.hours)} h) to ${placeName(first.to)}` :
        `move ${title} (${hours(first.hours)} h) from ${placeName(first.from)} to ${placeName(first.to)}`;
      return `In Manage Education, ${where}${titleCheck(moves)}`;
    }
    const parts = moves.map((m) => `${hours(m.hours)} h to ${placeName(m.to)}`);
    if (stays > 0) parts.unshift(`${hours(stays)} h ${unassigned ? 'stay unassigned' : `stay in ${placeName(first.from)}`}`);
    return `In Manage Education, split ${title}: ${parts.join(', ')}${titleCheck(moves)}`;
  });
}

/** "then add 1.5 h of Operations and 3 h of Local", or null when nothing is left. */
export function stillNeededSentence(plan: Plan, afterMoves: boolean): string | null {
  if (plan.stillNeeded.length === 0) return null;
  const parts = plan.stillNeeded.map((n) => `${hours(n.hours)} h of ${n.topic ? TOPIC_NAMES[n.topic] : COMPONENT_NAMES[n.component]}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]!;
  return `${afterMoves ? 'then add' : 'Add'} ${list}`;
}
