import { describe, expect, it } from 'vitest';
import { isWrong, mismatchLines, sameValue, scorePage, type ExpectedPage } from './compare';

describe('sameValue', () => {
  it.each([
    ['title', 'Airway  Review\n  Part 2', 'Airway Review Part 2', true],
    ['title', 'Airway Review', 'Airway review', false],
    ['hours', 1.5, 1.5, true],
    ['hours', 1, 1.0000000001, true],
    ['hours', 1.5, '1.5', false],
    ['hours', 2, 2.25, false],
    ['approvalNumber', null, undefined, true],
    ['approvalNumber', null, '25-ABC-F3-0001', false],
    ['approvalNumber', '25-ABC-F3-0001', null, false],
    ['approvalNumber', 'OEMS 26-4471-T3', '26-4471-T3', true],
    ['approvalNumber', 'CAPCE # 26-ABC-F3-0001', '26-ABC-F3-0001', true],
    ['approvalNumber', 'OEMS 26-4471-T3', '26-4472-T3', false],
    ['approvalNumber', 'MA OEMS T26-1102', 'T26-1102', true],
    ['approvalNumber', 'MA T26-1102', 'T26-1102', false],
    ['approvalNumber', 'OEMS-26-4471-T3', '26-4471-T3', false],
    ['completedOn', '2026-01-09', '2026-01-09', true],
    ['completedOn', '2026-01-09', '2026-09-01', false],
    ['submitButton', true, true, true],
    ['submitButton', false, undefined, false],
    ['component', 'national', 'local', false],
  ])('%s: %j vs %j -> %s', (field, expected, got, same) => {
    expect(sameValue(field, expected, got)).toBe(same);
  });
});

describe('scorePage', () => {
  const expected: ExpectedPage = {
    kind: 'nremt-education',
    person: { name: 'Pat Doe' },
    courses: [
      { title: 'A', hours: 1, approvalNumber: null },
      { title: 'B', hours: 2, approvalNumber: '25-ABC-F3-0001' },
    ],
    unreadCount: 1,
  };

  it('counts kind, listed keys, the course count, listed course fields and unreadCount', () => {
    const score = scorePage(expected, {
      kind: 'nremt-education',
      person: { name: 'Pat Doe', registryNumber: 'E1' },
      courses: [
        { title: 'A', hours: 1, approvalNumber: null, topic: 'airway' },
        { title: 'B ', hours: 2, approvalNumber: '25-ABC-F3-0001' },
      ],
      unread: [{ text: 'x', reason: 'hours' }],
    });
    expect(score).toMatchObject({ matched: 10, total: 10, mismatches: [], zeroCourseMisread: false, readCourses: 2 });
  });

  it('flags a page that shows courses but was read with none, and lists each missed field', () => {
    const score = scorePage(expected, { kind: 'unknown' });
    expect(score.total).toBe(10);
    // The expected null approval number of a course never read is not a free point.
    expect(score.matched).toBe(0);
    expect(score.zeroCourseMisread).toBe(true);
    expect(score.mismatches.map((m) => m.field)).toContain('kind');
    expect(mismatchLines(score)).toContain('courses[0..1]: not read (2 courses, 6 fields)');
  });

  it('compares courses by position: one extra course shifts the rest', () => {
    const score = scorePage(
      { kind: 'nremt-education', courses: [{ title: 'A' }, { title: 'B' }] },
      { kind: 'nremt-education', courses: [{ title: 'Hidden' }, { title: 'A' }, { title: 'B' }] },
    );
    expect(score.mismatches.map((m) => m.field)).toEqual(['courses.length', 'courses[0].title', 'courses[1].title']);
  });

  it('does not count a null-expected field of a section that was not read', () => {
    const want: ExpectedPage = { kind: 'nremt-dashboard', agency: { name: null, status: 'none' } };
    expect(scorePage(want, { kind: 'nremt-dashboard' }).matched).toBe(1);
    expect(scorePage(want, { kind: 'nremt-dashboard', agency: { name: null, status: 'none' } }).matched).toBe(3);
  });

  it('scores an empty expected course list as one field', () => {
    expect(scorePage({ kind: 'unknown', courses: [] }, { kind: 'unknown' })).toMatchObject({
      matched: 2,
      total: 2,
      zeroCourseMisread: false,
    });
  });
});

describe('scorePage on eLicensing renewal pages', () => {
  it('scores the renewal section key by key', () => {
    const expected: ExpectedPage = { kind: 'elicensing-renewal', renewal: { state: 'paid-not-submitted', paid: true, submitControl: true } };
    const score = scorePage(expected, { kind: 'elicensing-renewal', renewal: { state: 'submitted', paid: true, submitControl: true } });
    expect(score.total).toBe(4);
    expect(score.mismatches).toEqual([{ field: 'renewal.state', expected: 'paid-not-submitted', got: 'submitted' }]);
  });
});

describe('isWrong: a value the page does not show, not nothing read', () => {
  it.each([
    [{ field: 'certification.expiresOn', expected: '2027-03-31', got: '2026-03-31' }, true],
    [{ field: 'certification.expiresOn', expected: '2027-03-31', got: undefined }, false],
    [{ field: 'courses[0].approvalNumber', expected: null, got: '25-ABC-F3-0001' }, true],
    [{ field: 'courses[0].approvalNumber', expected: '25-ABC-F3-0001', got: null }, false],
    [{ field: 'application.submitButton', expected: true, got: false }, true],
    [{ field: 'kind', expected: 'nremt-dashboard', got: 'unknown' }, false],
    [{ field: 'kind', expected: 'unknown', got: 'nremt-education' }, true],
    [{ field: 'courses.length', expected: 5, got: 3 }, false],
    [{ field: 'courses.length', expected: 5, got: 6 }, true],
    [{ field: 'unreadCount', expected: 1, got: 0 }, false],
  ])('%j -> %s', (mismatch, wrong) => {
    expect(isWrong(mismatch)).toBe(wrong);
  });

  it('counts them per page', () => {
    const expected: ExpectedPage = { kind: 'nremt-dashboard', certification: { expiresOn: '2027-03-31', cycleStart: '2025-04-01', level: 'aemt' } };
    const score = scorePage(expected, { kind: 'nremt-dashboard', certification: { expiresOn: '2026-03-31', level: 'aemt' } });
    expect(score).toMatchObject({ matched: 2, total: 4, wrong: 1 });
  });
});
