// The content scripts' cheap change detector: a mutation that left the page's text and address as
// they were is not worth a read. The text itself is kept and compared (one native step, exact),
// not hashed in script: hashing a 500-course page's 40,000 characters cost more than getting its
// text, a 5,000-course page's had to be cut into pieces with pauses, and two texts could share a hash.

export interface SeenText {
  /** True when the page shows the text it showed at the last look, at the same address; else remembers this look. */
  same(doc: Document, url: string): boolean;
}

export function seenText(): SeenText {
  let seenUrl: string | null = null;
  let seen = '';
  return {
    same(doc, url) {
      const text = doc.body?.textContent ?? '';
      if (url === seenUrl && text === seen) return true;
      seenUrl = url;
      seen = text;
      return false;
    },
  };
}
