// Where today falls in a cycle, and how many calendar days remain to each deadline.
import { daysBetween } from '../dates';
import type { Cycle, Phase, Report } from '../model';

export function phaseOn(cycle: Cycle | null, today: string): Phase {
  if (!cycle) return 'unknown';
  if (today < cycle.opensOn) return 'not-open';
  if (today <= cycle.lastDay) return 'open';
  if (today <= cycle.signOffBy) return 'late';
  return 'closed';
}

export function daysLeftOn(cycle: Cycle | null, today: string): Report['daysLeft'] {
  if (!cycle) return null;
  return {
    recommendedBy: daysBetween(today, cycle.recommendedBy),
    lastDay: daysBetween(today, cycle.lastDay),
    signOffBy: daysBetween(today, cycle.signOffBy),
  };
}

/** Phases in which the user can act: only then do we nag. */
export function windowHasOpened(phase: Phase): boolean {
  return phase === 'open' || phase === 'late' || phase === 'closed';
}
