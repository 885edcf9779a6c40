import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../lib/extension/badge';
import { planReminders, reminderTime } from '../../lib/extension/reminders';
import { lateReport, midCycleReport, readyToSubmitReport, renewedReport, stepBForgottenReport } from '../components/report-fixtures';

describe('badge', () => {
  it('hours left, rounded up', () => {
    expect(badgeFor({ ...midCycleReport(), totalRemaining: 3.5 }).text).toBe('4');
  });
  it('"!" on red when Submit was not clicked or Step B is not done', () => {
    expect(badgeFor(readyToSubmitReport())).toEqual({ text: '!', color: '#c62828' });
    expect(badgeFor(stepBForgottenReport()).text).toBe('!');
  });
  it('"✓" when renewed, empty when nothing is known', () => {
    expect(badgeFor(renewedReport()).text).toBe('✓');
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor({ ...midCycleReport(), components: null, totalRemaining: null }).text).toBe('');
  });
});

describe('planReminders', () => {
  it('30, 14, 7 and 1 days before Feb 15, Mar 31 and Apr 30 while something is left', () => {
    const plan = planReminders(midCycleReport(), '2026-11-24');
    expect(plan.map((r) => r.when)).toEqual([
      '2027-01-16', '2027-02-01', '2027-02-08', '2027-02-14',
      '2027-03-01', '2027-03-17', '2027-03-24', '2027-03-30',
      '2027-03-31', '2027-04-16', '2027-04-23', '2027-04-29',
    ]);
    expect(plan[3]!.title).toBe('Recert: 1 day to February 15, 2027');
    expect(plan[0]!.message).toContain('Still to do: Add 4 more hours');
    expect(plan[0]!.message).toContain('Open your eLicensing license page');
  });

  it('only future days', () => {
    const plan = planReminders(lateReport(), '2027-04-10');
    expect(plan.map((r) => r.when)).toEqual(['2027-04-16', '2027-04-23', '2027-04-29']);
  });

  it('says to click Submit Application when that is what is left', () => {
    expect(planReminders(readyToSubmitReport(), '2027-03-10')[0]!.message).toContain('Click Submit Application on NREMT.org');
  });

  it('none once renewed, none when turned off, none without a cycle', () => {
    expect(planReminders(renewedReport(), '2026-11-24')).toEqual([]);
    expect(planReminders(midCycleReport(), '2026-11-24', false)).toEqual([]);
    expect(planReminders({ ...midCycleReport(), cycle: null }, '2026-11-24')).toEqual([]);
    expect(planReminders(null, '2026-11-24')).toEqual([]);
  });

  it('fires at 9:00 local time on its day', () => {
    const at = new Date(reminderTime({ when: '2027-03-30', title: '', message: '' }));
    expect([at.getFullYear(), at.getMonth(), at.getDate(), at.getHours()]).toEqual([2027, 2, 30, 9]);
  });
});
