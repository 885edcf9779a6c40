// A plain-text printout's text as its lines. A <pre> holds its lines as text, but a terminal or a
// paste site draws each line as its own element (Shell In A Box: a <div> per line inside the
// <pre>; a code view: a table row per line, the line number in a cell beside it), and an element's
// textContent runs those lines together. Here every block and every row ends its line, a row's
// cells keep a tab between them, a cell is one piece of its line whatever wraps its text, and a
// gutter's bare line number is left out. Rows and cells are a table's own (ARIA rows are not
// read so: the content script's budget).
import { hasLayout, isHiddenElement, keepsLineBreaks, whiteSpace } from './dom';
import { SKIPPED_TAGS, isInline, ownText } from './text';

const isRow = (el: Element): boolean => el.tagName.toUpperCase() === 'TR';
const isCell = (el: Element): boolean => ['TD', 'TH'].includes(el.tagName.toUpperCase());
// Text between a table's rows and cells is markup's indentation: no browser shows it.
const isStructure = (el: Element): boolean => ['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR'].includes(el.tagName.toUpperCase());

/** The printout's text, one line per drawn line. */
export function printoutText(el: Element): string {
  let text = '';
  const live = hasLayout(el.ownerDocument);
  const walk = (node: Element, inCell: boolean): void => {
    let cells = 0;
    const structure = isStructure(node);
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
        text += inCell ? ' ' : '\n';
        continue;
      }
      if (isCell(part)) {
        // A gutter: the row's first cell holding nothing but its line number (or nothing: drawn by CSS).
        if (cells++ === 0 && Number.isInteger(Number(part.textContent)) && part.nextElementSibling) continue;
        if (cells > 1 && text !== '' && !text.endsWith('\n')) text += '\t';
        walk(part, true);
        continue;
      }
      // A cell's wrappers are the cell's: its text stays one piece of the line.
      const block = !inCell && (isRow(part) || !isInline(part, tag));
      if (block && text !== '' && !text.endsWith('\n')) text += '\n';
      walk(part, inCell && tag !== 'PRE');
      if (block && !text.endsWith('\n')) text += '\n';
    }
  };
  walk(el, false);
  return text;
}

/**
 * Whether the element holds text and inline elements only (a row: cells that do), through
 * wrappers: an element whose one child is all it shows holds what that child holds.
 */
function isTextLine(el: Element, row: boolean): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (row ? !isCell(child) : !isInline(child, tag) && tag !== 'BR' && (el.childElementCount > 1 || ownText(el).trim())) return false;
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
  const text = el.textContent!;
  // pre-wrap (a pasted message) when it keeps lines of columns: its spaces or tabs line something up.
  // Its lines parted by line breaks or <br> (a terminal's "copy as HTML").
  return isTextLine(el, false) ? keepsLineBreaks(el) && (text.includes('\n') || !!el.querySelector('br')) && (whiteSpace(el) === 'pre' || text.includes('  ') || text.includes('\t')) : isLineListing(el);
}

/**
 * A code view or terminal drawn a line per element: a `white-space: pre` box, or one whose lines
 * keep their spaces (not a <pre>, read as one already), whose lines are three or more rows of
 * cells or blocks of text, each holding no block. The shape is checked before the style (a live
 * page computes it).
 */
export function isLineListing(el: Element): boolean {
  // Through a table's body, a grid's row group, a wrapper.
  let body = el;
  while (body.childElementCount === 1 && !ownText(body).trim() && !isRow(body.firstElementChild!)) body = body.firstElementChild!;
  if (body.childElementCount < 3) return false;
  for (let line = body.firstElementChild; line; line = line.nextElementSibling) {
    const tag = line.tagName.toUpperCase();
    // Lines are rows or blocks: spans broken by <br> are one block's text (a 3270 screen), read as it is.
    if (isInline(line, tag) || tag === 'BR' || !isTextLine(line, isRow(line))) return false;
  }
  // The box keeps its text's spaces, or each line's text does (a code view's code cell, its number cell beside it),
  // told by its second line: the first may be a header row ("#", "Content").
  const second = body.children[1]!;
  const text = second.lastElementChild ?? second;
  return keepsLineBreaks(el) || whiteSpace(text) === 'pre';
}
