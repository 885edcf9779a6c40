// Journey: NREMT renewed (Step A) but eLicensing still shows the old date: "Step B not done" on
// NREMT pages and in the popup; visiting eLicensing once it shows the new date clears it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELICENSING_ORIGIN, NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { elicensingPage, scenarioPage, Y } from './helpers/scenario';
import { readyPanel, readyStrip, startSession, type Session } from './helpers/session';

const LICENSE_URL = `${ELICENSING_ORIGIN}/s/manage-licenses-applications`;

/** Opens the popup (as an extension page) and returns its root once it shows a report. */
async function openPopup(session: Session) {
  const popup = await session.open(session.extensionUrl('popup.html'));
  const root = popup.getByTestId('popup');
  await root.waitFor({ timeout: 10_000 });
  return root;
}

async function stripOn(page: Page) {
  return readyStrip(page);
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
    const popup = await openPopup(session);
    await expect.poll(() => popup.textContent()).toContain('Step B not done');
  });

  it('clears once eLicensing shows the new date (March 31, Y+2)', async () => {
    session.site.set(LICENSE_URL, elicensingPage(Y + 2));
    // From the NREMT tab, so the license is filed under the person the dashboard names.
    const license = await session.open(`${NREMT_ORIGIN}/dashboard`);
    await readyPanel(license);
    await license.goto(LICENSE_URL, { waitUntil: 'load' });
    const strip = await stripOn(license);
    await expect.poll(() => strip.textContent()).not.toContain('Step B not done');

    const dashboard = await session.open(`${NREMT_ORIGIN}/dashboard`);
    const panel = await readyPanel(dashboard);
    expect(await panel.getByTestId('step-b-warning').count()).toBe(0);
    expect(await panel.textContent()).not.toContain('Step B not done');
    const popup = await openPopup(session);
    // Wait for the popup to show the stored report (the numbers or the step statuses) first.
    await popup.getByText(/Step B/).first().waitFor({ timeout: 10_000 });
    expect(await popup.textContent()).not.toContain('Step B not done');
  });
});
