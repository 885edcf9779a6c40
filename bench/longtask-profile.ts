// `tsx bench/longtask-profile.ts [--no-build]`: what runs in each main-thread stretch over 50 ms
// while the extension reads the 5,000-course page and re-reads it after one course is added.
// A CPU profile of the page, cut into stretches of consecutive busy samples, each attributed by
// source file and function through the source-mapped build of bench/breakdown.ts. A diagnostic;
// `npm run bench` does not need it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium';
import { startProfiling, stopProfiling, type CpuProfile } from './cpu-profile';
import { URLS, routeSites } from './replica-routes';
import { sourceLocator, type SourceMapLike } from './source-map-bytes';

const ROOT = join(import.meta.dirname, '..');
// BENCH_OUT: another source-mapped build (see profile-breakdown.ts).
const OUT = process.env.BENCH_OUT ? join(ROOT, process.env.BENCH_OUT) : join(ROOT, '.bench-tmp', 'analyze', 'chrome-mv3');
const COURSES = Number(process.env.BENCH_COURSES ?? 5000);
const IDLE = new Set(['(idle)', '(program)', '(root)']);

interface Node {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const locators = new Map<string, ((line: number, column: number) => string | null) | null>();
function where(node: Node): string {
  const url = node.callFrame.url;
  if (!url.startsWith('chrome-extension://')) return `${node.callFrame.functionName || '(native)'}`;
  if (!locators.has(url)) {
    const path = join(OUT, new URL(url).pathname);
    locators.set(url, existsSync(`${path}.map`) ? sourceLocator(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMapLike) : null);
  }
  const source = locators.get(url)?.(node.callFrame.lineNumber, node.callFrame.columnNumber) ?? '?';
  return `${source.replace(/^(\.\.\/)+/, '')} ${node.callFrame.functionName}`;
}

/** Stretches of busy samples longer than 50 ms, each with its heaviest frames (self, then the extension frame above). */
function stretches(profile: CpuProfile): void {
  const nodes = profile.nodes as Node[];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let current: { ms: number; by: Map<string, number> } | null = null;
  const out: { ms: number; by: Map<string, number> }[] = [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!)!;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (IDLE.has(node.callFrame.functionName)) {
      if (current && current.ms > 50) out.push(current);
      current = null;
      continue;
    }
    current ??= { ms: 0, by: new Map() };
    current.ms += ms;
    // The nearest extension frame names the work; the innermost frame says what it was doing.
    let id: number | undefined = node.id;
    let ours: Node | null = null;
    while (id !== undefined && !ours) {
      const n = byId.get(id)!;
      if (n.callFrame.url.startsWith('chrome-extension://')) ours = n;
      id = parent.get(id);
    }
    const key = ours ? `${where(ours)}${ours === node ? '' : ` → ${where(node)}`}` : `(page) ${where(node)}`;
    current.by.set(key, (current.by.get(key) ?? 0) + ms);
  }
  if (current && current.ms > 50) out.push(current);
  for (const stretch of out) {
    console.log(`\n${stretch.ms.toFixed(0)} ms busy:`);
    for (const [key, ms] of [...stretch.by].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') || !existsSync(OUT)) {
    execFileSync('npx', ['wxt', 'build', '-c', 'bench/wxt.analyze.config.ts'], { cwd: ROOT, stdio: 'ignore' });
  }
  const context = await launchChromium(OUT);
  await routeSites(context);
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await startProfiling(session);
    await page.goto(URLS.generatedEducation(COURSES), { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('recert-copilot:read', 'measure').length > 0, undefined, { timeout: 120_000, polling: 200 });
    await page.waitForTimeout(1000);
    console.log(`== first read, ${COURSES} courses`);
    stretches(await stopProfiling(session));
    await startProfiling(session);
    await page.evaluate(() => {
      const body = document.querySelector('tbody')!;
      const row = body.lastElementChild!.cloneNode(true) as HTMLElement;
      row.querySelector('td')!.textContent = 'Ventilator Management Update';
      body.append(row);
    });
    await page.waitForFunction(() => performance.getEntriesByName('recert-copilot:read', 'measure').length > 1, undefined, { timeout: 120_000, polling: 200 });
    await page.waitForTimeout(1000);
    console.log(`\n== re-read after one course is added`);
    stretches(await stopProfiling(session));
  } finally {
    await context.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
