// Size budgets of the built content scripts (gzip level 9, as `npm run bench` reports them): a
// change that pushes either over fails here, in `npm test`, not only in the bench's table.
// Runs on the Chrome build `npm run test:e2e` makes first; the Firefox build's content scripts
// are the same code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/report-rows';
import { measureSizes } from '../../bench/sizes';
import { CHROME_BUILD_DIR } from '../../scripts/lib/extension-browser';

const CONTENT_SCRIPTS = [
  ['nremt.js', BUDGETS.nremtGzip],
  ['elicensing.js', BUDGETS.elicensingGzip],
] as const;

describe('content-script size budgets', () => {
  it.each(CONTENT_SCRIPTS)('%s is within its gzip budget (%i B)', (file, budget) => {
    expect(existsSync(join(CHROME_BUILD_DIR, 'content-scripts', file)), 'run "npx wxt build" first').toBe(true);
    const size = measureSizes(CHROME_BUILD_DIR).find((entry) => entry.name === `content script ${file}`);
    expect(size, `content-scripts/${file} in the build`).toBeDefined();
    // One file each: a content script cannot import chunks.
    expect(size?.files).toEqual([`content-scripts/${file}`]);
    expect(size?.gzip, `${file}: ${size?.gzip} B gzip`).toBeLessThanOrEqual(budget);
  });
});
