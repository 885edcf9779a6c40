// Runs in the page's own world before any page script: records every main-thread task over 50 ms
// (the Long Tasks API sees content-script work too: it runs on the page's main thread).
export const LONGTASK_PROBE = `(() => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

declare global {
  interface Window {
    __benchLongTasks: { start: number; duration: number }[];
  }
}
