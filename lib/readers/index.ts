// Classifies a page by what it says and runs the matching reader.
// Placeholder signature; the implementation lands with issue 3.
import type { PageSnapshot } from '../model';

export function readPage(_document: Document, url: string | null): PageSnapshot {
  return { url, kind: 'unknown' };
}
