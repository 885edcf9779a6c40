// Which rule set governs an expiration date, and what a level must earn under it.
import type { Level } from '../model';
import { NCCP_2025 } from './nccp-2025';
import type { LevelRequirement, RuleSet } from './schema';

export const RULE_SETS: readonly RuleSet[] = [NCCP_2025];

/** The rule set governing a cycle that ends on `expiresOn`, or null when we carry none. */
export function ruleSetFor(expiresOn: string): RuleSet | null {
  return (
    RULE_SETS.find(
      (set) =>
        expiresOn >= set.appliesTo.expiresFrom &&
        (set.appliesTo.expiresBefore === null || expiresOn < set.appliesTo.expiresBefore),
    ) ?? null
  );
}

/** The newest rule set: used for component hours (unchanged across models) when none covers a date. */
export function latestRuleSet(): RuleSet {
  return NCCP_2025;
}

export function requirementFor(set: RuleSet, level: Level): LevelRequirement {
  return set.levels[level];
}

export { cycleForYear, isMarch31, MA_FEES, MA_TIMELINE_SOURCE } from './timeline';
export type { LevelRequirement, RuleSet } from './schema';
