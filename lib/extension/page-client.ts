// Content-script side: sends what the page showed to the background and gets back what to show.
// Keeps the storage layer, the merge and the engine out of the content scripts (bundle budget).
import type { PageSnapshot, SentEvidence } from '../model';
import type { PageView } from './page-view';
import type { SendMessage } from './protocol';

// The reply is typed by the protocol; this checks only that a background answered at all
// (an extension reloaded under the page answers nothing).
function isView(value: unknown): value is PageView {
  return typeof value === 'object' && value !== null && 'state' in value && 'collapsed' in value;
}

export class PageClient {
  private currentKey: string | null = null;
  private unreadReason: string | null = null;
  private lastRead: string | null = null;
  /** Whether the last page sent made the same snapshot as the one before it (see IngestReply.read). */
  sameRead = false;
  /** The kind the background judged the last page sent (null when it did not answer). */
  kind: string | null = null;

  // Whose pages this tab shows is kept by the background, keyed by the sender's tab: nothing is
  // kept here or in the page's storage, where the page's own scripts could change it.
  constructor(private readonly send: SendMessage) {}

  get personKey(): string | null {
    return this.currentKey;
  }

  /** What the page showed, and the evidence the background judges (lib/readers/judge-page.ts). */
  async ingest(snapshot: PageSnapshot, evidence?: SentEvidence): Promise<PageView> {
    this.sameRead = false;
    this.kind = null;
    const reply = await this.send('ingestPage', { snapshot, evidence });
    if (!reply || !isView(reply.view)) throw new Error('The extension did not answer; reload the page.');
    this.sameRead = !!reply.read && reply.read === this.lastRead;
    this.lastRead = reply.read ?? null;
    this.kind = reply.kind ?? null;
    this.currentKey = reply.view.personKey;
    this.unreadReason = reply.view.unreadReason;
    return reply.view;
  }

  /**
   * ingest(), but a background that does not answer (extension updated or reloaded) becomes an
   * "unread" view that says so: nothing is stored, and the panel keeps its collapsed state.
   */
  async ingestOrExplain(snapshot: PageSnapshot, collapsed: boolean, evidence?: SentEvidence): Promise<PageView> {
    try {
      return await this.ingest(snapshot, evidence);
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
  }

  /** The view recomputed from storage (another tab or the options page changed something). */
  async refresh(): Promise<PageView | null> {
    return this.accept(await this.send('pageView', { unreadReason: this.unreadReason }));
  }

  /** "Whose page is this?" answered: the held page goes into `personKey`'s record. */
  async assign(pendingId: string, personKey: string): Promise<PageView | null> {
    return this.accept(await this.send('assignPage', { pendingId, personKey }));
  }

  async discard(pendingId: string): Promise<PageView | null> {
    return this.accept(await this.send('discardPage', { pendingId }));
  }

  private accept(reply: unknown): PageView | null {
    if (!isView(reply)) return null;
    this.currentKey = reply.personKey;
    return reply;
  }

  async setCollapsed(collapsed: boolean): Promise<void> {
    await this.send('setUi', { panelCollapsed: collapsed });
  }

  async dismissNotice(): Promise<void> {
    await this.send('setUi', { acknowledgeNotice: true });
  }
}
