// A partial or still-loading read adds and updates courses but never removes one; only a complete
// read of the whole list replaces what is stored.
import { describe, expect, it } from 'vitest';
import { emptyRecord, mergeSnapshot } from '../../lib/merge';
import type { Course, PageSnapshot, ProviderRecord } from '../../lib/model';

const course = (n: number, component: Course['component'] = null): Course => ({
  title: `Course ${n}`,
  completedOn: '2026-01-10',
  hours: 1,
  component,
  topic: null,
  approvalNumber: `26-ABC-F3-${String(n).padStart(4, '0')}`,
});
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => course(from + i));
const page = (courses: Course[], listCoverage?: PageSnapshot['listCoverage']): PageSnapshot => ({
  url: 'https://www.nremt.org/transcript',
  kind: 'nremt-education',
  courses,
  ...(listCoverage ? { listCoverage } : {}),
});
const stored = (courses: Course[]): ProviderRecord => ({ ...emptyRecord(), courses });
const AT = '2026-11-24T12:00:00.000Z';

describe('partial pages never shrink what is stored', () => {
  it('"Showing 1–10 of 18" keeps the 18 stored courses', () => {
    const next = mergeSnapshot(stored(range(1, 18)), page(range(1, 10), { complete: false, shown: 10, total: 18, reason: 'pager' }), AT);
    expect(next.courses).toHaveLength(18);
  });

  it('a course table still "Loading…" does not empty the list', () => {
    const next = mergeSnapshot(stored(range(1, 5)), page([], { complete: false, reason: 'loading' }), AT);
    expect(next.courses).toHaveLength(5);
  });

  it('a partial read adds new courses and updates the ones it shows', () => {
    const update = { ...course(2), component: 'local' as const };
    const next = mergeSnapshot(stored(range(1, 3)), page([update, course(40)], { complete: false, reason: 'pager' }), AT);
    expect(next.courses.map((c) => c.title)).toEqual(['Course 1', 'Course 2', 'Course 3', 'Course 40']);
    expect(next.courses.find((c) => c.title === 'Course 2')!.component).toBe('local');
  });

  it('a complete read still replaces the list (a course removed on NREMT is gone)', () => {
    const next = mergeSnapshot(stored(range(1, 5)), page(range(1, 3), { complete: true, shown: 3, total: 3 }), AT);
    expect(next.courses).toHaveLength(3);
    const legacy = mergeSnapshot(stored(range(1, 5)), page(range(1, 3)), AT);
    expect(legacy.courses).toHaveLength(3);
  });

  it('a partial read keeps the unread rows it did not see and says what it could not see', () => {
    const record = { ...stored(range(1, 3)), unread: [{ text: 'TBD row', reason: 'hours unreadable' }] };
    const next = mergeSnapshot(record, page(range(1, 2), { complete: false, shown: 2, total: 3, reason: 'pager' }), AT);
    expect(next.unread).toEqual([{ text: 'TBD row', reason: 'hours unreadable' }]);
  });
});
