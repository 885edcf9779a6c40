// `npm run bench`: measures the built extension (after `wxt build`) and prints one table with
// every budget marked met or missed. Exits non-zero only when the benchmark itself cannot run.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrowserBench } from './browser-bench';
import { CHROMIUM_PATH } from './chromium';
import type { ManifestLike } from './manifest-scope';
import { benchPlans, planRows } from './plan-bench';
import { benchReader } from './reader-bench';
import { browserRows, manifestRows, readerRows, sizeRows } from './report-rows';
import { measureSizes } from './sizes';
import { formatTable, type Row } from './table';

const EXTENSION_DIR = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const READER_SIZES = [50, 500, 5000];
const LOAD_RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SPA_COURSES = 500;
const SPA_CHANGES = 5;
const READ_COURSES = 5000;
const TICKING_SECONDS = Number(process.env.BENCH_TICKING_SECONDS ?? 30);

/** A copy of the build whose content scripts are empty: what merely having one costs. */
function floorExtension(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'recert-floor-')), 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  for (const file of readdirSync(join(dir, 'content-scripts'))) {
    if (file.endsWith('.js')) writeFileSync(join(dir, 'content-scripts', file), 'void 0;\n');
  }
  return dir;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<number> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    log(`no build at ${EXTENSION_DIR}: run \`npm run bench\` (it builds first) or \`wxt build\``);
    return 2;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    log(`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
    return 2;
  }
  const startedAt = new Date();
  const loadAtStart = loadavg()[0] ?? 0;
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as ManifestLike & { name: string };

  log('sizes and manifest');
  const rows: Row[] = [...sizeRows(measureSizes(EXTENSION_DIR)), ...manifestRows(manifest)];

  log(`readers on ${READER_SIZES.join(', ')}-course pages`);
  rows.unshift(...readerRows(READER_SIZES.map(benchReader)));
  log('planner on 500-course transcripts');
  rows.push(...planRows(benchPlans()));

  log(`Chromium: ${LOAD_RUNS} alternated loads each, SPA re-read, other sites`);
  const floorDir = floorExtension();
  const browser = await runBrowserBench({
    extensionDir: EXTENSION_DIR,
    floorDir,
    extensionName: manifest.name,
    runs: LOAD_RUNS,
    spaCourses: SPA_COURSES,
    spaChanges: SPA_CHANGES,
    readCourses: READ_COURSES,
    tickingSeconds: TICKING_SECONDS,
  }).finally(() => rmSync(join(floorDir, '..'), { recursive: true, force: true }));
  if (!browser.extensionLoaded) log('warning: the extension service worker did not start');
  const chromiumRows = browserRows(browser, SPA_COURSES);
  // Keep sections together: readers, Chromium, sizes, other sites.
  const ordered = [
    ...rows.filter((row) => row.section.startsWith('Readers')),
    ...rows.filter((row) => row.section.startsWith('Planner')),
    ...chromiumRows.filter((row) => row.section !== 'Other sites'),
    ...rows.filter((row) => row.section === 'Bundle size'),
    ...rows.filter((row) => row.section === 'Other sites'),
    ...chromiumRows.filter((row) => row.section === 'Other sites'),
  ];

  const missed = ordered.filter((row) => row.verdict === 'missed').length;
  const met = ordered.filter((row) => row.verdict === 'met').length;
  // Timings depend on what else the machine is doing: say so next to them.
  const machine = `${cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at the start`;
  console.log(`\nRecert Copilot benchmark, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC (Node ${process.version}, ${process.platform}, ${machine})\n`);
  console.log(formatTable(ordered));
  console.log(`\nBudgets: ${met} met, ${missed} missed. kB = 1000 bytes; gzip level 9.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`the benchmark could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
