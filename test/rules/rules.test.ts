// The rule data is validated by its schema and checked against NREMT's published table.
import { describe, expect, it } from 'vitest';
import { LEVELS, TOPICS } from '../../lib/model';
import { cycleForYear, MA_FEES, RULE_SETS, ruleSetFor } from '../../lib/rules';
import { NCCP_2025 } from '../../lib/rules/nccp-2025';
import { RuleSet } from '../../lib/rules/schema';

describe('rule sets', () => {
  it.each(RULE_SETS.map((s) => [s.id, s] as const))('%s passes its schema and names its sources', (_id, set) => {
    expect(RuleSet.parse(set)).toEqual(set);
    expect(set.sources.some((s) => s.includes('nremt.org'))).toBe(true);
  });

  it('the schema rejects a broken table', () => {
    const negative = structuredClone(NCCP_2025);
    negative.levels.emt.local = -1;
    expect(RuleSet.safeParse(negative).success).toBe(false);
    const missingTopic = structuredClone(NCCP_2025) as unknown as { levels: { emt: { topics: Record<string, number> } } };
    delete missingTopic.levels.emt.topics.trauma;
    expect(RuleSet.safeParse(missingTopic).success).toBe(false);
  });

  it.each(LEVELS.map((l) => [l] as const))('%s: topic credits sum to the National hours; pediatric is 10 %%', (level) => {
    const req = NCCP_2025.levels[level];
    const topics = req.topics!;
    const sum = TOPICS.reduce((s, t) => s + topics[t], 0);
    expect(sum).toBeCloseTo(req.national, 10);
    expect(req.pediatric).toBeCloseTo(req.national / 10, 10);
  });

  it('hours per level as NREMT publishes them (National / Local / Individual)', () => {
    const table = Object.fromEntries(LEVELS.map((l) => {
      const r = NCCP_2025.levels[l];
      return [l, [r.national, r.local, r.individual, r.national + r.local + r.individual]];
    }));
    expect(table).toEqual({
      emr: [8, 4, 4, 16],
      emt: [20, 10, 10, 40],
      aemt: [25, 12.5, 12.5, 50],
      paramedic: [30, 15, 15, 60],
    });
    expect(NCCP_2025.levels.aemt.topics).toEqual({ airway: 5, cardiovascular: 6, trauma: 4, medical: 7, operations: 3 });
    expect(NCCP_2025.topicCreditsConfirmed).toBe(false);
  });

  it('AEMT and Paramedic skills go to the Medical Director, EMT and EMR to the Training Officer', () => {
    expect(LEVELS.map((l) => NCCP_2025.levels[l].skillsSignOff)).toEqual([
      'training-officer', 'training-officer', 'medical-director', 'medical-director',
    ]);
  });

  it('the 2025 model governs expirations from March 31, 2026; earlier ones are not covered', () => {
    expect(ruleSetFor('2026-03-31')?.id).toBe('nccp-2025');
    expect(ruleSetFor('2031-03-31')?.id).toBe('nccp-2025');
    expect(ruleSetFor('2026-03-30')).toBeNull();
    expect(ruleSetFor('2025-03-31')).toBeNull();
  });
});

describe('Massachusetts timeline from the expiration year', () => {
  it.each([
    [2026, '2025-10-01', '2026-02-15', '2026-03-31', '2026-04-30', '2028-03-31'],
    [2027, '2026-10-01', '2027-02-15', '2027-03-31', '2027-04-30', '2029-03-31'],
    [2028, '2027-10-01', '2028-02-15', '2028-03-31', '2028-04-30', '2030-03-31'], // leap year
    [2029, '2028-10-01', '2029-02-15', '2029-03-31', '2029-04-30', '2031-03-31'],
    [2030, '2029-10-01', '2030-02-15', '2030-03-31', '2030-04-30', '2032-03-31'], // renews into a leap year
  ])('%i', (year, opensOn, recommendedBy, lastDay, signOffBy, renewsTo) => {
    expect(cycleForYear(year)).toEqual({ opensOn, recommendedBy, lastDay, signOffBy, renewsTo });
  });

  it('fees as in the 2026 sheet', () => {
    expect(MA_FEES).toEqual({ stepA: 30, stepB: 125, lateNremt: 50, lateState: 50 });
  });
});
