// Prints, for the named perturbations, the share perturb.test.ts measures on its sample, and the fields lost.
//   npx tsx test/blind/perturb-sample.ts cards,paste,definition
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brief } from './compare';
import { loadSet, scorePerturbed, type BlindPage } from './perturb-run';
import { PERTURBATIONS } from './perturb-transforms';

function inSample(page: BlindPage): boolean {
  let hash = 2166136261;
  for (const ch of `${page.set}/${page.name}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return hash % 10 === 0;
}
const fixtures = join(import.meta.dirname, '../fixtures');
const pages = readdirSync(fixtures).filter((d) => /^blind-\d+$/.test(d)).flatMap((d) => loadSet(join(fixtures, d))).filter(inSample);
const names = (process.argv[2] ?? '').split(',');
const base = [];
for (const page of pages) base.push(await scorePerturbed(page, null));
for (const name of names) {
  const p = PERTURBATIONS.find((x) => x.name === name)!;
  let kept = 0, before = 0;
  const lines: string[] = [];
  for (const [i, page] of pages.entries()) {
    const as = base[i]!;
    const after = await scorePerturbed(page, p);
    const right = as.total - as.mismatches.length;
    const lost = after.mismatches.filter((m) => !as.mismatches.some((b) => b.field === m.field));
    before += right;
    kept += right - lost.length;
    if (lost.length) lines.push(`  ${page.set}/${page.name} -${lost.length}/${right}${after.error ? ' ' + after.error : ''}` + lost.slice(0, 5).map((m) => `\n      ${m.field}: expected ${brief(m.expected, 40)}, got ${brief(m.got, 40)}`).join(''));
  }
  console.log(`${name}: ${kept}/${before} = ${(kept / before).toFixed(4)} (${pages.length} pages)\n${lines.join('\n')}`);
}
process.exit(0);
