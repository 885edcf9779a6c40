// Test helper: parse HTML the way `recert` does (happy-dom, no scripts) and read it.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { readPage } from '../../lib/readers/index';
import type { PageSnapshot } from '../../lib/model';

export function parseHtml(html: string): { document: Document; close: () => void } {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => void window.happyDOM.close() };
}

export function readHtml(html: string, url: string | null = null): PageSnapshot {
  const { document, close } = parseHtml(html);
  try {
    return readPage(document, url);
  } finally {
    close();
  }
}

export function readFile(path: string, url: string | null = null): PageSnapshot {
  return readHtml(readFileSync(path, 'utf8'), url);
}

/** The address a browser wrote into a saved page: `<!-- saved from url=(0031)https://… -->`. */
export function savedFromUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1] ?? null;
}
