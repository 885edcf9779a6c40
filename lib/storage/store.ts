// Typed access to everything stored. Every read is validated, and what does not parse is set
// aside with a backup, never trusted and never allowed to take the rest with it: a person's
// record that does not parse is set aside on its own and the other people stay; a settings or
// ui value that does not parse is reset. The UI shows the backup's plain-words reason until
// the user dismisses it, and Options can export or restore any of the last few backups.
import * as z from 'zod/mini';
import { displayName } from './identity';
import type { ProviderRecord } from '../model';
import { backupId, parseBackups, withBackup, type Backup } from './backups';
import { defineStorageItems, type StorageItems } from './items';
import { migratePeople } from './migrations';
import { FORBIDDEN_KEYS, findForbiddenKey, isPlainRecord } from './safe-keys';
import {
  defaultSettings,
  defaultUi,
  emptyPeople,
  ExportFile,
  PEOPLE_VERSION,
  PendingPage,
  PeopleStore,
  PersonEntry,
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
  /** The reason of the newest damage backup not yet dismissed, else null. */
  notice: string | null;
}

/** What an import would change, shown to the user before anything is written. */
export interface ImportPlan {
  /** Names of people the file adds, keeps as they are, and replaces with its copy. */
  added: string[];
  replaced: string[];
  unchanged: string[];
  /** Names of people stored here and absent from the file: an import never removes them. */
  kept: string[];
  /** One plain sentence: what importing will do. */
  summary: string;
  /** The validated file, current version. */
  file: { people: PeopleStore; settings: SettingsStore };
}

type ItemName = 'people' | 'settings' | 'ui';

