// `tsx bench/breakdown.ts`: which modules make up each content script and page bundle, by bytes
// of minified output (from source maps of a build in .bench-tmp/analyze). A diagnostic for
// missed size budgets; `npm run bench` does not need it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributeText, moduleGroup, type SourceMapLike } from './source-map-bytes';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.bench-tmp', 'analyze', 'chrome-mv3');

function main(): void {
  if (!process.argv.includes('--no-build') || !existsSync(OUT)) {
    execFileSync('npx', ['wxt', 'build', '-c', 'bench/wxt.analyze.config.ts'], { cwd: ROOT, stdio: 'ignore' });
  }
  const scripts = readdirSync(join(OUT, 'content-scripts')).filter((name) => name.endsWith('.js'));
  const chunks = existsSync(join(OUT, 'chunks')) ? readdirSync(join(OUT, 'chunks')).filter((name) => name.endsWith('.js')).map((name) => join('chunks', name)) : [];
  for (const file of [...scripts.map((name) => join('content-scripts', name)), ...chunks, 'background.js']) {
    const mapPath = join(OUT, `${file}.map`);
    if (!existsSync(mapPath)) continue;
    const code = readFileSync(join(OUT, file), 'utf8');
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMapLike;
    const byGroup = new Map<string, string>();
    for (const [source, text] of attributeText(code, map)) byGroup.set(moduleGroup(source), (byGroup.get(moduleGroup(source)) ?? '') + text);
    const total = Buffer.byteLength(code);
    const gzipTotal = gzipSync(code, { level: 9 }).length;
    console.log(`\n${file}: ${(total / 1000).toFixed(1)} kB raw, ${(gzipTotal / 1000).toFixed(1)} kB gzip`);
    // A module gzipped alone overstates its share a little (no shared dictionary): an estimate.
    for (const [group, text] of [...byGroup].sort((a, b) => b[1].length - a[1].length).slice(0, 12)) {
      const gzip = gzipSync(text, { level: 9 }).length;
      console.log(`  ${(text.length / 1000).toFixed(1).padStart(6)} kB raw  ~${(gzip / 1000).toFixed(1).padStart(5)} kB gzip  ${Math.round((text.length / total) * 100).toString().padStart(3)} %  ${group}`);
    }
  }
}

main();
