// The popup and the browser side panel: read storage, pick the person, compute, render.
import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '../lib/dates';
import { pickActivePerson } from '../lib/extension/active-person';
import { reportFor } from '../lib/extension/report-for';
import type { RecertStore, StoredState } from '../lib/storage/store';
import { ExportButtons } from './ExportButtons';
import { LastRead } from './LastRead';
import { StorageNotice } from './Notices';
import { PersonSwitcher } from './PersonSwitcher';
import { ReportResultView } from './ReportResultView';

export interface ExtensionPageAppProps {
  mode: 'popup' | 'sidepanel';
  store: RecertStore;
  /** Resolves to the person of the current tab, when its content script knows. */
  tabPerson?: Promise<string | null>;
  today?: string;
  onOpenSidePanel?: () => void;
  onOpenOptions?: () => void;
  /** Opens the audit packet page for this person. */
  onOpenPacket?: (personKey: string) => void;
}

export function ExtensionPageApp(props: ExtensionPageAppProps) {
  const { mode, store } = props;
  const [state, setState] = useState<StoredState | null>(null);
  const [tabPerson, setTabPerson] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () => store.load().then((s) => live && setState(s));
    void load();
    void props.tabPerson?.then((key) => live && setTabPerson(key));
    const unwatch = store.watch(() => void load());
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  const testId = mode;
  if (!state) {
    return (
      <main class={`rc-theme rc-page rc-${mode}`} data-testid={testId} data-state="loading">
        <p class="rc-muted">Loading…</p>
      </main>
    );
  }
  const key = chosen && chosen in state.people.people ? chosen : pickActivePerson(state.people, state.ui, tabPerson);
  const result = reportFor(state.people, state.settings, key, props.today ?? todayIso());
  const record = key ? state.people.people[key]?.record ?? null : null;
  return (
    <main class={`rc-theme rc-page rc-${mode}`} data-testid={testId} data-state="ready">
      <h1>Recert Copilot</h1>
      <PersonSwitcher
        people={state.people}
        active={key}
        onChange={(next) => {
          setChosen(next);
          void store.saveUi({ activePerson: next });
        }}
      />
      <StorageNotice
        message={state.notice}
        onDismiss={() => {
          setState({ ...state, notice: null });
          void store.acknowledgeNotice();
        }}
      />
      <ReportResultView result={result} summary={mode === 'popup'} />
      <LastRead record={record} />
      <div class="rc-actions">
        <ExportButtons
          report={result?.ok ? result.report : null}
          onOpenPacket={key && props.onOpenPacket ? () => props.onOpenPacket!(key) : undefined}
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
