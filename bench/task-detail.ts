// `npx tsx bench/task-detail.ts [runs] [extension dir]`: what runs inside the page's longest
// main-thread tasks while the extension reads a 5,000-course page (and re-reads it after one course
// is added). A trace gives each task's CPU time (thread time: what the OS gave this thread, so a
// busy machine inflates it less than wall time); a CPU profile taken alongside attributes the
// samples inside each task to the extension's functions (given a source-mapped build as the
// directory, .output/bytes/chrome-mv3 after `RECERT_BYTES=1 npx wxt build`, it names them by file). BENCH_INVALIDATIONS=1: for each long layout, what
// made it necessary (the style and layout invalidations before it, with the script that made
// them). A diagnostic; `npm run bench` does not need it.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchChromium, extensionLoaded } from './chromium';
import { startProfiling, stopProfiling, type CpuProfile } from './cpu-profile';
import { URLS, routeSites } from './replica-routes';
import { sourceLocator, type SourceMapLike } from './source-map-bytes';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

interface Node {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const READ_MEASURE = 'recert-copilot:read';
const runs = Number(process.argv[2] ?? 2);
const extensionDir = process.argv[3] ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const courses = Number(process.env.BENCH_COURSES ?? 5000);
const TOP = Number(process.env.BENCH_TOP ?? 6);

const locators = new Map<string, ((line: number, column: number) => string | null) | null>();
function where(node: Node): string {
  const url = node.callFrame.url;
  if (!url.startsWith('chrome-extension://')) return node.callFrame.functionName || '(native)';
  if (!locators.has(url)) {
    const path = join(extensionDir, new URL(url).pathname);
    locators.set(url, existsSync(`${path}.map`) ? sourceLocator(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMapLike, true) : null);
  }
  const source = locators.get(url)?.(node.callFrame.lineNumber, node.callFrame.columnNumber);
  return `${(source ?? new URL(url).pathname).replace(/^(\.\.\/)+/, '')} ${node.callFrame.functionName}`;
}

async function traced(session: CDPSession, during: () => Promise<void>): Promise<{ events: TraceEvent[]; profile: CpuProfile & { startTime: number } }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: process.env.BENCH_INVALIDATIONS ? 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,devtools.timeline.stack' : 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await startProfiling(session);
  await during();
  const profile = (await stopProfiling(session)) as CpuProfile & { startTime: number };
  await session.send('Tracing.end');
  await done;
  session.off('Tracing.dataCollected', collect);
  return { events, profile };
}

