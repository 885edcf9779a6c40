// Runs in the page's own world (addInitScript) before any page script: records when the
// extension's panel first shows a report. The panel's shadow root is open, so the page can see
// into it; MutationObservers on the document and then on the shadow root catch the moment.
export const PANEL_PROBE = `(() => {
  const ready = '[data-testid="recert-panel"][data-state="ready"]';
  window.__benchPanelReadyAt = null;
  window.__benchPanelHostAt = null;
  const watched = new WeakSet();
  let documentObserver = null;
  const check = () => {
    if (window.__benchPanelReadyAt !== null) return;
    const host = document.querySelector('recert-copilot-panel');
    if (host && window.__benchPanelHostAt === null) window.__benchPanelHostAt = performance.now();
    const root = host && host.shadowRoot;
    if (!root) {
      if (host) requestAnimationFrame(check); // host added before its shadow root: look again next frame
      return;
    }
    if (root.querySelector(ready)) {
      window.__benchPanelReadyAt = performance.now();
      if (documentObserver) documentObserver.disconnect();
      return;
    }
    if (!watched.has(root)) {
      watched.add(root);
      new MutationObserver(check).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
    }
  };
  documentObserver = new MutationObserver(check);
  documentObserver.observe(document, { childList: true, subtree: true });
})();`;

declare global {
  interface Window {
    __benchPanelReadyAt: number | null;
    /** When the panel's host element was first seen in the document. */
    __benchPanelHostAt: number | null;
  }
}
