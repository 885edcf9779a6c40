// What the page itself can and cannot do to the extension: its scripts cannot read the panel or
// the strip (extension pages framed inside closed shadow roots; not even window.find() sees
// them, which it does for text in a closed shadow root), a ticking countdown costs no storage writes, a page that keeps
// changing is still read once it fills in, and a hidden decoy "Submit Application" link does not
// take the outline from the real button.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELICENSING_ORIGIN, NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { elicensingPage, scenarioPage, Y } from './helpers/scenario';
import { readyPanel, readyStrip, remainingIn, startSession, type Session } from './helpers/session';

const LICENSE_URL = `${ELICENSING_ORIGIN}/s/manage-licenses-applications`;
const NAME = 'Sam Okafor';

/** Inserts `html` before `marker` (which must be in the page). */
function insertBefore(page: string, marker: string, html: string): string {
  if (!page.includes(marker)) throw new Error(`marker ${marker} not in page`);
  return page.replace(marker, `${html}${marker}`);
}

/** The complete Manage Education page with a session countdown and a rotating banner ticking every 200 ms. */
function tickingEducationPage(): string {
  const clock = `<p id="clock">Your session expires in 15:00</p><p id="banner">Tip: keep your certificates for five years.</p>
<script>
  let left = 900, slide = 0;
  const tips = ['Tip: keep your certificates for five years.', 'Tip: CAPCE numbers look like 25-ABC-F3-0101.', 'Tip: pay the fee, then click Submit Application.'];
  setInterval(() => {
    left--;
    document.getElementById('clock').textContent = 'Your session expires in ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left % 5 === 0) document.getElementById('banner').textContent = tips[++slide % tips.length];
  }, 200);
</script>`;
  return insertBefore(scenarioPage('nremt-manage-education-complete.html'), '</body>', clock);
}

/**
 * Manage Education that shows "Loading…" (a spinner changing every 50 ms, forever) and fills its
 * table in after 1.5 s: the content keeps changing, so a plain debounce would never fire.
 */
function neverSettlingEducationPage(): string {
  const complete = scenarioPage('nremt-manage-education-complete.html');
  const main = /<main>([\s\S]*)<\/main>/.exec(complete)?.[1];
  if (!main) throw new Error('no <main>');
  return complete.replace(
    /<main>[\s\S]*<\/main>/,
    `<main><h1>Manage Education</h1><p id="spinner">Loading.</p><template id="later">${main.replace(/<h1>[^<]*<\/h1>/, '')}</template></main>
<script>
  let dots = 0;
  setInterval(() => { document.getElementById('spinner').textContent = 'Loading' + '.'.repeat(1 + (dots++ % 3)) + ' ' + Date.now(); }, 50);
  setTimeout(() => { const t = document.getElementById('later'); t.replaceWith(t.content.cloneNode(true)); }, 1500);
</script>`,
  );
}

/** The unsubmitted application with a hidden "Submit Application" link before the real button. */
function decoyApplicationPage(): string {
  return insertBefore(
    scenarioPage('nremt-application-unsubmitted.html'),
    '<button class="submit" type="submit">Submit Application</button>',
    '<a href="#" id="decoy" style="display:none">Submit Application</a>',
  );
}

/** Counts storage.local changes seen by the extension's service worker from now on. */
async function countStorageWrites(session: Session): Promise<() => Promise<number>> {
  await session.serviceWorker.evaluate(() => {
    type Chrome = { storage: { onChanged: { addListener(fn: (changes: unknown, area: string) => void): void } } };
    const scope = globalThis as unknown as { __writes?: number; __counting?: boolean; chrome: Chrome };
    scope.__writes = 0;
    if (!scope.__counting) {
      scope.__counting = true;
      scope.chrome.storage.onChanged.addListener((_changes, area) => {
        if (area === 'local') scope.__writes = (scope.__writes ?? 0) + 1;
      });
    }
  });
  return () => session.serviceWorker.evaluate(() => (globalThis as unknown as { __writes: number }).__writes);
}

/** Everything a page script can try to read the extension's UI with, run in the page's own world. */
function spy(page: Page, secrets: string[]) {
  return page.evaluate((secrets) => {
    const found: string[] = [];
    const leak = (how: string, text: string | null | undefined) => {
      for (const secret of secrets) if (text && text.includes(secret)) found.push(`${how}: ${secret}`);
    };
    const hosts = [...document.querySelectorAll('recert-copilot-panel, recert-copilot-strip')];
    for (const host of hosts) {
      leak('host.shadowRoot', host.shadowRoot ? host.shadowRoot.textContent : null);
      leak('host.textContent', host.textContent);
      leak('host.innerHTML', host.innerHTML);
      leak('host.outerHTML', host.outerHTML);
      leak('host.innerText', (host as HTMLElement).innerText);
      const getHTML = (host as Element & { getHTML?: (o: object) => string }).getHTML;
      if (getHTML) leak('host.getHTML', getHTML.call(host, { serializableShadowRoots: true }));
    }
    leak('querySelector', document.querySelector('[data-testid="recert-panel"], [data-testid="step-b-strip"]')?.textContent);
    leak('document.body.innerText', document.body.innerText);
    leak('document.documentElement.outerHTML', document.documentElement.outerHTML);
    // Walk every element and every open shadow root the page can reach.
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === 3) leak('walk', node.nodeValue);
        const shadow = (node as Element).shadowRoot;
        if (shadow) walk(shadow);
      }
    };
    walk(document);
    const selection = getSelection();
    if (selection) {
      selection.selectAllChildren(document.body);
      leak('selection', selection.toString());
      selection.removeAllRanges();
    }
    // window.find searches what is rendered: a hit on words the page itself does not show is ours.
    const finder = (window as unknown as { find?: (s: string) => boolean }).find;
    for (const secret of secrets) {
      if (finder && !document.body.textContent?.includes(secret) && finder.call(window, secret)) found.push(`window.find: ${secret}`);
      getSelection()?.removeAllRanges();
    }
    leak('elementFromPoint', document.elementFromPoint(innerWidth - 30, 120)?.textContent);
    // Frames the page can enumerate: ours must not be one it can read.
    for (let i = 0; i < window.length; i++) {
      try {
        leak(`frames[${i}]`, (window.frames[i] as Window).document.body.textContent);
      } catch {
        // cross-origin: nothing to read
      }
    }
    leak('iframes', [...document.querySelectorAll('iframe')].map((f) => f.contentDocument?.body?.textContent ?? '').join(' '));
    return { found, hosts: hosts.length };
  }, secrets);
}

