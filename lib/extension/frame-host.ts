// Our UI on a site's page: an extension page in an iframe, inside a closed shadow root. The page's
// scripts cannot read it in any way: host.shadowRoot is null for them, the frame is another origin
// (contentDocument is null), and unlike text in a shadow root, text in the frame is not even found
// by window.find(). The frame gets what to show over a private MessagePort (frame-protocol.ts).
import { CONNECT_MESSAGE, PAGE_UI_FILE, type FromFrame, type ToFrame, type UiKind } from './frame-protocol';

export interface FrameHost {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  /** Sends to the frame; before it is connected only the latest message is kept. */
  send(message: ToFrame): void;
  remove(): void;
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `frameCss` styles the iframe element (position, size) inside the shadow root; `getUrl` is
 * runtime.getURL. Messages from the frame go to `onMessage`.
 */
export function attachFrameHost(
  doc: Document,
  options: { name: string; ui: UiKind; frameCss: string; place: 'first' | 'last'; title: string; getUrl: (path: string) => string; onMessage: (message: FromFrame) => void },
): FrameHost {
  const host = doc.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = options.frameCss;
  const frame = doc.createElement('iframe');
  const secret = nonce();
  const src = options.getUrl(`${PAGE_UI_FILE}?ui=${options.ui}#${secret}`);
  frame.src = src;
  frame.title = options.title;
  frame.setAttribute('allowtransparency', 'true');
  shadow.append(style, frame);

  const channel = new MessageChannel();
  let connected = false;
  let pending: ToFrame | null = null;
  channel.port1.onmessage = (event: MessageEvent<FromFrame>) => options.onMessage(event.data);
  frame.addEventListener('load', () => {
    if (connected) return;
    connected = true;
    // Addressed to the extension's origin only: if anything else were loaded there, it gets nothing.
    frame.contentWindow?.postMessage({ type: CONNECT_MESSAGE, nonce: secret }, new URL(src).origin, [channel.port2]);
    if (pending) channel.port1.postMessage(pending);
    pending = null;
  });

  const parent = doc.body ?? doc.documentElement;
  if (options.place === 'first') parent.prepend(host);
  else parent.append(host);
  return {
    host,
    frame,
    send(message) {
      if (connected) channel.port1.postMessage(message);
      else pending = message;
    },
    remove() {
      channel.port1.close();
      host.remove();
    },
  };
}
