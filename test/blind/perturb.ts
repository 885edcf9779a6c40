// Metamorphic robustness of the readers: every blind page is read again after each
// transformation that changes its markup but not what a person reads (perturb-transforms.ts),
// and scored against the same expectation. Prints, per transformation and set, how many
// percentage points of the expected fields are lost, then the pages that lose fields.
//
//   npx tsx test/blind/perturb.ts [DIR...] [--only T[,T...]] [--json] [--quiet]
//
// Without DIR: every test/fixtures/blind-* set. Each set is read in its own process: happy-dom
// windows are freed lazily, and thousands of reads in one process run out of memory.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brief, type Mismatch } from './compare';
import { loadSet, scorePerturbed } from './perturb-run';
import { PERTURBATIONS } from './perturb-transforms';

interface PageRow {
  page: string;
  transform: string;
  matched: number;
  total: number;
  mismatches: Mismatch[];
  error?: string;
}

function parseArgs(argv: string[]) {
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1]?.split(',') : undefined;
  const dirs = argv.filter((a, i) => !a.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1));
  const fixtures = join(import.meta.dirname, '../fixtures');
  const all = readdirSync(fixtures)
    .filter((d) => /^blind-\d+$/.test(d))
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
    .map((d) => join(fixtures, d));
  const perturbations = only ? PERTURBATIONS.filter((p) => only.includes(p.name)) : PERTURBATIONS;
  if (only && perturbations.length !== only.length) {
    console.error(`unknown transformation; known: ${PERTURBATIONS.map((p) => p.name).join(', ')}`);
    process.exit(2);
  }
  return { dirs: dirs.length ? dirs : all, only, perturbations, json: argv.includes('--json'), quiet: argv.includes('--quiet'), child: argv.includes('--child') };
}

/** In a child process: one set, every page as written and after each transformation, as JSON. */
async function runChild(dir: string, perturbations: typeof PERTURBATIONS): Promise<void> {
  const rows: PageRow[] = [];
  for (const page of loadSet(dir)) {
    for (const perturbation of [null, ...perturbations]) {
      const s = await scorePerturbed(page, perturbation);
      rows.push({ page: page.name, transform: perturbation?.name ?? '', matched: s.matched, total: s.total, mismatches: s.mismatches, error: s.error });
    }
  }
  process.stdout.write(JSON.stringify(rows));
}

function readSet(dir: string, only: string[] | undefined): PageRow[] {
  const args = [join(import.meta.dirname, 'perturb.ts'), resolve(dir), '--child', ...(only ? ['--only', only.join(',')] : [])];
  const run = spawnSync(process.execPath, [...process.execArgv, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`${dir}: ${run.stderr}`);
  return JSON.parse(run.stdout) as PageRow[];
}

const percent = (rows: PageRow[]) => {
  const total = rows.reduce((s, r) => s + r.total, 0);
  return total ? (100 * rows.reduce((s, r) => s + r.matched, 0)) / total : 0;
};

async function main(): Promise<void> {
  const { dirs, only, perturbations, json, quiet, child } = parseArgs(process.argv.slice(2));
  if (child) return runChild(dirs[0]!, perturbations);
  const sets = dirs.map((dir) => ({ name: resolve(dir).split('/').pop()!, rows: readSet(dir, only) }));
  const table = perturbations.map((p) => {
    const drops = sets.map((s) => percent(s.rows.filter((r) => r.transform === '')) - percent(s.rows.filter((r) => r.transform === p.name)));
    const all = sets.flatMap((s) => s.rows);
    const broken: string[] = [];
    const lines: string[] = [];
    for (const set of sets) {
      for (const after of set.rows.filter((r) => r.transform === p.name)) {
        const before = set.rows.find((r) => r.transform === '' && r.page === after.page)!;
        if (after.matched >= before.matched) continue;
        broken.push(`${set.name}/${after.page}`);
        const lost = after.mismatches.filter((m) => !before.mismatches.some((b) => b.field === m.field));
        lines.push(
          `${p.name.padEnd(8)} ${set.name}/${after.page}  -${before.matched - after.matched}/${before.total}` +
            (after.error ? `  error: ${brief(after.error, 100)}` : '') +
            (quiet ? '' : lost.slice(0, 4).map((m) => `\n           ${m.field}: expected ${brief(m.expected, 40)}, got ${brief(m.got, 40)}`).join('')) +
            (!quiet && lost.length > 4 ? `\n           … ${lost.length - 4} more` : ''),
        );
      }
    }
    return { name: p.name, drops, total: percent(all.filter((r) => r.transform === '')) - percent(all.filter((r) => r.transform === p.name)), broken, lines };
  });

  if (json) {
    console.log(JSON.stringify({ sets: sets.map((s) => s.name), rows: table.map(({ lines: _, ...r }) => r) }, null, 2));
    return;
  }
  const col = (t: string) => t.padStart(7);
  const baseRows = sets.map((s) => s.rows.filter((r) => r.transform === ''));
  console.log('Field score drop (percentage points) after each transformation; first row: the score as written.\n');
  console.log(`${'transform'.padEnd(10)}${sets.map((s) => col(s.name.replace('blind-', 'b'))).join('')}${col('all')}${col('pages')}`);
  console.log(`${'(as is) %'.padEnd(10)}${baseRows.map((b) => col(percent(b).toFixed(1))).join('')}${col(percent(baseRows.flat()).toFixed(1))}${col(String(baseRows.flat().length))}`);
  for (const r of table) console.log(`${r.name.padEnd(10)}${r.drops.map((d) => col(d.toFixed(1))).join('')}${col(r.total.toFixed(1))}${col(String(r.broken.length))}`);
  console.log(`\n(pages: how many pages lose at least one field)\n${perturbations.map((p) => `${p.name}: ${p.about}`).join('\n')}`);
  const lines = table.flatMap((r) => r.lines);
  if (lines.length) console.log(`\nPages that lose fields (transformation, page, fields lost/total, first new mismatches):\n${lines.join('\n')}`);
}

await main();
