// Journey: Sam signs out of eLicensing on a shared station computer and someone else signs in
// and opens their renewal application (a page that names nobody). It must not become Sam's
// Step B: the sign-out page ended the browsing session. Pages are served at the real addresses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELICENSING_ORIGIN, NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { elicensingPage, scenarioPage, Y } from './helpers/scenario';
import { readyPanel, readyStrip, startSession, storedPeople, type Session } from './helpers/session';

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

const NAME_LINE = /\s*<p>Sam Okafor &ndash; Advanced EMT &ndash; Registry Number A5550123<\/p>/;

/** Sam's complete Manage Education page with the line that names him removed. */
function unnamedEducation(): string {
  const html = scenarioPage('nremt-manage-education-complete.html');
  if (!NAME_LINE.test(html)) throw new Error('name line not found');
  return html.replace(NAME_LINE, '');
}

/** NREMT's sign-in page, as after Sign Out. */
const NREMT_SIGN_IN = `<!DOCTYPE html><html><head><title>Sign In - NREMT</title></head><body>
<main><h1>Sign In</h1><p>You have been signed out.</p>
<form><label>Username <input name="u"></label><label>Password <input type="password" name="p"></label><button>Sign In</button></form>
</main></body></html>`;

/** Another provider's NREMT dashboard, so two people are known on this computer. */
function leesDashboard(): string {
  return scenarioPage('nremt-dashboard.html').replaceAll('Sam Okafor', 'Lee Chan').replaceAll('A5550123', 'A7770999');
}

interface StoredPeople {
  people: Record<string, { record: { renewal?: { state: string | null }; license?: { number: string | null } } }>;
  pending?: Record<string, { snapshot: { kind: string } }>;
}

async function stored(session: Session): Promise<StoredPeople> {
  return (await storedPeople<StoredPeople>(session)) ?? { people: {} };
}

const LEE = 'reg:A7770999';

/** Lee's dashboard read and stored, so two people are known (closing the tab before the read would leave Sam the only one). */
async function knowLee(session: Session): Promise<void> {
  const page = await session.open(`${NREMT_ORIGIN}/lee/dashboard`);
  await expect.poll(async () => LEE in (await stored(session)).people, { timeout: 15_000 }).toBe(true);
  await page.close();
}

describe('signing out of eLicensing ends the browsing session', () => {
  let session: Session;
  beforeAll(async () => {
    const site = new ReplicaSite()
      .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
      .set(`${NREMT_ORIGIN}/lee/dashboard`, leesDashboard())
      .set(`${NREMT_ORIGIN}/manage-education`, scenarioPage('nremt-manage-education-complete.html'))
      .set(`${NREMT_ORIGIN}/unnamed/manage-education`, unnamedEducation())
      .set(`${NREMT_ORIGIN}/sign-in`, NREMT_SIGN_IN)
      .set(LICENSE_URL, elicensingPage(Y))
      .set(SIGNED_OUT_URL, SIGNED_OUT)
      .set(RENEWAL_URL, scenarioPage('elicensing-renewal-paid.html').replaceAll('Sam Okafor', 'Lee Chan'));
    session = await startSession(site);
  });
  afterAll(async () => session?.close());

  it("the next person's unnamed renewal page is held, not filed as Sam's Step B", async () => {
    await knowLee(session);
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

  it('signing out of NREMT in one tab ends the session of the tab opened from it', async () => {
    await session.serviceWorker.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> }; session: { clear(): Promise<void> } } } }).chrome;
      await storage.local.clear();
      await storage.session.clear();
    });
    await knowLee(session);
    const first = await session.open(`${NREMT_ORIGIN}/dashboard`);
    await readyPanel(first);
    // A second tab opened from Sam's: his session, named by his Manage Education page.
    const [second] = await Promise.all([
      session.context.waitForEvent('page'),
      first.evaluate((url) => void window.open(url), `${NREMT_ORIGIN}/manage-education`),
    ]);
    await second.waitForLoadState('load');
    await readyPanel(second);
    // Sam signs out in the first tab; whoever signs in next opens Manage Education in the second.
    await first.goto(`${NREMT_ORIGIN}/sign-in`, { waitUntil: 'load' });
    await first.waitForTimeout(1500);
    await second.goto(`${NREMT_ORIGIN}/unnamed/manage-education`, { waitUntil: 'load' });
    await expect.poll(async () => Object.values((await stored(session)).pending ?? {}).map((p) => p.snapshot.kind), { timeout: 15_000 }).toContain(
      'nremt-education',
    );
  });
});
