// The one message between scripts: the popup / side panel asks the current tab's content script
// whose pages it shows. Both directions are validated with zod.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';

export const WhoRequest = z.object({ type: z.literal('recert-copilot:who') });
export const WhoResponse = z.object({ personKey: z.nullable(z.string()) });
export type WhoResponse = z.infer<typeof WhoResponse>;

/** Content-script side: answers "who" with this tab's person; ignores anything else. */
export function answerWho(getPersonKey: () => string | null): (message: unknown) => Promise<WhoResponse> | undefined {
  return (message) => {
    if (!z.safeParse(WhoRequest, message).success) return undefined;
    return Promise.resolve({ personKey: getPersonKey() });
  };
}

/** Extension-page side: the person of the active tab, or null (no content script, other site). */
export async function askActiveTabPerson(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id == null) return null;
    const reply: unknown = await browser.tabs.sendMessage(tab.id, { type: 'recert-copilot:who' });
    const parsed = z.safeParse(WhoResponse, reply);
    return parsed.success ? parsed.data.personKey : null;
  } catch {
    return null; // no content script in that tab
  }
}
