// Journey: Sam signs out of eLicensing on a shared station computer and someone else signs in
// and opens their renewal application (a page that names nobody). It must not become Sam's
// Step B: the sign-out page ended the browsing session. Pages are served at the real addresses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELICENSING_ORIGIN, NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { elicensingPage, scenarioPage, Y } from './helpers/scenario';
import { readyPanel, readyStrip, startSession, type Session } from './helpers/session';

const SAM = 'reg:A5550123';
const LICENSE_URL = `${ELICENSING_ORIGIN}/s/manage-licenses-applications`;
const RENEWAL_URL = `${ELICENSING_ORIGIN}/s/renewal-application?step=review-submit`;
const SIGNED_OUT_URL = `${ELICENSING_ORIGIN}/s/login?loggedout=1`;

/** eLicensing's page after Log Out: the sign-in form again. */
const SIGNED_OUT = `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body>
<div class="top">Health Professions Licensing</div>
<main><p>You have successfully logged out.</p>
<form><label>Username <input name="username"></label><label>Password <input type="password" name="pw"></label><button type="button">Log In</button></form>
</main></body></html>`;

/** Another provider's NREMT dashboard, so two people are known on this computer. */
function leesDashboard(): string {
  return scenarioPage('nremt-dashboard.html').replaceAll('Sam Okafor', 'Lee Chan').replaceAll('A5550123', 'A7770999');
}

interface StoredPeople {
  people: Record<string, { record: { renewal?: { state: string | null }; license?: { number: string | null } } }>;
  pending?: Record<string, { snapshot: { kind: string } }>;
}
type WorkerGlobal = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };

async function stored(session: Session): Promise<StoredPeople> {
  const value = await session.serviceWorker.evaluate(async () => (await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('people')).people);
  return (value ?? { people: {} }) as StoredPeople;
}

describe('signing out of eLicensing ends the browsing session', () => {
  let session: Session;
  beforeAll(async () => {
    const site = new ReplicaSite()
      .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
      .set(`${NREMT_ORIGIN}/lee/dashboard`, leesDashboard())
      .set(LICENSE_URL, elicensingPage(Y))
      .set(SIGNED_OUT_URL, SIGNED_OUT)
      .set(RENEWAL_URL, scenarioPage('elicensing-renewal-paid.html').replaceAll('Sam Okafor', 'Lee Chan'));
    session = await startSession(site);
  });
  afterAll(async () => session?.close());

  it("the next person's unnamed renewal page is held, not filed as Sam's Step B", async () => {
    await (await session.open(`${NREMT_ORIGIN}/lee/dashboard`)).close();
    // Sam, in one tab: NREMT dashboard (who this is), the license, then Log Out.
    const page = await session.open(`${NREMT_ORIGIN}/dashboard`);
    await readyPanel(page);
    await page.goto(LICENSE_URL, { waitUntil: 'load' });
    await readyStrip(page);
    await expect.poll(async () => (await stored(session)).people[SAM]?.record.license?.number ?? null).not.toBeNull();
    await page.goto(SIGNED_OUT_URL, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    // Someone else signs in and opens their renewal application in the same tab.
    await page.goto(RENEWAL_URL, { waitUntil: 'load' });
    await expect.poll(async () => Object.values((await stored(session)).pending ?? {}).map((p) => p.snapshot.kind), { timeout: 15_000 }).toContain(
      'elicensing-renewal',
    );
    expect((await stored(session)).people[SAM]?.record.renewal).toBeUndefined();
  });
});
