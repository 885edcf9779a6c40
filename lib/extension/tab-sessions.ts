// Who each tab's browsing session belongs to, kept by the background (keyed by the sender's tab
// id, in session storage) and never by the page: a page's scripts cannot make the panel show
// someone else. A tab opened from another tab joins its session.
import * as z from 'zod/mini';
import type { IdentitySession } from '../storage/routing';

export const TabState = z.object({
  session: z.string(),
  owner: z.nullable(z.string()),
  /** The person whose data the tab was last shown, or null (nobody's). */
  shown: z.nullable(z.string()),
  /** The held page the tab is asking about, if any. */
  held: z.nullable(z.string()),
  /** Plain words about the last page read in the tab (partial list, another role…), or null. */
  note: z.nullable(z.string()),
});
export type TabState = z.infer<typeof TabState>;

export const TabStates = z.record(z.string(), TabState);
export type TabStates = z.infer<typeof TabStates>;

export interface SenderTab {
  id?: number;
  openerTabId?: number;
}

export function parseTabStates(raw: unknown): TabStates {
  const parsed = z.safeParse(TabStates, raw);
  return parsed.success ? parsed.data : {};
}

export function newSessionId(): string {
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The tab's state: its own, else its opener's session (a tab opened from it), else a new session. */
export function tabStateFor(states: TabStates, tab: SenderTab | undefined, makeId: () => string = newSessionId): TabState {
  const own = tab?.id !== undefined ? states[String(tab.id)] : undefined;
  if (own) return own;
  const opener = tab?.openerTabId !== undefined ? states[String(tab.openerTabId)] : undefined;
  return { session: opener?.session ?? makeId(), owner: opener?.owner ?? null, shown: null, held: null, note: null };
}

/**
 * A sign-in or sign-out page: signing in or out is the whole browser's, so every tab's session
 * ends (owner forgotten, a new session id). Tabs that shared a session share the new one; a held
 * page's question stays with its tab.
 */
export function endAllSessions(states: TabStates, makeId: () => string = newSessionId): TabStates {
  const renewed = new Map<string, string>();
  const out: TabStates = {};
  for (const [tab, state] of Object.entries(states)) {
    let session = renewed.get(state.session);
    if (!session) {
      session = makeId();
      renewed.set(state.session, session);
    }
    out[tab] = { ...state, session, owner: null };
  }
  return out;
}

export function identitySession(state: TabState): IdentitySession {
  return { id: state.session, owner: state.owner };
}
