// Whether a merged record is worth a storage write. A page read again that shows the same thing
// only moves the "last read" times; writing that on every re-read would wake every listener
// (badge, reminders, other tabs) for nothing. The times are still refreshed now and then, so
// "last read" in the popup stays roughly right.
import type { ProviderRecord } from '../model';

/** How stale a "last read" time may get before an unchanged read is written anyway. */
export const READ_AT_REFRESH_MS = 15 * 60 * 1000;

function withoutReadAt(record: ProviderRecord): string {
  const { readAt: _readAt, ...rest } = record;
  return JSON.stringify(rest);
}

export function recordNeedsWrite(before: ProviderRecord | undefined, after: ProviderRecord): boolean {
  if (!before) return true;
  if (withoutReadAt(before) !== withoutReadAt(after)) return true;
  for (const site of ['nremt', 'elicensing'] as const) {
    const then = before.readAt[site];
    const now = after.readAt[site];
    if (now === then) continue;
    if (!then || !now || Date.parse(now) - Date.parse(then) >= READ_AT_REFRESH_MS) return true;
  }
  return false;
}
