// Page text as a person reads it: whitespace collapsed, scripts, styles and form widgets left out.
// textContent glues "Expiration Date" and "03/31/2027" of sibling blocks together, so
// element boundaries become spaces, except for inline formatting tags inside a word.

// Tags after which no space is needed inside a word ("Cardio<b>vascular</b>").
export const GLUED_TAGS = new Set(['B', 'I', 'EM', 'U', 'SUP', 'SUB', 'SMALL', 'MARK', 'ABBR', 'CODE', 'TT', 'S', 'WBR', 'FONT']);
export const INLINE_TAGS = new Set([...GLUED_TAGS, 'STRONG', 'A', 'SPAN', 'LABEL', 'TIME']);
// An <object> is not among them: without a resource to load, the browser draws its children (its
// fallback content: Apple Notes wraps every table in one); one that loads a resource is hidden (dom.ts).
export const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'SVG', 'HEAD', 'IFRAME']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

import { isHidden, renderedChildren, shownStyle } from './dom';

/**
 * Drawn within a line: an inline tag, or a custom element as the browser draws an unknown one
 * (inline) where nothing sets it apart: no shadow root, and a display of its own that is inline
 * (the page's stylesheet, live; its own style in a saved page: lib/cli/stylesheet-place.ts; an
 * inline-block is a box of its own, a badge's), or none and the line's words running into it
 * ("Agency: <x-chip>North Shore</x-chip> Regional Fire Rescue").
 */
export function isInline(el: Element, tag: string): boolean {
  if (INLINE_TAGS.has(tag)) return true;
  if (!tag.includes('-') || renderedChildren(el)) return false;
  const display = shownStyle(el, 'display');
  return display ? display === 'inline' : !!el.previousSibling?.nodeValue?.trim();
}

// Whitespace other than a single inner space, or an icon font's glyph: anything the replace and trim below would change.
const NEEDS_NORMALISING = /[^\S ]|[\u200b\ue000-\uf8ff]|  |^ | $/;

/**
 * Collapses runs of whitespace (including non-breaking and zero-width spaces) and trims. An icon
 * font's glyph (the Private Use Area: a card's "\ue88f" info icon) is no letter of the text: a space.
 */
export function normaliseSpace(text: string): string {
  // Most cells are already clean: a test is cheaper than building a new string.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text.replace(/[\s\u200b\ue000-\uf8ff]+/g, ' ').trim();
}

/** Returns false once `budget` characters were gathered (the caller only wanted short texts). */
function collect(node: Node, parts: string[], state: { length: number; budget: number }): boolean {
  const rendered = renderedChildren(node);
  if (rendered) {
    for (const child of rendered) if (!collectOne(child, parts, state)) return false;
    return true;
  }
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (!collectOne(child, parts, state)) return false;
  }
  return true;
}

function collectOne(child: Node, parts: string[], state: { length: number; budget: number }): boolean {
  if (child.nodeType === TEXT_NODE) {
    const value = child.nodeValue ?? '';
    parts.push(value);
    state.length += value.length;
    return state.length <= state.budget;
  }
  if (child.nodeType !== ELEMENT_NODE) return true;
  const tag = (child as Element).tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || isHidden(child as Element) || isNoteMark(child as Element, tag)) return true;
  // (A <br> is a space: no glued tag, no children.) A bold label the stylesheet draws as a block ("<b>Application Status</b>Not Submitted") stands apart from its value.
  const glued = GLUED_TAGS.has(tag) && shownStyle(child as Element, 'display') !== 'block';
  if (!glued) parts.push(' ');
  if (!collect(child, parts, state)) return false;
  if (!glued) parts.push(' ');
  return true;
}

// What a note's mark above the line holds: a number or a sign ("Field<sup>1</sup>", "<sup>†</sup>").
const NOTE_SIGNS = '0123456789*†‡§';

/**
 * A footnote's mark (<sup><a href="#fn1">1</a></sup>, or the link around it; a bare <sup>1</sup>
 * no word goes on after): it points at a note, no part of the text.
 */
export function isNoteMark(el: Element, tag: string): boolean {
  if (tag !== 'SUP') return false;
  const text = el.textContent!.trim();
  const next = el.nextSibling?.nodeValue?.[0] ?? ' ';
  const sign = text !== '' && text.length <= 2 && [...text].every((ch) => NOTE_SIGNS.includes(ch)) && next.toLowerCase() === next.toUpperCase() && !NOTE_SIGNS.includes(next);
  return sign || (el.closest('a') ?? el.querySelector('a'))?.getAttribute('href')?.[0] === '#';
}

/** An element whose text is exactly its textContent: no child elements, no shadow tree, not a slot nor a line of boxes. */
function isPlainLeaf(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  return (node as Element).childElementCount === 0 && !renderedChildren(node);
}

/** The element's text, normalised. Never uses innerText (no layout in happy-dom). */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  // No child elements (most table cells): textContent is exactly the text children, in one
  // call and without a wrapper object per text node.
  if (isPlainLeaf(node)) return normaliseSpace(node.textContent ?? '');
  const parts: string[] = [];
  collect(node, parts, { length: 0, budget: Number.POSITIVE_INFINITY });
  return normaliseSpace(parts.join(''));
}

/** The element's text when it is at most `budget` characters, else null (cheap on big containers). */
export function shortTextOf(node: Node | null | undefined, budget = 300): string | null {
  if (!node) return '';
  if (isPlainLeaf(node)) {
    const text = node.textContent ?? '';
    return text.length > budget ? null : normaliseSpace(text);
  }
  const parts: string[] = [];
  if (!collect(node, parts, { length: 0, budget })) return null;
  return normaliseSpace(parts.join(''));
}

/** The element's own text: its text children only, as written. */
export function ownText(el: Element): string {
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT_NODE) out += child.nodeValue ?? '';
  return out;
}

/** Row text for an "unread" report: trimmed to about 200 characters. */
export function excerpt(text: string, max = 200): string {
  const clean = normaliseSpace(text);
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

/** The unreadReason of a page that is ours but lacks a part we need. */
export function couldNotRead(missing: string[]): string {
  return `Could not read this page: ${missing.join(', ')} not found`;
}
