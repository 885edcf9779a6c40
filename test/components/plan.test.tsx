// The plan's steps in NREMT's words, and the pediatric share, as the panel and side panel show them.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { InPagePanel } from '../../components/InPagePanel';
import { ReportView } from '../../components/ReportView';
import { planSteps, stillNeededSentence } from '../../components/plan-steps';
import type { Plan, PlanMove, Report } from '../../lib/model';
import { midCycleReport } from './report-fixtures';

afterEach(cleanup);

const move = (m: Partial<PlanMove> & Pick<PlanMove, 'course' | 'hours' | 'from' | 'to'>): PlanMove => ({
  basis: 'any',
  completedOn: '2025-06-01',
  courseHours: m.hours,
  ...m,
});

// Written from the report format, not from the planner's output.
const plan: Plan = {
  remainingAfter: 1.5,
  moves: [
    move({ course: 'Trauma Update', hours: 2, from: { component: 'individual', topic: null }, to: { component: 'national', topic: 'trauma' }, basis: 'title' }),
    move({ course: 'Protocol Review', hours: 1, courseHours: 2.5, from: { component: 'local', topic: null }, to: { component: 'individual', topic: null } }),
    move({ course: 'Airway Lab', hours: 1, courseHours: 3, from: { component: 'national', topic: 'airway' }, to: { component: 'local', topic: null } }),
    move({ course: 'Airway Lab', hours: 2, courseHours: 3, from: { component: 'national', topic: 'airway' }, to: { component: 'individual', topic: null } }),
    move({ course: 'Cardiac Care', hours: 1, from: { component: null, topic: null }, to: { component: 'national', topic: 'cardiovascular' }, basis: 'title' }),
  ],
  stillNeeded: [
    { component: 'national', topic: 'operations', hours: 1.5 },
  ],
  fewestProven: true,
};

describe('plan steps', () => {
  it("says each step in Manage Education's words", () => {
    expect(planSteps(plan)).toEqual([
      "In Manage Education, move 'Trauma Update' (2 h) from Individual to National → Trauma (check that it covers Trauma)",
      "In Manage Education, split 'Protocol Review': 1.5 h stay in Local, 1 h to Individual",
      "In Manage Education, split 'Airway Lab': 1 h to Local, 2 h to Individual",
      "In Manage Education, assign 'Cardiac Care' (1 h) to National → Cardiovascular (check that it covers Cardiovascular)",
    ]);
    expect(stillNeededSentence(plan, true)).toBe('then add 1.5 h of Operations');
    expect(stillNeededSentence({ ...plan, stillNeeded: [...plan.stillNeeded, { component: 'local', topic: null, hours: 3 }] }, true)).toBe(
      'then add 1.5 h of Operations and 3 h of Local',
    );
  });

  it('shows the steps and what is still needed in the panel, titles as text', () => {
    const hostile = move({ course: '<img src=x onerror=alert(1)>', hours: 1, from: { component: 'local', topic: null }, to: { component: 'individual', topic: null } });
    const report: Report = { ...midCycleReport(), plan: { ...plan, moves: [...plan.moves, hostile] } };
    render(<InPagePanel state="ready" result={{ ok: true, report }} collapsed={false} onToggle={() => {}} />);
    const section = screen.getByTestId('plan');
    expect(screen.getByTestId('plan-summary').textContent).toBe(`${report.totalRemaining} h left now; 1.5 h after these 5 steps.`);
    const steps = screen.getAllByTestId('plan-step').map((li) => li.textContent);
    expect(steps[0]).toBe("In Manage Education, move 'Trauma Update' (2 h) from Individual to National → Trauma (check that it covers Trauma)");
    expect(steps[4]).toContain("'<img src=x onerror=alert(1)>'");
    expect(section.querySelector('img')).toBeNull();
    expect(screen.getByTestId('plan-then').textContent).toBe('then add 1.5 h of Operations.');
  });

  it('shows nothing when no move helps, and says when all hours are done after the moves', () => {
    render(<ReportView report={{ ...midCycleReport(), plan: { ...plan, moves: [] } }} />);
    expect(screen.queryByTestId('plan')).toBeNull();
    cleanup();
    render(<ReportView report={{ ...midCycleReport(), plan: { ...plan, remainingAfter: 0, stillNeeded: [] } }} />);
    expect(screen.getByTestId('plan-then').textContent).toBe('That completes your hours.');
  });
});

describe('pediatric share in the hours section', () => {
  it('shows pediatric hours against the share, with the gap and the source', () => {
    render(<ReportView report={{ ...midCycleReport(), pediatric: { required: 2.5, hours: 2, credited: 2, remaining: 0.5 } }} />);
    const box = screen.getByTestId('pediatric');
    expect(box.textContent).toContain('2 / 2.5 h');
    expect(screen.getByTestId('pediatric-remaining').textContent).toBe('0.5 h of pediatric content to go');
    expect(box.textContent).toContain('secondary source');
    expect(screen.getByRole('progressbar', { name: 'Pediatric hours' }).getAttribute('aria-valuenow')).toBe('2');
  });

  it('is absent when the level is unknown (no zeros shown as truth)', () => {
    render(<ReportView report={{ ...midCycleReport(), components: null, pediatric: null }} />);
    expect(screen.queryByTestId('pediatric')).toBeNull();
  });
});
