// Every fixture page next to its hand-written expected snapshot (zotero/translators style).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml, savedFromUrl } from './load';

const dir = join(__dirname, '..', 'fixtures', 'pages');
const pages = readdirSync(dir)
  .filter((name) => name.endsWith('.html'))
  .sort();

describe('fixture pages read as their expected snapshots', () => {
  it('has fixtures for every page kind', () => {
    const kinds = new Set(
      pages.map((name) => (JSON.parse(readFileSync(join(dir, name.replace(/\.html$/, '.expected.json')), 'utf8')) as { kind: string }).kind),
    );
    expect([...kinds].sort()).toEqual(['elicensing-license', 'nremt-application', 'nremt-dashboard', 'nremt-education', 'unknown']);
  });

  it.each(pages)('%s', (name) => {
    const html = readFileSync(join(dir, name), 'utf8');
    const expected: unknown = JSON.parse(readFileSync(join(dir, name.replace(/\.html$/, '.expected.json')), 'utf8'));
    expect(readHtml(html, savedFromUrl(html))).toEqual(expected);
  });
});
