// `npx tsx bench/task-cpu.ts [runs] [extension dir]`: the longest main-thread task that runs the
// extension's script, by CPU time (a trace's thread time, which leaves out time the OS gave other processes) while the
// extension reads a 5,000-course page, and re-reads it after one course is added. The Long Tasks
// API (bench/read-costs.ts) times tasks by the wall clock: on a shared, busy machine a 20 ms task
// can take 60. A diagnostic; BENCH_COURSES sets the page size.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, extensionLoaded } from './chromium';
import { READ_MEASURE } from './browser-bench';
import { URLS, routeSites } from './replica-routes';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

async function trace(session: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await during();
  await session.send('Tracing.end');
  await done;
  return events;
}

/**
 * Top-level tasks on renderer main threads that ran the extension's `scripts` (a call or evaluation
 * of a chrome-extension:// script whose path holds it): [wall ms, CPU ms], longest by CPU first.
 * The content scripts run on the page's main thread; the panel's frame (chunks/page-ui) in the
 * extension's own process, where it does not hold up the page.
 */
function extensionTasks(events: TraceEvent[], scripts = '/content-scripts/'): Array<[number, number]> {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const ours = events.filter((e) => {
    const data = (e.args as { data?: { url?: string; scriptName?: string } } | undefined)?.data;
    const url = data?.url ?? data?.scriptName ?? '';
    return mains.has(`${e.pid}:${e.tid}`) && url.startsWith('chrome-extension://') && url.includes(scripts);
  });
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
    .filter((task) => ours.some((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0)))
    .map((task): [number, number] => {
      // BENCH_DETAIL=1: what ran inside each task over 30 ms CPU.
      if (process.env.BENCH_DETAIL && (task.tdur ?? 0) > 30_000) {
        const inside = events.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0) && (e.tdur ?? e.dur ?? 0) > 3000);
        console.log(`  task ${((task.tdur ?? 0) / 1000).toFixed(0)} ms CPU: ${inside.map((e) => `${e.name}${(e.args as { data?: { functionName?: string; url?: string } })?.data?.functionName ? `(${(e.args as { data: { functionName: string; url: string } }).data.functionName} ${(e.args as { data: { url: string } }).data.url.slice(-40)})` : ''} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(0)}`).join(', ')}`);
      }
      return [(task.dur ?? 0) / 1000, (task.tdur ?? 0) / 1000];
    })
    .sort((a, b) => b[1] - a[1]);
}

const measures = (page: Page) => page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, READ_MEASURE);

const runs = Number(process.argv[2] ?? 2);
const extensionDir = process.argv[3] ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const courses = Number(process.env.BENCH_COURSES ?? 5000);
const context = await launchChromium(extensionDir);
try {
  await routeSites(context);
  await extensionLoaded(context);
  const show = (label: string, tasks: Array<[number, number]>) =>
    `${label}: longest ${tasks.slice(0, 3).map(([wall, cpu]) => `${cpu.toFixed(0)} ms CPU (${wall.toFixed(0)} wall)`).join(', ')}; ${tasks.filter(([, cpu]) => cpu > 50).length} over 50 ms CPU`;
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    const first = await trace(session, async () => {
      await page.goto(URLS.generatedEducation(courses), { waitUntil: 'load' });
      await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, READ_MEASURE, { timeout: 60_000, polling: 100 });
      await page.waitForTimeout(500);
    });
    const before = await measures(page);
    const again = await trace(session, async () => {
      await page.evaluate(() => {
        const body = document.querySelector('tbody')!;
        const row = body.lastElementChild!.cloneNode(true) as HTMLElement;
        row.querySelector('td')!.textContent = 'Ventilator Management Update';
        body.append(row);
      });
      await page.waitForFunction(({ name, count }) => performance.getEntriesByName(name, 'measure').length > count, { name: READ_MEASURE, count: before }, { timeout: 60_000, polling: 100 });
      await page.waitForTimeout(500);
    });
    console.log(`load ${loadavg()[0]!.toFixed(2)}  ${courses} courses  ${show('first read', extensionTasks(first))}  |  ${show('re-read', extensionTasks(again))}`);
    console.log(`  the panel's frame (extension process): ${show('first', extensionTasks(first, '/page-ui'))}  |  ${show('after the re-read', extensionTasks(again, '/page-ui'))}`);
    await page.close();
  }
} finally {
  await context.close();
}
