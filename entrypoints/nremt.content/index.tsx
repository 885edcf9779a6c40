// NREMT.org: read each view, merge it into the person's stored record, and show the panel.
// Never clicks, types or submits anything: the page's Submit button is only outlined.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentContext } from '../../lib/extension/content-context';
import type { PanelState } from '../../components/panel-state';
import { submitAction } from '../../components/needs-submit';
import { attachFrameHost, type FrameHost } from '../../lib/extension/frame-host';
import type { FromFrame } from '../../lib/extension/frame-protocol';
import { afterLoad } from '../../lib/extension/after-load';
import { findSubmitButton, highlightSubmitButton, type Highlight } from '../../lib/extension/highlight';
import { seenText } from '../../lib/extension/seen-text';
import { debounceWithMaxWait, snapshotKey, touchedElements, volatileRegions, windowTimers, yieldToPage } from '../../lib/extension/read-schedule';
import { pageClient } from '../../lib/extension/page-client';
import { readInSlices } from '../../lib/extension/sliced-read';
import { pageState, type PageState } from '../../lib/extension/page-state';
import { readSafely, type PageView } from '../../lib/extension/page-view';
import { isSignInOrOutPage } from '../../lib/extension/sign-page';
import { PANEL_MARGIN, PANEL_WIDTH, panelSide, type Side } from '../../lib/extension/placement';
import { dockSide, pageDock } from '../../lib/extension/page-dock';
import { answerWho } from '../../lib/extension/who-answer';
import { contentMessenger } from '../../lib/extension/content-messenger';
import { browser } from 'wxt/browser';
import { NREMT_MATCHES } from '../../lib/sites';

const MUTATION_DEBOUNCE_MS = 250;
// A page that never stops changing is still read about once a second.
const MUTATION_MAX_WAIT_MS = 1000;
const PANEL_TOP = 80;
// The bench times each read by these marks on the page's timeline (never content).
const READ_START = 'recert-copilot:read-start';
// The frame that holds the panel (an extension page; see lib/extension/frame-host.ts). Its size
// follows what the panel inside reports; its side follows the page's Submit button.
const FRAME_CSS = `iframe{position:fixed;top:${PANEL_TOP}px;right:${PANEL_MARGIN}px;width:${PANEL_WIDTH}px;height:48px;border:0;border-radius:10px;box-shadow:0 6px 24px #00000040;z-index:2147483646;color-scheme:normal;visibility:hidden}`;

export default defineContentScript({
  matches: NREMT_MATCHES,
  // The panel's styles live in its own page (page-ui): nothing is injected into the site.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => runNremt(ctx),
});

