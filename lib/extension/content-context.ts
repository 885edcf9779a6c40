// A content script's context: WXT's ContentScriptContext cut to what our content scripts use.
// WXT's class carries every helper it offers (timers, animation frames, idle callbacks, a
// logger), about 1 kB gzip of each content script's budget; the build gives content scripts this
// module in its place (build/native-browser-in-content-scripts.ts). It behaves as WXT's does and
// speaks the same events: a newer copy of the script (the extension updated or reloaded) stops
// this one, and a single-page app's view change is announced as 'wxt:locationchange'. Its state
// lives in the constructor's closures, which the minifier can shorten (property names it cannot).
import { browser } from 'wxt/browser';

/** WXT's event names: an older or newer copy of the script, WXT's or this, hears the same. */
function eventName(name: string): string {
  return `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${name}`;
}

interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: { destination: { url: string } }) => void, options: { signal: AbortSignal }): void;
}

interface ScriptStarted {
  contentScriptName?: string;
  messageId?: string;
}

export class ContentScriptContext {
  readonly signal: AbortSignal;
  /** Calls `callback` when the context is invalidated; returns what removes it. */
  readonly onInvalidated: (callback: () => void) => () => void;
  /** A listener removed when the context is invalidated; 'wxt:locationchange' is this context's own event. */
  readonly addEventListener: (target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) => void;
  private readonly invalidate: () => void;

  constructor(contentScriptName: string) {
    const controller = new AbortController();
    const signal = (this.signal = controller.signal);
    const invalidate = (this.invalidate = () => controller.abort('Content script context invalidated'));
    const onInvalidated = (this.onInvalidated = (callback) => {
      signal.addEventListener('abort', callback);
      return () => signal.removeEventListener('abort', callback);
    });
    const id = Math.random().toString(36).slice(2);
    const started = eventName('wxt:content-script-started');
    // A newer copy of this script started (an update, a reload): this one stops. WXT's own
    // context (an update across versions) hears the same event on the document.
    document.dispatchEvent(new CustomEvent<ScriptStarted>(started, { detail: { contentScriptName, messageId: id } }));
    const onStarted = (event: Event): void => {
      const detail = (event as CustomEvent<ScriptStarted | null>).detail;
      if (event instanceof CustomEvent && detail?.contentScriptName === contentScriptName && detail.messageId !== id) invalidate();
    };
    document.addEventListener(started, onStarted);
    onInvalidated(() => document.removeEventListener(started, onStarted));

    const locationChange = eventName('wxt:locationchange');
    let watching = false;
    const watchLocation = (): void => {
      if (watching) return;
      watching = true;
      let last = new URL(location.href);
      const changed = (next: URL) => {
        if (next.href === last.href) return;
        window.dispatchEvent(Object.assign(new Event(locationChange), { newUrl: next, oldUrl: last }));
        last = next;
      };
      const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
      if (typeof navigation?.addEventListener === 'function') {
        navigation.addEventListener('navigate', (event) => changed(new URL(event.destination.url)), { signal });
      } else {
        const timer = setInterval(() => {
          if (!this.isInvalid) changed(new URL(location.href));
        }, 1000);
        onInvalidated(() => clearInterval(timer));
      }
    };
    this.addEventListener = (target, type, handler, options) => {
      if (type === 'wxt:locationchange' && !this.isInvalid) watchLocation();
      target.addEventListener(type.startsWith('wxt:') ? eventName(type) : type, handler, { ...options, signal });
    };
  }

  /** The extension was reloaded or updated under the page, or a newer copy of the script started. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.invalidate();
    return this.signal.aborted;
  }
}

/** What our content scripts may use of their context (WXT's in tests and dev, this one in builds). */
export type ContentContext = Pick<ContentScriptContext, 'isInvalid' | 'onInvalidated' | 'addEventListener'>;
