// The plan: the fewest moves in Manage Education that leave the fewest hours to earn, then what
// is still needed. Shown only when moving hours helps; titles are page text, rendered as text.
import type { Report } from '../lib/model';
import { hours } from './format';
import { planSteps, stillNeededSentence } from './plan-steps';

export function PlanSection({ report }: { report: Report }) {
  const plan = report.plan;
  if (!plan || plan.moves.length === 0 || report.totalRemaining === null) return null;
  const steps = planSteps(plan);
  const then = stillNeededSentence(plan, true);
  return (
    <section class="rc-section" aria-label="Plan" data-testid="plan">
      <h2>Plan: move hours that earn nothing where they sit</h2>
      <p data-testid="plan-summary">
        {hours(report.totalRemaining)} h left now; {hours(plan.remainingAfter)} h after {steps.length === 1 ? 'this step' : `these ${steps.length} steps`}.
      </p>
      <ol class="rc-plan-steps">
        {steps.map((step, i) => (
          <li key={i} data-testid="plan-step">
            {step}
          </li>
        ))}
        {then ? (
          <li data-testid="plan-then">{then}.</li>
        ) : (
          <li data-testid="plan-then">That completes your hours.</li>
        )}
      </ol>
      {plan.fewestProven ? null : (
        <p class="rc-muted">Fewest hours left; fewer moves may be possible.</p>
      )}
    </section>
  );
}
