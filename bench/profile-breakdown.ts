// `tsx bench/profile-breakdown.ts`: where the extension's main-thread time goes, by source
// module, on the first load of the replica Manage Education page and on re-reads of a
// 500-course page. Uses the source-mapped build from bench/breakdown.ts (.bench-tmp/analyze),
// which is the same minified code as the real build. A diagnostic; `npm run bench` does not need it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startProfiling, stopProfiling, type CpuProfile } from './cpu-profile';
import { PANEL_PROBE } from './panel-probe';
import { URLS, routeSites } from './replica-routes';
import { moduleGroup, sourceLocator, type SourceMapLike } from './source-map-bytes';

const ROOT = join(import.meta.dirname, '..');
// BENCH_OUT=.output/bytes/chrome-mv3 (after `RECERT_BYTES=1 npx wxt build`, with --no-build): maps that
// describe the code exactly (no terser second pass), so functions are named right.
const OUT = process.env.BENCH_OUT ? join(ROOT, process.env.BENCH_OUT) : join(ROOT, '.bench-tmp', 'analyze', 'chrome-mv3');

interface Node {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

function locatorFor(url: string, cache: Map<string, ((line: number, column: number) => string | null) | null>) {
  if (!cache.has(url)) {
    const path = join(OUT, new URL(url).pathname);
    cache.set(url, existsSync(`${path}.map`) ? sourceLocator(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMapLike, !!process.env.BENCH_DETAIL) : null);
  }
  return cache.get(url) ?? null;
}

/** Extension time per source group: each sample goes to the nearest extension frame on its stack. */
function bySource(profile: CpuProfile, cache: Map<string, ((line: number, column: number) => string | null) | null>): Map<string, number> {
  const nodes = profile.nodes as Node[];
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  (profile.samples ?? []).forEach((sample, i) => {
    let id: number | undefined = sample;
    while (id !== undefined) {
      const node = byId.get(id);
      if (node?.callFrame.url.startsWith('chrome-extension://')) {
        const locate = locatorFor(node.callFrame.url, cache);
        const source = locate?.(node.callFrame.lineNumber, node.callFrame.columnNumber);
        // BENCH_DETAIL=1: by file and function instead of by package/folder.
        const detail = process.env.BENCH_DETAIL ? `${source?.replace(/^(\.\.\/)+/, '')} ${node.callFrame.functionName}` : null;
        const group = detail ?? (source ? moduleGroup(source) : `(no map) ${node.callFrame.functionName}`);
        const native = byId.get(sample)?.callFrame.url === '' ? ` → ${byId.get(sample)?.callFrame.functionName || 'native'}` : '';
        const key = `${group}${native}`;
        totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0) / 1000);
        return;
      }
      id = parent.get(id);
    }
  });
  return totals;
}

function print(title: string, totals: Map<string, number>, runs: number): void {
  const sum = [...totals.values()].reduce((a, b) => a + b, 0) / runs;
  console.log(`\n${title}: ${sum.toFixed(1)} ms of extension JS per run (median-free average of ${runs})`);
  for (const [key, value] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_TOP ?? 15))) {
    console.log(`  ${(value / runs).toFixed(1).padStart(6)} ms  ${key}`);
  }
}

async function panelReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__benchPanelReadyAt !== null, undefined, { timeout: 15_000, polling: 50 });
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') || !existsSync(OUT)) {
    execFileSync('npx', ['wxt', 'build', '-c', 'bench/wxt.analyze.config.ts'], { cwd: ROOT, stdio: 'ignore' });
  }
  const context: BrowserContext = await launchChromium(OUT);
  await context.addInitScript(PANEL_PROBE);
  await routeSites(context);
  const cache = new Map<string, ((line: number, column: number) => string | null) | null>();
  try {
    const load = new Map<string, number>();
    const loads = 3;
    for (let run = 0; run < loads; run++) {
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      await startProfiling(session);
      // BENCH_FIRST_COURSES=5000: a generated course page instead of the replica.
      await page.goto(process.env.BENCH_FIRST_COURSES ? URLS.generatedEducation(Number(process.env.BENCH_FIRST_COURSES)) : URLS.manageEducation, { waitUntil: 'load' });
      // BENCH_UNTIL_LOAD=1: only what runs before the page's load event (what page load pays).
      if (!process.env.BENCH_UNTIL_LOAD) {
        await panelReady(page);
        await page.waitForTimeout(200);
      }
      for (const [key, value] of bySource(await stopProfiling(session), cache)) load.set(key, (load.get(key) ?? 0) + value);
      await page.close();
    }
    print('First load of the replica Manage Education page, navigation to panel ready', load, loads);

    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await page.goto(URLS.generatedEducation(Number(process.env.BENCH_COURSES ?? 500)), { waitUntil: 'load' });
    await panelReady(page);
    await page.waitForTimeout(500);
    const reread = new Map<string, number>();
    const changes = 3;
    for (let step = 1; step <= changes; step++) {
      const before = await page.evaluate(() => performance.getEntriesByName('recert-copilot:read', 'measure').length);
      await startProfiling(session);
      await page.evaluate((view) => {
        history.pushState({ view }, '', `${location.pathname}?courses=${new URL(location.href).searchParams.get("courses")}&view=${view}`);
        const main = document.querySelector('main');
        if (main) main.replaceWith(main.cloneNode(true));
      }, step);
      await page.waitForFunction((count) => performance.getEntriesByName('recert-copilot:read', 'measure').length > count, before, { timeout: 6_000, polling: 20 });
      await page.waitForTimeout(300);
      for (const [key, value] of bySource(await stopProfiling(session), cache)) reread.set(key, (reread.get(key) ?? 0) + value);
    }
    print('Re-read after an SPA view change, 500 courses', reread, changes);
  } finally {
    await context.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
