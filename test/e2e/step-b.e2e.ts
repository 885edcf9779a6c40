// Journey: NREMT renewed (Step A) but eLicensing still shows the old date: "Step B not done" on
// NREMT pages and in the popup; visiting eLicensing once it shows the new date clears it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELICENSING_ORIGIN, NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { elicensingPage, scenarioPage, Y } from './helpers/scenario';
import { readyPanel, startSession, type Session } from './helpers/session';

const LICENSE_URL = `${ELICENSING_ORIGIN}/s/manage-licenses-applications`;

async function popupText(session: Session): Promise<string> {
  const popup = await session.open(session.extensionUrl('popup.html'));
  const root = popup.getByTestId('popup');
  await root.waitFor({ timeout: 10_000 });
  // Let the popup load the stored report before reading it.
  await popup.waitForTimeout(500);
  const text = (await root.textContent()) ?? '';
  await popup.close();
  return text;
}

async function stripOn(page: Page) {
  const strip = page.locator('recert-copilot-strip [data-testid="step-b-strip"]');
  await strip.waitFor({ timeout: 15_000 });
  return strip;
}

describe('Step A renewed on NREMT, Step B (eLicensing) not yet', () => {
  let session: Session;
  beforeAll(async () => {
    const site = new ReplicaSite()
      .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard-renewed.html'))
      // eLicensing still shows March 31 of year Y: the state license has not been renewed.
      .set(LICENSE_URL, elicensingPage(Y));
    session = await startSession(site);
  });
  afterAll(async () => session?.close());

  it('shows "Step B not done" on NREMT pages and in the popup', async () => {
    await stripOn(await session.open(LICENSE_URL));
    const dashboard = await session.open(`${NREMT_ORIGIN}/dashboard`);
    const panel = await readyPanel(dashboard);
    await expect.poll(() => panel.getByTestId('step-b-warning').textContent()).toContain('Step B not done');
    expect(await popupText(session)).toContain('Step B not done');
  });

  it('clears once eLicensing shows the new date (March 31, Y+2)', async () => {
    session.site.set(LICENSE_URL, elicensingPage(Y + 2));
    const license = await session.open(LICENSE_URL);
    const strip = await stripOn(license);
    await expect.poll(() => strip.textContent()).not.toContain('Step B not done');

    const dashboard = await session.open(`${NREMT_ORIGIN}/dashboard`);
    const panel = await readyPanel(dashboard);
    expect(await panel.getByTestId('step-b-warning').count()).toBe(0);
    expect(await panel.textContent()).not.toContain('Step B not done');
    expect(await popupText(session)).not.toContain('Step B not done');
  });
});
