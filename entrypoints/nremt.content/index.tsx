// NREMT.org: read each view, merge it into the person's stored record, and show the panel.
// Never clicks, types or submits anything: the page's Submit button is only outlined.
import panelCss from './style.css?inline';
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InPagePanel, type PanelState } from '../../components/InPagePanel';
import { afterLoad } from '../../lib/extension/after-load';
import { findSubmitButton, highlightSubmitButton, type Highlight } from '../../lib/extension/highlight';
import { textSignature } from '../../lib/extension/page-flow';
import { PageClient } from '../../lib/extension/page-client';
import { readSafely, sessionTabMemory, type PageView } from '../../lib/extension/page-view';
import { readPageUnchecked } from '../../lib/readers/read-page';
import { panelSide, type Side } from '../../lib/extension/placement';
import { attachShadowHost, type ShadowHost } from '../../lib/extension/shadow-host';
import { answerWho } from '../../lib/extension/who-answer';
import { recertMessenger } from '../../lib/extension/protocol';
import { browser } from 'wxt/browser';
import { NREMT_MATCHES } from '../../lib/sites';

const MUTATION_DEBOUNCE_MS = 250;

export default defineContentScript({
  matches: NREMT_MATCHES,
  // Styles travel inside the script (no CSS fetch before the panel can show).
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => runNremt(ctx),
});

async function runNremt(ctx: ContentScriptContext): Promise<void> {
  await afterLoad(window);
  if (ctx.isInvalid) return;
  // Storage, merge and engine run in the background (one writer for all tabs; small bundle).
  const messenger = recertMessenger();
  const session = new PageClient(sessionTabMemory(window), messenger.sendMessage);
  let view: PageView | null = null;
  let panelState: PanelState = 'loading';
  let highlight: Highlight | null = null;
  let lastSignature = '';
  // Attached while the background works on the first read (see start below).
  let ui: ShadowHost | null = null;

  function updateHighlight(): Side {
    const wanted = !!view?.result?.ok && view.result.report.nextActions.some((a) => a.where.control === 'nremt-submit');
    const button = wanted ? findSubmitButton(document, ui?.host) : null;
    if (highlight && highlight.element !== button) {
      highlight.restore();
      highlight = null;
    }
    if (button && !highlight) highlight = highlightSubmitButton(button);
    const visibleButton = wanted ? button : findSubmitButton(document, ui?.host);
    return panelSide(visibleButton ? visibleButton.getBoundingClientRect() : null, window.innerWidth);
  }

  let paintedKey = '';
  function paint(): void {
    const side = updateHighlight();
    // A re-read that changed nothing shown (most SPA re-renders) skips Preact's diff of the
    // whole report: ~2 ms of main thread on a 500-course page.
    const key = JSON.stringify([panelState, side, view]);
    if (key === paintedKey) return;
    paintedKey = key;
    render(
      <InPagePanel
        state={panelState}
        result={view?.result ?? null}
        unreadReason={view?.unreadReason}
        collapsed={view?.collapsed ?? false}
        side={side}
        notice={view?.notice}
        personName={view?.personName}
        onToggle={() => {
          if (!view) return;
          view = { ...view, collapsed: !view.collapsed };
          paint();
          void session.setCollapsed(view.collapsed);
        }}
        onDismissNotice={() => {
          if (view) view = { ...view, notice: null };
          paint();
          void session.dismissNotice();
        }}
        onShowMe={() => highlight?.element.scrollIntoView({ block: 'center', behavior: 'smooth' })}
      />,
      (ui ??= attachShadowHost(document, 'recert-copilot-panel', panelCss, 'last')).container,
    );
  }

  const pageSignature = () => textSignature(location.href + '\n' + (document.body?.textContent ?? ''));

  /** `meanwhile` runs once the snapshot is on its way to the background (the panel waits for it anyway). */
  async function readAndRender(force: boolean, meanwhile?: () => void): Promise<void> {
    const signature = force ? null : pageSignature();
    if (signature !== null && signature === lastSignature) return;
    performance.mark('recert-copilot:read-start');
    const snapshot = readSafely(document, location.href, readPageUnchecked);
    const reply = session.ingestOrExplain(snapshot, view?.collapsed ?? false);
    lastSignature = signature ?? pageSignature();
    meanwhile?.();
    view = await reply;
    if (ctx.isInvalid) return;
    panelState = view.state;
    paint();
    performance.measure('recert-copilot:read', 'recert-copilot:read-start');
  }

  let timer: number | undefined;
  const schedule = () => {
    clearTimeout(timer);
    // window.setTimeout, not ctx.setTimeout: that adds an invalidation listener per call, and
    // this runs on every mutation batch. onInvalidated below clears the timer.
    timer = window.setTimeout(() => void readAndRender(false), MUTATION_DEBOUNCE_MS);
  };

  const observer = new MutationObserver((mutations) => {
    const host = ui?.host;
    if (host && mutations.every((m) => host === m.target || host.contains(m.target))) return;
    schedule();
  });
  // After the first read: the snapshot goes to the background first, and these wait with the panel.
  const start = (): void => {
    ui ??= attachShadowHost(document, 'recert-copilot-panel', panelCss, 'last');
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    // Not forced: the signature includes the URL, so a new view is read, but a view the mutation
    // observer already caught is not read twice (WXT notices URL changes up to a second late).
    ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
    // The page's layout can move its Submit button under the panel: re-place on resize.
    ctx.addEventListener(window, 'resize', () => paint());
    // Another tab, the popup or Options changed what is stored: show the fresh report.
    const onStorageChanged = (_changes: unknown, area: string) => {
      if (area !== 'local' || !view) return;
      void session.refresh().then((next) => {
        if (ctx.isInvalid || !next) return;
        view = next;
        paint();
      });
    };
    browser.storage.onChanged.addListener(onStorageChanged);
    const stopWho = answerWho(messenger, () => session.personKey);
    ctx.onInvalidated(() => {
      stopWho();
      observer.disconnect();
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onStorageChanged);
      highlight?.restore();
      highlight = null;
      if (ui) render(null, ui.container);
      ui?.remove();
    });
  };

  await readAndRender(true, start);
}
