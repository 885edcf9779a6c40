// One Chromium with the extension per test file: a fresh profile (empty storage), the replica
// site routed, and every request the browser makes recorded.
import type { Frame, Locator, Page, Request } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/extension-browser';
import { ReplicaSite } from '../../../scripts/lib/replica-site';

export interface RecordedRequest {
  url: string;
  /** 'service-worker' for the extension's background, else the page's URL. */
  from: string;
}

export interface Session extends ExtensionBrowser {
  site: ReplicaSite;
  requests: RecordedRequest[];
  /** Opens `url` in a new tab and waits for it to load. */
  open(url: string): Promise<Page>;
}

/** The page a request came from; '?' for a popup's first navigation, issued before its frame exists. */
function pageOf(request: Request): string {
  try {
    return request.frame().page().url() || '?';
  } catch {
    return '?';
  }
}

export async function startSession(site: ReplicaSite): Promise<Session> {
  const browser = await launchWithExtension({ headless: true });
  const requests: RecordedRequest[] = [];
  const record = (request: Request) => {
    const worker = request.serviceWorker();
    requests.push({ url: request.url(), from: worker ? 'service-worker' : pageOf(request) });
  };
  browser.context.on('request', record);
  await site.attach(browser.context);
  return {
    ...browser,
    site,
    requests,
    async open(url: string) {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
  };
}

/**
 * The extension page that shows the panel ('panel') or the Step B strip ('strip') inside a site's
 * page. It is framed inside a closed shadow root, so page scripts cannot reach it; Playwright
 * reaches it as a frame of the page (through the DevTools protocol).
 */
export async function uiFrame(page: Page, ui: 'panel' | 'strip', timeoutMs = 15_000): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://') && f.url().includes(`/page-ui.html?ui=${ui}`));
    if (frame) return frame;
    if (Date.now() > end) throw new Error(`no ${ui} frame on ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** The panel's root in its frame (waits for the frame, not for a report). */
export async function panelOf(page: Page): Promise<Locator> {
  return (await uiFrame(page, 'panel')).getByTestId('recert-panel');
}

/** Waits until the panel has rendered a report and returns it. */
export async function readyPanel(page: Page): Promise<Locator> {
  const frame = await uiFrame(page, 'panel');
  await frame.locator('[data-testid="recert-panel"][data-state="ready"]').waitFor({ timeout: 15_000 });
  return frame.getByTestId('recert-panel');
}

/** The Step B strip, once shown. */
export async function readyStrip(page: Page): Promise<Locator> {
  const strip = (await uiFrame(page, 'strip')).getByTestId('step-b-strip');
  await strip.waitFor({ timeout: 15_000 });
  return strip;
}

/** The number a "… h left" element starts with (e.g. "1.5 h left" -> 1.5). */
export async function leadingNumber(element: Locator): Promise<number> {
  const text = (await element.textContent({ timeout: 10_000 })) ?? '';
  const match = /^\s*(\d+(?:\.\d+)?)/.exec(text);
  if (!match) throw new Error(`Expected text starting with a number, got "${text}"`);
  return Number(match[1]);
}

export interface Remaining {
  national: number;
  local: number;
  individual: number;
  total: number;
}

/** The per-component remaining hours shown inside `scope` (panel, popup or side panel). */
export async function remainingIn(scope: Locator | Page): Promise<Remaining> {
  const byId = (id: string) => scope.locator(`[data-testid="${id}"]`).first();
  return {
    national: await leadingNumber(byId('remaining-national')),
    local: await leadingNumber(byId('remaining-local')),
    individual: await leadingNumber(byId('remaining-individual')),
    total: await leadingNumber(byId('total-remaining')),
  };
}

type StorageGlobal = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };

/** What the extension keeps under `people` in storage.local, read in its service worker; the caller names the shape it checks. */
export async function storedPeople<T>(session: Session): Promise<T | undefined> {
  return (await session.serviceWorker.evaluate(
    async () => (await (globalThis as unknown as StorageGlobal).chrome.storage.local.get('people')).people,
  )) as T | undefined;
}

/** Every person's stored courses, in one list (the fields a test asks about). */
export async function storedCourses<C>(session: Session): Promise<C[]> {
  const value = await storedPeople<{ people: Record<string, { record: { courses: C[] } }> }>(session);
  return Object.values(value?.people ?? {}).flatMap((person) => person.record.courses);
}
