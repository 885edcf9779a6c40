// One content script's session on one tab: read the page, route it to its person, merge, save,
// and work out what to show. Browser-facing (storage, sessionStorage) but DOM-reading is the
// readers' job; this module only orchestrates.
import { todayIso } from '../dates';
import type { PageSnapshot } from '../model';
import { readPage } from '../readers';
import { displayName } from '../storage/identity';
import type { RecertStore } from '../storage/store';
import { applySnapshot, type Merge } from './page-flow';
import { reportFor, type ReportResult } from './report-for';

export interface PageView {
  state: 'ready' | 'unreadable';
  result: ReportResult | null;
  unreadReason: string | null;
  personKey: string | null;
  personName: string | null;
  collapsed: boolean;
  notice: string | null;
}

/** The tab's owner survives full navigations in the tab's sessionStorage (one namespaced key). */
export interface TabMemory {
  get(): string | null;
  set(key: string | null): void;
}

const TAB_OWNER_KEY = 'recert-copilot:tab-owner';

export function sessionTabMemory(win: Window): TabMemory {
  let memory: string | null = null;
  return {
    get() {
      try {
        return win.sessionStorage.getItem(TAB_OWNER_KEY) ?? memory;
      } catch {
        return memory;
      }
    },
    set(key) {
      memory = key;
      try {
        if (key) win.sessionStorage.setItem(TAB_OWNER_KEY, key);
      } catch {
        // Storage blocked by the site: in-memory only.
      }
    },
  };
}

export function readSafely(doc: Document, url: string, read: typeof readPage = readPage): PageSnapshot {
  try {
    return read(doc, url);
  } catch (error) {
    return { url, kind: 'unknown', readError: `the page reader failed (${error instanceof Error ? error.message : String(error)})` };
  }
}

export class PageSession {
  private currentKey: string | null = null;

  constructor(
    private readonly store: RecertStore,
    private readonly tab: TabMemory,
    private readonly now: () => Date = () => new Date(),
    private readonly merge?: Merge,
  ) {}

  /** Reads a snapshot into storage (unless unreadable) and returns the view for it. */
  async ingest(snapshot: PageSnapshot): Promise<PageView> {
    const state = await this.store.load();
    const readAt = this.now().toISOString();
    const applied = applySnapshot(state.people, snapshot, this.tab.get(), readAt, this.merge);
    let people = state.people;
    if (applied.updated && applied.key) {
      people = await this.store.updatePerson(applied.key, applied.updated, readAt);
      if (state.ui.activePerson !== applied.key) await this.store.saveUi({ activePerson: applied.key });
    }
    this.tab.set(applied.tabOwner);
    this.currentKey = applied.key;
    return this.view(snapshot.readError ?? null);
  }

  /** Recomputes the view from storage without reading the page (another tab changed data). */
  async view(unreadReason: string | null = null): Promise<PageView> {
    const state = await this.store.load();
    const key = this.currentKey;
    const entry = key ? state.people.people[key] : undefined;
    return {
      state: unreadReason ? 'unreadable' : 'ready',
      result: reportFor(state.people, state.settings, key, todayIso(this.now())),
      unreadReason,
      personKey: key,
      personName: entry ? displayName(entry.record.person) : null,
      collapsed: state.ui.panelCollapsed,
      notice: state.notice,
    };
  }

  async setCollapsed(collapsed: boolean): Promise<void> {
    await this.store.saveUi({ panelCollapsed: collapsed });
  }

  async dismissNotice(): Promise<void> {
    await this.store.acknowledgeNotice();
  }
}
