// Size of the built content scripts (gzip level 9, as `npm run bench` reports them) against
// their budgets (bench/report-rows.ts): what a provider's tab loads and compiles on our pages.
// What needs no page to judge is judged in the background (lib/readers/judge-page.ts), which
// keeps the scripts small: a change that takes either past its budget fails here, in `npm test`.
// Runs on the Chrome build `npm run test:e2e` makes first; the Firefox build's content scripts
// are the same code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/report-rows';
import { measureSizes } from '../../bench/sizes';
import { CHROME_BUILD_DIR } from '../../scripts/lib/extension-browser';

// Both held to their real budgets: nremt.js met its budget again once the courses were read
// from the record finder's items in the background (27.9 kB by this measure, from 30.1).
const CONTENT_SCRIPTS = [
  ['nremt.js', BUDGETS.nremtGzip],
  ['elicensing.js', BUDGETS.elicensingGzip],
] as const;

describe('content-script sizes', () => {
  it.each(CONTENT_SCRIPTS)('%s does not grow past %i B gzip', (file, budget) => {
    expect(existsSync(join(CHROME_BUILD_DIR, 'content-scripts', file)), 'run "npx wxt build" first').toBe(true);
    const size = measureSizes(CHROME_BUILD_DIR).find((entry) => entry.name === `content script ${file}`);
    expect(size, `content-scripts/${file} in the build`).toBeDefined();
    // One file each: a content script cannot import chunks.
    expect(size?.files).toEqual([`content-scripts/${file}`]);
    expect(size?.gzip, `${file}: ${size?.gzip} B gzip`).toBeLessThanOrEqual(budget);
  });
});
