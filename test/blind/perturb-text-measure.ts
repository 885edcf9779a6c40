// Measures one transformation's retention over perturb.test.ts's sample, page by page.
//   npx tsx test/blind/perturb-text-measure.ts [TRANSFORM=text] [-v]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSet, scorePerturbed, type BlindPage } from './perturb-run';
import { PERTURBATIONS } from './perturb-transforms';

const name = process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : 'text';
const verbose = process.argv.includes('-v');
function inSample(page: BlindPage): boolean {
  let hash = 2166136261;
  for (const ch of `${page.set}/${page.name}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return hash % 10 === 0;
}
const fixtures = join(import.meta.dirname, '../fixtures');
const pages = readdirSync(fixtures).filter((d) => /^blind-\d+$/.test(d)).flatMap((d) => loadSet(join(fixtures, d))).filter(inSample);
const perturbation = PERTURBATIONS.find((p) => p.name === name)!;
let kept = 0;
let before = 0;
for (const page of pages) {
  const as = await scorePerturbed(page, null);
  const after = await scorePerturbed(page, perturbation);
  const right = as.total - as.mismatches.length;
  const lost = after.mismatches.filter((m) => !as.mismatches.some((b) => b.field === m.field));
  before += right;
  kept += right - lost.length;
  console.log(`${String(right - lost.length).padStart(4)}/${String(right).padEnd(4)} ${page.expected.kind.padEnd(12)} ${page.set}/${page.name}${after.error ? ' ERROR ' + after.error : ''}`);
  if (verbose) for (const m of lost) console.log('      ', JSON.stringify(m).slice(0, 240));
}
console.log(`${name}: ${kept}/${before} = ${(kept / before).toFixed(4)}`);
process.exit(0);