/** The page's main-thread tasks that ran extension script, longest CPU first, each with what its samples ran. */
function report(label: string, events: TraceEvent[], profile: CpuProfile & { startTime: number }): void {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const ours = events.filter((e) => {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return mains.has(`${e.pid}:${e.tid}`) && url.startsWith('chrome-extension://') && url.includes('/content-scripts/');
  });
  const pageThread = ours[0] ? `${ours[0].pid}:${ours[0].tid}` : null;
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === pageThread)
    .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0));
  const nodes = profile.nodes as Node[];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas ?? []) times.push((t += delta));
  console.log(`  ${label}: tasks over 20 ms CPU on the page's thread: ${tasks.filter((task) => (task.tdur ?? 0) > 20_000).length}`);
  for (const task of tasks.slice(0, TOP)) {
    const by = new Map<string, number>();
    (profile.samples ?? []).forEach((sample, i) => {
      const at = times[i]!;
      if (at < task.ts || at > task.ts + (task.dur ?? 0)) return;
      const ms = ((profile.timeDeltas ?? [])[i + 1] ?? 0) / 1000;
      let id: number | undefined = sample;
      let ext: Node | null = null;
      while (id !== undefined && !ext) {
        const n = byId.get(id)!;
        if (n.callFrame.url.startsWith('chrome-extension://')) ext = n;
        id = parent.get(id);
      }
      const self = byId.get(sample)!;
      const key = ext ? `${where(ext)}${ext === self ? '' : ` → ${where(self)}`}` : `(page) ${where(self)}`;
      by.set(key, (by.get(key) ?? 0) + ms);
    });
    // What the trace says ran inside (layout, style, script, GC), by name.
    const inside = new Map<string, number>();
    for (const e of events) {
      if (e === task || e.ph !== 'X' || `${e.pid}:${e.tid}` !== pageThread || e.ts < task.ts || e.ts > task.ts + (task.dur ?? 0)) continue;
      if (!['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'MajorGC', 'MinorGC', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'HitTest', 'v8.run', 'RunMicrotasks', 'V8.ScriptCompiler', 'v8.compile'].includes(e.name)) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
    const names = [...inside].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ');
    if (process.env.BENCH_INVALIDATIONS) {
      // Who made the layouts in this task necessary: the latest invalidations with a stack before it.
      for (const layout of events.filter((e) => e.name === 'Layout' && e.ph === 'X' && `${e.pid}:${e.tid}` === pageThread && e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0) && (e.tdur ?? 0) > 20_000)) {
        const data = layout.args as { beginData?: { dirtyObjects?: number; totalObjects?: number; stackTrace?: Array<{ url: string; functionName: string; lineNumber: number; columnNumber: number }> } };
        const stack = (frames?: Array<{ url: string; functionName: string; lineNumber: number; columnNumber: number }>) =>
          (frames ?? []).slice(0, 3).map((f) => (f.url.startsWith('chrome-extension://') ? where({ id: 0, callFrame: f }) : `${f.url.slice(-30)} ${f.functionName}`)).join(' < ');
        const causes = events
          .filter((e) => `${e.pid}:${e.tid}` === pageThread && e.ts < layout.ts && e.ts > layout.ts - 3_000_000 && /Invalidat|ScheduleStyle|StyleRecalcInvalidationTracking|LayoutInvalidationTracking/.test(e.name))
          .map((e) => ({ e, frames: (e.args as { data?: { stackTrace?: Array<{ url: string; functionName: string; lineNumber: number; columnNumber: number }>; reason?: string; nodeName?: string } })?.data }))
          .filter(({ e }) => e.ts > (events.filter((x) => x.name === 'Layout' && x.ph === 'X' && `${x.pid}:${x.tid}` === pageThread && x.ts < layout.ts).pop()?.ts ?? 0))
          .slice(-8)
          .map(({ e, frames }) => `${e.name}(${frames?.reason ?? ''} ${frames?.nodeName ?? ''}) ${stack(frames?.stackTrace)}`);
        console.log(`      Layout ${((layout.tdur ?? 0) / 1000).toFixed(0)} ms, ${data.beginData?.dirtyObjects}/${data.beginData?.totalObjects} objects${data.beginData?.stackTrace ? `, forced by ${stack(data.beginData.stackTrace)}` : ''}; before it: ${causes.join(' | ') || 'no stack'}`);
      }
    }
    const heavy = [...by].filter(([k]) => !k.endsWith('(idle)') && !k.endsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`    ${((task.tdur ?? 0) / 1000).toFixed(1)} ms CPU (${((task.dur ?? 0) / 1000).toFixed(0)} wall) [${names}]: ${heavy.map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join('; ')}`);
  }
}

const context = await launchChromium(extensionDir);
try {
  await routeSites(context);
  await extensionLoaded(context);
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    console.log(`run ${run + 1}, load ${loadavg()[0]!.toFixed(2)}, ${courses} courses`);
    const first = await traced(session, async () => {
      await page.goto(URLS.generatedEducation(courses), { waitUntil: 'load' });
      await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, READ_MEASURE, { timeout: 60_000, polling: 100 });
      await page.waitForTimeout(500);
    });
    report('first read', first.events, first.profile);
    const before = await page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, READ_MEASURE);
    const again = await traced(session, async () => {
      await page.evaluate(() => {
        const body = document.querySelector('tbody')!;
        const row = body.lastElementChild!.cloneNode(true) as HTMLElement;
        row.querySelector('td')!.textContent = 'Ventilator Management Update';
        body.append(row);
      });
      await page.waitForFunction(({ name, count }) => performance.getEntriesByName(name, 'measure').length > count, { name: READ_MEASURE, count: before }, { timeout: 60_000, polling: 100 });
      await page.waitForTimeout(500);
    });
    report('re-read', again.events, again.profile);
    await page.close();
  }
} finally {
  await context.close();
}
