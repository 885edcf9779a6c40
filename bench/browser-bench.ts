// The Chromium half of the benchmark: page load with vs without the extension (alternated),
// time until the panel shows, one re-read after an SPA view change, and no work on other sites.
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, extensionLoaded } from './chromium';
import { cpuMsOf, startProfiling, stopProfiling } from './cpu-profile';
import { LONGTASK_PROBE } from './longtask-probe';
import { PANEL_PROBE } from './panel-probe';
import { measureReadCosts, type ReadCosts } from './read-costs';
import { URLS, routeSites } from './replica-routes';
import { median, spread } from './stats';

export const READ_MEASURE = 'recert-copilot:read';

interface LoadSample {
  /** loadEventEnd - startTime of the navigation entry. */
  loadMs: number;
  domContentLoadedMs: number;
  /** loadEventEnd - responseStart: the page's own part, without the (routed) network wait. */
  afterResponseMs: number;
  /** performance.now() when the panel first showed a report; null if it never did. */
  panelAtMs: number | null;
}

export interface LoadComparison {
  url: string;
  runs: number;
  withoutMs: number | null;
  withMs: number | null;
  withoutDclMs: number | null;
  withDclMs: number | null;
  /** Median load with / median load without. */
  ratio: number | null;
  /** The same ratio for loadEventEnd - responseStart (the page's own work). */
  afterResponseRatio: number | null;
  /** Spread of the runs without the extension: (p75 - p25) / median. The noise a ratio must beat. */
  baselineSpread: number | null;
  /** Median of (panel shown - DOMContentLoaded end), over runs where the panel showed. */
  panelAfterContentMs: number | null;
  /** Median of (panel shown - navigation start). */
  panelAfterNavigationMs: number | null;
  panelShownRuns: number;
}

export interface SpaReread {
  /** Durations of the first read measure after each view change. */
  measureMs: number[];
  medianMeasureMs: number | null;
  /** Extension JavaScript on the main thread per view change (CPU profile), median. */
  medianExtensionCpuMs: number | null;
  note: string;
}

export interface OtherSitesCheck {
  /** Extension script contexts (isolated worlds) created on the other site's page. */
  contextsOnOtherSite: number;
  hostElementsOnOtherSite: number;
  measuresOnOtherSite: number;
  /** The same count on an NREMT page: proves the method sees a content script when there is one. */
  contextsOnNremt: number;
}

/** Where the time to the panel goes, on extra (profiled, so not timed above) loads: medians. */
export interface PanelBreakdown {
  domContentLoadedMs: number | null;
  /** The panel's host element appears: the content script was injected and ran up to mount. */
  hostInsertedMs: number | null;
  readStartMs: number | null;
  /** The first recert-copilot:read measure: read + merge/store + render, including awaits. */
  firstReadMs: number | null;
  panelReadyMs: number | null;
  /** Extension JavaScript on the main thread from navigation to panel ready. */
  extensionCpuMs: number | null;
}

export interface BrowserResults {
  extensionLoaded: boolean;
  load: LoadComparison;
  /** The same comparison on a page the extension does not match: the cost of merely being installed. */
  otherSiteLoad: LoadComparison;
  /** The floor: the same page with an extension whose content scripts are empty, same run. */
  floorLoad: LoadComparison | null;
  readCosts: ReadCosts;
  panel: PanelBreakdown;
  spa: SpaReread;
  otherSites: OtherSitesCheck;
}

async function newProbedContext(extensionDir: string | null): Promise<BrowserContext> {
  const context = await launchChromium(extensionDir);
  await context.addInitScript(PANEL_PROBE);
  await context.addInitScript(LONGTASK_PROBE);
  await routeSites(context);
  return context;
}

async function navigationTiming(page: Page): Promise<{ loadMs: number; domContentLoadedMs: number; afterResponseMs: number }> {
  await page.waitForFunction(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return !!entry && entry.loadEventEnd > 0;
  });
  return page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      loadMs: entry.loadEventEnd - entry.startTime,
      domContentLoadedMs: entry.domContentLoadedEventEnd - entry.startTime,
      afterResponseMs: entry.loadEventEnd - entry.responseStart,
    };
  });
}

async function panelShownAt(page: Page, timeoutMs: number): Promise<number | null> {
  try {
    await page.waitForFunction(() => window.__benchPanelReadyAt !== null, undefined, { timeout: timeoutMs, polling: 50 });
  } catch {
    return null;
  }
  return page.evaluate(() => window.__benchPanelReadyAt);
}

