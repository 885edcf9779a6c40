// Turns saved HTML into a Document with happy-dom (no scripts, no network), then the same
// readers the extension runs classify and read it.
import { Window } from 'happy-dom';
import type { PageSnapshot } from '../model';
import { readPage } from '../readers';

/** The address browsers write into saved pages: <!-- saved from url=(0042)https://… -->. */
export function savedFromUrl(html: string): string | null {
  const match = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html);
  return match?.[1] ?? null;
}

export async function readHtml(html: string, url: string | null): Promise<PageSnapshot> {
  const window = new Window({
    url: url ?? 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return readPage(document as unknown as Document, url);
  } finally {
    await window.happyDOM.close();
  }
}
