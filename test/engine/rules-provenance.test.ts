// The report says which rule set its required hours come from, so the UI can name the source.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/engine';
import { aemtCompleteCourses, record } from './builders';

const dashboard = { level: 'aemt' as const, expiresOn: '2027-03-31', cycleStart: '2025-02-11' };

describe('rule-set provenance in the report', () => {
  it('names the NCCP 2025 model and flags its topic credits as unconfirmed', () => {
    const report = buildReport({ record: record({ certification: dashboard, courses: aemtCompleteCourses() }) }, '2026-11-24');
    expect(report.rules).toEqual({ name: 'NREMT NCCP 2025 model', topicCreditsConfirmed: false });
  });

  it('claims no source when the level is unknown (no requirements shown)', () => {
    const report = buildReport({ record: record({ certification: { expiresOn: '2027-03-31' } }) }, '2026-11-24');
    expect(report.components).toBeNull();
    expect(report.rules).toBeNull();
  });
});
