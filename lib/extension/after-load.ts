// Start after the page's load event, in a task of its own: work done before `load` (or inside a
// load listener) delays the page's loadEventEnd. Chrome injects document_idle scripts just
// after DOMContentLoaded, usually before `load`.

export function afterLoad(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const start = () => win.setTimeout(resolve, 0);
    if (win.document.readyState === 'complete') start();
    else win.addEventListener('load', start, { once: true });
  });
}
