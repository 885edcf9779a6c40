// What is kept in storage.local, version by version. Each stored shape is validated with zod
// after reading: a value that does not parse is backed up and reset, never trusted.
import * as z from 'zod/mini';
import { Level, PageSnapshot, ProviderRecord } from '../model';

/** v1 kept one provider's record as the whole value. */
export const PeopleStoreV1 = ProviderRecord;
export type PeopleStoreV1 = z.infer<typeof PeopleStoreV1>;

export const PersonEntry = z.object({
  record: ProviderRecord,
  /** ISO date-time of the last change: "most recently active person". */
  updatedAt: z.string(),
});
export type PersonEntry = z.infer<typeof PersonEntry>;

/**
 * A page read while it was not known whose it is: held aside until a page names its person in
 * the same browsing session, or the provider says whose it is (or discards it).
 */
export const PendingPage = z.object({
  snapshot: PageSnapshot,
  readAt: z.string(),
  /** The browsing session (tab, and tabs opened from it, since the last sign-in/out) it came from. */
  session: z.string(),
  /** Nobody was stored when it was read: the first person named soon after may take it. */
  nobodyKnown: z.boolean(),
});
export type PendingPage = z.infer<typeof PendingPage>;

/**
 * v2 keeps every person read in this browser (a station computer serves many), by person key.
 * v3 adds the pages held aside (optional in the type so a store of people alone still reads).
 */
export const PeopleStore = z.object({
  people: z.record(z.string(), PersonEntry),
  pending: z.optional(z.record(z.string(), PendingPage)),
});
export type PeopleStore = z.infer<typeof PeopleStore>;
export const PEOPLE_VERSION = 3;

export const PersonSettings = z.object({
  levelOverride: z.optional(z.nullable(Level)),
  recertifiedByExam: z.optional(z.boolean()),
  /** Courses the provider marked (true) or unmarked (false) as pediatric, by course identity. */
  pediatricMarks: z.optional(z.record(z.string(), z.boolean())),
});
export type PersonSettings = z.infer<typeof PersonSettings>;

export const SettingsStore = z.object({
  remindersEnabled: z.boolean(),
  perPerson: z.record(z.string(), PersonSettings),
});
export type SettingsStore = z.infer<typeof SettingsStore>;

export const UiStore = z.object({
  panelCollapsed: z.boolean(),
  activePerson: z.nullable(z.string()),
});
export type UiStore = z.infer<typeof UiStore>;

export const emptyPeople = (): PeopleStore => ({ people: {} });
export const defaultSettings = (): SettingsStore => ({ remindersEnabled: true, perPerson: {} });
export const defaultUi = (): UiStore => ({ panelCollapsed: false, activePerson: null });

/** Everything, as exported to and imported from JSON by the Options page. */
export const ExportFile = z.object({
  app: z.literal('recert-copilot'),
  exportedAt: z.string(),
  peopleVersion: z.number(),
  people: PeopleStore,
  settings: SettingsStore,
  ui: z.optional(UiStore),
});
export type ExportFile = z.infer<typeof ExportFile>;
