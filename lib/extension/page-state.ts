// An SPA view change often leaves the page showing what it showed (a new address, the view built
// again from the same data). The readers read the document and only the host of its address (the
// background keeps nothing of the rest), so a page in the state it was last read in is not read
// or sent again: hundreds of courses are not read to learn nothing. Content-script side.
//
// The body is kept as a copy in a document with no window (nothing in it loads or runs) and
// compared with the page node by node (isEqualNode: native, stops at the first difference):
// serializing a 500-course page's markup to hash it cost several times more on every view change.

/** Above this many elements the body is not copied (one copy is one task). */
const MAX_ELEMENTS = 20_000;
/** The panel's host (its frame in a closed shadow tree) is ours and there from the first read. */
const OWN_ELEMENT = 'recert-copilot-';

export interface PageState {
  /** Everything but the body's nodes, as text. */
  readonly key: string;
  /** The body as it was, in an inert document. */
  readonly body: Node;
}

/**
 * Everything a read depends on besides the address's path and query: the body's nodes (text,
 * classes, styles, what is hidden), the root's classes, the head (style sheets), form controls'
 * values, the viewport (media queries), the host and the fragment (CSS :target). Returns `last`
 * itself when the page is still in that state. Null when the markup cannot tell: a custom element
 * (other than the panel's host) may hold a shadow tree the markup does not show, and a very large
 * page is read again rather than copied.
 */
export function pageState(doc: Document, url: string, last: PageState | null = null, maxElements = MAX_ELEMENTS): PageState | null {
  const { body, head, documentElement: root } = doc;
  if (!body || doc.getElementsByTagName('*').length > maxElements) return null;
  const { host, hash } = new URL(url);
  const values = Array.from(body.querySelectorAll('input,select,textarea'), (field) => (field as HTMLInputElement).value + (field as HTMLInputElement).checked);
  const key = [host, hash, innerWidth, innerHeight, root.className, head?.innerHTML, values].join('\u0000');
  // Equal to a copy, so no custom element either (a copy is made only of a body without one).
  if (last?.key === key && body.isEqualNode(last.body)) return last;
  const elements = body.getElementsByTagName('*');
  for (let i = 0; i < elements.length; i++) {
    const name = (elements[i] as Element).localName;
    if (name.includes('-') && !name.startsWith(OWN_ELEMENT)) return null;
  }
  return { key, body: doc.implementation.createHTMLDocument('').importNode(body, true) };
}
