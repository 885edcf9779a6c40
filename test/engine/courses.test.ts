// Which courses earn credit: approval number, inside the cycle, not a repeat, assigned.
import { describe, expect, it } from 'vitest';
import { assessCourses, isInsideCycle, normalizedApproval } from '../../lib/engine/courses';
import { buildReport } from '../../lib/engine';
import { course, nat, record } from './builders';

const bounds = { from: '2025-02-11', to: '2027-03-31' };

describe('approval numbers', () => {
  it.each(['N/A', 'n/a', 'none', 'None ', '-', '—', 'pending', 'TBD', '0', '', '   '])(
    'treats %j as missing',
    (value) => {
      expect(normalizedApproval(value)).toBeNull();
      const [a] = assessCourses([course('X', '2025-05-01', 1, 'local', null, value)], bounds, true);
      expect(a?.problems).toEqual(['no-approval-number']);
      expect(a?.credited).toBe(false);
    },
  );
  it('accepts CAPCE and OEMS numbers', () => {
    for (const n of ['16-EMT-F3-0001', 'OEMS 25-3381-T3', '25-0412']) {
      const [a] = assessCourses([course('X', '2025-05-01', 1, 'local', null, n)], bounds, true);
      expect(a?.credited).toBe(true);
    }
  });
  it('an OEMS number is the same with or without the issuer written before it (stored by earlier versions)', () => {
    expect(normalizedApproval('OEMS 25-0918-T1')).toBe('25-0918-T1');
    expect(normalizedApproval('oems #: t3-25-0417')).toBe('T3-25-0417');
    expect(normalizedApproval('OEMS')).toBe('OEMS');
  });
  it('null is missing', () => {
    expect(assessCourses([course('X', '2025-05-01', 1, 'local', null, null)], bounds, true)[0]?.problems)
      .toEqual(['no-approval-number']);
  });
});

describe('inside the cycle', () => {
  it.each([
    ['2025-02-10', false], // the day before cycleStart
    ['2025-02-11', true], // cycleStart is the first day that counts
    ['2027-03-31', true], // the last day counts
    ['2027-04-01', false],
    [null, false], // no completion date shown
  ] as const)('%s -> %s', (date, inside) => {
    expect(isInsideCycle(date, bounds)).toBe(inside);
  });
  it('without a cycle start only the last day is checked', () => {
    expect(isInsideCycle('2019-01-01', { from: null, to: '2027-03-31' })).toBe(true);
    expect(isInsideCycle('2027-04-01', { from: null, to: '2027-03-31' })).toBe(false);
  });
});

describe('repeats and assignment', () => {
  it('the first of a repeat counts; title case/space and approval case do not hide a repeat', () => {
    const out = assessCourses(
      [
        course('Stroke  Triage', '2025-11-05', 2, 'national', 'medical', '25-pvem-f5-0102'),
        course(' stroke triage', '2025-11-05', 2, 'national', 'medical', '25-PVEM-F5-0102 '),
        course('Stroke Triage', '2025-11-06', 2, 'national', 'medical', '25-PVEM-F5-0102'), // other date: not a repeat
      ],
      bounds,
      true,
    );
    expect(out.map((a) => a.problems)).toEqual([[], ['duplicate'], []]);
  });
  it('component null, or National without a topic, is unassigned', () => {
    const out = assessCourses(
      [course('A', '2025-05-01', 1, null), course('B', '2025-05-01', 1, 'national', null)],
      bounds,
      true,
    );
    expect(out.map((a) => a.problems)).toEqual([['unassigned'], ['unassigned']]);
    // With no topic table (older model) a National course needs no topic
    expect(assessCourses([course('B', '2025-05-01', 1, 'national', null)], bounds, false)[0]?.problems).toEqual([]);
  });
  it('collects every problem of a course', () => {
    const [a] = assessCourses([course('A', null, 1, null, null, 'N/A')], bounds, true);
    expect(a?.problems).toEqual(['no-approval-number', 'outside-cycle', 'unassigned']);
  });
});

