// The page readers' front door: classify, read, and validate against the shared model.
import { PageSnapshot } from '../model';
import { LICENSE_READERS } from './license-page';
import { readPageUnchecked } from './judge-page';

export function readPage(document: Document, url: string | null): PageSnapshot {
  try {
    return PageSnapshot.parse(readPageUnchecked(document, url, LICENSE_READERS));
  } catch (error) {
    // A reader bug must not take the page down: report it as unreadable, with nothing guessed.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { url, kind: 'unknown', unreadReason: `Could not read this page: ${message}` };
  }
}
