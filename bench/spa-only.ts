// `npx tsx bench/spa-only.ts [changes] [extension dir]`: only the SPA re-read (extension main-thread
// time per view change on a generated course page), repeated, without the rest of the benchmark.
// For quick before/after checks; BENCH_COURSES sets the page size (500).
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium, extensionLoaded } from './chromium';
import { measureSpaReread } from './browser-bench';
import { LONGTASK_PROBE } from './longtask-probe';
import { PANEL_PROBE } from './panel-probe';
import { routeSites } from './replica-routes';

const changes = Number(process.argv[2] ?? 7);
const extensionDir = process.argv[3] ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const courses = Number(process.env.BENCH_COURSES ?? 500);

const context = await launchChromium(extensionDir);
try {
  await context.addInitScript(PANEL_PROBE);
  await context.addInitScript(LONGTASK_PROBE);
  await routeSites(context);
  await extensionLoaded(context);
  const spa = await measureSpaReread(context, courses, changes);
  const cpu = spa.medianExtensionCpuMs;
  console.log(`load ${loadavg()[0]!.toFixed(2)}  ${courses} courses: main-thread ${cpu?.toFixed(1)} ms (median), measure ${spa.medianMeasureMs?.toFixed(1)} ms; ${spa.note}`);
} finally {
  await context.close();
}
