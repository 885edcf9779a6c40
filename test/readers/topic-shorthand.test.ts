// A person's own course log names the National topic in shorthand ("Cardio", "Ops", "EMS Ops"):
// domain.md's wording varies ("Cardiovascular" or "Cardiology"; "Operations" or "EMS Operations"),
// and a log typed by hand shortens it further. Whole names only: a title mentioning them is no topic.
import { describe, expect, it } from 'vitest';
import { parseAssignment, parseTopic } from '../../lib/readers/topics';

describe('National topic shorthand', () => {
  it.each([
    ['Cardio', 'cardiovascular'],
    ['cardio', 'cardiovascular'],
    ['Ops', 'operations'],
    ['EMS Ops', 'operations'],
    ['Ops topic', 'operations'],
  ])('%s', (text, topic) => {
    expect(parseTopic(text)).toBe(topic);
    expect(parseAssignment(`National – ${text}`)).toEqual({ component: 'national', topic });
  });

  it.each(['Cardio Drills for Crews', 'Special Ops Medicine'])('%s names no topic', (text) => {
    expect(parseTopic(text)).toBeNull();
  });
});