async function runNremt(ctx: ContentContext): Promise<void> {
  await afterLoad(window);
  if (ctx.isInvalid) return;
  // Storage, merge and engine run in the background (one writer for all tabs; small bundle).
  const messenger = contentMessenger();
  const session = pageClient(messenger.sendMessage);
  let view: PageView | null = null;
  let panelState: PanelState = 'loading';
  let highlight: Highlight | null = null;
  // The text and address of the page when it was last looked at.
  const seen = seenText();
  // What was last sent to the background: a re-read that finds the same is not sent (no write).
  let lastSentKey: string | null = null;
  let lastKind: string | null = null;
  // What the page's state was when it was last read (see page-state.ts).
  let lastState: PageState | null = null;
  const regions = volatileRegions();
  let touchedSinceRead: Element[] = [];
  // Attached while the background works on the first read (see start below).
  let ui: FrameHost | null = null;
  let announcedReady = false;
  let frameSize = { width: PANEL_WIDTH, height: 48 };

  function placeFrame(side: Side): void {
    if (!ui) return;
    const style = ui.frame.style;
    style.width = `${frameSize.width}px`;
    style.height = `${Math.max(40, Math.min(frameSize.height, window.innerHeight - PANEL_TOP - 20))}px`;
    style.right = side === 'right' ? `${PANEL_MARGIN}px` : 'auto';
    style.left = side === 'left' ? `${PANEL_MARGIN}px` : 'auto';
    style.visibility = 'visible';
  }

  function onFrameMessage(message: FromFrame): void {
    if (message.type === 'size') {
      frameSize = { width: message.width, height: message.height };
      placeFrame(painted?.[1] ?? 'right');
    } else if (message.type === 'rendered') {
      // A timing the page may see (never content): the bench times the panel with it.
      if (message.state !== 'loading' && !announcedReady) {
        announcedReady = true;
        performance.mark('recert-copilot:panel-ready');
      }
    } else if (message.type === 'toggle') {
      if (!view) return;
      view = { ...view, collapsed: !view.collapsed };
      paint();
      void session.setCollapsed(view.collapsed);
    } else if (message.type === 'dismiss-notice') {
      if (view) view = { ...view, notice: null };
      paint();
      void session.dismissNotice();
    } else if (message.type === 'assign') {
      void session.assign(message.pendingId, message.personKey).then(show);
    } else if (message.type === 'discard') {
      void session.discard(message.pendingId).then(show);
    } else if (message.type === 'show-me') {
      highlight?.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }

  const mount = (): FrameHost =>
    attachFrameHost(document, {
      name: 'recert-copilot-panel',
      ui: 'panel',
      frameCss: FRAME_CSS,
      place: 'last',
      title: 'Recert Copilot',
      getUrl: (path) => browser.runtime.getURL(path as `/page-ui.html${string}`),
      onMessage: onFrameMessage,
    });

  function updateHighlight(): Side {
    // Only the application page has the Submit control: elsewhere (a 5,000-course transcript)
    // looking through every link for it would cost tens of milliseconds per paint.
    const button = lastKind === 'nremt-application' ? findSubmitButton(document, ui?.host) : null;
    const wanted = !!view?.result?.ok && !!submitAction(view.result.report);
    const outlined = wanted ? button : null;
    if (highlight && highlight.element !== outlined) {
      highlight.restore();
      highlight = null;
    }
    if (outlined && !highlight) highlight = highlightSubmitButton(outlined);
    return panelSide(button ? button.getBoundingClientRect() : null, window.innerWidth);
  }

  // Beside the page, not over it: the page reflows while the panel is open.
  const dock = pageDock(document);
  let painted: [PanelState, Side, PageView | null] | null = null;
  /** A view the background sent after a click (assign / discard). */
  const show = (next: PageView | null): void => {
    if (ctx.isInvalid || !next) return;
    view = next;
    paint();
  };
  function paint(): void {
    const side = updateHighlight();
    dock.set(dockSide(view?.collapsed ?? false, side, window.innerWidth));
    // The same view on the same side is not diffed again (a view is replaced, never mutated).
    if (painted && painted[0] === panelState && painted[1] === side && painted[2] === view) return;
    painted = [panelState, side, view];
    ui ??= mount();
    placeFrame(side);
    ui.send({
      type: 'panel',
      props: {
        state: panelState,
        result: view?.result ?? null,
        unreadReason: view?.unreadReason ?? null,
        collapsed: view?.collapsed ?? false,
        side,
        notice: view?.notice ?? null,
        personName: view?.personName ?? null,
        question: view?.question ?? null,
        pageNote: view?.pageNote ?? null,
      },
    });
  }

  let reading = false;
  let readAgain = false;
  /**
   * Reads the page and sends what it shows, unless it shows what was last sent. The steps run as
   * separate tasks (signature, read, send, paint) so the page's own work runs between them.
   * `meanwhile` runs once the first snapshot is on its way to the background.
   */
  async function readAndRender(first: boolean, meanwhile?: () => void): Promise<void> {
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    try {
      const touched = touchedSinceRead;
      touchedSinceRead = [];
      // A page whose text did not change is not read again.
      if (!first) {
        if (seen.same(document, location.href)) return regions.learn(touched);
        await yieldToPage(window);
      }
      performance.mark(READ_START);
      // A view change that left the page as it was read (a new address, the same markup): nothing new.
      const state = pageState(document, location.href, lastState);
      if (state !== null && state === lastState) {
        performance.measure('recert-copilot:read', READ_START);
        return regions.learn(touched);
      }
      lastState = state;
      // A long course list is read in slices, one task each (see sliced-read.ts).
      const { snapshot, evidence } = await readInSlices(document, location.href, () => yieldToPage(window)).catch((error: unknown) =>
        readSafely(document, location.href, () => {
          throw error;
        }),
      );
      if (ctx.isInvalid) return;
      // Signing in or out ends every tab's browsing session (see the background, which keeps
      // this only where it judges the page to be none of the provider's own).
      if (isSignInOrOutPage(document)) snapshot.signInOrOut = true;
      // Its key is a task of its own: a 5,000-course list's evidence is megabytes of JSON.
      await yieldToPage(window);
      const key = snapshotKey([snapshot, evidence]);
      // The clock ticked, a banner rotated: nothing the readers use changed. Nothing to send.
      if (key === lastSentKey) return regions.learn(touched);
      lastSentKey = key;
      await yieldToPage(window);
      // The background judges the evidence (facts in sentences, the list's coverage: judge-page.ts).
      const reply = session.ingestOrExplain(snapshot, view?.collapsed ?? false, evidence);
      meanwhile?.();
      view = await reply;
      if (ctx.isInvalid) return;
      lastKind = session.kind;
      // The background made the same of it (the page's lines changed, not what they say): what
      // changed is not worth a read next time.
      if (session.sameRead) regions.learn(touched);
      panelState = view.state;
      paint();
      performance.measure('recert-copilot:read', READ_START);
    } finally {
      reading = false;
      if (readAgain) {
        readAgain = false;
        reread.schedule();
      }
    }
  }

  // window timers, not ctx.setTimeout: that adds an invalidation listener per call, and this runs
  // on every mutation batch. onInvalidated below cancels it.
  const reread = debounceWithMaxWait(() => void readAndRender(false), MUTATION_DEBOUNCE_MS, MUTATION_MAX_WAIT_MS, windowTimers(window));

  const observer = new MutationObserver((mutations) => {
    const host = ui?.host;
    if (host && mutations.every((m) => host === m.target || host.contains(m.target))) return;
    const touched = touchedElements(mutations);
    if (regions.covers(touched)) return;
    touchedSinceRead.push(...touched);
    reread.schedule();
  });
  // After the first read: the snapshot goes to the background first, and these wait with the panel.
  const start = (): void => {
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    // Not forced: the signature includes the URL, so a new view is read, but a view the mutation
    // observer already caught is not read twice (WXT notices URL changes up to a second late).
    ctx.addEventListener(window, 'wxt:locationchange', () => reread.schedule());
    // The page's layout can move its Submit button under the panel: re-place on resize.
    ctx.addEventListener(window, 'resize', () => paint());
    // Another tab, the popup or Options changed what is stored: show the fresh report.
    const onStorageChanged = (_changes: unknown, area: string) => {
      if (area !== 'local' || !view) return;
      void session.refresh().then(show);
    };
    browser.storage.onChanged.addListener(onStorageChanged);
    const stopWho = answerWho(messenger, () => session.personKey);
    ctx.onInvalidated(() => {
      stopWho();
      observer.disconnect();
      reread.cancel();
      browser.storage.onChanged.removeListener(onStorageChanged);
      highlight?.restore();
      highlight = null;
      dock.restore();
      ui?.remove();
    });
  };

  // The panel's frame loads (in the extension's process) while the page is read; it shows from the first paint.
  ui = mount();
  await readAndRender(true, start);
}
