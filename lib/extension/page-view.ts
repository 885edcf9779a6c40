// What a content script shows, and the tab's memory of whose pages it shows. Content-script side:
// nothing here imports storage or the engine (those run in the background, see page-service.ts).
import type { PageSnapshot } from '../model';
import type { readPage } from '../readers';
import type { ReportResult } from './report-for';

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

/** Runs the page reader; a reader that throws becomes "could not read this page", not a crash. */
export function readSafely(doc: Document, url: string, read: typeof readPage): PageSnapshot {
  try {
    return read(doc, url);
  } catch (error) {
    return { url, kind: 'unknown', readError: `the page reader failed (${error instanceof Error ? error.message : String(error)})` };
  }
}
