import { describe, expect, it } from 'vitest';
import { PageSnapshot } from '../lib/model';

describe('PageSnapshot schema', () => {
  it('accepts a minimal unknown page', () => {
    expect(PageSnapshot.parse({ url: null, kind: 'unknown' })).toEqual({ url: null, kind: 'unknown' });
  });
  it('rejects a course with negative hours or a non-ISO date', () => {
    const bad = { url: null, kind: 'nremt-education', courses: [
      { title: 'x', completedOn: '03/12/2026', hours: 1, component: null, topic: null, approvalNumber: null },
    ] };
    expect(PageSnapshot.safeParse(bad).success).toBe(false);
    const neg = { url: null, kind: 'nremt-education', courses: [
      { title: 'x', completedOn: '2026-03-12', hours: -1, component: null, topic: null, approvalNumber: null },
    ] };
    expect(PageSnapshot.safeParse(neg).success).toBe(false);
  });
});
