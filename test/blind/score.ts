// Scores the readers on a directory of blind pages: every DIR/*.html is read as `recert` reads a
// saved page and compared field by field with DIR/<name>.expected.json.
//
//   npx tsx test/blind/score.ts DIR [--json] [--load path/to/test/readers/load.ts]
//
// --load scores another checkout's readers (its test/readers/load.ts) with this same scorer.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scorePage, type ExpectedPage, type ReadPage } from './compare';
import { printReport, type PageResult } from './report';

interface Loader {
  readHtml: (html: string, url?: string | null) => unknown;
  savedFromUrl: (html: string) => string | null;
}

function parseArgs(argv: string[]): { dir: string; json: boolean; load: string } {
  const args = [...argv];
  const json = args.includes('--json');
  const loadAt = args.indexOf('--load');
  const load = loadAt >= 0 ? args[loadAt + 1] : undefined;
  const rest = args.filter((a, i) => a !== '--json' && (loadAt < 0 || (i !== loadAt && i !== loadAt + 1)));
  if (rest.length !== 1 || (loadAt >= 0 && !load)) {
    console.error('usage: npx tsx test/blind/score.ts DIR [--json] [--load path/to/test/readers/load.ts]');
    process.exit(2);
  }
  return { dir: rest[0]!, json, load: load ? resolve(load) : resolve(import.meta.dirname, '../readers/load.ts') };
}

function scoreOne(dir: string, page: string, loader: Loader): PageResult {
  const html = readFileSync(join(dir, `${page}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, `${page}.expected.json`), 'utf8')) as ExpectedPage;
  try {
    const got = loader.readHtml(html, loader.savedFromUrl(html)) as ReadPage;
    return { page, ...scorePage(expected, got) };
  } catch (error) {
    // A reader that throws has read nothing: every field counts as missed.
    const score = scorePage(expected, {});
    return { page, ...score, matched: 0, wrong: 0, error: String(error) };
  }
}

async function main(): Promise<void> {
  const { dir, json, load } = parseArgs(process.argv.slice(2));
  const loader = (await import(pathToFileURL(load).href)) as Loader;
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
  const results = pages.map((page) => scoreOne(dir, page, loader));

  printReport(results, { dir: resolve(dir), readers: load }, json);
}

await main();
