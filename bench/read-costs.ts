// What a read costs the page, and what a page that never stops changing costs storage:
// - the longest main-thread task while the extension reads a 5,000-course page (first read, and
//   a re-read after one course is added), from the Long Tasks API in the page (content scripts
//   run on the page's main thread, so their tasks are the page's tasks);
// - storage writes per minute while a page ticks (countdown + rotating banner), counted by the
//   extension's own service worker;
// - the in-page UI frame (page-ui.html): its own load time inside the site's page.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { READ_MEASURE } from './browser-bench';
import { URLS } from './replica-routes';
import { median } from './stats';

export interface ReadCosts {
  courses: number;
  firstReadLongestTaskMs: number | null;
  rereadLongestTaskMs: number | null;
  tickingWritesPerMinute: number | null;
  tickingSeconds: number;
  uiFrameLoadMs: number | null;
  note: string;
}

function measureCount(page: Page): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, READ_MEASURE);
}

/** Longest long task that started inside [from, to] (page clock), or 0 when none passed 50 ms. */
function longestBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ({ from, to }) => Math.max(0, ...window.__benchLongTasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration)),
    { from, to },
  );
}

async function uiFrameLoad(page: Page): Promise<number | null> {
  const frame = page.frames().find((f) => f.url().includes('/page-ui.html'));
  if (!frame) return null;
  return frame.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return entry && entry.loadEventEnd > 0 ? entry.loadEventEnd - entry.startTime : null;
  });
}

async function serviceWorkerOf(context: BrowserContext): Promise<Worker | null> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
}

export async function measureReadCosts(context: BrowserContext, courses: number, tickingSeconds: number): Promise<ReadCosts> {
  const notes: string[] = [];
  const page = await context.newPage();
  let firstReadLongestTaskMs: number | null = null;
  let rereadLongestTaskMs: number | null = null;
  const frameLoads: number[] = [];
  try {
    await page.goto(URLS.generatedEducation(courses), { waitUntil: 'load' });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, READ_MEASURE, { timeout: 60_000, polling: 100 });
    await page.waitForTimeout(1000);
    const first = await page.evaluate((name) => {
      const m = performance.getEntriesByName(name, 'measure')[0]!;
      return { start: m.startTime, end: m.startTime + m.duration };
    }, READ_MEASURE);
    firstReadLongestTaskMs = await longestBetween(page, first.start, first.end + 200);
    const load = await uiFrameLoad(page);
    if (load !== null) frameLoads.push(load);

    // A real change: one more course in the first table.
    const before = await measureCount(page);
    const changedAt = await page.evaluate(() => {
      const body = document.querySelector('tbody')!;
      const row = body.lastElementChild!.cloneNode(true) as HTMLElement;
      row.querySelector('td')!.textContent = 'Ventilator Management Update';
      body.append(row);
      return performance.now();
    });
    try {
      await page.waitForFunction(({ name, count }) => performance.getEntriesByName(name, 'measure').length > count, { name: READ_MEASURE, count: before }, { timeout: 30_000, polling: 100 });
      await page.waitForTimeout(500);
      rereadLongestTaskMs = await longestBetween(page, changedAt, Number.POSITIVE_INFINITY);
    } catch {
      notes.push('the added course was not re-read within 30 s');
    }
  } finally {
    await page.close();
  }

  let tickingWritesPerMinute: number | null = null;
  const worker = await serviceWorkerOf(context);
  if (worker) {
    const ticking = await context.newPage();
    try {
      await ticking.goto(URLS.tickingEducation(500), { waitUntil: 'load' });
      await ticking.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, READ_MEASURE, { timeout: 30_000, polling: 100 });
      await ticking.waitForTimeout(1500); // the first read's own writes land
      const load = await uiFrameLoad(ticking);
      if (load !== null) frameLoads.push(load);
      await worker.evaluate(() => {
        const scope = globalThis as unknown as { __benchWrites?: number; __benchCounting?: boolean; chrome: { storage: { onChanged: { addListener(fn: (c: unknown, area: string) => void): void } } } };
        scope.__benchWrites = 0;
        if (!scope.__benchCounting) {
          scope.__benchCounting = true;
          scope.chrome.storage.onChanged.addListener((_changes, area) => {
            if (area === 'local') scope.__benchWrites = (scope.__benchWrites ?? 0) + 1;
          });
        }
      });
      await ticking.waitForTimeout(tickingSeconds * 1000);
      const writes = await worker.evaluate(() => (globalThis as unknown as { __benchWrites: number }).__benchWrites);
      tickingWritesPerMinute = (writes * 60) / tickingSeconds;
    } finally {
      await ticking.close();
    }
  } else {
    notes.push('no service worker to count storage writes');
  }
  return { courses, firstReadLongestTaskMs, rereadLongestTaskMs, tickingWritesPerMinute, tickingSeconds, uiFrameLoadMs: median(frameLoads), note: notes.join('; ') };
}
