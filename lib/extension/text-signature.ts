// A short fingerprint of a text: the background's note of what a read made of a page (page-service.ts;
// the content scripts compare the page's text itself: seen-text.ts).

/** Length and 32-bit FNV-1a hash of `text`. */
export function textSignature(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
