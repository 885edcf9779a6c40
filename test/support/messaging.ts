// The background's message handlers wired in-process, the way @webext-core/messaging wires them
// between scripts: every request and reply crosses a structured clone, errors become rejections.
import type { ReportSource } from '../../lib/extension/messages';
import { serveMessages, type BackgroundService, type MessageSender } from '../../lib/extension/page-service';
import type { RecertMessenger, RecertProtocol, SendMessage } from '../../lib/extension/protocol';
import type { RecertStore } from '../../lib/storage/store';

type Handler = (message: { data: unknown; sender?: MessageSender }) => unknown;

/**
 * A messenger whose sendMessage reaches the handlers registered with serveMessages. `sender` is
 * what the browser would attach: the sending tab (and the tab it was opened from).
 */
export function inProcessMessenger(service: BackgroundService, sender?: MessageSender): { sendMessage: SendMessage } {
  const handlers = new Map<string, Handler>();
  const onMessage = ((type: keyof RecertProtocol, handler: Handler) => {
    handlers.set(type, handler);
    return () => handlers.delete(type);
  }) as unknown as RecertMessenger['onMessage'];
  serveMessages({ onMessage }, service);
  const sendMessage = (async (type: string, data?: unknown) => {
    const handler = handlers.get(type);
    if (!handler) throw new Error('No response');
    return structuredClone(await handler({ data: structuredClone(data), ...(sender ? { sender: structuredClone(sender) } : {}) }));
  }) as SendMessage;
  return { sendMessage };
}

/** The popup / side panel's source over the in-process background, watching the same store. */
export function inProcessReportSource(service: BackgroundService, store: RecertStore): ReportSource {
  const { sendMessage } = inProcessMessenger(service);
  return {
    load: (request) => sendMessage('extensionPage', request),
    setUi: (change) => sendMessage('setUi', change),
    assign: (pendingId, personKey) => sendMessage('assignPage', { pendingId, personKey }),
    discard: (pendingId) => sendMessage('discardPage', { pendingId }),
    watch: (onChange) => store.watch(onChange),
  };
}
