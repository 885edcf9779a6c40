// The security promises: page text is shown as text (nothing from a course title runs), the
// extension makes no network request of its own, and it does not run on other sites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELICENSING_ORIGIN, NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { elicensingPage, hostileEducationPage, HOSTILE_TITLES, replicaPages, scenarioPage, Y } from './helpers/scenario';
import { readyPanel, readyStrip, startSession, type Session } from './helpers/session';

const OTHER_SITE = 'https://example.org';
const LICENSE_URL = `${ELICENSING_ORIGIN}/s/manage-licenses-applications`;

describe('security promises', () => {
  let session: Session;
  beforeAll(async () => {
    const replica = replicaPages();
    const dashboardHtml = replica.get(`${NREMT_ORIGIN}/dashboard`);
    if (!dashboardHtml) throw new Error('replica dashboard missing from test/fixtures/replica');
    const site = new ReplicaSite(replica)
      .set(`${NREMT_ORIGIN}/hostile/dashboard`, scenarioPage('nremt-dashboard.html'))
      .set(`${NREMT_ORIGIN}/hostile/manage-education`, hostileEducationPage())
      // The very same pages at an address the extension must ignore.
      .set(`${OTHER_SITE}/dashboard`, dashboardHtml)
      .set(`${OTHER_SITE}/license`, elicensingPage(Y));
    session = await startSession(site);
  });
  afterAll(async () => session?.close());

  it('shows course titles carrying HTML or script as text, and nothing runs', async () => {
    await readyPanel(await session.open(`${NREMT_ORIGIN}/hostile/dashboard`));
    const page = await session.open(`${NREMT_ORIGIN}/hostile/manage-education`);
    const panel = await readyPanel(page);
    // Those rows have no approval number, so the panel names them in its warnings.
    for (const title of HOSTILE_TITLES) {
      await expect.poll(() => panel.textContent(), { message: `panel shows ${title} as text` }).toContain(title);
    }
    expect(await panel.locator('img').count()).toBe(0);
    expect(await panel.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // The side panel lists the same courses: text there too, and nothing runs in the extension page.
    const side = await session.open(session.extensionUrl('sidepanel.html'));
    const problems = side.getByTestId('course-problems');
    for (const title of HOSTILE_TITLES) {
      await expect.poll(() => problems.textContent(), { message: `side panel shows ${title} as text` }).toContain(title);
    }
    expect(await side.locator('[data-testid="sidepanel"] img').count()).toBe(0);
    expect(await side.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('does not run on other sites, even on the same page text', async () => {
    // Positive control: this page does get the panel at NREMT's address.
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));

    const elsewhere = await session.open(`${OTHER_SITE}/dashboard`);
    const license = await session.open(`${OTHER_SITE}/license`);
    await elsewhere.waitForTimeout(1500);
    for (const page of [elsewhere, license]) {
      expect(await page.locator('recert-copilot-panel').count()).toBe(0);
      expect(await page.locator('recert-copilot-strip').count()).toBe(0);
      expect(await page.locator('[data-recert-copilot-highlight]').count()).toBe(0);
    }
  });

  it('makes no network request of its own (pages, background, popup, side panel, options)', async () => {
    for (const url of [
      `${NREMT_ORIGIN}/dashboard`,
      `${NREMT_ORIGIN}/manage-education`,
      `${NREMT_ORIGIN}/recertification-application`,
      LICENSE_URL,
    ]) {
      await readyOrStrip(url);
    }
    for (const extensionPage of ['popup.html', 'sidepanel.html', 'options.html']) {
      const page = await session.open(session.extensionUrl(extensionPage));
      await page.waitForTimeout(500);
    }
    const servedPages = new Set([
      ...[...replicaPages().keys()],
      `${NREMT_ORIGIN}/hostile/dashboard`,
      `${NREMT_ORIGIN}/hostile/manage-education`,
      `${OTHER_SITE}/dashboard`,
      `${OTHER_SITE}/license`,
    ]);
    // chrome-extension:// is the extension's own package (content-script CSS comes from a
    // per-session dynamic id, not the extension id): files, not network.
    const unexpected = session.requests.filter(
      ({ url }) => !url.startsWith('chrome-extension://') && !servedPages.has(url.replace(/[?#].*$/, '')),
    );
    expect(session.requests.length).toBeGreaterThan(0);
    expect(unexpected).toEqual([]);
    expect(session.site.blocked).toEqual([]);
    expect(session.requests.filter(({ from }) => from === 'service-worker')).toEqual([]);
  });

  async function readyOrStrip(url: string): Promise<void> {
    const page = await session.open(url);
    await (url.startsWith(ELICENSING_ORIGIN) ? readyStrip(page) : readyPanel(page));
  }
});
