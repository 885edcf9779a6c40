// Content-script side: sends what the page showed to the background and gets back what to show.
// Keeps the storage layer, the merge and the engine out of the content scripts (bundle budget).
// Its state lives in the factory's closure, which the minifier can shorten (a class's fields it cannot).
import type { PageSnapshot, SentEvidence } from '../model';
import type { PageView } from './page-view';
import type { SendMessage } from './protocol';

// The reply is typed by the protocol; this checks only that a background answered at all
// (an extension reloaded under the page answers nothing).
function isView(value: unknown): value is PageView {
  return typeof value === 'object' && value !== null && 'state' in value && 'collapsed' in value;
}

export interface PageClient {
  /** Whose page this tab showed last (the background's answer), or null. */
  readonly personKey: string | null;
  /** Whether the last page sent made the same snapshot as the one before it (see IngestReply.read). */
  readonly sameRead: boolean;
  /** The kind the background judged the last page sent (null when it did not answer). */
  readonly kind: string | null;
  /** What the page showed, and the evidence the background judges (lib/readers/judge-page.ts). */
  ingest(snapshot: PageSnapshot, evidence?: SentEvidence): Promise<PageView>;
  /**
   * ingest(), but a background that does not answer (extension updated or reloaded) becomes an
   * "unread" view that says so: nothing is stored, and the panel keeps its collapsed state.
   */
  ingestOrExplain(snapshot: PageSnapshot, collapsed: boolean, evidence?: SentEvidence): Promise<PageView>;
  /** The view recomputed from storage (another tab or the options page changed something). */
  refresh(): Promise<PageView | null>;
  /** "Whose page is this?" answered: the held page goes into `personKey`'s record. */
  assign(pendingId: string, personKey: string): Promise<PageView | null>;
  discard(pendingId: string): Promise<PageView | null>;
  setCollapsed(collapsed: boolean): Promise<void>;
  dismissNotice(): Promise<void>;
}

// Whose pages this tab shows is kept by the background, keyed by the sender's tab: nothing is
// kept here or in the page's storage, where the page's own scripts could change it.
export function pageClient(send: SendMessage): PageClient {
  let currentKey: string | null = null;
  let unreadReason: string | null = null;
  let lastRead: string | null = null;
  let sameRead = false;
  let kind: string | null = null;

  const accept = (reply: unknown): PageView | null => {
    if (!isView(reply)) return null;
    currentKey = reply.personKey;
    return reply;
  };

  const ingest = async (snapshot: PageSnapshot, evidence?: SentEvidence): Promise<PageView> => {
    sameRead = false;
    kind = null;
    const reply = await send('ingestPage', { snapshot, evidence });
    if (!reply || !isView(reply.view)) throw new Error('The extension did not answer; reload the page.');
    sameRead = !!reply.read && reply.read === lastRead;
    lastRead = reply.read ?? null;
    kind = reply.kind ?? null;
    currentKey = reply.view.personKey;
    unreadReason = reply.view.unreadReason;
    return reply.view;
  };

  return {
    get personKey() {
      return currentKey;
    },
    get sameRead() {
      return sameRead;
    },
    get kind() {
      return kind;
    },
    ingest,
    async ingestOrExplain(snapshot, collapsed, evidence) {
      try {
        return await ingest(snapshot, evidence);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return {
          state: 'unread',
          result: null,
          unreadReason: `Recert Copilot could not save this page (${why}); reload the page`,
          personKey: null,
          personName: null,
          collapsed,
          notice: null,
        };
      }
    },
    refresh: async () => accept(await send('pageView', { unreadReason })),
    assign: async (pendingId, personKey) => accept(await send('assignPage', { pendingId, personKey })),
    discard: async (pendingId) => accept(await send('discardPage', { pendingId })),
    setCollapsed: async (collapsed) => {
      await send('setUi', { panelCollapsed: collapsed });
    },
    dismissNotice: async () => {
      await send('setUi', { acknowledgeNotice: true });
    },
  };
}
