// Journey: all hours done, application not submitted (but paid): the panel says
// "Click Submit Application" and outlines the page's own button, without ever clicking it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { scenarioPage } from './helpers/scenario';
import { readyPanel, remainingIn, startSession, type Session } from './helpers/session';

describe('all hours done, application not submitted', () => {
  let session: Session;
  beforeAll(async () => {
    const site = new ReplicaSite()
      .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
      .set(`${NREMT_ORIGIN}/manage-education`, scenarioPage('nremt-manage-education-complete.html'))
      .set(`${NREMT_ORIGIN}/recertification-application`, scenarioPage('nremt-application-unsubmitted.html'));
    session = await startSession(site);
  });
  afterAll(async () => session?.close());

  it('shows no hours left after reading Manage Education', async () => {
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
    const panel = await readyPanel(await session.open(`${NREMT_ORIGIN}/manage-education`));
    // Every topic and component is filled exactly (see the comment in the page): nothing left.
    expect(await remainingIn(panel)).toEqual({ national: 0, local: 0, individual: 0, total: 0 });
  });

  it('on the application page: the Submit reminder and an outline on the page\'s own button', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/recertification-application`);
    const panel = await readyPanel(page);
    const reminder = panel.getByTestId('submit-reminder');
    await expect.poll(() => reminder.textContent()).toContain('Click Submit Application');

    const button = page.getByRole('button', { name: 'Submit Application' });
    await expect.poll(() => button.getAttribute('data-recert-copilot-highlight')).toBe('submit');
    const outline = await button.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);
    // Highlighted, never pressed: the page's own submit handler did not run.
    expect(await page.evaluate(() => (window as { __submitted?: boolean }).__submitted)).toBeUndefined();
  });
});
