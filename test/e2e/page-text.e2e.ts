// Page text cannot disturb the UI: a 10,000-character course title and a right-to-left override
// in another neither widen the side panel or the in-page panel nor reorder the extension's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { scenarioPage, Y } from './helpers/scenario';
import { readyPanel, startSession, uiFrame, type Session } from './helpers/session';

const LONG_TITLE = `Pharmacology${'X'.repeat(10_000)}`;
const RLO_TITLE = '\u202eweiveR lacideM';

function pageWithHostileTitles(): string {
  const rows = [LONG_TITLE, RLO_TITLE]
    .map((title) => `<tr><td>${title}</td><td>09/09/${Y - 1}</td><td>1</td><td>&mdash;</td></tr>`)
    .join('\n');
  const html = scenarioPage('nremt-manage-education-complete.html');
  if (!html.includes('<!-- end of individual rows -->')) throw new Error('marker missing');
  return html.replace('<!-- end of individual rows -->', rows);
}

describe('page text in the UI', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(
      new ReplicaSite()
        .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
        .set(`${NREMT_ORIGIN}/manage-education`, pageWithHostileTitles()),
    );
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
  });
  afterAll(async () => session?.close());

  it('a 10,000-character title wraps: neither panel grows wider than its frame or window', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/manage-education`);
    const panel = await readyPanel(page);
    await expect.poll(() => panel.getByTestId('course-problems').textContent()).toContain('Pharmacology');
    const frame = await uiFrame(page, 'panel');
    const inFrame = await frame.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
    expect(inFrame.scroll).toBeLessThanOrEqual(inFrame.width + 1);
    expect(inFrame.width).toBeLessThanOrEqual(400);

    const side = await session.open(session.extensionUrl('sidepanel.html'));
    await side.setViewportSize({ width: 400, height: 800 });
    await expect.poll(() => side.getByTestId('course-problems').textContent(), { timeout: 10_000 }).toContain('Pharmacology');
    const sidePanel = await side.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
    expect(sidePanel.scroll).toBeLessThanOrEqual(sidePanel.width + 1);
  });

  it('a right-to-left override in a title stays inside its own isolate', async () => {
    const side = await session.open(session.extensionUrl('sidepanel.html'));
    const problems = side.getByTestId('course-problems');
    await expect.poll(() => problems.textContent(), { timeout: 10_000 }).toContain('weiveR lacideM');
    const isolated = await problems.evaluate((root, title) => {
      const hits = [...root.querySelectorAll('bdi')].filter((b) => b.textContent === title);
      return hits.length > 0 && hits.every((b) => getComputedStyle(b).unicodeBidi === 'isolate');
    }, RLO_TITLE);
    expect(isolated).toBe(true);
  });
});
