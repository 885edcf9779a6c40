// Beside the page, not over it: with the panel open, Manage Education reflows and its last
// column (the Remove links) stays visible; a screenshot of that column shows the page, not the
// panel. Collapsing gives the width back.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { replicaPages } from './helpers/scenario';
import { panelOf, readyPanel, startSession, type Session } from './helpers/session';

const SHOTS = resolve(process.cwd(), 'test-results');

/** Every cell of the tables' last column, with what is drawn at its centre. */
async function lastColumn(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('table tr')).flatMap((row) => {
      const cell = row.lastElementChild;
      if (!cell) return [];
      const box = cell.getBoundingClientRect();
      if (box.width === 0) return [];
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return [{ right: box.right, top: box.top, bottom: box.bottom, onTop: hit ? (cell.contains(hit) ? 'page' : hit.tagName.toLowerCase()) : 'offscreen' }];
    }),
  );
}

/** Decodes the screenshot in a blank tab (canvas) and returns the RGB at each CSS-pixel point. */
async function pixelsOf(session: Session, png: Buffer, points: Array<[number, number]>): Promise<number[][]> {
  const blank = await session.context.newPage();
  try {
    return await blank.evaluate(async ({ data, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const scale = image.width / 1280;
      return points.map(([x, y]) => Array.from(context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data.slice(0, 3)));
    }, { data: png.toString('base64'), points });
  } finally {
    await blank.close();
  }
}

describe('the in-page panel docks beside Manage Education', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(new ReplicaSite(replicaPages()));
  });
  afterAll(async () => session?.close());

  it('the last column stays visible while the panel is open, and the screenshot shows it', async () => {
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
    const page = await session.open(`${NREMT_ORIGIN}/manage-education`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const panel = await readyPanel(page);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-recert-copilot-docked'))).toBe('right');

    // Measured once the layout has settled after the resize (the panel docks, then the page reflows).
    let panelBox = (await panel.boundingBox())!;
    let cells: Awaited<ReturnType<typeof lastColumn>> = [];
    await expect
      .poll(async () => {
        panelBox = (await panel.boundingBox())!;
        cells = (await lastColumn(page)).filter((c) => c.top >= panelBox.y && c.bottom <= panelBox.y + panelBox.height);
        return cells.length;
      })
      .toBeGreaterThan(3);
    for (const cell of cells) {
      expect(cell.right).toBeLessThanOrEqual(panelBox.x);
      expect(cell.onTop).toBe('page');
    }

    // The screenshot: the strip between the last column and the panel's edge is the page's,
    // and the Remove links are drawn (not the panel's background).
    mkdirSync(SHOTS, { recursive: true });
    const remove = page.getByRole('button', { name: 'Remove' }).first();
    const box = (await remove.boundingBox())!;
    const shot = await page.screenshot({ path: resolve(SHOTS, 'panel-beside-manage-education.png') });
    const pixels = await pixelsOf(session, shot, [
      [panelBox.x + panelBox.width / 2, panelBox.y + 20],
      ...Array.from({ length: Math.max(1, Math.floor(box.width)) }, (_, dx): [number, number] => [box.x + dx, box.y + box.height / 2]),
    ]);
    const [panelPixel, ...inRemove] = pixels as [number[], ...number[][]];
    // Text is drawn in the Remove link: some of its pixels differ from the panel's colour.
    expect(inRemove.some((p) => p.some((v, k) => Math.abs(v - panelPixel[k]!) > 40))).toBe(true);
    expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x);
  });

  it('collapsed, the page gets its width back', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/manage-education`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const panel = await readyPanel(page);
    const widthOpen = await page.evaluate(() => document.querySelector('table')!.getBoundingClientRect().right);
    await panel.getByTestId('panel-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-recert-copilot-docked'))).toBeNull();
    const widthClosed = await page.evaluate(() => document.querySelector('table')!.getBoundingClientRect().right);
    expect(widthClosed).toBeGreaterThanOrEqual(widthOpen);
    await (await panelOf(page)).getByTestId('panel-toggle').click(); // leave it open for other tests
  });
});
