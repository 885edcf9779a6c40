// Journey: a provider mid-cycle opens the dashboard and Manage Education (the bundled replica
// pages) and sees the right gaps; the popup and the browser side panel show the same numbers.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { replicaPages } from './helpers/scenario';
import { readyPanel, remainingIn, startSession, type Remaining, type Session } from './helpers/session';

// Worked by hand from test/fixtures/replica/ (AEMT: National 25 = Airway 5, Cardiovascular 6,
// Trauma 4, Medical 7, Operations 3; Local 12.5; Individual 12.5; cycle 2025-02-11..2027-03-31):
// - Trauma: "Hemorrhage Control" 01/15/2025 is before the cycle start, so only 2 of 4 -> 2 left.
// - Operations: "Incident Command Overview" has no approval number, so 1.5 of 3 -> 1.5 left.
// - Medical: the second "Stroke Recognition and Triage" is a repeat; 3 + 2 + 2 = 7 of 7.
// National 5 + 6 + 2 + 7 + 1.5 = 21.5 -> 3.5 left. Local 2 + 4 + 2 = 8 -> 4.5 left.
// Individual 2 + 1.5 + 2 = 5.5 -> 7 left. Total 3.5 + 4.5 + 7 = 15 left.
/** The "N h left" at the end of the list row that starts with `name` (a National topic). */
async function hoursLeftInRow(panel: Locator, name: string): Promise<number> {
  const row = panel.getByRole('listitem').filter({ hasText: new RegExp(`^\\s*${name}`) }).first();
  const text = (await row.textContent()) ?? '';
  const match = /(\d+(?:\.\d+)?) h left\s*$/.exec(text);
  if (!match) throw new Error(`No "h left" at the end of the ${name} row: "${text}"`);
  return Number(match[1]);
}

const EXPECTED: Remaining = { national: 3.5, local: 4.5, individual: 7, total: 15 };

describe('mid-cycle provider (replica pages)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(new ReplicaSite(replicaPages()));
  });
  afterAll(async () => session?.close());

  it('dashboard then Manage Education: the panel shows what is left per component', async () => {
    const dashboard = await session.open(`${NREMT_ORIGIN}/dashboard`);
    await readyPanel(dashboard);

    const education = await session.open(`${NREMT_ORIGIN}/manage-education`);
    const panel = await readyPanel(education);
    expect(await remainingIn(panel)).toEqual(EXPECTED);
    // The gaps inside National: Trauma 2 h and Operations 1.5 h (the other topics are full).
    expect(await hoursLeftInRow(panel, 'Trauma')).toBe(2);
    expect(await hoursLeftInRow(panel, 'Operations')).toBe(1.5);
    // The courses that earn nothing are named, so the provider knows what to fix.
    const problems = panel.getByTestId('course-problems');
    for (const title of ['Hemorrhage Control (Stop the Bleed)', 'Stroke Recognition and Triage', 'Incident Command Overview']) {
      await expect.poll(() => problems.textContent(), { message: title }).toContain(title);
    }
  });

  it('with hours still missing, the application page gets no Submit reminder and no outline', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/recertification-application`);
    const panel = await readyPanel(page);
    expect(await remainingIn(panel)).toEqual(EXPECTED);
    expect(await panel.getByTestId('submit-reminder').count()).toBe(0);
    expect(await page.locator('[data-recert-copilot-highlight]').count()).toBe(0);
  });

  it('the popup and the browser side panel (as extension pages) show the same numbers', async () => {
    const popup = await session.open(session.extensionUrl('popup.html'));
    const popupRoot = popup.getByTestId('popup');
    await popupRoot.waitFor({ timeout: 10_000 });
    expect(await remainingIn(popupRoot)).toEqual(EXPECTED);

    const side = await session.open(session.extensionUrl('sidepanel.html'));
    const sideRoot = side.getByTestId('sidepanel');
    await sideRoot.waitFor({ timeout: 10_000 });
    expect(await remainingIn(sideRoot)).toEqual(EXPECTED);
  });
});
