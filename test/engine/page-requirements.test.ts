// The user's own Manage Education page wins over our table: each required figure it shows
// replaces ours (our topic credits are unconfirmed). Worked by hand below.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/engine';
import type { PageRequirements } from '../../lib/model';
import { aemtCompleteCourses, nat, record } from './builders';

const dashboard = { level: 'aemt' as const, expiresOn: '2027-03-31', cycleStart: '2025-02-11' };
const TODAY = '2026-11-24';

/** AEMT courses meeting every requirement of our table, except Trauma: 2 h of our 4. */
function traumaShort() {
  return aemtCompleteCourses().map((c) => (c.topic === 'trauma' ? nat('Trauma', 'trauma', 2) : c));
}

function reportWith(requirements: PageRequirements | undefined) {
  return buildReport({ record: record({ certification: dashboard, courses: traumaShort(), requirements }) }, TODAY);
}

describe('required hours shown on Manage Education', () => {
  it('without page figures: our table (Trauma 4 - 2 = 2 h left), no fromPage', () => {
    const report = reportWith(undefined);
    expect(report.components!.national.topics.trauma).toMatchObject({ required: 4, credited: 2, remaining: 2 });
    expect(report.rules).toEqual({ name: 'NREMT NCCP 2025 model', topicCreditsConfirmed: false });
  });

  it('page says Trauma 3 (and National 24) instead of our 4 (and 25): remaining uses 3', () => {
    const report = reportWith({ national: 24, topics: { trauma: 3 } });
    // Trauma: 3 required - 2 credited = 1 h left (our table would say 2).
    expect(report.components!.national.topics.trauma).toMatchObject({ required: 3, credited: 2, remaining: 1 });
    // Other topics keep ours: Airway 5, Cardio 6, Medical 7, Operations 3, all met.
    expect(report.components!.national.topics.airway).toMatchObject({ required: 5, remaining: 0 });
    // National: 24 required - (5 + 6 + 2 + 7 + 3 = 23) credited = 1 h left.
    expect(report.components!.national).toMatchObject({ required: 24, credited: 23, remaining: 1 });
    // Local 12.5 and Individual 12.5 met: total 1 + 0 + 0 = 1.
    expect(report.totalRemaining).toBe(1);
    expect(report.rules).toEqual({ name: 'NREMT NCCP 2025 model', topicCreditsConfirmed: false, fromPage: true });
  });

  it('page topic figures summing below the National figure: the gap is filled from topic surplus', () => {
    // Page: Trauma 3, National 25 (ours). Topics now require 5 + 6 + 3 + 7 + 3 = 24 < 25.
    // Courses: Airway 5, Cardio 6, Trauma 2 + 2 more = 4, Medical 7, Operations 3.
    const courses = [...traumaShort(), nat('More trauma', 'trauma', 2)];
    const report = buildReport({ record: record({ certification: dashboard, courses, requirements: { topics: { trauma: 3 } } }) }, TODAY);
    // Trauma: 4 h against 3 required -> credited 3, 1 h surplus.
    expect(report.components!.national.topics.trauma).toMatchObject({ required: 3, credited: 3, remaining: 0 });
    // National: 24 from the topics + min(25 - 24 = 1 open, 1 surplus) = 25 -> met.
    expect(report.components!.national).toMatchObject({ required: 25, credited: 25, remaining: 0 });
    // Without the surplus hour it stays 1 short: 5 + 6 + 2 + 7 + 3 = 23 of 24 topic, 23 of 25 National.
    const short = buildReport({ record: record({ certification: dashboard, courses: traumaShort(), requirements: { topics: { trauma: 3 } } }) }, TODAY);
    expect(short.components!.national).toMatchObject({ required: 25, credited: 23, remaining: 2 });
  });

  it('a partial set (only National shown): topics keep ours', () => {
    const report = reportWith({ national: 25 });
    // Trauma: our 4 - 2 = 2 h left; National 25 - (5 + 6 + 2 + 7 + 3 = 23) = 2 h left.
    expect(report.components!.national.topics.trauma).toMatchObject({ required: 4, remaining: 2 });
    expect(report.components!.national).toMatchObject({ required: 25, credited: 23, remaining: 2 });
    expect(report.components!.local.required).toBe(12.5);
    expect(report.rules?.fromPage).toBe(true);
  });

  it('Local and Individual figures shown replace ours: Local 10 with 12.5 h earned -> 0 left', () => {
    const report = reportWith({ local: 10, individual: 15 });
    expect(report.components!.local).toMatchObject({ required: 10, credited: 10, remaining: 0 });
    // Individual: 15 - 12.5 = 2.5 h left.
    expect(report.components!.individual).toMatchObject({ required: 15, credited: 12.5, remaining: 2.5 });
  });

  it('absurd figures are ignored: zero, negative, over 100', () => {
    const report = reportWith({ national: 0, local: -3, individual: 250, topics: { trauma: 1000, airway: 0 } });
    // Everything from our table: Trauma 4 - 2 = 2, National 25 - 23 = 2, Local 12.5, Individual 12.5.
    expect(report.components!.national.topics.trauma.required).toBe(4);
    expect(report.components!.national.topics.airway.required).toBe(5);
    expect(report.components!.national.required).toBe(25);
    expect(report.components!.local.required).toBe(12.5);
    expect(report.components!.individual.required).toBe(12.5);
    expect(report.totalRemaining).toBe(2);
    expect(report.rules).toEqual({ name: 'NREMT NCCP 2025 model', topicCreditsConfirmed: false });
  });

  it('topic figures summing past the National figure shown are ignored (ours kept); National still applies', () => {
    // Page: Airway 10 + Trauma 20 = 30 > National 25: the topic figures cannot all be right.
    const report = reportWith({ national: 25, topics: { airway: 10, trauma: 20 } });
    expect(report.components!.national.topics.airway.required).toBe(5);
    expect(report.components!.national.topics.trauma).toMatchObject({ required: 4, remaining: 2 });
    expect(report.components!.national.required).toBe(25);
    expect(report.rules?.fromPage).toBe(true);
  });

  it('exam recertification still counts everything met with page figures', () => {
    const report = buildReport(
      { record: record({ certification: dashboard, courses: traumaShort(), requirements: { topics: { trauma: 3 } } }), settings: { recertifiedByExam: true } },
      TODAY,
    );
    expect(report.totalRemaining).toBe(0);
    expect(report.components!.national.topics.trauma).toMatchObject({ required: 3, remaining: 0 });
  });
});
