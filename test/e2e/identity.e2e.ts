// Journeys: whose page is it, and what a partial or signed-out page may change. Pages are served
// at the real NREMT addresses; what is stored is read from the extension's own service worker.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { scenarioPage } from './helpers/scenario';
import { panelOf, readyPanel, startSession, storedPeople, uiFrame, type Session } from './helpers/session';

const A_KEY = 'reg:A5550123';
const NAME_LINE = /\s*<p>Sam Okafor &ndash; Advanced EMT &ndash; Registry Number A5550123<\/p>/;

/** Sam Okafor's complete Manage Education page with the line that names him removed. */
function unnamedEducation(): string {
  const html = scenarioPage('nremt-manage-education-complete.html');
  if (!NAME_LINE.test(html)) throw new Error('name line not found');
  return html.replace(NAME_LINE, '');
}

/** Someone else's Manage Education page that names nobody: other courses (other approval numbers). */
function strangersEducation(): string {
  return unnamedEducation().replaceAll('-NESE-', '-QQQQ-').replaceAll(/<td>([A-Z][^<]{3,80})<\/td><td>(\d\d\/\d\d)/g, '<td>Stranger’s $1</td><td>$2');
}

/** The first `keep` course rows of the complete page and a pager that says how many there are. */
function pagedEducation(keep: number, total: number): string {
  let seen = 0;
  const lines = scenarioPage('nremt-manage-education-complete.html')
    .split('\n')
    .filter((line) => !/^\s*<tr><td/.test(line) || ++seen <= keep);
  return lines.join('\n').replace('</main>', `<p>Showing 1–${keep} of ${total} courses</p>\n</main>`);
}

/** The page while its course list is still loading: the first rows are in, "Loading…" below. */
function loadingEducation(): string {
  let seen = 0;
  return scenarioPage('nremt-manage-education-complete.html')
    .split('\n')
    .filter((line) => !/^\s*<tr><td/.test(line) || ++seen <= 3)
    .join('\n')
    .replace('</main>', '<p>Loading…</p>\n</main>');
}

const SIGNED_OUT = `<!DOCTYPE html><html><head><title>Sign In - NREMT</title></head><body>
<main><h1>Sign In</h1><p>You have been signed out.</p>
<form><label>Username <input name="u"></label><label>Password <input type="password" name="p"></label><button>Sign In</button></form>
</main></body></html>`;

interface StoredPeople {
  people: Record<string, { record: { courses: Array<{ title: string }> } }>;
  pending?: Record<string, unknown>;
}

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  clear(): Promise<void>;
}
type WorkerGlobal = { chrome: { storage: { local: StorageArea; session: StorageArea } } };

async function stored(session: Session): Promise<StoredPeople> {
  return (await storedPeople<StoredPeople>(session)) ?? { people: {} };
}

async function clearAll(session: Session): Promise<void> {
  await session.serviceWorker.evaluate(async () => {
    const { storage } = (globalThis as unknown as WorkerGlobal).chrome;
    await storage.local.clear();
    await storage.session.clear();
  });
}

async function closeAll(session: Session): Promise<void> {
  for (const page of session.context.pages()) await page.close();
}

const titles = (people: StoredPeople, key: string) => people.people[key]?.record.courses.map((c) => c.title) ?? [];

