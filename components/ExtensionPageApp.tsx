// The popup and the browser side panel: ask the background for the chosen person's report and
// render it. No engine, storage or merge here: the background answers for every view.
import { useEffect, useState } from 'preact/hooks';
import type { ReportSource } from '../lib/extension/messages';
import type { ExtensionPageState } from '../lib/extension/protocol';
import { ExportButtons } from './ExportButtons';
import { HeldPageQuestion } from './HeldPageQuestion';
import { LastRead } from './LastRead';
import { StorageNotice } from './Notices';
import { PersonSwitcher } from './PersonSwitcher';
import { ReportResultView } from './ReportResultView';

export interface ExtensionPageAppProps {
  mode: 'popup' | 'sidepanel';
  source: ReportSource;
  /** Resolves to the person of the current tab, when its content script knows. */
  tabPerson?: Promise<string | null>;
  onOpenSidePanel?: () => void;
  onOpenOptions?: () => void;
  /** Opens the audit packet page for this person. */
  onOpenPacket?: (personKey: string) => void;
}

export function ExtensionPageApp(props: ExtensionPageAppProps) {
  const { mode, source } = props;
  const [state, setState] = useState<ExtensionPageState | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [tabPerson, setTabPerson] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      source.load({ tabPerson, chosen }).then(
        (s) => live && (setState(s), setFailure(null)),
        (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
      );
    void load();
    const unwatch = source.watch(() => void load());
    return () => {
      live = false;
      unwatch();
    };
  }, [source, tabPerson, chosen]);

  useEffect(() => {
    let live = true;
    void props.tabPerson?.then((key) => live && setTabPerson(key));
    return () => {
      live = false;
    };
  }, [props.tabPerson]);

  const testId = mode;
  if (!state) {
    return (
      <main class={`rc-theme rc-page rc-${mode}`} data-testid={testId} data-state="loading">
        {failure ? (
          <p class="rc-alert rc-warning" role="status" data-testid="report-error">
            The extension did not answer ({failure}). Close and reopen this window.
          </p>
        ) : (
          <p class="rc-muted">Loading…</p>
        )}
      </main>
    );
  }
  return (
    <main class={`rc-theme rc-page rc-${mode}`} data-testid={testId} data-state="ready">
      <h1>Recert Copilot</h1>
      <PersonSwitcher
        people={state.people}
        active={state.activeKey}
        onChange={(next) => {
          setChosen(next);
          void source.setUi({ activePerson: next });
        }}
      />
      <StorageNotice
        message={state.notice}
        onDismiss={() => {
          setState({ ...state, notice: null });
          void source.setUi({ acknowledgeNotice: true });
        }}
      />
      {source.assign && source.discard
        ? state.questions?.map((question) => (
            <HeldPageQuestion
              key={question.pendingId}
              question={question}
              onAssign={(pendingId, personKey) => void source.assign!(pendingId, personKey)}
              onDiscard={(pendingId) => void source.discard!(pendingId)}
            />
          ))
        : null}
      <ReportResultView result={state.result} summary={mode === 'popup'} />
      <LastRead readAt={state.readAt} />
      <div class="rc-actions">
        <ExportButtons
          report={state.result?.ok ? state.result.report : null}
          onOpenPacket={state.activeKey && props.onOpenPacket ? () => props.onOpenPacket!(state.activeKey!) : undefined}
        />
        {props.onOpenSidePanel ? (
          <button type="button" class="rc-button" onClick={props.onOpenSidePanel} data-testid="open-side-panel">
            Open side panel
          </button>
        ) : null}
        {props.onOpenOptions ? (
          <button type="button" class="rc-button rc-secondary" onClick={props.onOpenOptions}>
            Options
          </button>
        ) : null}
      </div>
    </main>
  );
}
