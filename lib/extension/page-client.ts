// Content-script side: sends what the page showed to the background and gets back what to show.
// Keeps the storage layer, the merge and the engine out of the content scripts (bundle budget).
import type { PageSnapshot } from '../model';
import type { PageView, TabMemory } from './page-view';
import type { SendMessage } from './protocol';

// The reply is typed by the protocol; this checks only that a background answered at all
// (an extension reloaded under the page answers nothing).
function isView(value: unknown): value is PageView {
  return typeof value === 'object' && value !== null && 'state' in value && 'collapsed' in value;
}

export class PageClient {
  private currentKey: string | null = null;
  private unreadReason: string | null = null;

  constructor(
    private readonly tab: TabMemory,
    private readonly send: SendMessage,
  ) {}

  get personKey(): string | null {
    return this.currentKey;
  }

  async ingest(snapshot: PageSnapshot): Promise<PageView> {
    const reply = await this.send('ingestPage', { snapshot, tabOwner: this.tab.get() });
    if (!reply || !isView(reply.view)) throw new Error('The extension did not answer; reload the page.');
    this.tab.set(reply.tabOwner);
    this.currentKey = reply.view.personKey;
    this.unreadReason = reply.view.unreadReason;
    return reply.view;
  }

  /**
   * ingest(), but a background that does not answer (extension updated or reloaded) becomes an
   * "unreadable" view that says so: nothing is stored, and the panel keeps its collapsed state.
   */
  async ingestOrExplain(snapshot: PageSnapshot, collapsed: boolean): Promise<PageView> {
    try {
      return await this.ingest(snapshot);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return {
        state: 'unreadable',
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
    const reply = await this.send('pageView', { personKey: this.currentKey, unreadReason: this.unreadReason });
    return isView(reply) ? reply : null;
  }

  async setCollapsed(collapsed: boolean): Promise<void> {
    await this.send('setUi', { panelCollapsed: collapsed });
  }

  async dismissNotice(): Promise<void> {
    await this.send('setUi', { acknowledgeNotice: true });
  }
}
