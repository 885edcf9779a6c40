// Launches Debian's Chromium with the built extension loaded in a throw-away profile.
// Shared by the end-to-end tests and the demo so both run the extension the same way.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROME_BUILD_DIR = join(PROJECT_ROOT, '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  /** chrome-extension://ID/<page> */
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

/** The Chromium to drive; a missing browser is an error with the fix, never a skipped test. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist. ${INSTALL_HINT}`);
  }
  const candidates = ['/usr/bin/chromium', ...(env.PATH ?? '').split(delimiter).flatMap((dir) => [join(dir, 'chromium'), join(dir, 'chromium-browser')])];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(`Chromium not found at /usr/bin/chromium or on PATH. ${INSTALL_HINT}`);
  return found;
}

/** Flags every Chromium run here needs: no sandbox as root, and no background traffic of its own. */
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const INSTALL_HINT =
  "Install Debian's Chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium " +
  '(not Chrome: Chrome ignores --load-extension) binary. Playwright browser downloads are not used.';

export async function launchWithExtension(options: { headless: boolean }): Promise<ExtensionBrowser> {
  if (!existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${CHROME_BUILD_DIR}: run "npx wxt build" first.`);
  }
  // Service-worker network events let the tests see requests made by the background too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const workDir = mkdtempSync(join(tmpdir(), 'recert-copilot-'));
  const profileDir = join(workDir, 'profile');
  // A private copy of the build: a rebuild of .output/ during a run (another build, `npm run
  // zip`) cannot swap files under a running extension.
  const extensionDir = join(workDir, 'extension');
  cpSync(CHROME_BUILD_DIR, extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_BASE_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker: worker,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    async close() {
      await context.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
