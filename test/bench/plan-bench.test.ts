// The planner's bench rows: deterministic transcripts, and the verdict follows the 50 ms budget.
import { describe, expect, it } from 'vitest';
import { generateTranscript, planRows, type PlanTiming } from '../../bench/plan-bench';

const timing = (msPerPlan: number): PlanTiming => ({ shape: 'surplus', courses: 500, msPerPlan, moves: 0, remainingAfter: 0, proven: true, runs: 21 });

describe('planner bench', () => {
  it('generates the same 500-course transcript every time', () => {
    expect(generateTranscript(500, 'small-gaps')).toEqual(generateTranscript(500, 'small-gaps'));
    expect(generateTranscript(500, 'unassigned').every((c) => c.problems.includes('unassigned'))).toBe(true);
  });

  it('marks a plan over 50 ms as missed', () => {
    expect(planRows([timing(12), timing(51), timing(Number.NaN)]).map((r) => r.verdict)).toEqual(['met', 'missed', 'missed']);
  });
});
