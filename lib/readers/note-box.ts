// A form's text box holding a note of several lines (a password manager's "Notes", a document
// manager's "Content", a read-only entry view) shows the person its lines as a note does: read as
// a printout's lines, where nothing else on the page shows them. A box repeating what the page
// shows (a reply quoting a post, a paste site's raw box, an editor beside its preview) is read
// once, where the page shows it. (A box in no form and not read-only is a notes app's editor:
// scan.ts reads it.) Background only (preformatted.ts), on a saved page.
import { wordsOf } from './words';

/** A form's or a read-only text box whose lines the page shows nowhere else. */
export function isUnshownNote(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'TEXTAREA') return false;
  const text = el.textContent ?? '';
  if (!text.includes('\n')) return false;
  // Its longest line, letters and figures only: a quoted table's cells are drawn apart elsewhere.
  const probe = squeezed(text.split('\n').reduce((longest, line) => (line.length > longest.length ? line : longest), ''));
  if (probe.length < 12) return false;
  const page = squeezed(el.ownerDocument.body?.textContent ?? '');
  const first = page.indexOf(probe);
  // Once is its own text.
  return first >= 0 && page.indexOf(probe, first + 1) < 0;
}

function squeezed(text: string): string {
  return wordsOf(text).join('');
}
