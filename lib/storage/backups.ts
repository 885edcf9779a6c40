// The last few copies of stored data, newest first: one taken whenever something unreadable is
// set aside, and before an import or a restore replaces anything. A second mishap never
// overwrites the copy of the first; Options lists them and can restore one.
import * as z from 'zod/mini';

export const MAX_BACKUPS = 5;

export const Backup = z.object({
  id: z.string(),
  /** ISO date-time the copy was taken. */
  at: z.string(),
  /** Plain words: why the copy was taken. */
  reason: z.string(),
  kind: z.enum(['damage', 'before-import', 'before-restore']),
  /** The version of the people item the copy holds, so a restore can migrate it. */
  peopleVersion: z.number(),
  /** The stored values exactly as they were, by item name (people, settings, ui). */
  items: z.record(z.string(), z.unknown()),
  /** Damage only: set once the user has seen the message and dismissed it. */
  acknowledged: z.optional(z.boolean()),
});
export type Backup = z.infer<typeof Backup>;

/** The stored list, keeping the entries that still parse (a damaged list loses only its bad entries). */
export function parseBackups(raw: unknown): Backup[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = z.safeParse(Backup, entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function withBackup(list: readonly Backup[], backup: Backup): Backup[] {
  return [backup, ...list.filter((b) => b.id !== backup.id)].slice(0, MAX_BACKUPS);
}

let counter = 0;
export function backupId(at: string): string {
  counter += 1;
  return `${at}#${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