describe('course problems in the report', () => {
  const rec = record({
    certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    courses: [
      nat('Stop the Bleed', 'trauma', 2, '2025-01-15'), // before cycle start
      course('Incident Command', '2026-03-10', 1, 'national', 'operations', '—'),
      nat('Stroke', 'medical', 2, '2025-11-05'),
      nat('Stroke', 'medical', 2, '2025-11-05'),
      course('Undated', null, 1, 'local', null, 'OEMS 1'),
      course('Loose', '2025-05-01', 3, null, null, 'OEMS 2'),
    ],
  });
  const r = buildReport({ record: rec }, '2026-11-24');

  it('lists every course with its problems; only the clean one earns', () => {
    expect(r.courses.map((c) => [c.course.title, c.credited, c.problems])).toEqual([
      ['Stop the Bleed', false, ['outside-cycle']],
      ['Incident Command', false, ['no-approval-number']],
      ['Stroke', true, []],
      ['Stroke', false, ['duplicate']],
      ['Undated', false, ['outside-cycle']],
      ['Loose', false, ['unassigned']],
    ]);
    // Only the first Stroke (2 h) counts: Medical 2 of 7, Local 0
    expect(r.components?.national.topics.medical.credited).toBe(2);
    expect(r.components?.national.topics.trauma.hours).toBe(0);
    expect(r.components?.local.hours).toBe(0);
  });

  it('names each problem course in a warning', () => {
    const named = r.warnings.filter((w) => w.course !== undefined).map((w) => [w.code, w.course]);
    expect(named).toEqual([
      ['OUTSIDE_CYCLE', 'Stop the Bleed'],
      ['NO_APPROVAL_NUMBER', 'Incident Command'],
      ['DUPLICATE_COURSE', 'Stroke'],
      ['OUTSIDE_CYCLE', 'Undated'],
      ['UNASSIGNED_COURSE', 'Loose'],
    ]);
    expect(r.warnings.find((w) => w.course === 'Undated')?.message).toContain('no completion date shown');
    expect(r.warnings.find((w) => w.course === 'Loose')?.message).toContain('assign it in Manage Education');
    expect(r.warnings.find((w) => w.course === 'Stop the Bleed')?.message).toContain('January 15, 2025');
  });
});

describe('rounding', () => {
  it('no float noise: 0.1 + 0.2 h reads 0.3', () => {
    const rec = record({
      certification: { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-03-01' },
      courses: [nat('A', 'airway', 0.1), nat('B', 'airway', 0.2)],
    });
    const r = buildReport({ record: rec }, '2026-11-01');
    expect(r.components?.national.topics.airway).toEqual({ required: 4, hours: 0.3, credited: 0.3, remaining: 3.7 });
    expect(r.components?.national.remaining).toBe(19.7);
    expect(r.totalRemaining).toBe(39.7);
    expect(r.warnings.find((w) => w.code === 'HOURS_NEEDED')?.message).toContain('Add 19.7 more National hours: Airway, Respiration & Ventilation 3.7 h');
  });
});

describe('a course dated after today', () => {
  const rec = record({
    certification: { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' },
    courses: [course('Airway Review', '2026-11-02', 2, 'national', 'airway', '26-AIRW-F3-0101'), course('Trauma Day', '2027-01-10', 6, 'local', null, '27-NQAA-F1-0012')],
  });
  const r = buildReport({ record: rec }, '2026-12-04');
  it('is said in a warning naming it (a typo, or a schedule read as the list)', () => {
    expect(r.warnings.filter((w) => w.code === 'DATED_AFTER_TODAY').map((w) => [w.course, w.message])).toEqual([
      ['Trauma Day', '"Trauma Day" is dated January 10, 2027, after today: a class not yet taken counts for nothing. Check the date on NREMT.org.'],
    ]);
  });
  it('is not said once the day has come', () => {
    expect(buildReport({ record: rec }, '2027-01-10').warnings.some((w) => w.code === 'DATED_AFTER_TODAY')).toBe(false);
  });
});
