// The content scripts' own messenger speaks @webext-core/messaging's wire format: the
// background (which keeps the library) answers it, and it answers the popup's library client.
import { afterEach, describe, expect, it } from 'vitest';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { contentMessenger, type MessageRuntime } from '../../lib/extension/content-messenger';
import type { RecertProtocol } from '../../lib/extension/protocol';

type Listener = Parameters<MessageRuntime['onMessage']['addListener']>[0];

/** One fake `chrome.runtime` shared by both ends: a message goes to every listener but the sender's. */
function fakeChrome() {
  const listeners = new Set<Listener>();
  const runtime = {
    lastError: null as { message: string } | null,
    sendMessage(message: unknown, callback: (reply: unknown) => void) {
      let answered = false;
      for (const listener of listeners) {
        const async = listener(message, { id: 'ext' }, (reply) => {
          answered = true;
          setTimeout(() => callback(reply));
        });
        if (async || answered) return;
      }
      runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
      setTimeout(() => {
        callback(undefined);
        runtime.lastError = null;
      });
    },
    onMessage: {
      addListener: (listener: Listener) => void listeners.add(listener),
      removeListener: (listener: Listener) => void listeners.delete(listener),
    },
  };
  const tabs = { sendMessage: (_tab: number, message: unknown, _options: unknown, callback: (reply: unknown) => void) => runtime.sendMessage(message, callback) };
  (globalThis as Record<string, unknown>).chrome = { runtime, tabs };
  return { runtime, listeners };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).chrome;
});

describe('the content scripts\' messenger', () => {
  it('sends a request the library answers, and gets the reply', async () => {
    fakeChrome();
    const background = defineExtensionMessaging<RecertProtocol>();
    const seen: unknown[] = [];
    background.onMessage('setUi', (message) => {
      seen.push(message.data);
      return true;
    });
    const content = contentMessenger();
    await expect(content.sendMessage('setUi', { panelCollapsed: true })).resolves.toBe(true);
    expect(seen).toEqual([{ panelCollapsed: true }]);
    background.removeAllListeners();
  });

  it('throws the background\'s error as an Error with its message', async () => {
    fakeChrome();
    const background = defineExtensionMessaging<RecertProtocol>();
    background.onMessage('discardPage', () => {
      throw new TypeError('no such page');
    });
    const error = await contentMessenger().sendMessage('discardPage', { pendingId: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('no such page');
    expect((error as Error).name).toBe('TypeError');
    background.removeAllListeners();
  });

  it('rejects when nothing answers (an extension reloaded under the page)', async () => {
    fakeChrome();
    await expect(contentMessenger().sendMessage('setUi', { panelCollapsed: false })).rejects.toThrow('Receiving end does not exist');
  });

  it('answers the library\'s request for its type only, and stops when removed', async () => {
    const { listeners } = fakeChrome();
    const content = contentMessenger();
    const stop = content.onMessage('whoIsThisTab', () => ({ personKey: 'reg:A1' }));
    const popup = defineExtensionMessaging<RecertProtocol>();
    await expect(popup.sendMessage('whoIsThisTab', undefined, 7)).resolves.toEqual({ personKey: 'reg:A1' });
    // Another type is not answered by this listener.
    await expect(popup.sendMessage('setUi', { panelCollapsed: true }, 7)).rejects.toBeDefined();
    stop();
    expect(listeners.size).toBe(0);
  });
});
