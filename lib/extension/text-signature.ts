// The content scripts' cheap change detector (content-script side; routing and merging run in
// the background: lib/storage/routing.ts and page-service.ts).

/** Cheap fingerprint of the page's visible text: skip work when a mutation changed nothing we read. */
export function textSignature(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
