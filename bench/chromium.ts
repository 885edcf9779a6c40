// Chromium with or without the built extension, for side-by-side timing. Same flags for both,
// so the only difference between the two profiles is the extension.
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_BASE_ARGS } from '../scripts/lib/extension-browser';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const COMMON_ARGS = [
  ...CHROMIUM_BASE_ARGS,
  // Pages opened one after another must not be throttled as background tabs.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export async function launchChromium(extensionDir: string | null): Promise<BrowserContext> {
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions'];
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...extensionArgs, ...COMMON_ARGS],
  });
}

/** Waits for the extension's service worker (it proves the extension loaded). */
export async function extensionLoaded(context: BrowserContext, timeoutMs = 10_000): Promise<boolean> {
  if (context.serviceWorkers().length > 0) return true;
  try {
    await context.waitForEvent('serviceworker', { timeout: timeoutMs });
    return true;
  } catch {
    return false;
  }
}
