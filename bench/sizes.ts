// Bundle sizes of the built extension: each content script, the popup (its HTML's scripts and
// every chunk they import) and the background, raw and gzip (level 9).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

function sizeOf(root: string, name: string, files: string[]): BundleSize {
  const bytes = files.map((file) => readFileSync(join(root, file)));
  return {
    name,
    files,
    raw: bytes.reduce((sum, content) => sum + content.length, 0),
    // Each file is fetched and compressed on its own, so gzip them one by one.
    gzip: bytes.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
  };
}

const IMPORT_PATTERN = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g;

/** A JS file and everything it imports, statically or lazily, inside the build. */
function withImports(root: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(root, entry))) return seen;
  seen.add(entry);
  const source = readFileSync(join(root, entry), 'utf8');
  for (const match of source.matchAll(IMPORT_PATTERN)) {
    const target = match[1] ?? match[2];
    if (!target || !target.startsWith('.')) continue;
    const resolved = target.startsWith('/') ? target.slice(1) : normalize(join(dirname(entry), target));
    withImports(root, resolved, seen);
  }
  return seen;
}

function htmlScripts(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) => m[1] ?? '');
  return sources.filter(Boolean).map((src) => (src.startsWith('/') ? src.slice(1) : normalize(join(dirname(page), src))));
}

export function measureSizes(root: string): BundleSize[] {
  const sizes: BundleSize[] = [];
  const contentDir = join(root, 'content-scripts');
  if (existsSync(contentDir)) {
    for (const file of readdirSync(contentDir).filter((name) => name.endsWith('.js')).sort()) {
      const entry = relative(root, join(contentDir, file));
      sizes.push(sizeOf(root, `content script ${file}`, [...withImports(root, entry)]));
    }
    // The UI's CSS is fetched into the shadow root: part of the cost, outside the JS budget.
    for (const file of readdirSync(contentDir).filter((name) => name.endsWith('.css')).sort()) {
      sizes.push(sizeOf(root, `content script style ${file}`, [relative(root, join(contentDir, file))]));
    }
  }
  if (existsSync(join(root, 'popup.html'))) {
    const files = new Set<string>();
    for (const script of htmlScripts(root, 'popup.html')) withImports(root, script, files);
    sizes.push(sizeOf(root, 'popup (popup.html scripts + chunks)', [...files]));
  }
  if (existsSync(join(root, 'page-ui.html'))) {
    // The in-page panel and strip: an extension page framed into the site (loaded from the
    // package, not the network), so the content scripts carry no UI.
    const files = new Set<string>();
    for (const script of htmlScripts(root, 'page-ui.html')) withImports(root, script, files);
    sizes.push(sizeOf(root, 'in-page UI frame (page-ui.html scripts + chunks)', [...files]));
  }
  if (existsSync(join(root, 'background.js'))) sizes.push(sizeOf(root, 'background.js', [...withImports(root, 'background.js')]));
  return sizes;
}

export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
