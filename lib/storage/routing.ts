// Whose record a page goes into (pure). A page joins a person's record only when it is theirs:
// - it names them: their registry number, a license number already stored for them, or their
//   name (pages seen under another role, such as NREMT's Training Officer, are never stored);
// - or it was read in the same signed-in browsing session as a page that named them (the same
//   tab, or a tab opened from it, since the last sign-in/sign-out page), and agrees with what is
//   stored for them;
// - or they are the only person known in this browser, and it agrees with what is stored.
// Anything else is held aside ("pending") until a page of the same session names its person, or
// the provider says whose it is. A page that names someone nobody has stored starts their record.
// "Agrees": the same level, no different license number, and a course list that shares courses
// with the stored one rather than replacing it wholesale.
import { courseIdentity, emptyRecord, isCompleteList, mergeSnapshot } from '../merge';
import type { PageSnapshot, Person, ProviderRecord } from '../model';
import { normalizeLicense, normalizeName, normalizeRegistry, personKey } from './identity';
import type { PendingPage, PeopleStore } from './schema';

export type Merge = (record: ProviderRecord, snapshot: PageSnapshot, readAtIso: string) => ProviderRecord;

/** A tab's browsing session, as the background keeps it. */
export interface IdentitySession {
  /** Shared by a tab and the tabs opened from it; a new one after every sign-in/out page. */
  id: string;
  /** The person the session's pages named, or null. */
  owner: string | null;
}

/** How long a page held while nobody was known may still join the first person named. */
export const NOBODY_KNOWN_WINDOW_MS = 10 * 60_000;

export type PageOutcome =
  /** Stored (or re-stored) under `key`. */
  | { kind: 'stored'; key: string }
  /** Held aside under `pendingId`: the provider is asked whose it is (unless nobody is known). */
  | { kind: 'held'; pendingId: string }
  /** Nothing stored and nobody's data to show (signed-out, sign-in, unrecognised, another role). */
  | { kind: 'nobody'; why: 'unrecognised' | 'another-role' }
  /** Ours but unreadable: nothing stored; the session's person is still shown. */
  | { kind: 'unread'; key: string | null };

export interface AppliedPage {
  outcome: PageOutcome;
  /** The people item after the page; `changed` false when nothing needs writing. */
  store: PeopleStore;
  changed: boolean;
  session: IdentitySession;
}

/** The key of the person updated most recently, or null when nobody is stored. */
export function mostRecentPerson(store: PeopleStore): string | null {
  let best: { key: string; at: string } | null = null;
  for (const [key, entry] of Object.entries(store.people)) {
    if (!best || entry.updatedAt > best.at) best = { key, at: entry.updatedAt };
  }
  return best?.key ?? null;
}

/** The only person stored, or null when there are none or several. */
export function onlyPerson(store: PeopleStore): string | null {
  const keys = Object.keys(store.people);
  return keys.length === 1 ? keys[0]! : null;
}

const sameText = (a: string | null | undefined, b: string | null | undefined, norm: (v: string) => string): boolean | null =>
  a && b ? norm(a) === norm(b) : null;

function storedLicense(record: ProviderRecord): string | null {
  return record.license?.number ?? record.person.licenseNumber ?? null;
}

function pageLicense(snapshot: PageSnapshot): string | null {
  return snapshot.license?.number ?? snapshot.person?.licenseNumber ?? null;
}

function levelOf(certification: { level?: string | null } | undefined, license: { level?: string | null } | undefined) {
  return certification?.level ?? license?.level ?? null;
}

/** The stored person the page names, a new key for someone it names that nobody has, or null. */
function namedPerson(store: PeopleStore, snapshot: PageSnapshot): { key: string; isNew: boolean } | null {
  const person: Person = snapshot.person ?? {};
  const license = pageLicense(snapshot);
  const entries = Object.entries(store.people);
  if (person.registryNumber) {
    const match = entries.find(([, e]) => sameText(e.record.person.registryNumber, person.registryNumber, normalizeRegistry) === true);
    if (match) return { key: match[0], isNew: false };
  }
  if (license) {
    const match = entries.find(([, e]) => sameText(storedLicense(e.record), license, normalizeLicense) === true);
    if (match) return { key: match[0], isNew: false };
  }
  if (person.name) {
    const match = entries.find(
      ([, e]) =>
        sameText(e.record.person.name, person.name, normalizeName) === true &&
        // A different registry or license number on record is a different person of the same name.
        sameText(e.record.person.registryNumber, person.registryNumber, normalizeRegistry) !== false &&
        sameText(storedLicense(e.record), license, normalizeLicense) !== false,
    );
    if (match) return { key: match[0], isNew: false };
  }
  const key = personKey(person);
  if (!key) return null;
  return { key: key in store.people ? `${key}#${entries.length}` : key, isNew: true };
}

