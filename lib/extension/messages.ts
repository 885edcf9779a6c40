// Extension-page side of the view protocol: the popup and the side panel ask the background for
// the report (they never run the engine) and ask the active tab whose pages it shows.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { ExtensionPageState, RecertMessenger } from './protocol';

export const WhoResponse = z.object({ personKey: z.nullable(z.string()) });
export type WhoResponse = z.infer<typeof WhoResponse>;

/** The person of the active tab, or null (no content script there, another site). */
export async function askActiveTabPerson(messenger: Pick<RecertMessenger, 'sendMessage'>): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id == null) return null;
    const reply: unknown = await messenger.sendMessage('whoIsThisTab', undefined, tab.id);
    const parsed = z.safeParse(WhoResponse, reply);
    return parsed.success ? parsed.data.personKey : null;
  } catch {
    return null; // no content script in that tab
  }
}

/** What the popup and side panel need: the background's answer, and a signal to ask again. */
export interface ReportSource {
  load(request: { tabPerson: string | null; chosen: string | null }): Promise<ExtensionPageState>;
  setUi(change: { activePerson?: string; acknowledgeNotice?: boolean }): Promise<unknown>;
  /** Calls back when what is stored changed; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  /** "Whose page is this?" answered from the popup / side panel (a held page filed or discarded). */
  assign?(pendingId: string, personKey: string): Promise<unknown>;
  discard?(pendingId: string): Promise<unknown>;
}

export function backgroundReportSource(messenger: Pick<RecertMessenger, 'sendMessage'>): ReportSource {
  return {
    load: (request) => messenger.sendMessage('extensionPage', request),
    setUi: (change) => messenger.sendMessage('setUi', change),
    assign: (pendingId, personKey) => messenger.sendMessage('assignPage', { pendingId, personKey }),
    discard: (pendingId) => messenger.sendMessage('discardPage', { pendingId }),
    watch(onChange) {
      const listener = (_changes: unknown, area: string) => {
        if (area === 'local') onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
