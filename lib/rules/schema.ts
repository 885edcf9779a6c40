// The shape of a rule set: recertification requirements as data, with where they come from and
// which expiration dates they govern. Validated in test/rules so a typo in the table fails CI.
import * as z from 'zod/mini';
import { isoDate, LEVELS, TOPICS } from '../model';

const hours = z.number().check(z.minimum(0));

export const TopicCredits = z.record(z.enum(TOPICS), hours);

export const LevelRequirement = z.object({
  national: hours,
  local: hours,
  individual: hours,
  /** Credits per National topic; null when the model has no topic breakdown we can vouch for. */
  topics: z.nullable(TopicCredits),
  /** Pediatric credits: overlap the topic credits, they are not extra. */
  pediatric: hours,
  /** Who signs off the skills on NREMT (shown in the checklist). */
  skillsSignOff: z.enum(['training-officer', 'medical-director']),
});

export const RuleSet = z.object({
  id: z.string(),
  name: z.string(),
  sources: z.array(z.string()).check(z.minLength(1)),
  /** Expirations this set governs: on or after `from`, before `until` (open-ended when null). */
  appliesTo: z.object({ expiresFrom: isoDate, expiresBefore: z.nullable(isoDate) }),
  /** false while the topic credits come from a secondary source only: the UI says so. */
  topicCreditsConfirmed: z.boolean(),
  levels: z.record(z.enum(LEVELS), LevelRequirement),
});

export type TopicCredits = z.infer<typeof TopicCredits>;
export type LevelRequirement = z.infer<typeof LevelRequirement>;
export type RuleSet = z.infer<typeof RuleSet>;
