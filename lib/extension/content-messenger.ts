// The content scripts' side of the extension's messages, in @webext-core/messaging's wire format:
// a request is { id, type, data, timestamp }, a reply { res } or { err } (an error as
// { name, message, stack }). The background and the extension pages keep the library; the
// content scripts need only sending and one listener, and the library's generic client with its
// error serializer costs about 1.2 kB gzip of each content script's budget.
import type { RecertMessenger } from './protocol';

interface Request {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

interface Reply {
  res?: unknown;
  err?: unknown;
}

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: Reply) => void) => boolean;

/** The part of `chrome.runtime` used here (Firefox offers `chrome` in content scripts too). */
export interface MessageRuntime {
  lastError?: { message?: string } | null;
  sendMessage(message: Request, callback: (reply: Reply | undefined) => void): void;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/** The background's error as an Error again, with its name and message (what the library's client throws). */
function errorFrom(err: unknown): unknown {
  if (typeof err !== 'object' || err === null) return err;
  const { name, message } = err as { name?: unknown; message?: unknown };
  if (typeof name !== 'string' || typeof message !== 'string') return err;
  return Object.assign(new Error(message), { name });
}

function chromeRuntime(): MessageRuntime {
  return (globalThis as unknown as { chrome: { runtime: MessageRuntime } }).chrome.runtime;
}

export type ContentMessenger = Pick<RecertMessenger, 'sendMessage' | 'onMessage'>;

/** A messenger over `runtime` (the browser's own by default; tests pass a fake). */
export function contentMessenger(runtime: () => MessageRuntime = chromeRuntime): ContentMessenger {
  let nextId = Math.floor(Math.random() * 1e4);
  const send = async (type: string, data: unknown): Promise<unknown> => {
    const request: Request = { id: nextId++, type, data, timestamp: Date.now() };
    const reply = await new Promise<Reply | undefined>((resolve, reject) =>
      runtime().sendMessage(request, (answer) => {
        const lastError = runtime().lastError;
        if (lastError) reject(new Error(lastError.message));
        else resolve(answer);
      }),
    );
    const { res, err } = reply ?? { err: new Error('No response') };
    if (err != null) throw errorFrom(err);
    return res;
  };
  const listen = (type: string, onReceived: (message: Request) => unknown): (() => void) => {
    const listener: Listener = (message, sender, sendResponse) => {
      if (typeof message !== 'object' || message === null) return false;
      const request = message as Request;
      if (typeof request.type !== 'string' || typeof request.timestamp !== 'number' || request.type !== type) return false;
      // Answered asynchronously, as the library's listener does (`true` keeps the channel open).
      Promise.resolve({ ...request, sender })
        .then(onReceived)
        .then(
          (res) => sendResponse({ res }),
          (error: unknown) => sendResponse({ err: { name: String((error as Error)?.name), message: String((error as Error)?.message), stack: '' } }),
        );
      return true;
    };
    runtime().onMessage.addListener(listener);
    return () => runtime().onMessage.removeListener(listener);
  };
  return { sendMessage: send as ContentMessenger['sendMessage'], onMessage: listen as unknown as ContentMessenger['onMessage'] };
}
