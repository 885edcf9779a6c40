// The typed messages between the extension's scripts (one protocol, @webext-core/messaging).
// Every view gets the report from the background: the content scripts (in-page panel, Step B
// strip) and the extension pages (popup, side panel) send a request, the background routes,
// stores, runs the engine and answers. Types only plus the messenger: no zod here, so the
// content scripts stay small; the background validates every request (see page-service.ts).
import { defineExtensionMessaging, type ExtensionMessenger } from '@webext-core/messaging';
import type { PageKind, PageSnapshot, SentEvidence } from '../model';
import type { HeldQuestion, PageView } from './page-view';
import type { ReportResult } from './report-for';

export interface IngestReply {
  view: PageView;
  /**
   * A fingerprint of what the background made of the page (the judged snapshot): the same as the
   * last reply's means the page changed only in what no reader uses (a countdown, a banner).
   */
  read?: string;
  /** The page's kind as the background judged it (the content script does not classify). */
  kind?: PageKind;
}

/** What the popup and the browser side panel show: the chosen person's report and the switcher. */
export interface ExtensionPageState {
  people: { key: string; name: string }[];
  activeKey: string | null;
  result: ReportResult | null;
  readAt: { nremt?: string; elicensing?: string };
  notice: string | null;
  /** Pages held aside because it is not known whose they are (asked about once, in plain words). */
  questions?: HeldQuestion[];
}

export interface UiChange {
  panelCollapsed?: boolean;
  acknowledgeNotice?: boolean;
  activePerson?: string;
}

export interface RecertProtocol {
  /** Content script -> background: what the page showed (and evidence to judge); answers with what to show. */
  ingestPage(data: { snapshot: PageSnapshot; evidence?: SentEvidence }): IngestReply;
  /** Content script -> background: the view recomputed from storage. */
  pageView(data: { unreadReason: string | null }): PageView;
  /** Any view -> background: "whose page is this?" answered; a held page goes into their record. */
  assignPage(data: { pendingId: string; personKey: string }): PageView;
  /** Any view -> background: a held page is thrown away. */
  discardPage(data: { pendingId: string }): PageView;
  /** Any view -> background: remembered UI state. */
  setUi(data: UiChange): boolean;
  /** Popup / side panel -> background: the report to show. */
  extensionPage(data: { tabPerson: string | null; chosen: string | null }): ExtensionPageState;
  /** Popup / side panel -> the active tab's content script: whose pages does it show? */
  whoIsThisTab(): { personKey: string | null };
}

export type RecertMessenger = ExtensionMessenger<RecertProtocol>;
export type SendMessage = RecertMessenger['sendMessage'];

let messenger: RecertMessenger | undefined;

/** The extension's messenger (created on first use: entry points run no top-level code). */
export function recertMessenger(): RecertMessenger {
  return (messenger ??= defineExtensionMessaging<RecertProtocol>());
}