async function loadOnce(context: BrowserContext, url: string, panelTimeoutMs: number): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const timing = await navigationTiming(page);
    const panelAtMs = panelTimeoutMs > 0 ? await panelShownAt(page, panelTimeoutMs) : null;
    return { ...timing, panelAtMs };
  } finally {
    await page.close();
  }
}

async function compareLoads(withExt: BrowserContext, without: BrowserContext, url: string, runs: number): Promise<LoadComparison> {
  // Warm-up (first navigation in a profile pays for process start-up); it also tells whether a
  // panel appears at all, so later runs do not wait for one that never comes.
  await loadOnce(without, url, 0);
  const panelTimeoutMs = (await loadOnce(withExt, url, 10_000)).panelAtMs === null ? 0 : 5_000;
  const withSamples: LoadSample[] = [];
  const withoutSamples: LoadSample[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first, so drift in machine load hits both sides alike.
    if (run % 2 === 0) {
      withSamples.push(await loadOnce(withExt, url, panelTimeoutMs));
      withoutSamples.push(await loadOnce(without, url, 0));
    } else {
      withoutSamples.push(await loadOnce(without, url, 0));
      withSamples.push(await loadOnce(withExt, url, panelTimeoutMs));
    }
  }
  const withMs = median(withSamples.map((s) => s.loadMs));
  const withoutMs = median(withoutSamples.map((s) => s.loadMs));
  const ratioOf = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
  const withAfter = median(withSamples.map((s) => s.afterResponseMs));
  const withoutAfter = median(withoutSamples.map((s) => s.afterResponseMs));
  const shown = withSamples.filter((s): s is LoadSample & { panelAtMs: number } => s.panelAtMs !== null);
  return {
    url,
    runs,
    withMs,
    withoutMs,
    withDclMs: median(withSamples.map((s) => s.domContentLoadedMs)),
    withoutDclMs: median(withoutSamples.map((s) => s.domContentLoadedMs)),
    ratio: ratioOf(withMs, withoutMs),
    afterResponseRatio: ratioOf(withAfter, withoutAfter),
    baselineSpread: spread(withoutSamples.map((s) => s.loadMs)),
    panelAfterContentMs: median(shown.map((s) => s.panelAtMs - s.domContentLoadedMs)),
    panelAfterNavigationMs: median(shown.map((s) => s.panelAtMs)),
    panelShownRuns: shown.length,
  };
}

function readMeasureCount(page: Page): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, READ_MEASURE);
}

/** An SPA view change: new URL via pushState and a freshly built main view (same courses). */
async function changeView(page: Page, step: number): Promise<void> {
  await page.evaluate((view) => {
    history.pushState({ view }, '', `${location.pathname}${location.search.replace(/&view=\d+/, '')}&view=${view}`);
    const main = document.querySelector('main');
    if (main) main.replaceWith(main.cloneNode(true));
  }, step);
}

export async function measureSpaReread(withExt: BrowserContext, courses: number, changes: number): Promise<SpaReread> {
  const url = URLS.generatedEducation(courses);
  const page = await withExt.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    if ((await panelShownAt(page, 10_000)) === null && (await readMeasureCount(page)) === 0) {
      return { measureMs: [], medianMeasureMs: null, medianExtensionCpuMs: null, note: `no panel and no ${READ_MEASURE} measure on the ${courses}-course page` };
    }
    const session = await withExt.newCDPSession(page);
    const measureMs: number[] = [];
    const cpuMs: number[] = [];
    let missed = 0;
    for (let step = 1; step <= changes; step++) {
      const before = await readMeasureCount(page);
      await startProfiling(session);
      await changeView(page, step);
      try {
        // WXT notices URL changes by polling about once a second; allow a few.
        await page.waitForFunction(({ name, count }) => performance.getEntriesByName(name, 'measure').length > count, { name: READ_MEASURE, count: before }, { timeout: 6_000, polling: 20 });
      } catch {
        missed++;
        await stopProfiling(session);
        continue;
      }
      await page.waitForTimeout(300); // let any follow-up render finish
      cpuMs.push(cpuMsOf(await stopProfiling(session)));
      const entry = await page.evaluate(({ name, count }) => performance.getEntriesByName(name, 'measure')[count]?.duration ?? null, { name: READ_MEASURE, count: before });
      if (entry !== null) measureMs.push(entry);
    }
    return {
      measureMs,
      medianMeasureMs: median(measureMs),
      medianExtensionCpuMs: median(cpuMs),
      note: `${measureMs.length} of ${changes} view changes re-read${missed ? ` (${missed} without a new measure in 6 s)` : ''}`,
    };
  } finally {
    await page.close();
  }
}

