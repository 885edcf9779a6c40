// Scores the readers on a directory of blind pages read in a real browser: each page is served
// to Debian's Chromium and `readPage` runs in it, with the page's layout (what its stylesheet
// hides, what it renders), as the extension's content scripts read it. Same comparison and report
// as score.ts, which reads the pages as `recert` reads saved pages.
//
//   npx tsx test/blind/score-live.ts DIR [--json]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_BASE_ARGS, chromiumPath, PROJECT_ROOT } from '../../scripts/lib/extension-browser';
import { scorePage, type ExpectedPage, type ReadPage } from './compare';
import { printReport, type PageResult } from './report';
import { savedFromUrl } from '../readers/load';

/** The readers as one script that leaves `readBlindPage(url)` on the page's window. */
async function readerScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { readPage } from './lib/readers/index';\n(globalThis as any).readBlindPage = (url: string | null) => JSON.stringify(readPage(document, url));",
      resolveDir: PROJECT_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dir = args.find((a) => a !== '--json');
  if (!dir) {
    console.error('usage: npx tsx test/blind/score-live.ts DIR [--json]');
    process.exit(2);
  }
  const script = await readerScript();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_BASE_ARGS });
  // The readers run as a content script does, which a page's own Content-Security-Policy does not bind.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true, bypassCSP: true });
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
  const results: PageResult[] = [];
  try {
    for (const name of pages) {
      const html = readFileSync(join(dir, `${name}.html`), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ExpectedPage;
      const url = savedFromUrl(html);
      const page = await context.newPage();
      // Served, not set: declarative shadow roots are only built by a navigation's parser.
      await page.route('https://blind.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
      await page.route(/^(?!https:\/\/blind\.invalid\/)/, (route) => route.abort());
      await page.goto('https://blind.invalid/page', { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      const got = JSON.parse(await page.evaluate((u) => (globalThis as unknown as { readBlindPage(u: string | null): string }).readBlindPage(u), url)) as ReadPage;
      await page.close();
      results.push({ page: name, ...scorePage(expected, got) });
    }
  } finally {
    await browser.close();
  }
  printReport(results, { dir: resolve(dir), readers: `lib/readers in Chromium (${chromiumPath()})` }, json);
}

await main();