describe('what the page can reach', () => {
  let session: Session;
  beforeAll(async () => {
    const site = new ReplicaSite()
      .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
      .set(`${NREMT_ORIGIN}/manage-education`, scenarioPage('nremt-manage-education-complete.html'))
      .set(`${NREMT_ORIGIN}/ticking/manage-education`, tickingEducationPage())
      .set(`${NREMT_ORIGIN}/settling/manage-education`, neverSettlingEducationPage())
      .set(`${NREMT_ORIGIN}/recertification-application`, decoyApplicationPage())
      .set(LICENSE_URL, elicensingPage(Y));
    session = await startSession(site);
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
    await readyStrip(await session.open(LICENSE_URL));
  });
  afterAll(async () => session?.close());

  it('a page script finds nothing of the panel or the strip', async () => {
    // The provider's data is in the panel: Playwright (through the DevTools protocol, which no
    // page has) sees it in the frame. Only words the page itself does not show count as leaks.
    const dashboard = await session.open(`${NREMT_ORIGIN}/dashboard`);
    const panel = await readyPanel(dashboard);
    const shown = (await panel.textContent()) ?? '';
    const candidates = ['h left', 'Step B not done', 'Recert Copilot', 'Checklist', 'Deadlines', 'Hours'];
    const own = (await dashboard.evaluate(() => document.body.textContent)) ?? '';
    const secrets = candidates.filter((s) => shown.includes(s) && !own.includes(s));
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    expect(shown).toContain(NAME);
    const fromPanel = await spy(dashboard, secrets);
    expect(fromPanel.hosts).toBe(1);
    expect(fromPanel.found).toEqual([]);

    const license = await session.open(LICENSE_URL);
    const strip = await readyStrip(license);
    expect((await strip.textContent()) ?? '').toMatch(/Step B|Recert Copilot/);
    const fromStrip = await spy(license, ['Step B', 'Recert Copilot', 'eLicensing shows', 'could not read']);
    expect(fromStrip.hosts).toBe(1);
    expect(fromStrip.found).toEqual([]);
  });

  it('a ticking countdown and a rotating banner: no storage write in 10 s after the first read', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/ticking/manage-education`);
    await readyPanel(page);
    await page.waitForTimeout(1500); // the first read's own writes (record, active person) land
    const writes = await countStorageWrites(session);
    const clockBefore = await page.locator('#clock').textContent();
    await page.waitForTimeout(10_000);
    expect(await page.locator('#clock').textContent()).not.toBe(clockBefore); // it did tick
    expect(await writes()).toBe(0);
    // Still watching: a real change on the page is read and stored.
    await page.evaluate(() => {
      const row = document.querySelector('tbody tr')!.cloneNode(true) as HTMLElement;
      row.querySelectorAll('td')[1]!.textContent = 'Ventilator Update';
      document.querySelector('tbody')!.append(row);
    });
    await expect.poll(() => writes(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('a page that never stops changing is read once it fills in', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/settling/manage-education`);
    await page.locator('table').first().waitFor({ timeout: 10_000 });
    const panel = await readyPanel(page);
    await expect
      .poll(async () => remainingIn(panel).catch(() => null), { timeout: 15_000 })
      .toEqual({ national: 0, local: 0, individual: 0, total: 0 });
  });

  it('a hidden decoy "Submit Application" before the real button: the real one is outlined, the decoy is not', async () => {
    await readyPanel(await session.open(`${NREMT_ORIGIN}/manage-education`));
    const page = await session.open(`${NREMT_ORIGIN}/recertification-application`);
    const panel = await readyPanel(page);
    await expect.poll(() => panel.getByTestId('submit-reminder').count()).toBe(1);
    const real = page.getByRole('button', { name: 'Submit Application' });
    await expect.poll(() => real.getAttribute('data-recert-copilot-highlight')).toBe('submit');
    expect(await page.locator('#decoy').getAttribute('data-recert-copilot-highlight')).toBeNull();
    expect(await page.locator('[data-recert-copilot-highlight]').count()).toBe(1);
  });
});
