// The privacy promise, in the browser: what was read is in storage.local only, Options exports
// it as JSON, and "Delete all data" leaves nothing of it behind.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { replicaPages } from './helpers/scenario';
import { readyPanel, startSession, type Session } from './helpers/session';

// From test/fixtures/replica/nremt-dashboard.html.
const REGISTRY_NUMBER = 'A3187642';

/** The extension's `chrome.storage` as seen from its service worker (typed here: tests run in Node). */
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
}
type WorkerGlobal = { chrome: { storage: { local: StorageArea; sync: StorageArea } } };

async function storedText(session: Session, area: 'local' | 'sync' = 'local'): Promise<string> {
  return session.serviceWorker.evaluate(
    async (name) => JSON.stringify(await (globalThis as unknown as WorkerGlobal).chrome.storage[name].get(null)),
    area,
  );
}

describe('your data: storage.local, export, delete', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(new ReplicaSite(replicaPages()));
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
    await readyPanel(await session.open(`${NREMT_ORIGIN}/manage-education`));
  });
  afterAll(async () => session?.close());

  it('keeps what it read in storage.local, and Options exports it as JSON', async () => {
    expect(await storedText(session)).toContain(REGISTRY_NUMBER);
    expect(await storedText(session, 'sync')).toBe('{}');

    const options = await session.open(session.extensionUrl('options.html'));
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export').click()]);
    const exported = await readFile(await download.path(), 'utf8');
    expect(() => JSON.parse(exported)).not.toThrow();
    expect(exported).toContain(REGISTRY_NUMBER);
    expect(exported).toContain('Incident Command Overview');
  });

  it('"Delete all data" removes it: storage holds none of it and the popup has nothing read', async () => {
    const options = await session.open(session.extensionUrl('options.html'));
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByTestId('delete-all').click();
    await expect.poll(() => storedText(session)).not.toContain(REGISTRY_NUMBER);
    expect(await storedText(session)).not.toContain('Incident Command Overview');

    const popup = await session.open(session.extensionUrl('popup.html'));
    await popup.getByTestId('nothing-read').waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('remaining-national').count()).toBe(0);
  });
});
