// The content scripts' core, pure: route a page snapshot to its person and merge it into what is
// stored. Pages that could not be read, or are not ours, change nothing.
import { emptyRecord, mergeSnapshot } from '../merge';
import type { PageSnapshot, ProviderRecord } from '../model';
import { mostRecentPerson, nextTabOwner, routeSnapshot } from '../storage/routing';
import type { PeopleStore } from '../storage/schema';

export type Merge = (record: ProviderRecord, snapshot: PageSnapshot, readAtIso: string) => ProviderRecord;

export interface AppliedSnapshot {
  /** The person whose report to show, or null when nobody is known yet. */
  key: string | null;
  tabOwner: string | null;
  /** The record to save for `key`, or null when nothing changes. */
  updated: ProviderRecord | null;
}

export function applySnapshot(
  people: PeopleStore,
  snapshot: PageSnapshot,
  tabOwner: string | null,
  readAtIso: string,
  merge: Merge = mergeSnapshot,
): AppliedSnapshot {
  const fallbackKey = (tabOwner && tabOwner in people.people ? tabOwner : null) ?? mostRecentPerson(people);
  if (snapshot.kind === 'unknown' || snapshot.readError) {
    return { key: fallbackKey, tabOwner, updated: null };
  }
  const route = routeSnapshot(people, snapshot, tabOwner);
  const current = people.people[route.key]?.record ?? emptyRecord();
  return {
    key: route.key,
    tabOwner: nextTabOwner(route, snapshot, tabOwner),
    updated: merge(current, snapshot, readAtIso),
  };
}

/** Cheap fingerprint of the page's visible text: skip work when a mutation changed nothing we read. */
export function textSignature(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
