// Journey: Step B's own trap. The provider paid the state fee on eLicensing's renewal
// application and left before submitting: the strip says so and outlines eLicensing's own
// Submit control, which the extension never clicks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELICENSING_ORIGIN, NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { elicensingPage, scenarioPage, Y } from './helpers/scenario';
import { readyPanel, readyStrip, startSession, type Session } from './helpers/session';

const LICENSE_URL = `${ELICENSING_ORIGIN}/s/manage-licenses-applications`;
const RENEWAL_URL = `${ELICENSING_ORIGIN}/s/renewal-application?step=review-submit`;

describe('eLicensing renewal paid but not submitted', () => {
  let session: Session;
  beforeAll(async () => {
    const site = new ReplicaSite()
      .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
      .set(LICENSE_URL, elicensingPage(Y))
      .set(RENEWAL_URL, scenarioPage('elicensing-renewal-paid.html'));
    session = await startSession(site);
  });
  afterAll(async () => session?.close());

  it('warns "You paid the state fee but did not submit your renewal" and outlines Submit, never clicking it', async () => {
    // One tab, as a provider goes: NREMT dashboard (who this is), the license, then the renewal.
    const page = await session.open(`${NREMT_ORIGIN}/dashboard`);
    await readyPanel(page);
    await page.goto(LICENSE_URL, { waitUntil: 'load' });
    await readyStrip(page);
    await page.goto(RENEWAL_URL, { waitUntil: 'load' });
    const strip = await readyStrip(page);
    await expect.poll(() => strip.textContent()).toContain('You paid the state fee but did not submit your renewal');

    const submit = page.getByRole('button', { name: 'Submit', exact: true });
    await expect.poll(() => submit.getAttribute('data-recert-copilot-highlight')).toBe('submit');
    const outline = await submit.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);
    // The Back button is not outlined; the page's own submit handler never ran.
    expect(await page.getByRole('button', { name: 'Back' }).getAttribute('data-recert-copilot-highlight')).toBeNull();
    expect(await page.evaluate(() => (window as { __submitted?: boolean }).__submitted)).toBeUndefined();
  });
});