async function profiledLoad(context: BrowserContext, url: string): Promise<PanelBreakdown> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  try {
    await startProfiling(session);
    await page.goto(url, { waitUntil: 'load' });
    const panelReadyMs = await panelShownAt(page, 10_000);
    await page.waitForTimeout(200);
    const extensionCpuMs = cpuMsOf(await stopProfiling(session));
    const marks = await page.evaluate((name) => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const measure = performance.getEntriesByName(name, 'measure')[0];
      return {
        domContentLoadedMs: entry ? entry.domContentLoadedEventEnd : null,
        hostInsertedMs: window.__benchPanelHostAt,
        readStartMs: measure ? measure.startTime : null,
        firstReadMs: measure ? measure.duration : null,
      };
    }, READ_MEASURE);
    return { ...marks, panelReadyMs, extensionCpuMs };
  } finally {
    await page.close();
  }
}

/** Medians over a few profiled loads (one alone is at the mercy of a busy machine). */
export async function panelBreakdown(context: BrowserContext, url: string, runs = 3): Promise<PanelBreakdown> {
  const samples: PanelBreakdown[] = [];
  for (let run = 0; run < runs; run++) samples.push(await profiledLoad(context, url));
  const medianOf = (key: keyof PanelBreakdown) => median(samples.map((sample) => sample[key]).filter((value): value is number => value !== null));
  return {
    domContentLoadedMs: medianOf('domContentLoadedMs'),
    hostInsertedMs: medianOf('hostInsertedMs'),
    readStartMs: medianOf('readStartMs'),
    firstReadMs: medianOf('firstReadMs'),
    panelReadyMs: medianOf('panelReadyMs'),
    extensionCpuMs: medianOf('extensionCpuMs'),
  };
}

/** Counts the extension's isolated worlds created in a page (a content script that ran). */
async function extensionWorldsOn(context: BrowserContext, url: string, extensionName: string): Promise<{ contexts: number; hosts: number; measures: number }> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  let contexts = 0;
  session.on('Runtime.executionContextCreated', ({ context: created }) => {
    const auxData = created.auxData as { type?: string } | undefined;
    if (auxData?.type === 'isolated' && created.name === extensionName) contexts++;
  });
  await session.send('Runtime.enable');
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1_500); // content scripts run at document_idle; give them time
    const found = await page.evaluate((name) => ({
      hosts: document.querySelectorAll('recert-copilot-panel, recert-copilot-strip').length,
      measures: performance.getEntriesByName(name, 'measure').length,
    }), READ_MEASURE);
    return { contexts, ...found };
  } finally {
    await page.close();
  }
}

export async function runBrowserBench(options: {
  extensionDir: string;
  /** The same extension with empty content scripts (the floor any content script pays). */
  floorDir: string | null;
  extensionName: string;
  runs: number;
  spaCourses: number;
  spaChanges: number;
  readCourses: number;
  tickingSeconds: number;
}): Promise<BrowserResults> {
  const withExt = await newProbedContext(options.extensionDir);
  const without = await newProbedContext(null);
  const floor = options.floorDir ? await newProbedContext(options.floorDir) : null;
  try {
    const loaded = await extensionLoaded(withExt);
    const load = await compareLoads(withExt, without, URLS.manageEducation, options.runs);
    const floorLoad = floor ? await compareLoads(floor, without, URLS.manageEducation, options.runs) : null;
    await floor?.close();
    const readCosts = await measureReadCosts(withExt, options.readCourses, options.tickingSeconds);
    const otherSiteLoad = await compareLoads(withExt, without, URLS.otherSite, options.runs);
    const panel = await panelBreakdown(withExt, URLS.manageEducation);
    const spa = await measureSpaReread(withExt, options.spaCourses, options.spaChanges);
    const other = await extensionWorldsOn(withExt, URLS.otherSite, options.extensionName);
    const nremt = await extensionWorldsOn(withExt, URLS.dashboard, options.extensionName);
    return {
      extensionLoaded: loaded,
      load,
      otherSiteLoad,
      floorLoad,
      readCosts,
      panel,
      spa,
      otherSites: { contextsOnOtherSite: other.contexts, hostElementsOnOtherSite: other.hosts, measuresOnOtherSite: other.measures, contextsOnNremt: nremt.contexts },
    };
  } finally {
    await withExt.close();
    await without.close();
    await floor?.close().catch(() => undefined);
  }
}
