// The storage items. Defined by a function, not at module top level: WXT runs an item's
// migrations as soon as it is defined, and entry points are imported at build time in Node.
import { storage } from 'wxt/utils/storage';
import { peopleMigrations } from './migrations';
import { PEOPLE_VERSION } from './schema';

/** The single backup older versions kept; read once and moved into the backups list. */
export interface CorruptBackup {
  /** ISO date-time of the reset. */
  at: string;
  /** The unreadable values exactly as they were found, by item name. */
  items: Record<string, unknown>;
  /** Set once the user has seen the message and dismissed it. */
  acknowledged?: boolean;
}

export function defineStorageItems() {
  return {
    // Values are typed `unknown` on purpose: they are parsed with zod after every read.
    people: storage.defineItem<unknown>('local:people', { version: PEOPLE_VERSION, migrations: peopleMigrations }),
    settings: storage.defineItem<unknown>('local:settings'),
    ui: storage.defineItem<unknown>('local:ui'),
    corruptBackup: storage.defineItem<CorruptBackup>('local:corrupt-backup'),
    backups: storage.defineItem<unknown>('local:backups'),
    // Who each tab's browsing session belongs to. Session storage: gone when the browser closes,
    // and out of the content scripts' (and so the pages') reach.
    tabSessions: storage.defineItem<unknown>('session:tab-sessions'),
  };
}
export type StorageItems = ReturnType<typeof defineStorageItems>;
