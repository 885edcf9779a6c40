// Adds credited hours into components and National topics, capped at each requirement.
// Credit follows the user's own assignment; the engine never moves hours itself.
import { TOPICS, type Report, type Tally, type Topic } from '../model';
import type { LevelRequirement } from '../rules';
import type { AssessedCourse } from './courses';
import { round2 } from './format';

export type Components = NonNullable<Report['components']>;

function tally(required: number, hours: number): Tally {
  const credited = round2(Math.min(hours, required));
  return {
    required: round2(required),
    hours: round2(hours),
    credited,
    remaining: round2(Math.max(0, required - credited)),
  };
}

/** Recertified by exam: the CE requirement counts as met. */
function satisfied(t: Tally): Tally {
  return { ...t, credited: t.required, remaining: 0 };
}

export function tallyComponents(
  requirement: LevelRequirement,
  assessed: readonly AssessedCourse[],
  recertifiedByExam: boolean,
): Components {
  const sums = { national: 0, local: 0, individual: 0 };
  const topicHours = Object.fromEntries(TOPICS.map((t) => [t, 0])) as Record<Topic, number>;
  for (const { course, credited } of assessed) {
    if (!credited || course.component === null) continue;
    sums[course.component] += course.hours;
    if (course.component === 'national' && course.topic !== null) topicHours[course.topic] += course.hours;
  }

  const topicRequirements = requirement.topics;
  const topics = Object.fromEntries(
    // Without a topic table we claim nothing per topic: required 0, the raw hours shown for reference.
    TOPICS.map((t) => [t, tally(topicRequirements ? topicRequirements[t] : 0, topicHours[t])]),
  ) as Record<Topic, Tally>;

  const national: Tally = topicRequirements
    ? (() => {
        const topicCredited = TOPICS.reduce((sum, t) => sum + topics[t].credited, 0);
        // Normally the topics add up to the National figure and National credit is their sum.
        // When they add up to less (a page figure mixed with ours), the rest of the National
        // hours may come from any topic's hours beyond its own requirement.
        const open = Math.max(0, requirement.national - TOPICS.reduce((sum, t) => sum + topics[t].required, 0));
        const surplus = TOPICS.reduce((sum, t) => sum + Math.max(0, topics[t].hours - topics[t].required), 0);
        const credited = round2(Math.min(requirement.national, topicCredited + Math.min(open, surplus)));
        return {
          required: requirement.national,
          hours: round2(sums.national),
          credited,
          remaining: round2(Math.max(0, requirement.national - credited)),
        };
      })()
    : tally(requirement.national, sums.national);

  const result: Components = {
    national: { ...national, topics },
    local: tally(requirement.local, sums.local),
    individual: tally(requirement.individual, sums.individual),
  };
  if (!recertifiedByExam) return result;
  return {
    national: {
      ...satisfied(result.national),
      topics: Object.fromEntries(TOPICS.map((t) => [t, satisfied(topics[t])])) as Record<Topic, Tally>,
    },
    local: satisfied(result.local),
    individual: satisfied(result.individual),
  };
}

export function totalRemaining(components: Components): number {
  return round2(components.national.remaining + components.local.remaining + components.individual.remaining);
}

export function anyHoursCredited(components: Components): boolean {
  return components.national.hours + components.local.hours + components.individual.hours > 0;
}
