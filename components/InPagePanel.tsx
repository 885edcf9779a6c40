// The panel mounted in NREMT pages (inside a shadow root). Collapsible to a small tab; the
// collapse button is a real button with aria-expanded; Escape collapses from inside.
import type { HeldQuestion } from '../lib/extension/page-view';
import type { ReportResult } from '../lib/extension/report-for';
import { HeldPageQuestion, PageNote } from './HeldPageQuestion';
import type { Side } from '../lib/extension/placement';
import { StorageNotice, UnreadNotice } from './Notices';
import { PageText } from './PageText';
import { ReportResultView } from './ReportResultView';

import type { PanelState } from './panel-state';

export type { PanelState } from './panel-state';

export interface InPagePanelProps {
  state: PanelState;
  result: ReportResult | null;
  unreadReason?: string | null;
  collapsed: boolean;
  onToggle: () => void;
  side?: Side;
  notice?: string | null;
  onDismissNotice?: () => void;
  onShowMe?: () => void;
  personName?: string | null;
  /** Set while this page is held aside: whose is it? */
  question?: HeldQuestion | null;
  /** What this page could not show (a partial list), or why nobody's data is shown. */
  pageNote?: string | null;
  onAssign?: (pendingId: string, personKey: string) => void;
  onDiscard?: (pendingId: string) => void;
}

function urgent(result: ReportResult | null): boolean {
  return !!result?.ok && result.report.nextActions.some((a) => a.urgency === 'now');
}

export function InPagePanel(props: InPagePanelProps) {
  const { state, result, collapsed, side = 'right' } = props;
  const bodyId = 'recert-copilot-panel-body';
  return (
    <div
      class={`rc-theme rc-panel rc-side-${side}${collapsed ? ' rc-collapsed' : ''}`}
      data-testid="recert-panel"
      data-state={state}
      role="complementary"
      aria-label="Recert Copilot"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !collapsed) props.onToggle();
      }}
    >
      <div class="rc-panel-header">
        <h1 class="rc-title">
          Recert Copilot{urgent(result) ? <span class="rc-urgent-dot" aria-label="action needed">!</span> : null}
        </h1>
        <button
          type="button"
          class="rc-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          data-testid="panel-toggle"
          onClick={props.onToggle}
        >
          {collapsed ? 'Show' : 'Hide'}
          <span class="rc-visually-hidden"> Recert Copilot panel</span>
        </button>
      </div>
      {collapsed ? null : (
        <div class="rc-panel-body" id={bodyId}>
          {props.personName ? (
            <p class="rc-person">
              <PageText text={props.personName} />
            </p>
          ) : null}
          <StorageNotice message={props.notice ?? null} onDismiss={props.onDismissNotice} />
          {state === 'loading' ? <p class="rc-muted">Reading this page…</p> : null}
          {state === 'unread' ? <UnreadNotice reason={props.unreadReason ?? 'unknown reason'} /> : null}
          <HeldPageQuestion question={props.question} onAssign={props.onAssign} onDiscard={props.onDiscard} />
          <PageNote note={props.pageNote} />
          {state === 'loading' ? null : <ReportResultView result={result} onShowMe={props.onShowMe} />}
        </div>
      )}
    </div>
  );
}
