// Turns saved HTML into a Document with happy-dom (no scripts, no network), then the same
// readers the extension runs classify and read it.
import { Window } from 'happy-dom';
import './table-scope';
import type { PageSnapshot } from '../model';
import { readPage } from '../readers';
import { drawComponentAttributes } from './component-attributes';
import { declared, declaredValues, hideWhatStylesheetsHide } from './stylesheet-hidden';
import { breakPrintoutLines, placeWhereStylesheetsPlace } from './stylesheet-place';

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
  const document = new window.DOMParser().parseFromString(withoutTemplateContent(withoutSvgStyles(html)), 'text/html') as unknown as Document;
  drawFrameDocuments(window, document);
  hideWhatStylesheetsHide(document);
  hideClosedDisclosures(document);
  showTextareaText(document);
  showTextDrawnForTheEye(document);
  drawComponentAttributes(document);
  keepKnownWhiteSpace(document);
  placeWhereStylesheetsPlace(document);
  breakPrintoutLines(document);
  return document;
}

/**
 * An inline frame's own document (its srcdoc: a mail viewer's message, an e-book's page) drawn
 * where the frame stands, as a browser shows it; not a frame hidden or placed off the page by its
 * own style (a print library's frame holds a copy of the page for printing).
 */
function drawFrameDocuments(window: Window, document: Document): void {
  for (const frame of document.querySelectorAll('iframe[srcdoc]')) {
    const style = frame.getAttribute('style') ?? '';
    const offPage = ['top', 'left'].some((side) => declared(style, side)?.startsWith('-'));
    if (frame.hasAttribute('hidden') || declared(style, 'visibility') === 'hidden' || declared(style, 'display') === 'none' || offPage || /^0(?:px)?$/.test(declared(style, 'height') ?? '')) continue;
    const inner = new window.DOMParser().parseFromString(withoutSvgStyles(frame.getAttribute('srcdoc') ?? ''), 'text/html') as unknown as Document;
    const box = document.createElement('div');
    for (const node of [...Array.from(inner.head?.querySelectorAll('style') ?? []), ...Array.from(inner.body?.childNodes ?? [])]) box.append(document.importNode(node, true));
    frame.replaceWith(box);
  }
}

const WHITE_SPACE = new Set(['normal', 'pre', 'nowrap', 'pre-wrap', 'pre-line', 'break-spaces']);

/**
 * An element's own white-space as a browser takes it: the last of its declarations the browser
 * understands. A webmail writes "white-space:pre-wrap;white-space:-moz-pre-wrap;white-space:-o-pre-wrap"
 * for old browsers; a browser drops the prefixed values and keeps pre-wrap, happy-dom keeps the last.
 */
function keepKnownWhiteSpace(document: Document): void {
  for (const el of document.querySelectorAll('[style*="white-space"]')) {
    const style = (el as HTMLElement).style;
    if (WHITE_SPACE.has(style.whiteSpace)) continue;
    const known = declaredValues(el.getAttribute('style') ?? '', 'white-space').filter((value) => WHITE_SPACE.has(value)).at(-1);
    if (known) style.setProperty('white-space', known);
    else style.removeProperty('white-space');
  }
  // A block whose whole text is one span keeping its line breaks (a webmail's message body) shows
  // those lines as the block's own: the readers weigh a block's white-space, not its inline child's.
  for (const span of document.querySelectorAll('span[style*="white-space"]')) {
    const parent = span.parentElement as HTMLElement | null;
    const shown = (span as HTMLElement).style.whiteSpace;
    if (parent && shown.startsWith('pre') && !parent.style.whiteSpace && parent.textContent?.trim() === span.textContent?.trim()) parent.style.setProperty('white-space', shown);
  }
}

/**
 * The page without the <style> elements inside its inline SVG drawings (an icon exported with its
 * own ".st0{fill:…}"): happy-dom's parser takes all the markup after one for the style's text, so
 * the rest of the page was lost (a browser draws it). They style the drawing only.
 */
function withoutSvgStyles(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<style\b[\s\S]*?<\/style>/gi, ''));
}

