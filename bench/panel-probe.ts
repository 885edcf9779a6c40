// Runs in the page's own world (addInitScript) before any page script: records when the
// extension's panel first shows a report. The panel's shadow root is closed, so the page cannot
// look into it (that is the point); the content script leaves a performance mark when it paints
// its first report (content scripts share the page's performance timeline), and the host
// element's arrival is seen by a MutationObserver on the document.
export const PANEL_PROBE = `(() => {
  window.__benchPanelReadyAt = null;
  window.__benchPanelHostAt = null;
  const documentObserver = new MutationObserver(() => {
    if (window.__benchPanelHostAt === null && document.querySelector('recert-copilot-panel')) {
      window.__benchPanelHostAt = performance.now();
      documentObserver.disconnect();
    }
  });
  documentObserver.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'recert-copilot:panel-ready' && window.__benchPanelReadyAt === null) window.__benchPanelReadyAt = entry.startTime;
      }
    }).observe({ type: 'mark', buffered: true });
  } catch {}
})();`;

declare global {
  interface Window {
    __benchPanelReadyAt: number | null;
    /** When the panel's host element was first seen in the document. */
    __benchPanelHostAt: number | null;
  }
}
