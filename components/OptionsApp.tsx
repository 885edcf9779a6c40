// Options: level override and "recertified by exam" per person, reminders on/off,
// export / import of everything as JSON, delete all data.
import { useEffect, useState } from 'preact/hooks';
import type { Level } from '../lib/model';
import { LEVELS } from '../lib/vocabulary';
import { pickActivePerson } from '../lib/extension/active-person';
import type { RecertStore, StoredState } from '../lib/storage/store';
import type { ImportPlan } from '../lib/storage/store';
import { BackupList, ImportPreview } from './DataSafety';
import { StorageNotice } from './Notices';
import { PersonSwitcher } from './PersonSwitcher';
import { displayName } from '../lib/storage/identity';

const LEVEL_NAMES: Record<Level, string> = { emr: 'EMR', emt: 'EMT', aemt: 'Advanced EMT', paramedic: 'Paramedic' };

/** Offers `text` as a file download; replaceable in tests. */
export function downloadJson(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function OptionsApp({
  store,
  download = downloadJson,
  confirmDelete = () => window.confirm('Delete everything Recert Copilot has stored in this browser?'),
  confirmRestore = () => window.confirm('Restore this backup? What is stored now is backed up first.'),
}: {
  store: RecertStore;
  download?: (filename: string, text: string) => void;
  confirmDelete?: () => boolean;
  confirmRestore?: () => boolean;
}) {
  const [state, setState] = useState<StoredState | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const reload = () => store.load().then(setState);
  useEffect(() => {
    void reload();
  }, [store]);

  if (!state) return <main class="rc-theme rc-page rc-options" data-testid="options" data-state="loading" />;
  const key = pickActivePerson(state.people, state.ui);
  const own = key ? state.settings.perPerson[key] ?? {} : {};

  return (
    <main class="rc-theme rc-page rc-options" data-testid="options" data-state="ready">
      <h1>Recert Copilot — Options</h1>
      <StorageNotice message={state.notice} />
      {message ? (
        <p class="rc-alert rc-info" role="status" data-testid="options-message">
          {message}
        </p>
      ) : null}
      <fieldset disabled={!key}>
        <legend>This provider</legend>
        <PersonSwitcher
          people={Object.entries(state.people.people).map(([k, entry]) => ({ key: k, name: displayName(entry.record.person) }))}
          active={key}
          onChange={(next) => void store.saveUi({ activePerson: next }).then(reload)}
        />
        {!key ? <p class="rc-muted">Nothing read yet: open your NREMT dashboard first.</p> : null}
        <label>
          Certification level
          <select
            data-testid="level-override"
            value={own.levelOverride ?? ''}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              const level = (LEVELS as readonly string[]).includes(value) ? (value as Level) : null;
              if (key) void store.updatePersonSettings(key, { levelOverride: level }).then(reload);
            }}
          >
            <option value="">As shown on NREMT</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_NAMES[level]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="recertified-by-exam"
            checked={own.recertifiedByExam ?? false}
            onChange={(event) => {
              const checked = (event.currentTarget as HTMLInputElement).checked;
              if (key) void store.updatePersonSettings(key, { recertifiedByExam: checked }).then(reload);
            }}
          />
          I recertified by exam (hours not needed; Step B on eLicensing is still needed)
        </label>
      </fieldset>
      <fieldset>
        <legend>Reminders</legend>
        <label>
          <input
            type="checkbox"
            data-testid="reminders-enabled"
            checked={state.settings.remindersEnabled}
            onChange={(event) => {
              const checked = (event.currentTarget as HTMLInputElement).checked;
              void store.setRemindersEnabled(checked).then(reload);
            }}
          />
          Remind me 30, 14, 7 and 1 days before February 15, March 31 and April 30
        </label>
      </fieldset>
      <fieldset>
        <legend>Your data (kept only in this browser)</legend>
        <div class="rc-actions">
          <button
            type="button"
            class="rc-button"
            data-testid="export"
            onClick={async () => {
              const data = await store.exportAll();
              download(`recert-copilot-${data.exportedAt.slice(0, 10)}.json`, JSON.stringify(data, null, 2));
              setMessage('Exported everything as a JSON file.');
            }}
          >
            Export as JSON
          </button>
          <label class="rc-button rc-secondary">
            Import JSON…
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import"
              class="rc-visually-hidden"
              onChange={async (event) => {
                const file = (event.currentTarget as HTMLInputElement).files?.[0];
                if (!file) return;
                // Nothing is written until the provider has seen what the file would change.
                try {
                  setPlan(await store.previewImport(await file.text()));
                  setMessage(null);
                } catch (error) {
                  setPlan(null);
                  setMessage(error instanceof Error ? error.message : String(error));
                }
              }}
            />
          </label>
          <button
            type="button"
            class="rc-button rc-secondary"
            data-testid="delete-all"
            onClick={async () => {
              if (!confirmDelete()) return;
              await store.deleteAll();
              setMessage('All data deleted.');
              await reload();
            }}
          >
            Delete all data
          </button>
        </div>
        <ImportPreview
          plan={plan}
          onCancel={() => setPlan(null)}
          onConfirm={async () => {
            if (!plan) return;
            await store.applyImport(plan);
            setPlan(null);
            setMessage('Imported. A backup of what was stored before is listed below.');
            await reload();
          }}
        />
      </fieldset>
      <BackupList
        store={store}
        version={state}
        download={download}
        confirmRestore={confirmRestore}
        onRestored={(text) => {
          setMessage(text);
          void reload();
        }}
      />
    </main>
  );
}
