// Options: what an import would change (asked before anything is written) and the last few
// backups, each of which can be downloaded or restored.
import { useEffect, useState } from 'preact/hooks';
import type { Backup } from '../lib/storage/backups';
import type { ImportPlan, RecertStore } from '../lib/storage/store';

/** The preview of a chosen file, with Import / Cancel. */
export function ImportPreview({ plan, onConfirm, onCancel }: { plan: ImportPlan | null; onConfirm: () => void; onCancel: () => void }) {
  if (!plan) return null;
  return (
    <div class="rc-alert rc-info" role="group" aria-label="Import this file?" data-testid="import-preview">
      <p>{plan.summary}</p>
      <div class="rc-actions">
        <button type="button" class="rc-button" data-testid="import-confirm" onClick={onConfirm}>
          Import
        </button>
        <button type="button" class="rc-button rc-secondary" data-testid="import-cancel" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** The kept backups, newest first. */
export function BackupList({
  store,
  version,
  download,
  confirmRestore,
  onRestored,
}: {
  store: RecertStore;
  /** Changes whenever the list may have changed (reload after an import, a restore…). */
  version: unknown;
  download: (filename: string, text: string) => void;
  confirmRestore: (backup: Backup) => boolean;
  onRestored: (message: string) => void;
}) {
  const [backups, setBackups] = useState<Backup[]>([]);
  useEffect(() => {
    void store.backups().then(setBackups);
  }, [store, version]);
  return (
    <fieldset data-testid="backups">
      <legend>Backups</legend>
      {backups.length === 0 ? (
        <p class="rc-muted">No backups yet. One is kept whenever something unreadable is set aside, and before an import or a restore.</p>
      ) : (
        <ul>
          {backups.map((backup) => (
            <li key={backup.id} data-testid="backup">
              <span>
                {when(backup.at)} — {backup.reason}
              </span>{' '}
              <button
                type="button"
                class="rc-button rc-small rc-secondary"
                onClick={() => download(`recert-copilot-backup-${backup.at.slice(0, 10)}.json`, JSON.stringify(backup, null, 2))}
              >
                Download
              </button>{' '}
              <button
                type="button"
                class="rc-button rc-small"
                data-testid="backup-restore"
                onClick={async () => {
                  if (!confirmRestore(backup)) return;
                  try {
                    await store.restoreBackup(backup.id);
                    onRestored(`Restored the copy of ${when(backup.at)}. What it replaced was backed up first.`);
                  } catch (error) {
                    onRestored(error instanceof Error ? error.message : String(error));
                  }
                }}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
