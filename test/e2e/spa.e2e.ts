// Journey: NREMT as a single-page app: a view change (history.pushState, content arriving
// later) is read without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { spaPage } from './helpers/scenario';
import { readyPanel, remainingIn, startSession, type Session } from './helpers/session';

describe('single-page-app view change', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(new ReplicaSite().set(`${NREMT_ORIGIN}/dashboard`, spaPage()));
  });
  afterAll(async () => session?.close());

  it('reads Manage Education after an in-app navigation from the dashboard', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/dashboard`);
    await readyPanel(page);
    const documentId = await page.evaluate(() => (window as { __spaDocument?: number }).__spaDocument);

    await page.getByRole('link', { name: 'Manage Education' }).click();
    await page.waitForURL(`${NREMT_ORIGIN}/manage-education`);
    await page.getByRole('heading', { name: 'Manage Education' }).waitFor();

    // By hand (see spaPage()): National 23 of 25 -> 2, Local 8.5 of 12.5 -> 4, Individual 0, total 6.
    const panel = await readyPanel(page);
    await expect
      .poll(async () => remainingIn(panel).catch(() => null), { timeout: 15_000 })
      .toEqual({ national: 2, local: 4, individual: 0, total: 6 });
    // Same document: the page was never reloaded.
    expect(await page.evaluate(() => (window as { __spaDocument?: number }).__spaDocument)).toBe(documentId);
  });
});
