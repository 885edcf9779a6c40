// Content-script side of "whose pages does this tab show?" (the popup and side panel ask it).
// The request carries no data; the answer is the tab's person key or null.
import type { RecertMessenger } from './protocol';

export function answerWho(messenger: Pick<RecertMessenger, 'onMessage'>, getPersonKey: () => string | null): () => void {
  return messenger.onMessage('whoIsThisTab', () => ({ personKey: getPersonKey() }));
}
