// Turns saved HTML into a Document with happy-dom (no scripts, no network), then the same
// readers the extension runs classify and read it.
import { Window } from 'happy-dom';
import './table-scope';
import type { PageSnapshot } from '../model';
import { readPage } from '../readers';
import { drawComponentAttributes } from './component-attributes';
import { hideWhatStylesheetsHide } from './stylesheet-hidden';
import { placeWhereStylesheetsPlace } from './stylesheet-place';

/** The address browsers write into saved pages: <!-- saved from url=(0042)https://… -->. */
export function savedFromUrl(html: string): string | null {
  const match = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html);
  return match?.[1] ?? null;
}

/**
 * The address a page without a "saved from" line is parsed at. Not about:blank: happy-dom
 * resolves a `<link rel=preload href="/pkg/app.wasm">` against it as the page is parsed, and
 * against about:blank that throws (an unhandled rejection that ended `recert read`).
 */
const UNSAVED_PAGE_URL = 'https://saved-page.invalid/';

/** A window that runs no script and loads nothing: a saved page is data, never code. */
export function inertWindow(url: string | null = null): Window {
  return new Window({
    url: url ?? UNSAVED_PAGE_URL,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      // Preloads "as fetch" are not covered by the switches above: answer every request here,
      // so reading a saved page never reaches the network.
      fetch: { interceptor: { beforeAsyncRequest: async ({ window }) => new window.Response('') } },
    },
  });
}

/**
 * A saved page as the readers meet it in a browser, minus the layout: what its own stylesheet
 * hides is marked hidden (stylesheet-hidden.ts), what its web components show from their
 * attributes is drawn back (component-attributes.ts), where it places boxes is written on them
 * (stylesheet-place.ts).
 */
export function savedDocument(window: Window, html: string): Document {
  const document = new window.DOMParser().parseFromString(withoutSvgStyles(html), 'text/html') as unknown as Document;
  hideWhatStylesheetsHide(document);
  hideClosedDisclosures(document);
  drawComponentAttributes(document);
  placeWhereStylesheetsPlace(document);
  return document;
}

/**
 * The page without the <style> elements inside its inline SVG drawings (an icon exported with its
 * own ".st0{fill:…}"): happy-dom's parser takes all the markup after one for the style's text, so
 * the rest of the page was lost (a browser draws it). They style the drawing only.
 */
function withoutSvgStyles(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<style\b[\s\S]*?<\/style>/gi, ''));
}

/** A closed <details> shows its summary only (a browser draws nothing of the rest). */
function hideClosedDisclosures(document: Document): void {
  for (const details of document.querySelectorAll('details:not([open])')) {
    for (const child of details.children) if (child.tagName !== 'SUMMARY') child.setAttribute('hidden', '');
  }
}

export async function readHtml(html: string, url: string | null): Promise<PageSnapshot> {
  const window = inertWindow(url);
  try {
    return readPage(savedDocument(window, html), url);
  } finally {
    await window.happyDOM.close();
  }
}