/** Whether an unnamed page fits what is stored for someone (see the file comment). */
export function agrees(snapshot: PageSnapshot, record: ProviderRecord, sameSession: boolean): boolean {
  const level = levelOf(snapshot.certification, snapshot.license);
  const storedLevel = levelOf(record.certification, record.license);
  if (level && storedLevel && level !== storedLevel) return false;
  if (sameText(pageLicense(snapshot), storedLicense(record), normalizeLicense) === false) return false;
  if (sameText(snapshot.person?.registryNumber, record.person.registryNumber, normalizeRegistry) === false) return false;
  if (snapshot.courses && record.courses.length > 0) {
    const complete = isCompleteList(snapshot);
    if (snapshot.courses.length === 0) return !complete;
    const stored = new Set(record.courses.map(courseIdentity));
    const shares = snapshot.courses.some((course) => stored.has(courseIdentity(course)));
    // A partial list in the same session may be a later page of a pager: it only adds.
    if (!shares) return !complete && sameSession;
  }
  return true;
}

function withPerson(store: PeopleStore, key: string, record: ProviderRecord, at: string): PeopleStore {
  return { ...store, people: { ...store.people, [key]: { record, updatedAt: at } } };
}

function withoutPending(store: PeopleStore, ids: readonly string[]): PeopleStore {
  if (ids.length === 0) return store;
  const pending = { ...store.pending };
  for (const id of ids) delete pending[id];
  return { ...store, pending };
}

/** Held pages that now belong to `key`: same session, or held while nobody was known just before. */
function claimHeld(store: PeopleStore, key: string, session: IdentitySession, readAt: string, merge: Merge): PeopleStore {
  let out = store;
  const claimed: string[] = [];
  const alone = onlyPerson(store) === key;
  for (const [id, page] of Object.entries(store.pending ?? {})) {
    const sameSession = page.session === session.id;
    const justBefore = page.nobodyKnown && alone && Date.parse(readAt) - Date.parse(page.readAt) <= NOBODY_KNOWN_WINDOW_MS;
    const record = out.people[key]!.record;
    if (!(sameSession || justBefore) || !agrees(page.snapshot, record, sameSession)) continue;
    out = withPerson(out, key, merge(record, page.snapshot, page.readAt), readAt);
    claimed.push(id);
  }
  return withoutPending(out, claimed);
}

/** The id under which a page is held: a re-read of the same view replaces the earlier one. */
export function pendingIdFor(session: IdentitySession, snapshot: PageSnapshot): string {
  return `${session.id}:${snapshot.kind}`;
}

export function applyPage(
  store: PeopleStore,
  snapshot: PageSnapshot,
  session: IdentitySession,
  readAt: string,
  merge: Merge = mergeSnapshot,
  newSessionId: () => string = () => `s-${Math.random().toString(36).slice(2, 12)}`,
): AppliedPage {
  const unchanged = (outcome: PageOutcome, next: IdentitySession = session): AppliedPage => ({ outcome, store, changed: false, session: next });
  const owner = session.owner && session.owner in store.people ? session.owner : null;

  if (snapshot.unreadReason !== undefined) return unchanged({ kind: 'unread', key: owner ?? onlyPerson(store) });
  // Another role's pages show other people's data: never stored, and the session keeps its owner.
  if (snapshot.role === 'training-officer') return unchanged({ kind: 'nobody', why: 'another-role' });
  // Signed out, a sign-in page, or a page we do not know: whoever comes next in this tab must name
  // themselves (a sign-in or sign-out page ends the other tabs' sessions too: see page-service).
  if (snapshot.kind === 'unknown') return unchanged({ kind: 'nobody', why: 'unrecognised' }, { id: newSessionId(), owner: null });

  const named = namedPerson(store, snapshot);
  if (named) {
    const current = store.people[named.key]?.record ?? emptyRecord();
    let next = withPerson(store, named.key, merge(current, snapshot, readAt), readAt);
    const nextSession = { ...session, owner: named.key };
    next = claimHeld(next, named.key, nextSession, readAt, merge);
    return { outcome: { kind: 'stored', key: named.key }, store: next, changed: true, session: nextSession };
  }

  const candidate = owner ?? onlyPerson(store);
  if (candidate && agrees(snapshot, store.people[candidate]!.record, candidate === owner)) {
    const next = withPerson(store, candidate, merge(store.people[candidate]!.record, snapshot, readAt), readAt);
    return { outcome: { kind: 'stored', key: candidate }, store: next, changed: true, session };
  }

  const pendingId = pendingIdFor(session, snapshot);
  const held: PendingPage = { snapshot, readAt, session: session.id, nobodyKnown: Object.keys(store.people).length === 0 };
  const next: PeopleStore = { ...store, pending: { ...store.pending, [pendingId]: held } };
  return { outcome: { kind: 'held', pendingId }, store: next, changed: true, session };
}

/** The provider said whose a held page is: merge it into their record (a complete list replaces). */
export function assignHeld(store: PeopleStore, pendingId: string, key: string, at: string, merge: Merge = mergeSnapshot): PeopleStore | null {
  const page = store.pending?.[pendingId];
  const entry = store.people[key];
  if (!page || !entry) return null;
  return withoutPending(withPerson(store, key, merge(entry.record, page.snapshot, page.readAt), at), [pendingId]);
}

export function discardHeld(store: PeopleStore, pendingId: string): PeopleStore | null {
  return store.pending?.[pendingId] ? withoutPending(store, [pendingId]) : null;
}
