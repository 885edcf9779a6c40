// The in-page panel (NREMT) and the Step B strip (eLicensing), as an extension page the content
// script frames into the site. It only shows what the content script sends over the port it hands
// over (with the nonce from this page's own address), and reports its size and clicks back.
import '../../components/theme.css';
import '../../components/plan.css';
import '../../components/panel.css';
import '../../components/strip.css';
import './frame.css';
import { render } from 'preact';
import { InPagePanel } from '../../components/InPagePanel';
import { renderStepBStrip } from '../../components/step-b-strip';
import { CONNECT_MESSAGE, type FromFrame, type ToFrame } from '../../lib/extension/frame-protocol';

const app = document.getElementById('app')!;
const expectedNonce = location.hash.slice(1);
let port: MessagePort | null = null;

const post = (message: FromFrame) => port?.postMessage(message);

let lastSize = '';
/** Posts the size once per change: an unchanged size must not start another round of layout. */
function postSize(width: number, height: number): void {
  const key = `${width}x${height}`;
  if (key === lastSize) return;
  lastSize = key;
  post({ type: 'size', width, height });
}

function reportSize(): void {
  const panel = app.querySelector<HTMLElement>('.rc-panel');
  if (panel) {
    const header = panel.querySelector<HTMLElement>('.rc-panel-header');
    const body = panel.querySelector<HTMLElement>('.rc-panel-body');
    // The panel's natural height (its body scrolls inside the frame once the frame is capped).
    const height = (header?.offsetHeight ?? 0) + (body?.scrollHeight ?? 0) + 2;
    postSize(Math.ceil(panel.getBoundingClientRect().width), height);
    return;
  }
  postSize(app.scrollWidth, app.scrollHeight);
}

const resizes = new ResizeObserver(() => reportSize());

function show(message: ToFrame): void {
  if (message.type === 'panel') {
    const props = message.props;
    render(
      <InPagePanel
        state={props.state}
        result={props.result}
        unreadReason={props.unreadReason}
        collapsed={props.collapsed}
        side={props.side}
        notice={props.notice}
        personName={props.personName}
        question={props.question}
        pageNote={props.pageNote}
        onAssign={(pendingId, personKey) => post({ type: 'assign', pendingId, personKey })}
        onDiscard={(pendingId) => post({ type: 'discard', pendingId })}
        onToggle={() => post({ type: 'toggle' })}
        onDismissNotice={() => post({ type: 'dismiss-notice' })}
        onShowMe={() => post({ type: 'show-me' })}
      />,
      app,
    );
    post({ type: 'rendered', state: props.state });
  } else {
    renderStepBStrip(app, message.props.report?.ok ? message.props.report.report : null, message.props.unreadReason);
    post({ type: 'rendered', state: 'ready' });
  }
  resizes.disconnect();
  for (const element of app.querySelectorAll('.rc-panel, .rc-panel-body > *, .rc-strip')) resizes.observe(element);
  reportSize();
}

window.addEventListener('message', (event: MessageEvent) => {
  // Only the first port, from the window that framed us, with our own nonce.
  if (port || event.source !== window.parent) return;
  const data = event.data as { type?: unknown; nonce?: unknown } | null;
  if (!data || data.type !== CONNECT_MESSAGE || data.nonce !== expectedNonce || !expectedNonce) return;
  const [received] = event.ports;
  if (!received) return;
  port = received;
  port.onmessage = (incoming: MessageEvent<ToFrame>) => show(incoming.data);
});
