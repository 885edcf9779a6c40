// `npm run bytes`: which source files the content scripts' bytes come from. Builds the Chrome
// extension with source maps (RECERT_BYTES=1, see wxt.config.ts) into .output/bytes, then gives
// each source file the generated code its map assigns to it: raw bytes, and its share of the
// script's gzip size (each file's code compressed alone, scaled so the shares add up to the
// whole). Shares are estimates: gzip finds repeats across files too. That build skips terser's
// second pass, so it is a few hundred bytes larger than `npx wxt build`'s.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeVlq } from '../bench/source-map-bytes';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output', 'bytes', 'chrome-mv3', 'content-scripts');
const SCRIPTS = ['nremt.js', 'elicensing.js'];
const TOP = Number(process.argv[2] ?? 40);

/** The generated code of `file`, split by the source file its map names (unmapped code under ''). */
function codeBySource(file: string): Map<string, string> {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const bySource = new Map<string, string[]>();
  const add = (source: string, text: string): void => {
    if (!bySource.has(source)) bySource.set(source, []);
    bySource.get(source)!.push(text);
  };
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((mapped, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    const starts: Array<[number, string]> = [];
    let column = 0;
    for (const segment of mapped.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0]!;
      if (fields.length > 1) sourceIndex += fields[1]!;
      starts.push([column, fields.length > 1 ? (map.sources[sourceIndex] ?? '') : '']);
    }
    if (starts.length === 0 || starts[0]![0] > 0) add('', line.slice(0, starts[0]?.[0] ?? line.length));
    starts.forEach(([start, source], i) => add(source, line.slice(start, starts[i + 1]?.[0] ?? line.length)));
  });
  return new Map([...bySource].map(([source, parts]) => [source, parts.join('')]));
}

const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, RECERT_BYTES: '1' }, encoding: 'utf8' });
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.exit(1);
}
for (const script of SCRIPTS) {
  const file = join(OUT, script);
  const whole = gzipSync(readFileSync(file), { level: 9 }).length;
  const rows = [...codeBySource(file)].map(([source, text]) => ({
    source: source ? relative(ROOT, join(OUT, source)) : '(unmapped)',
    raw: Buffer.byteLength(text),
    alone: gzipSync(text, { level: 9 }).length,
  }));
  const sumAlone = rows.reduce((sum, row) => sum + row.alone, 0);
  rows.sort((a, b) => b.alone - a.alone);
  console.log(`\n${script}: ${whole} B gzip -9 in this build (source maps, no terser pass)`);
  console.log('    raw  gzip share  source');
  for (const row of rows.slice(0, TOP)) {
    console.log(`${String(row.raw).padStart(7)} ${String(Math.round((row.alone * whole) / sumAlone)).padStart(11)}  ${row.source}`);
  }
}
