// The content scripts' cheap change detector (content-script side; routing and merging run in
// the background: lib/storage/routing.ts and page-service.ts).

const OFFSET = 0x811c9dc5;
/** A long page's text is hashed in pieces this long, with the page's own work between them. */
const PIECE = 65_536;

function mix(hash: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

const signatureOf = (text: string, hash: number) => `${text.length}:${(hash >>> 0).toString(36)}`;

/** Cheap fingerprint of the page's visible text: skip work when a mutation changed nothing we read. */
export function textSignature(text: string): string {
  return signatureOf(text, mix(OFFSET, text, 0, text.length));
}

/** textSignature, with `pause()` between pieces of a long text (a 5,000-course page's is ~400,000 characters). */
export async function textSignatureInSteps(text: string, pause: () => Promise<void>): Promise<string> {
  let hash = OFFSET;
  for (let from = 0; from < text.length; from += PIECE) {
    if (from > 0) await pause();
    hash = mix(hash, text, from, Math.min(text.length, from + PIECE));
  }
  return signatureOf(text, hash);
}
