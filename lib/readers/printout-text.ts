// A plain-text printout's text as its lines. A <pre> holds its lines as text, but a terminal or a
// paste site draws each line as its own element (Shell In A Box: a <div> per line inside the
// <pre>; a code view: a table row per line, the line number in a cell beside it), and an element's
// textContent runs those lines together. Here every block ends its line, a row's cells keep a tab
// between them, and a gutter's bare line number is left out.
import { hasLayout, isHiddenElement, whiteSpace } from './dom';
import { INLINE_TAGS, SKIPPED_TAGS } from './text';

const CELLS = new Set(['TD', 'TH']);
const TABLE_PARTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']);
const MIN_LISTING_LINES = 3;

/** The printout's text, one line per drawn line. */
export function printoutText(el: Element): string {
  let text = '';
  const live = hasLayout(el.ownerDocument);
  const walk = (node: Element): void => {
    let cell = 0;
    // Text between a table's rows and cells is markup's indentation: no browser shows it.
    const structure = TABLE_PARTS.has(node.tagName.toUpperCase());
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!structure) text += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const part = child as Element;
      const tag = part.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || tag === 'TEXTAREA' || isHiddenElement(part, live)) continue;
      if (tag === 'BR') {
        text += '\n';
        continue;
      }
      if (CELLS.has(tag)) {
        // A gutter: the row's first cell holding nothing but its line number (or nothing: drawn by CSS).
        if (cell++ === 0 && Number.isInteger(Number(part.textContent)) && part.nextElementSibling) continue;
        if (!text.endsWith('\n') && text !== '' && cell > 1) text += '\t';
        walk(part);
        continue;
      }
      const block = !INLINE_TAGS.has(tag) && !tag.includes('-');
      if (block && text !== '' && !text.endsWith('\n')) text += '\n';
      walk(part);
      if (block && !text.endsWith('\n')) text += '\n';
    }
  };
  walk(el);
  // A code editor keeps its columns with no-break spaces: they are spaces, as the eye reads them.
  return text.replaceAll('\u00a0', ' ');
}

/** Whether the element holds text and inline elements only (a row: cells that do). */
function isTextLine(el: Element, row: boolean): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (row ? !CELLS.has(tag) : !INLINE_TAGS.has(tag) && tag !== 'BR') return false;
    if (!isTextLine(child, false)) return false;
  }
  return true;
}

/**
 * A printout that is no <pre>: a box of text and inline elements only whose lines the page keeps
 * (`white-space: pre`: a text file exported with its syntax colours, spans in such a box), or a
 * listing drawn a line per element.
 */
export function isPrintoutBox(el: Element): boolean {
  return isTextLine(el, false) ? whiteSpace(el) === 'pre' && el.textContent!.includes('\n') : isLineListing(el);
}

/**
 * A code view or terminal drawn a line per element: a `white-space: pre` box, or one whose lines
 * keep their spaces (not a <pre>, read as one already), whose children are three or more lines of text, each a row of
 * cells or a block holding no block. The shape is checked before the style (a live page computes it).
 */
export function isLineListing(el: Element): boolean {
  const body = el.tagName.toUpperCase() === 'TABLE' && el.firstElementChild?.tagName.toUpperCase() === 'TBODY' ? el.firstElementChild : el;
  if (body.childElementCount < MIN_LISTING_LINES) return false;
  for (let line = body.firstElementChild; line; line = line.nextElementSibling) {
    const tag = line.tagName.toUpperCase();
    // Lines are rows or blocks: spans broken by <br> are one block's text (a 3270 screen), read as it is.
    if (INLINE_TAGS.has(tag) || tag === 'BR' || !isTextLine(line, tag === 'TR')) return false;
  }
  // The box keeps its text's spaces, or each line's text does (a code view's code cell, its number cell beside it).
  const text = body.firstElementChild!.lastElementChild ?? body.firstElementChild!;
  return whiteSpace(el).startsWith('pre') || whiteSpace(text) === 'pre';
}
