// Background side of the content scripts: route a page snapshot to its person, merge, save, and
// compute the view. One writer for all tabs, one request at a time, so two tabs reading at once
// cannot lose each other's changes. Every request is validated with zod.
import * as z from 'zod/mini';
import { todayIso } from '../dates';
import { PageSnapshot } from '../model';
import { displayName } from '../storage/identity';
import type { RecertStore } from '../storage/store';
import { applySnapshot, type Merge } from './page-flow';
import { recordNeedsWrite } from './record-change';
import type { PageView } from './page-view';
import { reportFor } from './report-for';

export const PAGE_MESSAGE = 'recert-copilot:page';
export const VIEW_MESSAGE = 'recert-copilot:view';
export const UI_MESSAGE = 'recert-copilot:ui';

export const PageRequest = z.object({ type: z.literal(PAGE_MESSAGE), snapshot: PageSnapshot, tabOwner: z.nullable(z.string()) });
export const ViewRequest = z.object({ type: z.literal(VIEW_MESSAGE), personKey: z.nullable(z.string()), unreadReason: z.nullable(z.string()) });
export const UiRequest = z.object({
  type: z.literal(UI_MESSAGE),
  panelCollapsed: z.optional(z.boolean()),
  acknowledgeNotice: z.optional(z.boolean()),
});

export interface IngestReply {
  view: PageView;
  tabOwner: string | null;
}

export async function viewOf(store: RecertStore, key: string | null, unreadReason: string | null, now: Date): Promise<PageView> {
  const state = await store.load();
  const entry = key ? state.people.people[key] : undefined;
  return {
    state: unreadReason ? 'unreadable' : 'ready',
    result: reportFor(state.people, state.settings, key, todayIso(now)),
    unreadReason,
    personKey: key,
    personName: entry ? displayName(entry.record.person) : null,
    collapsed: state.ui.panelCollapsed,
    notice: state.notice,
  };
}

/** Stores what a page showed (unless it was unreadable or not ours) and returns the view for it. */
export async function ingestSnapshot(
  store: RecertStore,
  snapshot: PageSnapshot,
  tabOwner: string | null,
  now: Date,
  merge?: Merge,
): Promise<IngestReply> {
  const state = await store.load();
  const readAt = now.toISOString();
  const applied = applySnapshot(state.people, snapshot, tabOwner, readAt, merge);
  // Written only when the record changed (not for a page read again showing the same).
  if (applied.updated && applied.key && recordNeedsWrite(state.people.people[applied.key]?.record, applied.updated)) {
    await store.updatePerson(applied.key, applied.updated, readAt);
    if (state.ui.activePerson !== applied.key) await store.saveUi({ activePerson: applied.key });
  }
  return { view: await viewOf(store, applied.key, snapshot.readError ?? null, now), tabOwner: applied.tabOwner };
}

export function createPageService(store: RecertStore, now: () => Date = () => new Date(), merge?: Merge) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  /** The runtime.onMessage handler: a promise for our requests, undefined for anything else. */
  return (message: unknown): Promise<unknown> | undefined => {
    const page = z.safeParse(PageRequest, message);
    if (page.success) return serial(() => ingestSnapshot(store, page.data.snapshot, page.data.tabOwner, now(), merge));
    const view = z.safeParse(ViewRequest, message);
    if (view.success) return serial(() => viewOf(store, view.data.personKey, view.data.unreadReason, now()));
    const ui = z.safeParse(UiRequest, message);
    if (ui.success) {
      return serial(async () => {
        if (ui.data.panelCollapsed !== undefined) await store.saveUi({ panelCollapsed: ui.data.panelCollapsed });
        if (ui.data.acknowledgeNotice) await store.acknowledgeNotice();
        return true;
      });
    }
    return undefined;
  };
}
