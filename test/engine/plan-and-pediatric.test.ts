// The plan and the pediatric share through the real engine, worked by hand.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/engine';
import { pediatricMarkKey } from '../../lib/engine/pediatric';
import { Report } from '../../lib/model';
import { course, ind, loc, nat, record } from './builders';

const cert = { level: 'aemt' as const, expiresOn: '2027-03-31', cycleStart: '2025-02-11' };

describe('plan', () => {
  // AEMT: Trauma 4 required, 2 assigned -> 2 short. Individual 12.5 required, 14.5 assigned
  // -> 2 surplus, and one Individual course's title names Trauma. Local 12.5 required, 11 + 3.5
  // = 14.5 assigned -> 2 surplus; Operations 3 required, 1.5 assigned -> 1.5 short, no course
  // names Operations: it stays short.
  const rec = record({
    certification: cert,
    courses: [
      nat('Airway Management', 'airway', 5),
      nat('Cardiac Arrest Update', 'cardiovascular', 6),
      nat('Trauma Review', 'trauma', 2),
      nat('Endocrine Emergencies', 'medical', 7),
      nat('Hazmat Refresher', 'operations', 1.5),
      loc('MA Protocols', 11),
      loc('Protocol Review', 3.5),
      course('Trauma Assessment Update', '2025-09-10', 2, 'individual', null, '25-TRA-F3-0102'),
      ind('Geriatrics', 6.5),
      ind('Toxicology', 6),
    ],
  });
  const report = buildReport({ record: rec }, '2026-11-24');

  it('moves the Trauma-titled Individual course to National → Trauma, on the title', () => {
    expect(report.totalRemaining).toBe(3.5); // Trauma 2 + Operations 1.5
    expect(report.plan!.moves).toEqual([
      expect.objectContaining({
        course: 'Trauma Assessment Update',
        hours: 2,
        from: { component: 'individual', topic: null },
        to: { component: 'national', topic: 'trauma' },
        basis: 'title',
      }),
    ]);
    // 3.5 - 2 = 1.5 (Operations, which no course can fill).
    expect(report.plan!.remainingAfter).toBe(1.5);
    expect(report.plan!.stillNeeded).toEqual([{ component: 'national', topic: 'operations', hours: 1.5 }]);
    expect(Report.safeParse(report).success).toBe(true);
  });

  it('proposes no move when nothing better exists', () => {
    const done = buildReport({ record: record({ certification: cert, courses: [nat('Trauma Review', 'trauma', 2)] }) }, '2026-11-24');
    expect(done.plan).toMatchObject({ remainingAfter: done.totalRemaining, moves: [] });
  });

  it('gives no plan when the level is unknown, never zeros', () => {
    const unknown = buildReport({ record: record({ certification: { expiresOn: '2027-03-31' }, courses: [] }) }, '2026-11-24');
    expect(unknown.plan).toBeNull();
    expect(unknown.pediatric).toBeNull();
  });
});

describe('pediatric share', () => {
  // AEMT: 10 % of 25 National = 2.5 h. Pediatric by title: PEPP (2 h National) and "Newborn
  // Resuscitation" (1 h Local: not National, does not count). "Sick Kids Refresher" 1 h National
  // has no approval number: does not count.
  const courses = [
    nat('PEPP Refresher', 'medical', 2),
    nat('Stroke Update', 'cardiovascular', 1),
    loc('Newborn Resuscitation', 1),
    course('Sick Kids Refresher', '2025-06-01', 1, 'national', 'medical', null),
  ];
  const rec = record({ certification: cert, courses });

  it('counts National hours of pediatric courses that count, against 10 % of National', () => {
    const report = buildReport({ record: rec }, '2026-11-24');
    expect(report.pediatric).toEqual({ required: 2.5, hours: 2, credited: 2, remaining: 0.5 });
    expect(report.courses.map((c) => c.pediatric)).toEqual([true, false, true, true]);
  });

  it("follows the provider's marks over the title", () => {
    const marks = { [pediatricMarkKey(courses[1]!)]: true, [pediatricMarkKey(courses[0]!)]: false };
    const report = buildReport({ record: rec, settings: { pediatricMarks: marks } }, '2026-11-24');
    // Only Stroke Update (1 h) now: 2.5 - 1 = 1.5.
    expect(report.pediatric).toEqual({ required: 2.5, hours: 1, credited: 1, remaining: 1.5 });
  });

  it('reads pediatric words in titles', () => {
    const titles = ['Paediatric Assessment', 'Peds Airway', 'PALS Recert', 'EPC Course', 'Neonatal Care', 'Infant CPR', 'Child Abuse Recognition'];
    const report = buildReport({ record: record({ certification: cert, courses: titles.map((t) => nat(t, 'medical', 0.5)) }) }, '2026-11-24');
    expect(report.courses.every((c) => c.pediatric)).toBe(true);
    expect(buildReport({ record: record({ certification: cert, courses: [nat('Epcot Safety', 'operations', 1)] }) }, '2026-11-24').courses[0]!.pediatric).toBe(false);
  });
});
