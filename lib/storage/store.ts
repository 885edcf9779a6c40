// Typed access to everything stored. Every read is validated; a value that does not parse
// (garbage, wrong types, a failed migration) is copied to local:corrupt-backup and reset,
// and the UI shows CORRUPT_NOTICE: the user loses nothing and nothing crashes.
import * as z from 'zod/mini';
import type { ProviderRecord } from '../model';
import { defineStorageItems, type CorruptBackup, type StorageItems } from './items';
import {
  defaultSettings,
  defaultUi,
  emptyPeople,
  ExportFile,
  PEOPLE_VERSION,
  PeopleStore,
  SettingsStore,
  UiStore,
  type PersonSettings,
} from './schema';

export const CORRUPT_NOTICE =
  'Stored data was unreadable and was reset; a copy was kept — export it from Options.';

export interface StoredState {
  people: PeopleStore;
  settings: SettingsStore;
  ui: UiStore;
  /** CORRUPT_NOTICE while a reset has not been acknowledged, else null. */
  notice: string | null;
}

type ItemName = 'people' | 'settings' | 'ui';

export class RecertStore {
  /** Read-modify-write updates run one at a time, so two quick changes do not lose one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly items: StorageItems = defineStorageItems()) {}

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async load(): Promise<StoredState> {
    const people = await this.readValid('people', PeopleStore, emptyPeople);
    const settings = await this.readValid('settings', SettingsStore, defaultSettings);
    const ui = await this.readValid('ui', UiStore, defaultUi);
    const backup = await this.items.corruptBackup.getValue();
    return { people, settings, ui, notice: backup && !backup.acknowledged ? CORRUPT_NOTICE : null };
  }

  async savePeople(people: PeopleStore): Promise<void> {
    await this.items.people.setValue(people);
    await this.items.people.setMeta({ v: PEOPLE_VERSION });
  }

  /** Re-reads before writing so another tab's change to someone else is not lost. */
  updatePerson(key: string, record: ProviderRecord, updatedAt: string): Promise<PeopleStore> {
    return this.exclusive(async () => {
      const current = await this.readValid('people', PeopleStore, emptyPeople);
      const next: PeopleStore = { people: { ...current.people, [key]: { record, updatedAt } } };
      await this.savePeople(next);
      return next;
    });
  }

  setRemindersEnabled(enabled: boolean): Promise<SettingsStore> {
    return this.exclusive(async () => {
      const next = { ...(await this.readValid('settings', SettingsStore, defaultSettings)), remindersEnabled: enabled };
      await this.items.settings.setValue(next);
      return next;
    });
  }

  saveSettings(settings: SettingsStore): Promise<void> {
    return this.exclusive(() => this.items.settings.setValue(settings));
  }

  updatePersonSettings(key: string, patch: PersonSettings): Promise<SettingsStore> {
    return this.exclusive(async () => {
      const current = await this.readValid('settings', SettingsStore, defaultSettings);
      const next: SettingsStore = {
        ...current,
        perPerson: { ...current.perPerson, [key]: { ...current.perPerson[key], ...patch } },
      };
      await this.items.settings.setValue(next);
      return next;
    });
  }

  saveUi(patch: Partial<UiStore>): Promise<UiStore> {
    return this.exclusive(async () => {
      const current = await this.readValid('ui', UiStore, defaultUi);
      const next = { ...current, ...patch };
      await this.items.ui.setValue(next);
      return next;
    });
  }

  async acknowledgeNotice(): Promise<void> {
    const backup = await this.items.corruptBackup.getValue();
    if (backup) await this.items.corruptBackup.setValue({ ...backup, acknowledged: true });
  }

  async corruptBackup(): Promise<CorruptBackup | null> {
    return this.items.corruptBackup.getValue();
  }

  async exportAll(now: Date = new Date()): Promise<ExportFile & { corruptBackup?: CorruptBackup }> {
    const state = await this.load();
    const backup = await this.items.corruptBackup.getValue();
    return {
      app: 'recert-copilot',
      exportedAt: now.toISOString(),
      peopleVersion: PEOPLE_VERSION,
      people: state.people,
      settings: state.settings,
      ui: state.ui,
      ...(backup ? { corruptBackup: backup } : {}),
    };
  }

  /** Replaces everything with an exported file; throws a readable Error if the file is not one. */
  async importAll(json: string): Promise<void> {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      throw new Error('This file is not JSON.');
    }
    const parsed = z.safeParse(ExportFile, data);
    if (!parsed.success) throw new Error('This file is not a Recert Copilot export (or it is damaged).');
    await this.savePeople(parsed.data.people);
    await this.saveSettings(parsed.data.settings);
    if (parsed.data.ui) await this.items.ui.setValue(parsed.data.ui);
  }

  async deleteAll(): Promise<void> {
    await Promise.all([
      this.items.people.removeValue({ removeMeta: true }),
      this.items.settings.removeValue(),
      this.items.ui.removeValue(),
      this.items.corruptBackup.removeValue(),
    ]);
  }

  /** Calls back on any change to people, settings or ui (e.g. another tab read a page). */
  watch(onChange: () => void): () => void {
    const stops = [this.items.people.watch(onChange), this.items.settings.watch(onChange), this.items.ui.watch(onChange)];
    return () => stops.forEach((stop) => stop());
  }

  private async readValid<T>(name: ItemName, schema: z.ZodMiniType<T>, fallback: () => T): Promise<T> {
    const item = this.items[name];
    let raw: unknown;
    try {
      raw = await item.getValue();
    } catch (error) {
      raw = { unreadable: String(error) };
    }
    if (raw == null) return fallback();
    const parsed = z.safeParse(schema, raw);
    if (parsed.success) return parsed.data;
    await this.backUpAndReset(name, raw, fallback());
    return fallback();
  }

  private async backUpAndReset(name: ItemName, raw: unknown, fresh: unknown): Promise<void> {
    const previous = await this.items.corruptBackup.getValue();
    const items = { ...previous?.items, [name]: raw };
    await this.items.corruptBackup.setValue({ at: new Date().toISOString(), items });
    await this.items[name].setValue(fresh);
    if (name === 'people') await this.items.people.setMeta({ v: PEOPLE_VERSION });
  }
}
