// happy-dom's parser closes whatever an end tag names, wherever it was opened. A browser does not
// reach out of a table part: an end tag met inside a table, row or cell never closes an element
// opened outside it (a template engine's `<wicket:panel>` around a row's header cells would
// otherwise swallow the rest of the table). Saved pages are read as the browser built them.
import HTMLParser from 'happy-dom/lib/html-parser/HTMLParser.js';

const TABLE_PARTS = new Set(['TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH']);

interface ParserState {
  tagNameStack: Array<string | null>;
  parseEndTag: (tagName: string) => void;
}

const prototype = HTMLParser.prototype as unknown as ParserState;
const closeElement = prototype.parseEndTag;

prototype.parseEndTag = function (this: ParserState, tagName: string): void {
  const name = tagName.toUpperCase();
  const stack = this.tagNameStack;
  const at = stack.lastIndexOf(name);
  if (at >= 0 && !TABLE_PARTS.has(name) && stack.slice(at + 1).some((open) => open !== null && TABLE_PARTS.has(open))) return;
  closeElement.call(this, tagName);
};
