// eLicensing: read the license and renewal state, store it, and show the Step B strip. When
// the engine's action points at eLicensing's own renewal submit (paid but not submitted), the
// control is outlined, never clicked. Kept free of the big NREMT panel (bundle budget).
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentContext } from '../../lib/extension/content-context';
import { pageClient } from '../../lib/extension/page-client';
import { findElicensingSubmit, highlightSubmitButton, type Highlight } from '../../lib/extension/highlight';
import { readSafely, type PageView } from '../../lib/extension/page-view';
import { readLicensePageEvidence } from '../../lib/readers/license-page';
import { isSignInOrOutPage } from '../../lib/extension/sign-page';
import { seenText } from '../../lib/extension/seen-text';
import { debounceWithMaxWait, snapshotKey, windowTimers } from '../../lib/extension/read-schedule';
import { attachFrameHost, type FrameHost } from '../../lib/extension/frame-host';
import { answerWho } from '../../lib/extension/who-answer';
import { contentMessenger } from '../../lib/extension/content-messenger';
import { browser } from 'wxt/browser';
import { ELICENSING_MATCHES } from '../../lib/sites';

const MUTATION_DEBOUNCE_MS = 250;
const MUTATION_MAX_WAIT_MS = 1000;
// The strip is an extension page framed first in the page, in the flow: it pushes the site down.
const FRAME_CSS = 'iframe { display: block; width: 100%; height: 40px; border: 0; color-scheme: normal; }';

export default defineContentScript({
  matches: ELICENSING_MATCHES,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => runElicensing(ctx),
});

async function runElicensing(ctx: ContentContext): Promise<void> {
  // Storage, merge and engine run in the background (one writer for all tabs; small bundle).
  const messenger = contentMessenger();
  const session = pageClient(messenger.sendMessage);
  let view: PageView | null = null;
  const seen = seenText();
  // What was last sent: a re-read that finds the same (a ticking clock) sends nothing.
  let lastSentKey: string | null = null;

  // Mounted on the first license page read, so other eLicensing pages stay untouched.
  let ui: FrameHost | null = null;
  const mount = (): FrameHost =>
    attachFrameHost(document, {
      name: 'recert-copilot-strip',
      ui: 'strip',
      frameCss: FRAME_CSS,
      place: 'first',
      title: 'Recert Copilot: Step B',
      getUrl: (path) => browser.runtime.getURL(path as `/page-ui.html${string}`),
      onMessage: (message) => {
        if (message.type === 'size' && ui) ui.frame.style.height = `${Math.max(24, message.height)}px`;
      },
    });

  let highlight: Highlight | null = null;
  const outlineSubmit = () => {
    const wanted = !!view?.result?.ok && view.result.report.nextActions.some((a) => a.where.control === 'elicensing-submit');
    const button = wanted ? findElicensingSubmit(document, ui?.host) : null;
    if (highlight && highlight.element !== button) {
      highlight.restore();
      highlight = null;
    }
    if (button && !highlight) highlight = highlightSubmitButton(button);
  };

  const paint = () => {
    if (!ui || !view) return;
    // Only license pages get a strip; other eLicensing pages stay untouched.
    const shown = view.state === 'unread' || view.result;
    ui.frame.style.display = shown ? 'block' : 'none';
    ui.send({ type: 'strip', props: { report: view.result, unreadReason: view.unreadReason } });
    outlineSubmit();
  };

  const readAndRender = async () => {
    if (seen.same(document, location.href)) return;
    const { snapshot, evidence } = readSafely(document, location.href, readLicensePageEvidence);
    if (snapshot.kind === 'unknown' && !snapshot.unreadReason) {
      // Other pages are left alone, but signing in or out ends the browsing session.
      if (!isSignInOrOutPage(document)) return;
      snapshot.signInOrOut = true;
    }
    const key = snapshotKey([snapshot, evidence]);
    if (key === lastSentKey) return;
    lastSentKey = key;
    // The background judges the evidence (whose license it is: lib/readers/judge-page.ts).
    view = await session.ingestOrExplain(snapshot, view?.collapsed ?? false, evidence);
    if (ctx.isInvalid || (!ui && snapshot.signInOrOut)) return;
    ui ??= mount();
    paint();
  };

  const reread = debounceWithMaxWait(() => void readAndRender(), MUTATION_DEBOUNCE_MS, MUTATION_MAX_WAIT_MS, windowTimers(window));
  const observer = new MutationObserver((mutations) => {
    const host = ui?.host;
    if (host && mutations.every((m) => host === m.target || host.contains(m.target))) return;
    reread.schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const stopWho = answerWho(messenger, () => session.personKey);
  ctx.onInvalidated(() => {
    stopWho();
    observer.disconnect();
    reread.cancel();
    highlight?.restore();
    ui?.remove();
  });

  await readAndRender();
}
