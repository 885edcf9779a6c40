// A content script's context: WXT's ContentScriptContext cut to what our content scripts use.
// WXT's class carries every helper it offers (timers, animation frames, idle callbacks, a
// logger), about 1 kB gzip of each content script's budget; the build gives content scripts this
// module in its place (build/native-browser-in-content-scripts.ts). It behaves as WXT's does and
// speaks the same events: a newer copy of the script (the extension updated or reloaded) stops
// this one, and a single-page app's view change is announced as 'wxt:locationchange'.
import { browser } from 'wxt/browser';

/** WXT's event names: an older or newer copy of the script, WXT's or this, hears the same. */
function eventName(name: string): string {
  return `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${name}`;
}

interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: { destination: { url: string } }) => void, options: { signal: AbortSignal }): void;
}

export class ContentScriptContext {
  static SCRIPT_STARTED_MESSAGE_TYPE = eventName('wxt:content-script-started');
  readonly id = Math.random().toString(36).slice(2);
  private readonly controller = new AbortController();
  private watchingLocation = false;

  constructor(
    private readonly contentScriptName: string,
    private readonly options?: { noScriptStartedPostMessage?: boolean },
  ) {
    this.stopOldScripts();
    this.listenForNewerScripts();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The extension was reloaded or updated under the page, or a newer copy of the script started. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.controller.abort('Content script context invalidated');
    return this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** A listener removed when the context is invalidated; 'wxt:locationchange' is this context's own event. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange' && !this.isInvalid) this.watchLocation();
    target.addEventListener(type.startsWith('wxt:') ? eventName(type) : type, handler, { ...options, signal: this.signal });
  }

  private watchLocation(): void {
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    let last = new URL(location.href);
    const changed = (next: URL) => {
      if (next.href === last.href) return;
      window.dispatchEvent(Object.assign(new Event(eventName('wxt:locationchange')), { newUrl: next, oldUrl: last }));
      last = next;
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changed(new URL(event.destination.url)), { signal: this.signal });
    } else {
      const timer = setInterval(() => {
        if (!this.isInvalid) changed(new URL(location.href));
      }, 1000);
      this.onInvalidated(() => clearInterval(timer));
    }
  }

  private stopOldScripts(): void {
    const type = ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: this.contentScriptName, messageId: this.id } }));
    if (!this.options?.noScriptStartedPostMessage) window.postMessage({ type, contentScriptName: this.contentScriptName, messageId: this.id }, '*');
  }

  private listenForNewerScripts(): void {
    const type = ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE;
    const listener = (event: Event) => {
      if (!(event instanceof CustomEvent)) return;
      const detail = event.detail as { contentScriptName?: string; messageId?: string } | null;
      if (detail?.contentScriptName === this.contentScriptName && detail.messageId !== this.id) {
        this.controller.abort('Content script context invalidated');
      }
    };
    document.addEventListener(type, listener);
    this.onInvalidated(() => document.removeEventListener(type, listener));
  }
}

/** What our content scripts may use of their context (WXT's in tests and dev, this one in builds). */
export type ContentContext = Pick<ContentScriptContext, 'isInvalid' | 'onInvalidated' | 'addEventListener'>;
