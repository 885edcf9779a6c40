// What a content script shows. Content-script side: nothing here imports storage or the engine
// (those run in the background, see page-service.ts). Whose pages a tab shows is decided and
// kept by the background, keyed by the tab: never by anything the page can read or write.
import type { PageRead } from '../readers/read-page';
import type { ReportResult } from './report-for';

/** "Whose page is this?": asked once while a page the background could not place is held aside. */
export interface HeldQuestion {
  pendingId: string;
  /** What the page holds, in plain words ("courses", "license"). */
  what: string;
  /** The people it could belong to (one click assigns it). */
  candidates: Array<{ key: string; name: string }>;
}

export interface PageView {
  state: 'ready' | 'unread';
  result: ReportResult | null;
  unreadReason: string | null;
  personKey: string | null;
  personName: string | null;
  collapsed: boolean;
  notice: string | null;
  /** Set while this tab's page is held aside and someone is known to assign it to. */
  question?: HeldQuestion | null;
  /** Plain words about this page: what it could not show, or why nobody's data is shown. */
  pageNote?: string | null;
}

/** Runs the page reader; a reader that throws becomes "could not read this page", not a crash. */
export function readSafely(doc: Document, url: string, read: (doc: Document, url: string) => PageRead): PageRead {
  try {
    return read(doc, url);
  } catch (error) {
    return { snapshot: { url, kind: 'unknown', unreadReason: `the page reader failed (${error instanceof Error ? error.message : String(error)})` } };
  }
}
