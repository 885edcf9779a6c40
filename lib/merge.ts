// Folds page snapshots, in the order read, into one provider's record.
// Placeholder signature; the implementation lands with issue 2.
import type { PageSnapshot, ProviderRecord } from './model';

export function emptyRecord(): ProviderRecord {
  return { person: {}, courses: [], readAt: {} };
}

export function mergeSnapshot(_record: ProviderRecord, _snapshot: PageSnapshot, _readAt: string): ProviderRecord {
  throw new Error('merge not implemented yet');
}
