// Whether a merged record is worth a storage write. A page read again that shows the same thing
// only moves the "last read" times; writing that on every re-read would wake every listener
// (badge, reminders, other tabs) for nothing. The times are still refreshed now and then, so
// "last read" in the popup stays roughly right.
import type { ProviderRecord } from '../model';

/** How stale a "last read" time may get before an unchanged read is written anyway. */
export const READ_AT_REFRESH_MS = 15 * 60 * 1000;

/** JSON with every object's keys in order: the same record built in another order is the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

function withoutReadAt(record: ProviderRecord): string {
  const { readAt: _readAt, ...rest } = record;
  return canonical(rest);
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
