// Test helper: parse HTML the way `recert` does (happy-dom, no scripts) and read it.
import { readFileSync } from 'node:fs';
import { inertWindow, savedDocument } from '../../lib/cli/html';
import { readPage } from '../../lib/readers/index';
import type { PageSnapshot } from '../../lib/model';

/** The document as written, nothing marked (for tests of what the readers do with markup alone). */
export function parseHtml(html: string): { document: Document; close: () => void } {
  const window = inertWindow();
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => void window.happyDOM.close() };
}

/** Reads `html` exactly as `recert` reads a saved page. */
export function readHtml(html: string, url: string | null = null): PageSnapshot {
  const window = inertWindow();
  const document = savedDocument(window, html);
  const close = () => void window.happyDOM.close();
  try {
    return readPage(document, url);
  } finally {
    close();
  }
}

export function readFile(path: string, url: string | null = null): PageSnapshot {
  return readHtml(readFileSync(path, 'utf8'), url);
}

/** The address a browser wrote into a saved page, as `recert` finds it. */
export { savedFromUrl } from '../../lib/cli/html';
