// "What do I do next?": the engine's ordered list, rendered. The view decides nothing: order,
// urgency and wording all come from report.nextActions. Text only, never HTML.
import type { NextAction, Report } from '../lib/model';
import { dateLabel } from './format';

const SITE_NAMES: Record<NextAction['where']['site'], string> = { nremt: 'NREMT.org', elicensing: 'eLicensing' };
const URGENCY_TEXT: Record<NextAction['urgency'], string> = { now: 'Do this now', soon: 'To do', later: 'Later' };

export function ActionWhere({ action }: { action: NextAction }) {
  return (
    <span class="rc-action-where">
      {SITE_NAMES[action.where.site]} › {action.where.page}
      {action.by ? ` · by ${dateLabel(action.by)}` : ''}
    </span>
  );
}

export function NextActions({
  report,
  limit,
  exclude,
  onShowMe,
}: {
  report: Report;
  limit?: number;
  /** Actions a louder notice above already shows. */
  exclude?: ReadonlySet<string>;
  onShowMe?: () => void;
}) {
  const listed = report.nextActions.filter((a) => !exclude?.has(a.id));
  const actions = limit ? listed.slice(0, limit) : listed;
  if (actions.length === 0) return null;
  return (
    <section class="rc-section" aria-label="What to do next" data-testid="next-actions">
      <h2>What to do next</h2>
      <ol class="rc-actions-list">
        {actions.map((action) => (
          <li key={action.id} class={`rc-action rc-urgency-${action.urgency}`} data-action={action.id} data-urgency={action.urgency}>
            <span class="rc-visually-hidden">{URGENCY_TEXT[action.urgency]}: </span>
            <span class="rc-action-what">{action.what}</span>
            <ActionWhere action={action} />
            <span class="rc-action-why">{action.why}</span>
            {action.where.control && onShowMe ? (
              <button type="button" class="rc-button rc-small" onClick={onShowMe}>
                Show me
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
