// An SPA view change often leaves the page showing what it showed (a new address, the view built
// again from the same data). The readers read the document and only the host of its address (the
// background keeps nothing of the rest), so a page in the state it was last read in is not read
// or sent again: hundreds of courses are not read to learn nothing. Content-script side.
import { textSignature } from './text-signature';

/** Above this many elements the markup is not fingerprinted (one serialization is one task). */
const MAX_ELEMENTS = 20_000;

/**
 * Everything a read depends on besides the address's path and query: the body's markup (text,
 * classes, styles, what is hidden), the root's classes, the head (style sheets), form controls'
 * values, the viewport (media queries), the host and the fragment (CSS :target). Null when the
 * markup cannot tell: a custom element (other than the panel's host) may hold a shadow tree the
 * markup does not show, and a very large page is read again rather than serialized.
 */
export function pageState(doc: Document, url: string, maxElements = MAX_ELEMENTS): string | null {
  const { body, head, documentElement: root } = doc;
  if (!body || doc.getElementsByTagName('*').length > maxElements) return null;
  // The panel's host (its frame in a closed shadow tree) is ours and there from the first read.
  const markup = body.outerHTML;
  if (/<(?!recert-copilot-)[a-z][\w.]*-/i.test(markup)) return null;
  const { host, hash } = new URL(url);
  const values = Array.from(body.querySelectorAll('input,select,textarea'), (field) => (field as HTMLInputElement).value + (field as HTMLInputElement).checked);
  return textSignature([host, hash, innerWidth, innerHeight, root.className, head?.innerHTML, values, markup].join('\u0000'));
}
