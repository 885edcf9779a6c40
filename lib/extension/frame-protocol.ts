// The private channel between a content script and the extension page it shows inside the site
// (the panel on NREMT, the Step B strip on eLicensing). The content script hands the frame one
// MessagePort, with a nonce only it and the frame's own address know; everything after travels
// on that port, which no page script can listen to. Types and names only (both sides import it).
import type { PanelState } from '../../components/panel-state';
import type { HeldQuestion } from './page-view';
import type { Side } from './placement';
import type { ReportResult } from './report-for';

export const CONNECT_MESSAGE = 'recert-copilot:connect';
export const PAGE_UI_FILE = '/page-ui.html';

export type UiKind = 'panel' | 'strip';

export interface PanelProps {
  state: PanelState;
  result: ReportResult | null;
  unreadReason: string | null;
  collapsed: boolean;
  side: Side;
  notice: string | null;
  personName: string | null;
  /** A page held aside: whose is it? (one click assigns or discards it) */
  question: HeldQuestion | null;
  pageNote: string | null;
}

export interface StripProps {
  report: ReportResult | null;
  unreadReason: string | null;
}

/** Content script -> frame. */
export type ToFrame = { type: 'panel'; props: PanelProps } | { type: 'strip'; props: StripProps };

/** Frame -> content script. */
export type FromFrame =
  | { type: 'size'; width: number; height: number }
  | { type: 'rendered'; state: string }
  | { type: 'toggle' }
  | { type: 'dismiss-notice' }
  | { type: 'assign'; pendingId: string; personKey: string }
  | { type: 'discard'; pendingId: string }
  | { type: 'show-me' };