function personNameOf(key: string, entry: unknown): string {
  const name = (entry as { record?: { person?: { name?: unknown } } } | null)?.record?.person?.name;
  return typeof name === 'string' && name.trim() ? name.trim() : key;
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export class RecertStore {
  /** Read-modify-write updates run one at a time, so two quick changes do not lose one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly items: StorageItems = defineStorageItems()) {}

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  load(): Promise<StoredState> {
    return this.exclusive(() => this.loadUnlocked());
  }

  private async loadUnlocked(): Promise<StoredState> {
    await this.adoptOldBackup();
    const people = await this.readPeople();
    const settings = await this.readValid('settings', SettingsStore, defaultSettings);
    const ui = await this.readValid('ui', UiStore, defaultUi);
    const damage = (await this.readBackups()).find((b) => b.kind === 'damage' && !b.acknowledged);
    return { people, settings, ui, notice: damage?.reason ?? null };
  }

  async savePeople(people: PeopleStore): Promise<void> {
    await this.items.people.setValue(people);
    await this.items.people.setMeta({ v: PEOPLE_VERSION });
  }

  /** Re-reads before writing so another tab's change to someone else is not lost. */
  updatePerson(key: string, record: ProviderRecord, updatedAt: string): Promise<PeopleStore> {
    return this.updatePeople((current) => ({ ...current, people: { ...current.people, [key]: { record, updatedAt } } }));
  }

  /** One atomic change of the people item (people and held pages together); null writes nothing. */
  updatePeople(change: (current: PeopleStore) => PeopleStore | null): Promise<PeopleStore> {
    return this.exclusive(async () => {
      const current = await this.readPeople();
      const next = change(current);
      if (!next) return current;
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

  acknowledgeNotice(): Promise<void> {
    return this.exclusive(async () => {
      const list = await this.readBackups();
      await this.items.backups.setValue(list.map((b) => (b.kind === 'damage' ? { ...b, acknowledged: true } : b)));
    });
  }

  /** The kept backups, newest first. */
  backups(): Promise<Backup[]> {
    return this.exclusive(async () => {
      await this.adoptOldBackup();
      return this.readBackups();
    });
  }

  /** Puts a backup's values back, after backing up what they replace. */
  restoreBackup(id: string, now: Date = new Date()): Promise<void> {
    return this.exclusive(async () => {
      const list = await this.readBackups();
      const backup = list.find((b) => b.id === id);
      if (!backup) throw new Error('That backup is no longer kept.');
      const at = now.toISOString();
      const current = await this.currentValues(Object.keys(backup.items));
      await this.items.backups.setValue(
        withBackup(list, { id: backupId(at), at, kind: 'before-restore', reason: `Before restoring the copy of ${backup.at}`, peopleVersion: PEOPLE_VERSION, items: current }),
      );
      for (const [name, value] of Object.entries(backup.items)) {
        if (name === 'people') {
          await this.items.people.setValue(migratePeople(value, backup.peopleVersion, PEOPLE_VERSION));
          await this.items.people.setMeta({ v: PEOPLE_VERSION });
        } else if (name === 'settings' || name === 'ui') {
          await this.items[name].setValue(value);
        }
      }
      // Validate now: whatever in the copy does not parse is set aside again, the rest is kept.
      await this.loadUnlocked();
    });
  }

  async exportAll(now: Date = new Date()): Promise<ExportFile & { backups?: Backup[] }> {
    const state = await this.load();
    const backups = await this.backups();
    return {
      app: 'recert-copilot',
      exportedAt: now.toISOString(),
      peopleVersion: PEOPLE_VERSION,
      people: state.people,
      settings: state.settings,
      ui: state.ui,
      ...(backups.length > 0 ? { backups } : {}),
    };
  }

  /** Reads an export and says what importing it would change; writes nothing. Throws a readable Error. */
  async previewImport(json: string): Promise<ImportPlan> {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      throw new Error('This file is not JSON.');
    }
    const forbidden = findForbiddenKey(data);
    if (forbidden) throw new Error(`This file contains a key that is not allowed ("${forbidden}"); nothing was imported.`);
    const version = isPlainRecord(data) && typeof data.peopleVersion === 'number' ? data.peopleVersion : PEOPLE_VERSION;
    const migrated = isPlainRecord(data) ? { ...data, people: migratePeople(data.people, version, PEOPLE_VERSION) } : data;
    const parsed = z.safeParse(ExportFile, migrated);
    if (!parsed.success) throw new Error('This file is not a Recert Copilot export (or it is damaged).');
    const file = { people: parsed.data.people, settings: parsed.data.settings };
    const current = (await this.load()).people.people;
    const plan: ImportPlan = { added: [], replaced: [], unchanged: [], kept: [], summary: '', file };
    for (const [key, entry] of Object.entries(file.people.people)) {
      const name = displayName(entry.record.person);
      const here = current[key];
      if (!here) plan.added.push(name);
      else if (JSON.stringify(here.record) === JSON.stringify(entry.record)) plan.unchanged.push(name);
      else plan.replaced.push(name);
    }
    for (const [key, entry] of Object.entries(current)) if (!(key in file.people.people)) plan.kept.push(displayName(entry.record.person));
    const parts: string[] = [];
    if (plan.added.length) parts.push(`adds ${list(plan.added)}`);
    if (plan.replaced.length) parts.push(`replaces what is stored for ${list(plan.replaced)} with the file's copy`);
    if (plan.unchanged.length) parts.push(`leaves ${list(plan.unchanged)} as they are`);
    const keeps = plan.kept.length ? ` ${list(plan.kept)} ${plan.kept.length === 1 ? 'stays' : 'stay'} as stored.` : '';
    plan.summary =
      Object.keys(file.people.people).length === 0
        ? `This file has no people in it: importing it changes no one's record (only the reminder setting).${keeps}`
        : `Importing this file ${parts.join(', ')}.${keeps} A backup of what is stored now is kept first.`;
    return plan;
  }

  /** Writes a previewed import: backs up first, then adds and replaces people; never removes anyone. */
  applyImport(plan: ImportPlan, now: Date = new Date()): Promise<void> {
    return this.exclusive(async () => {
      const at = now.toISOString();
      const list = await this.readBackups();
      const current = await this.currentValues(['people', 'settings', 'ui']);
      await this.items.backups.setValue(
        withBackup(list, { id: backupId(at), at, kind: 'before-import', reason: 'Before an import', peopleVersion: PEOPLE_VERSION, items: current }),
      );
      const people = await this.readPeople();
      await this.savePeople({ ...people, people: { ...people.people, ...plan.file.people.people } });
      const settings = await this.readValid('settings', SettingsStore, defaultSettings);
      await this.items.settings.setValue({
        remindersEnabled: plan.file.settings.remindersEnabled,
        perPerson: { ...settings.perPerson, ...plan.file.settings.perPerson },
      });
    });
  }

  /** previewImport then applyImport, for callers that already asked. */
  async importAll(json: string): Promise<void> {
    await this.applyImport(await this.previewImport(json));
  }

  deleteAll(): Promise<void> {
    return this.exclusive(async () => {
      await Promise.all([
        this.items.people.removeValue({ removeMeta: true }),
        this.items.settings.removeValue(),
        this.items.ui.removeValue(),
        this.items.corruptBackup.removeValue(),
        this.items.backups.removeValue(),
        this.items.tabSessions.removeValue(),
      ]);
    });
  }

  /** Calls back on any change to people, settings, ui or backups (e.g. another tab read a page). */
  watch(onChange: () => void): () => void {
    const stops = [
      this.items.people.watch(onChange),
      this.items.settings.watch(onChange),
      this.items.ui.watch(onChange),
      this.items.backups.watch(onChange),
    ];
    return () => stops.forEach((stop) => stop());
  }

  private async rawValue(name: ItemName): Promise<unknown> {
    try {
      return await this.items[name].getValue();
    } catch (error) {
      return { unreadable: String(error) };
    }
  }

  private async currentValues(names: string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const name of names) {
      if (name === 'people' || name === 'settings' || name === 'ui') {
        const value = await this.rawValue(name);
        if (value != null) out[name] = value;
      }
    }
    return out;
  }

  /** The people item, each person validated on their own (see the file comment). */
  private async readPeople(): Promise<PeopleStore> {
    const raw = await this.rawValue('people');
    if (raw == null) return emptyPeople();
    if (!findForbiddenKey(raw)) {
      const whole = z.safeParse(PeopleStore, raw);
      if (whole.success) return whole.data;
    }
    if (!isPlainRecord(raw) || !isPlainRecord(raw.people) || (raw.pending !== undefined && !isPlainRecord(raw.pending))) {
      await this.setAside('people', raw, emptyPeople(), CORRUPT_NOTICE);
      return emptyPeople();
    }
    const clean: Required<PeopleStore> = { people: {}, pending: {} };
    const badPeople: string[] = [];
    for (const [key, entry] of Object.entries(raw.people)) {
      const parsed = FORBIDDEN_KEYS.has(key) || findForbiddenKey(entry) ? null : z.safeParse(PersonEntry, entry);
      if (parsed?.success) clean.people[key] = parsed.data;
      else badPeople.push(FORBIDDEN_KEYS.has(key) ? 'an entry with a forbidden key' : personNameOf(key, entry));
    }
    let badPending = 0;
    for (const [id, page] of Object.entries(raw.pending ?? {})) {
      const parsed = FORBIDDEN_KEYS.has(id) || findForbiddenKey(page) ? null : z.safeParse(PendingPage, page);
      if (parsed?.success) clean.pending[id] = parsed.data;
      else badPending += 1;
    }
    const what = [
      badPeople.length ? `the stored record of ${list(badPeople)}` : '',
      badPending ? `${badPending} page${badPending === 1 ? '' : 's'} waiting to be assigned` : '',
    ].filter(Boolean);
    const reason = what.length
      ? `${what.join(' and ')} could not be read and ${badPeople.length + badPending === 1 ? 'was' : 'were'} set aside; everything else is untouched. A copy was kept — restore or export it from Options.`
      : CORRUPT_NOTICE;
    await this.setAside('people', raw, clean, reason.charAt(0).toUpperCase() + reason.slice(1));
    return clean;
  }

  private async readValid<T>(name: 'settings' | 'ui', schema: z.ZodMiniType<T>, fallback: () => T): Promise<T> {
    const raw = await this.rawValue(name);
    if (raw == null) return fallback();
    const parsed = findForbiddenKey(raw) ? null : z.safeParse(schema, raw);
    if (parsed?.success) return parsed.data;
    await this.setAside(name, raw, fallback(), CORRUPT_NOTICE);
    return fallback();
  }

  private async setAside(name: ItemName, raw: unknown, fresh: unknown, reason: string): Promise<void> {
    const at = new Date().toISOString();
    const list = await this.readBackups();
    await this.items.backups.setValue(
      withBackup(list, { id: backupId(at), at, kind: 'damage', reason, peopleVersion: PEOPLE_VERSION, items: { [name]: raw } }),
    );
    await this.items[name].setValue(fresh);
    if (name === 'people') await this.items.people.setMeta({ v: PEOPLE_VERSION });
  }

  private async readBackups(): Promise<Backup[]> {
    return parseBackups(await this.items.backups.getValue());
  }

  /** Older versions kept one backup in its own item: move it into the list once. */
  private async adoptOldBackup(): Promise<void> {
    const old = await this.items.corruptBackup.getValue();
    if (!old) return;
    const list = await this.readBackups();
    const at = typeof old.at === 'string' ? old.at : new Date().toISOString();
    await this.items.backups.setValue(
      withBackup(list, {
        id: backupId(at),
        at,
        kind: 'damage',
        reason: CORRUPT_NOTICE,
        peopleVersion: 2,
        items: isPlainRecord(old.items) ? old.items : {},
        ...(old.acknowledged ? { acknowledged: true } : {}),
      }),
    );
    await this.items.corruptBackup.removeValue();
  }
}
