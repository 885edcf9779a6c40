// Journey: the panel's plan, carried out on the replica Manage Education page, brings the hours
// left to what the plan promised; the pediatric share follows the provider's own marks; the
// audit packet prints and downloads CSV with a hostile title kept as text; the calendar file
// opens back as four all-day events.
import { mkdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { addRow, BURNS, beforePlanPage, HOSTILE_FORMULA_TITLE } from './helpers/plan-scenario';
import { scenarioPage, Y } from './helpers/scenario';
import { leadingNumber, readyPanel, startSession, type Session } from './helpers/session';

const EDUCATION_URL = `${NREMT_ORIGIN}/manage-education`;
const HOSTILE = HOSTILE_FORMULA_TITLE;
const beforePage = beforePlanPage;

interface Step {
  title: string;
  hours: number;
  from: string;
  to: string;
}

/** "In Manage Education, move 'X' (2 h) from Individual to National → Trauma (…)". */
function parseMove(text: string): Step {
  const match = /^In Manage Education, move '(.+)' \((\d+(?:\.\d+)?) h\) from (\w+) to ([^(]+?)(?: \(check that it covers .+\))?$/.exec(text.trim());
  if (!match) throw new Error(`not a move step: "${text}"`);
  return { title: match[1]!, hours: Number(match[2]), from: match[3]!, to: match[4]!.trim() };
}

/** Carries out a whole-course move the way the provider would in Manage Education. */
function applyMove(html: string, step: Step): string {
  const row = new RegExp(`<tr><td>${step.title}</td><td>([^<]+)</td><td>([^<]+)</td><td>([^<]+)</td></tr>`).exec(html);
  if (!row) throw new Error(`no row for ${step.title} in ${step.from}`);
  const without = html.replace(`${row[0]}\n`, '');
  const [component, topic] = step.to.split(' → ');
  if (component !== 'National' || !topic) throw new Error(`unexpected destination ${step.to}`);
  return addRow(without, 'National', [topic, step.title, row[1]!, row[2]!, row[3]!]);
}

describe('plan, pediatric share, audit packet and calendar (replica pages)', () => {
  let session: Session;
  let packet: Page;
  beforeAll(async () => {
    const site = new ReplicaSite()
      .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
      .set(EDUCATION_URL, beforePage());
    session = await startSession(site);
  });
  afterAll(async () => session?.close());

  it("the panel's plan, carried out on Manage Education, leaves what it promised", async () => {
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
    const education = await session.open(EDUCATION_URL);
    const panel = await readyPanel(education);
    expect(await leadingNumber(panel.getByTestId('total-remaining'))).toBe(3.5);
    const summary = (await panel.getByTestId('plan-summary').textContent()) ?? '';
    const promised = Number(/; (\d+(?:\.\d+)?) h after/.exec(summary)?.[1]);
    expect(promised).toBe(1.5);
    const steps = await panel.getByTestId('plan-step').allTextContents();
    expect(steps).toEqual([`In Manage Education, move '${BURNS}' (2 h) from Individual to National → Trauma (check that it covers Trauma)`]);
    expect(await panel.getByTestId('plan-then').textContent()).toBe('then add 1.5 h of Operations.');

    // The provider does what the steps say; NREMT's page then shows the course under Trauma.
    let after = beforePage();
    for (const text of steps) after = applyMove(after, parseMove(text));
    session.site.set(EDUCATION_URL, after);
    await education.reload({ waitUntil: 'load' });
    const reread = await readyPanel(education);
    await expect.poll(() => leadingNumber(reread.getByTestId('total-remaining')), { timeout: 10_000 }).toBe(promised);
    expect(await reread.getByTestId('plan').count()).toBe(0);
  });

  it('shows the pediatric share in the hours section', async () => {
    const education = await session.open(EDUCATION_URL);
    const panel = await readyPanel(education);
    // Pediatric Respiratory Distress 2 h + Pediatric Seizures 2 h = 4 h, share 10 % of 25 = 2.5 h.
    expect(await panel.getByTestId('pediatric').textContent()).toContain('2.5 / 2.5 h');
    expect(await panel.getByTestId('pediatric-remaining').textContent()).toBe('pediatric share met');
  });

  it('the audit packet opens from the side panel, prints, and its marks change the share', async () => {
    const side = await session.open(session.extensionUrl('sidepanel.html'));
    await side.getByTestId('sidepanel').and(side.locator('[data-state="ready"]')).waitFor({ timeout: 10_000 });
    const opened = session.context.waitForEvent('page');
    await side.getByTestId('open-packet').click();
    packet = await opened;
    await packet.waitForLoadState('load');
    await packet.locator('[data-testid="packet"][data-state="ready"]').waitFor({ timeout: 10_000 });
    expect(packet.url()).toContain('packet.html?person=');
    expect(await packet.getByTestId('packet-provider').textContent()).toContain('A5550123');
    const rows = packet.getByTestId('packet-row');
    expect(await rows.count()).toBe(16);
    // The hostile title is shown as text, and counts for nothing (no approval number).
    const hostile = rows.filter({ hasText: 'HYPERLINK' });
    expect(await hostile.locator('td').first().textContent()).toBe(HOSTILE);
    expect(await hostile.locator('td').last().textContent()).toContain('no approval number');

    await packet.emulateMedia({ media: 'print' });
    // Print: no buttons, no checkboxes (the pediatric column prints yes/blank), the table whole.
    expect(await packet.getByTestId('packet-csv').isVisible()).toBe(false);
    expect(await packet.getByTestId('packet-pediatric-mark').first().isVisible()).toBe(false);
    expect(await packet.getByTestId('packet-courses').isVisible()).toBe(true);
    mkdirSync('test-results', { recursive: true });
    // Kept for the reviewer: the print preview as a PDF would render it.
    await packet.screenshot({ path: 'test-results/packet-print.png', fullPage: true });
    await packet.emulateMedia({ media: 'screen' });

    // Unmark Pediatric Seizures (2 h): 2 of 2.5 h, 0.5 h to go, in the packet and the panel.
    await packet.getByRole('checkbox', { name: 'Pediatric: Pediatric Seizures' }).uncheck();
    await expect.poll(() => packet.getByTestId('packet-pediatric').textContent()).toBe('Pediatric (within National)2.5 h2 h0.5 h');
    const panel = await readyPanel(await session.open(EDUCATION_URL));
    expect(await panel.getByTestId('pediatric-remaining').textContent()).toBe('0.5 h of pediatric content to go');
  });

  it('downloads the packet as CSV, opened back with the hostile title kept as text', async () => {
    const download = packet.waitForEvent('download');
    await packet.getByTestId('packet-csv').click();
    const file = await (await download).path();
    const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['Title', 'Date completed', 'Hours', 'Approval number', 'Component', 'Topic', 'Counts', 'Why not']);
    expect(parsed.data).toHaveLength(17);
    const hostile = parsed.data.find((row) => row[0]!.includes('HYPERLINK'))!;
    expect(hostile[0]).toBe(`'${HOSTILE}`);
    expect(hostile.slice(6)).toEqual(['no', 'no approval number (CAPCE or OEMS)']);
    const burns = parsed.data.find((row) => row[0] === BURNS)!;
    expect(burns.slice(4, 7)).toEqual(['National', 'Trauma', 'yes']);
  });

  it('downloads the deadlines as an .ics that opens back as four all-day events with reminders', async () => {
    const download = packet.waitForEvent('download');
    await packet.getByTestId('download-calendar').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`recert-deadlines-${Y}.ics`);
    const events = new ICAL.Component(ICAL.parse(readFileSync(await saved.path(), 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toEqual([
      `${Y - 1}-10-01`, `${Y}-02-15`, `${Y}-03-31`, `${Y}-04-30`,
    ]);
    for (const event of events) expect(event.getAllSubcomponents('valarm')).toHaveLength(2);
    // No request left the browser for any of this.
    expect(session.site.blocked).toEqual([]);
  });
});
