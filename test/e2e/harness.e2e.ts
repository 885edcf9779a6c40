// The harness itself: the built extension loads in Debian's Chromium and the routing works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/lib/extension-browser';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { startSession, type Session } from './helpers/session';

describe('browser harness', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(new ReplicaSite().set(`${NREMT_ORIGIN}/hello`, '<!doctype html><title>hi</title><p>hello'));
  });
  afterAll(async () => session?.close());

  it('loads the extension (its service worker runs under a chrome-extension:// id)', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await session.open(session.extensionUrl('manifest.json'));
    const manifest = JSON.parse((await page.locator('body').textContent()) ?? '{}') as { name?: string };
    expect(manifest.name).toBe('Recert Copilot');
  });

  it('serves replica pages at the real address and blocks everything else', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/hello`);
    await expect(page.locator('body > p').textContent()).resolves.toBe('hello');
    await expect(page.goto('https://elsewhere.invalid/')).rejects.toThrow();
    expect(session.site.blocked).toContain('https://elsewhere.invalid/');
  });

  it('sees requests made by the extension\'s service worker (so the no-request check can fail)', async () => {
    await session.serviceWorker.evaluate(() => fetch('https://sw-canary.invalid/').catch(() => undefined));
    await expect.poll(() => session.site.blocked).toContain('https://sw-canary.invalid/');
    expect(session.requests).toContainEqual({ url: 'https://sw-canary.invalid/', from: 'service-worker' });
  });

  it('a missing Chromium is an error that says how to install it', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(/apt-get install -y chromium/);
  });
});
