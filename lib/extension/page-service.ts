// Background side of every view: route a page snapshot to its person, merge, save, and compute
// what to show (the in-page panel, the Step B strip, the popup and the side panel all ask here;
// no view runs the engine). One writer for all tabs, one request at a time, so two tabs reading
// at once cannot lose each other's changes. Every request is validated with zod.
import * as z from 'zod/mini';
import { todayIso } from '../dates';
import { PageSnapshot } from '../model';
import { displayName } from '../storage/identity';
import type { RecertStore } from '../storage/store';
import { pickActivePerson } from './active-person';
import { applySnapshot, type Merge } from './page-flow';
import { recordNeedsWrite } from './record-change';
import type { PageView } from './page-view';
import type { ExtensionPageState, IngestReply, RecertMessenger } from './protocol';
import { reportFor } from './report-for';

export type { IngestReply } from './protocol';

export const PageRequest = z.object({ snapshot: PageSnapshot, tabOwner: z.nullable(z.string()) });
export const ViewRequest = z.object({ personKey: z.nullable(z.string()), unreadReason: z.nullable(z.string()) });
export const UiRequest = z.object({
  panelCollapsed: z.optional(z.boolean()),
  acknowledgeNotice: z.optional(z.boolean()),
  activePerson: z.optional(z.string()),
});
export const ExtensionPageRequest = z.object({ tabPerson: z.nullable(z.string()), chosen: z.nullable(z.string()) });

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

/** The popup / side panel: the person of the current tab, else the one chosen, else the latest. */
export async function extensionPageOf(
  store: RecertStore,
  tabPerson: string | null,
  chosen: string | null,
  now: Date,
): Promise<ExtensionPageState> {
  const state = await store.load();
  const people = state.people.people;
  const key = chosen && chosen in people ? chosen : pickActivePerson(state.people, state.ui, tabPerson);
  const record = key ? people[key]?.record : undefined;
  return {
    people: Object.entries(people).map(([k, entry]) => ({ key: k, name: displayName(entry.record.person) })),
    activeKey: key,
    result: reportFor(state.people, state.settings, key, todayIso(now)),
    readAt: { ...(record?.readAt ?? {}) },
    notice: state.notice,
  };
}

function parsed<T>(schema: z.ZodMiniType<T>, data: unknown): T {
  const result = z.safeParse(schema, data);
  if (!result.success) throw new Error('Recert Copilot: malformed request');
  return result.data;
}

export interface BackgroundService {
  ingestPage(data: unknown): Promise<IngestReply>;
  pageView(data: unknown): Promise<PageView>;
  setUi(data: unknown): Promise<boolean>;
  extensionPage(data: unknown): Promise<ExtensionPageState>;
}

export function createPageService(store: RecertStore, now: () => Date = () => new Date(), merge?: Merge): BackgroundService {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    async ingestPage(data) {
      const request = parsed(PageRequest, data);
      return serial(() => ingestSnapshot(store, request.snapshot, request.tabOwner, now(), merge));
    },
    async pageView(data) {
      const request = parsed(ViewRequest, data);
      return serial(() => viewOf(store, request.personKey, request.unreadReason, now()));
    },
    async setUi(data) {
      const request = parsed(UiRequest, data);
      return serial(async () => {
        if (request.panelCollapsed !== undefined) await store.saveUi({ panelCollapsed: request.panelCollapsed });
        if (request.activePerson !== undefined) await store.saveUi({ activePerson: request.activePerson });
        if (request.acknowledgeNotice) await store.acknowledgeNotice();
        return true;
      });
    },
    async extensionPage(data) {
      const request = parsed(ExtensionPageRequest, data);
      return serial(() => extensionPageOf(store, request.tabPerson, request.chosen, now()));
    },
  };
}

/** Registers the service on the background's messenger (the library serializes thrown errors). */
export function serveMessages(messenger: Pick<RecertMessenger, 'onMessage'>, service: BackgroundService): () => void {
  const stops = [
    messenger.onMessage('ingestPage', ({ data }) => service.ingestPage(data)),
    messenger.onMessage('pageView', ({ data }) => service.pageView(data)),
    messenger.onMessage('setUi', ({ data }) => service.setUi(data)),
    messenger.onMessage('extensionPage', ({ data }) => service.extensionPage(data)),
  ];
  return () => stops.forEach((stop) => stop());
}
