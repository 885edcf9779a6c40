// The demo: Chromium with the built extension (built by `npm run demo`) on the bundled replica
// pages, served at the real NREMT and eLicensing addresses. With a display it opens a window and
// waits until you close it; without one it runs headless, saves screenshots and exits.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, PROJECT_ROOT, type ExtensionBrowser } from './lib/extension-browser';
import { ELICENSING_ORIGIN, NREMT_ORIGIN, pagesBySavedUrl, ReplicaSite } from './lib/replica-site';
import { beforePlanPage } from '../test/e2e/helpers/plan-scenario';
import { scenarioPage } from '../test/e2e/helpers/scenario';
import { readyPanel, readyStrip, uiFrame } from '../test/e2e/helpers/session';

const SCREENSHOT_DIR = join(PROJECT_ROOT, 'demo-screenshots');
const REPLICA_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'replica');
const TOUR = [
  `${NREMT_ORIGIN}/dashboard`,
  `${NREMT_ORIGIN}/manage-education`,
  `${NREMT_ORIGIN}/recertification-application`,
  `${ELICENSING_ORIGIN}/s/manage-licenses-applications`,
];

const headed = Boolean(process.env.DISPLAY);
const problems: string[] = [];

async function visit(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // The panel and the strip are extension pages framed into the site (reached as frames).
  await (url.startsWith(ELICENSING_ORIGIN) ? readyStrip(page) : readyPanel(page)).catch(() => problems.push(`no ready panel or strip on ${url}`));
  return page;
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(300);
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(`  ${file}`);
}

async function extensionPage(browser: ExtensionBrowser, file: string, size: { width: number; height: number }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(browser.extensionUrl(file));
  return page;
}

/** The replica provider mid-cycle: panel on NREMT pages, the strip, popup and side panel. */
async function midCycleTour(): Promise<void> {
  const browser = await launchWithExtension({ headless: !headed });
  await new ReplicaSite(pagesBySavedUrl(REPLICA_DIR)).attach(browser.context);
  const pages: Page[] = [];
  for (const url of TOUR) pages.push(await visit(browser, url));
  if (headed) {
    console.log('Chromium is open with Recert Copilot on the replica pages. Close the window to finish.');
    await new Promise((resolve) => browser.context.once('close', resolve));
    await browser.close(); // removes the throw-away profile
    return;
  }
  const [dashboard, education, application, license] = pages;
  if (dashboard) await shoot(dashboard, '1-panel-dashboard');
  if (education) await shoot(education, '2-panel-manage-education');
  if (application) await shoot(application, '3-panel-application');
  if (license) await shoot(license, '4-elicensing-strip');
  // Extension pages are shot whole, at the width Chrome gives a popup and a side panel.
  await shoot(await extensionPage(browser, 'popup.html', { width: 400, height: 600 }), '5-popup', true);
  await shoot(await extensionPage(browser, 'sidepanel.html', { width: 400, height: 800 }), '6-sidepanel', true);
  await browser.close();
}

/** A second provider with every hour done but the application not submitted: the Submit reminder. */
async function submitReminderTour(): Promise<void> {
  const browser = await launchWithExtension({ headless: true });
  await new ReplicaSite()
    .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
    .set(`${NREMT_ORIGIN}/manage-education`, scenarioPage('nremt-manage-education-complete.html'))
    .set(`${NREMT_ORIGIN}/recertification-application`, scenarioPage('nremt-application-unsubmitted.html'))
    .attach(browser.context);
  let last: Page | undefined;
  for (const url of TOUR.slice(0, 3)) last = await visit(browser, url);
  if (last) await shoot(last, '7-submit-reminder');
  await browser.close();
}

/** A provider whose surplus can be moved: the plan, the pediatric share and the audit packet. */
async function planTour(): Promise<void> {
  const browser = await launchWithExtension({ headless: true });
  await new ReplicaSite()
    .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
    .set(`${NREMT_ORIGIN}/manage-education`, beforePlanPage())
    .attach(browser.context);
  await visit(browser, TOUR[0]!);
  const education = await visit(browser, TOUR[1]!);
  const plan = (await uiFrame(education, 'panel')).locator('[data-testid="plan"]');
  await plan.scrollIntoViewIfNeeded().catch(() => problems.push('no plan in the panel'));
  await shoot(education, '8-panel-plan');
  const side = await extensionPage(browser, 'sidepanel.html', { width: 400, height: 800 });
  await side.locator('[data-testid="pediatric"]').waitFor({ timeout: 10_000 }).catch(() => problems.push('no pediatric share in the side panel'));
  await shoot(side, '9-sidepanel-plan-pediatric', true);
  const opened = browser.context.waitForEvent('page');
  await side.getByTestId('open-packet').click();
  const packet = await opened;
  await packet.setViewportSize({ width: 1100, height: 900 });
  await packet.locator('[data-testid="packet"][data-state="ready"]').waitFor({ timeout: 10_000 }).catch(() => problems.push('no audit packet'));
  await shoot(packet, '10-audit-packet', true);
  await packet.emulateMedia({ media: 'print' });
  await shoot(packet, '11-audit-packet-print', true);
  await browser.close();
}

async function main(): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (!headed) console.log(`No display: running headless. Screenshots in ${SCREENSHOT_DIR}:`);
  await midCycleTour();
  if (!headed) await submitReminderTour();
  if (!headed) await planTour();
  for (const problem of problems) console.error(`demo: ${problem}`);
  process.exit(problems.length > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
