// Manage Education whose own National total ("23.5 of 25 credits") disagrees with the courses it
// lists (they add up to 25): the panel gives both figures, does not call National complete and
// does not ask to Submit Application. Served at the real NREMT addresses in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { scenarioPage } from './helpers/scenario';
import { readyPanel, startSession, type Session } from './helpers/session';

/** Sam Okafor's complete page (every section filled exactly) with National's own total lowered. */
function disagreeingEducation(): string {
  const html = scenarioPage('nremt-manage-education-complete.html');
  const national = '<h2>National</h2>\n    <p>25 of 25 credits</p>';
  if (!html.includes(national)) throw new Error('National total not found');
  return html.replace(national, '<h2>National</h2>\n    <p>23.5 of 25 credits</p>');
}

describe("the page's own figures against the courses read", () => {
  let session: Session;
  beforeAll(async () => {
    const site = new ReplicaSite()
      .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
      .set(`${NREMT_ORIGIN}/manage-education`, disagreeingEducation());
    session = await startSession(site);
  });
  afterAll(async () => session?.close());

  it('the panel says both figures and counts neither as complete', async () => {
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
    const panel = await readyPanel(await session.open(`${NREMT_ORIGIN}/manage-education`));
    const note = panel.getByTestId('page-figures');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toContain('NREMT shows 23.5 h for National; I read 25 h from the courses listed.');
    expect(await panel.getByTestId('remaining-national').textContent()).not.toContain('complete');
    expect(await panel.getByTestId('total-remaining').textContent()).toContain('not confirmed');
    expect(await panel.getByTestId('submit-reminder').count()).toBe(0);
    expect(await panel.getByTestId('step-a-status').getAttribute('data-status')).not.toBe('ready-to-submit');
  });
});
