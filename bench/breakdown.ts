// `tsx bench/breakdown.ts`: which modules make up each content script and page bundle, by bytes
// of minified output (from source maps of a build in .bench-tmp/analyze). A diagnostic for
// missed size budgets; `npm run bench` does not need it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attributeBytes, moduleGroup, type SourceMapLike } from './source-map-bytes';

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
    const bySource = attributeBytes(code, map);
    const byGroup = new Map<string, number>();
    for (const [source, bytes] of bySource) byGroup.set(moduleGroup(source), (byGroup.get(moduleGroup(source)) ?? 0) + bytes);
    const total = Buffer.byteLength(code);
    console.log(`\n${file}: ${(total / 1000).toFixed(1)} kB raw`);
    for (const [group, bytes] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`  ${(bytes / 1000).toFixed(1).padStart(6)} kB  ${Math.round((bytes / total) * 100).toString().padStart(3)} %  ${group}`);
    }
  }
}

main();