// Text the parser takes as text to its end tag (a script's "<template>" is no template), or a template's start or end tag.
// (Not a custom element named "template-…": its name goes on past the word.)
const RAW_TEXT_OR_TEMPLATE_TAG = /<!--[\s\S]*?-->|<(script|style|textarea|title)\b[\s\S]*?<\/\1\s*>|<(\/?)template(?=[\s/>])([^>]*)>/gi;

/**
 * The page without what its templates hold (all but a declarative shadow root's): a browser never
 * shows a template's content, but happy-dom's parser moves a template's rows out of it inside a
 * table (Alpine's `<template x-for>` in a tbody), so its placeholder row ("Sample Course Title") was
 * read as a course. Linear: one pass over the tags, counting nested templates.
 */
function withoutTemplateContent(html: string): string {
  let kept = '';
  let from = 0;
  let depth = 0;
  for (const tag of html.matchAll(RAW_TEXT_OR_TEMPLATE_TAG)) {
    if (tag[2] === undefined) continue;
    const closing = tag[2] === '/';
    if (depth === 0) {
      if (closing || /shadowroot/i.test(tag[3] ?? '')) continue;
      kept += html.slice(from, tag.index + tag[0].length);
      depth = 1;
      continue;
    }
    depth += closing ? -1 : 1;
    if (depth === 0) from = tag.index;
  }
  // A template left open holds the rest of the page, as a browser parses it.
  return depth > 0 ? kept : kept + html.slice(from);
}

// How many of a drawn block's lines are looked for in the rest of the page.
const SAMPLED_LINES = 12;

/**
 * Lines a page draws for the eye alone (`role="presentation" aria-hidden="true"`: a code editor
 * draws its text so and reads it out through its own input) are shown, as a browser shows them,
 * where they are the page's only copy of that text; a drawn copy of text the page holds elsewhere
 * (a sticky header's twin, an icon's glyph) stays out.
 */
function showTextDrawnForTheEye(document: Document): void {
  const drawn = [...document.querySelectorAll('[role="presentation"][aria-hidden="true"]')].filter((el) => el.children.length >= 2 && !el.parentElement?.closest('[aria-hidden="true"],[hidden]'));
  if (drawn.length === 0) return;
  const page = bare(document.body?.textContent ?? '');
  for (const el of drawn) el.setAttribute('aria-hidden', onlyCopy([...el.children].map((line) => line.textContent ?? ''), page) ? 'false' : 'true');
}

// Compared by letters and figures alone: a table's cells hold what a drawn line sets apart by " | ", a quote's lines start with ": ".
const bare = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/**
 * Whether lines (a block's, within the page's bare text `page`) are the page's only copy of them:
 * `least` of their first lines or more, most of which occur once in the page (only the first: a
 * search of the page for each line of a long file would make it quadratic).
 */
function onlyCopy(lines: readonly string[], page: string, least = 2): boolean {
  const sampled = lines.map(bare).filter((line) => line.length >= 8).slice(0, SAMPLED_LINES);
  const once = sampled.filter((line) => page.indexOf(line) === page.lastIndexOf(line)).length;
  return sampled.length >= least && once * 2 > sampled.length;
}

/**
 * A text area's text drawn as the block of lines a browser shows in it (a paste bin's or a
 * one-time note's box holding the pasted page): the readers read the text of elements, and a text
 * area's is its value. Its attributes go with it (hidden stays hidden). Not a copy of text the page
 * shows elsewhere (a reply form's quote of the post above it, a paste's raw text beside its view).
 */
function showTextareaText(document: Document): void {
  const areas = [...document.querySelectorAll('textarea')].filter((area) => (area.textContent ?? '').trim() !== '');
  if (areas.length === 0) return;
  const page = bare(document.body?.textContent ?? '');
  for (const area of areas) {
    const text = area.textContent ?? '';
    if (!onlyCopy(text.split('\n'), page, 1)) continue;
    const block = document.createElement('pre');
    for (const { name, value } of Array.from(area.attributes)) block.setAttribute(name, value);
    block.style.setProperty('white-space', 'pre-wrap');
    block.textContent = text;
    area.replaceWith(block);
  }
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
