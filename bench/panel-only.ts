// `npx tsx bench/panel-only.ts [loads] [extension dir]`: only where the time to the panel goes on the
// replica Manage Education page (medians of profiled loads), without the rest of the benchmark.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium, extensionLoaded } from './chromium';
import { panelBreakdown } from './browser-bench';
import { LONGTASK_PROBE } from './longtask-probe';
import { PANEL_PROBE } from './panel-probe';
import { URLS, routeSites } from './replica-routes';

const loads = Number(process.argv[2] ?? 5);
const extensionDir = process.argv[3] ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const context = await launchChromium(extensionDir);
try {
  await context.addInitScript(PANEL_PROBE);
  await context.addInitScript(LONGTASK_PROBE);
  await routeSites(context);
  await extensionLoaded(context);
  const b = await panelBreakdown(context, URLS.manageEducation, loads);
  const after = (ms: number | null) => (ms === null || b.domContentLoadedMs === null ? '?' : `+${(ms - b.domContentLoadedMs).toFixed(1)}`);
  console.log(
    `load ${loadavg()[0]!.toFixed(2)}  DOMContentLoaded ${b.domContentLoadedMs?.toFixed(1)} ms; after it: read starts ${after(b.readStartMs)}, panel host ${after(b.hostInsertedMs)}, ` +
      `panel ready ${after(b.panelReadyMs)} ms; first read measure ${b.firstReadMs?.toFixed(1)} ms; extension JS ${b.extensionCpuMs?.toFixed(1)} ms`,
  );
} finally {
  await context.close();
}