describe('identity, partial pages and signing out', () => {
  let session: Session;
  beforeAll(async () => {
    const site = new ReplicaSite()
      .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
      .set(`${NREMT_ORIGIN}/manage-education`, scenarioPage('nremt-manage-education-complete.html'))
      .set(`${NREMT_ORIGIN}/unnamed/manage-education`, unnamedEducation())
      .set(`${NREMT_ORIGIN}/stranger/manage-education`, strangersEducation())
      .set(`${NREMT_ORIGIN}/paged/manage-education`, pagedEducation(10, 15))
      .set(`${NREMT_ORIGIN}/loading/manage-education`, loadingEducation())
      .set(`${NREMT_ORIGIN}/sign-in`, SIGNED_OUT);
    session = await startSession(site);
  });
  afterAll(async () => session?.close());
  beforeEach(async () => {
    await closeAll(session);
    await clearAll(session);
  });

  async function readAsSam(): Promise<string[]> {
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
    await readyPanel(await session.open(`${NREMT_ORIGIN}/manage-education`));
    const courses = titles(await stored(session), A_KEY);
    expect(courses).toHaveLength(15);
    return courses;
  }

  it("a stranger's unnamed education page on a shared computer does not replace Sam's courses, and the panel asks", async () => {
    const before = await readAsSam();
    const page = await session.open(`${NREMT_ORIGIN}/stranger/manage-education`);
    const question = (await panelOf(page)).getByTestId('held-question');
    await question.waitFor({ timeout: 15_000 });
    expect(await question.textContent()).toContain('Whose courses are these?');
    expect(await (await panelOf(page)).getByTestId('total-remaining').count()).toBe(0);
    const now = await stored(session);
    expect(titles(now, A_KEY)).toEqual(before);
    expect(Object.keys(now.pending ?? {})).toHaveLength(1);

    // "Not saved — discard it": the held page is gone, Sam's courses still untouched.
    await (await panelOf(page)).getByTestId('held-discard').click();
    // The default 1 s poll was too short once on CI's machine (the click goes frame -> content
    // script -> background -> storage); 10 s like the other storage polls here.
    const held = async () => Object.keys((await stored(session)).pending ?? {}).length;
    await expect.poll(held, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => question.count(), { timeout: 10_000 }).toBe(0);
    // And it stays discarded: a re-read of the same unchanged page does not ask again.
    await page.waitForTimeout(1_500);
    expect(await held()).toBe(0);
    expect(titles(await stored(session), A_KEY)).toEqual(before);
  });

  it('an unnamed education page read just before the dashboard joins the person the dashboard names', async () => {
    await readyPanel(await session.open(`${NREMT_ORIGIN}/unnamed/manage-education`));
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
    const now = await stored(session);
    expect(Object.keys(now.people)).toEqual([A_KEY]);
    expect(titles(now, A_KEY)).toHaveLength(15);
  });

  it('a dashboard and an unnamed education page loading at the same moment make one person', async () => {
    for (let run = 0; run < 3; run++) {
      await closeAll(session);
      await clearAll(session);
      const [dashboard, education] = await Promise.all([session.context.newPage(), session.context.newPage()]);
      await Promise.all([
        dashboard.goto(`${NREMT_ORIGIN}/dashboard`, { waitUntil: 'load' }),
        education.goto(`${NREMT_ORIGIN}/unnamed/manage-education`, { waitUntil: 'load' }),
      ]);
      await Promise.all([readyPanel(dashboard), readyPanel(education)]);
      await expect.poll(async () => titles(await stored(session), A_KEY).length, { timeout: 10_000 }).toBe(15);
      expect(Object.keys((await stored(session)).people), `run ${run}`).toEqual([A_KEY]);
    }
  });

  it('"Showing 1–10 of 15" keeps the 15 stored courses and says what it could not see', async () => {
    const before = await readAsSam();
    const page = await session.open(`${NREMT_ORIGIN}/paged/manage-education`);
    const note = (await panelOf(page)).getByTestId('page-note');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toContain('Only 10 of 15 courses are on this page');
    expect(titles(await stored(session), A_KEY)).toEqual(before);
  });

  it('a course list still "Loading…" does not empty what is stored', async () => {
    const before = await readAsSam();
    const page: Page = await session.open(`${NREMT_ORIGIN}/loading/manage-education`);
    await (await uiFrame(page, 'panel')).locator('[data-testid="recert-panel"]:not([data-state="loading"])').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    expect(titles(await stored(session), A_KEY)).toEqual(before);
  });

  it('a signed-out page shows nobody’s data', async () => {
    await readAsSam();
    const page = await session.open(`${NREMT_ORIGIN}/sign-in`);
    await (await panelOf(page)).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1000);
    const text = (await (await panelOf(page)).textContent()) ?? '';
    expect(text).not.toContain('Sam Okafor');
    expect(await (await panelOf(page)).getByTestId('total-remaining').count()).toBe(0);
  });
});
