// `npx tsx bench/read-costs-only.ts [runs]`: only the 5,000-course read costs (longest task of the
// first read and of a re-read), repeated, without the rest of the benchmark. For quick checks.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium, extensionLoaded } from './chromium';
import { LONGTASK_PROBE } from './longtask-probe';
import { measureReadCosts } from './read-costs';
import { routeSites } from './replica-routes';

const EXTENSION_DIR = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const runs = Number(process.argv[2] ?? 3);
const courses = Number(process.env.BENCH_COURSES ?? 5000);

const context = await launchChromium(EXTENSION_DIR);
try {
  await context.addInitScript(LONGTASK_PROBE);
  await routeSites(context);
  await extensionLoaded(context);
  for (let run = 0; run < runs; run++) {
    const costs = await measureReadCosts(context, courses, 0);
    console.log(`load ${loadavg()[0]!.toFixed(2)}  first read ${costs.firstReadLongestTaskMs} ms  re-read ${costs.rereadLongestTaskMs} ms ${costs.note}`);
  }
} finally {
  await context.close();
}
