// The one message between scripts: the popup / side panel asks the current tab's content script
// whose pages it shows (the tab answers in who-answer.ts). The reply is validated with zod here.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { WHO_REQUEST_TYPE } from './who-answer';

export const WhoResponse = z.object({ personKey: z.nullable(z.string()) });
export type WhoResponse = z.infer<typeof WhoResponse>;

/** Extension-page side: the person of the active tab, or null (no content script, other site). */
export async function askActiveTabPerson(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id == null) return null;
    const reply: unknown = await browser.tabs.sendMessage(tab.id, { type: WHO_REQUEST_TYPE });
    const parsed = z.safeParse(WhoResponse, reply);
    return parsed.success ? parsed.data.personKey : null;
  } catch {
    return null; // no content script in that tab
  }
}
