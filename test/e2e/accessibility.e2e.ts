// axe-core in the real browser: no serious or critical violations in the in-page panel, the
// popup and the side panel (and the eLicensing strip).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELICENSING_ORIGIN, NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { replicaPages } from './helpers/scenario';
import { readyPanel, readyStrip, startSession, uiFrame, type Session } from './helpers/session';

// Evaluated through the DevTools protocol rather than a <script> tag: extension pages' CSP
// (script-src 'self') rightly refuses inline scripts.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Runs axe on `selector` (shadow roots included) and returns the serious and critical violations. */
async function seriousViolations(page: Page | Frame, selector: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (target) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ include: [[target]] }, { resultTypes: ['violations'] });
    return result.violations;
  }, selector);
  return serious(violations);
}

function serious(violations: AxeViolation[]): string[] {
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `  at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`).join('\n'),
    );
}

describe('accessibility (axe-core)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(new ReplicaSite(replicaPages()));
    // Fill storage so the popup and side panel show a real report, not an empty state.
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
  });
  afterAll(async () => session?.close());

  it('control: the scan sees inside an open shadow root (a nameless button is critical)', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/dashboard`);
    await page.evaluate(() => {
      const host = document.createElement('axe-canary');
      host.attachShadow({ mode: 'open' }).innerHTML = '<button type="button"></button>';
      document.body.append(host);
    });
    const found = await seriousViolations(page, 'axe-canary');
    expect(found.join('\n')).toContain('button-name');
  });

  // The panel and the strip are extension pages framed into the site: axe runs inside the frame.
  it('in-page panel on Manage Education', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/manage-education`);
    await readyPanel(page);
    expect(await seriousViolations(await uiFrame(page, 'panel'), 'html')).toEqual([]);
  });

  it('Step B strip on eLicensing', async () => {
    const page = await session.open(`${ELICENSING_ORIGIN}/s/manage-licenses-applications`);
    await readyStrip(page);
    expect(await seriousViolations(await uiFrame(page, 'strip'), 'html')).toEqual([]);
  });

  it('popup', async () => {
    const page = await session.open(session.extensionUrl('popup.html'));
    await page.getByTestId('popup').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page, 'html')).toEqual([]);
  });

  it('side panel', async () => {
    const page = await session.open(session.extensionUrl('sidepanel.html'));
    await page.getByTestId('sidepanel').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page, 'html')).toEqual([]);
  });
});
