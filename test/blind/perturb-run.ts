// Reads a blind page as test/blind/score.ts does (happy-dom, the page's own stylesheets applied,
// then `readPage`), optionally after one perturbation of the parsed document, and scores it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inertWindow, savedDocument, savedFromUrl } from '../../lib/cli/html';
import { readPage } from '../../lib/readers/index';
import { scorePage, type ExpectedPage, type PageScore, type ReadPage } from './compare';
import { keptStrings } from './perturb-dom';
import { seededRandom, type Perturbation } from './perturb-transforms';

export interface BlindPage {
  set: string;
  name: string;
  html: string;
  expected: ExpectedPage;
}

export function loadSet(dir: string): BlindPage[] {
  const set = dir.replace(/\/+$/, '').split('/').pop()!;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      set,
      name: f.slice(0, -'.html'.length),
      html: readFileSync(join(dir, f), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8')) as ExpectedPage,
    }));
}

/** The page read after `perturbation` (none: as written), scored against its expectation. */
export async function scorePerturbed(page: BlindPage, perturbation: Perturbation | null): Promise<PageScore & { error?: string }> {
  const window = inertWindow();
  try {
    const document = savedDocument(window, page.html);
    perturbation?.apply(document, { random: seededRandom(`${page.set}/${page.name}/${perturbation.name}`), keep: keptStrings(page.expected) });
    return scorePage(page.expected, readPage(document, savedFromUrl(page.html)) as ReadPage);
  } catch (error) {
    return { ...scorePage(page.expected, {}), matched: 0, wrong: 0, error: String(error) };
  } finally {
    await window.happyDOM.close();
  }
}
