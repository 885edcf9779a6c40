// Which stored person a page belongs to (pure). Rules:
// - a page that names someone (registry number, else name) belongs to that someone;
// - an NREMT page with no identity belongs to this tab's owner (the person whose dashboard was
//   last read in the tab), else to the most recently active person;
// - an eLicensing page matches by license number, else by normalized name; else a new person.
// A page of another person is routed to THEIR record, so it never overwrites the owner's.
// The two sites rarely show a common identifier (NREMT: registry number; eLicensing: license
// number, often no name), so a page that matches nobody is linked to the most recently active
// person only when that person lacks exactly this side (no license yet / only a license) and the
// levels agree; anything else starts a new person rather than risk mixing two people.
import type { PageSnapshot, Person } from '../model';
import { normalizeLicense, normalizeName, normalizeRegistry, personKey } from './identity';
import type { PeopleStore } from './schema';

export interface Route {
  key: string;
  /** True when no stored person matched: a new record is started. */
  isNew: boolean;
}

export const UNIDENTIFIED_KEY = 'unidentified';

function sameRegistry(a: Person, b: Person): boolean | null {
  if (!a.registryNumber || !b.registryNumber) return null;
  return normalizeRegistry(a.registryNumber) === normalizeRegistry(b.registryNumber);
}

function sameName(a: Person, b: Person): boolean {
  return !!a.name && !!b.name && normalizeName(a.name) === normalizeName(b.name);
}

function sameLicense(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && normalizeLicense(a) === normalizeLicense(b);
}

/** The key of the person updated most recently, or null when nobody is stored. */
export function mostRecentPerson(store: PeopleStore): string | null {
  let best: { key: string; at: string } | null = null;
  for (const [key, entry] of Object.entries(store.people)) {
    if (!best || entry.updatedAt > best.at) best = { key, at: entry.updatedAt };
  }
  return best?.key ?? null;
}

function findNremtPerson(store: PeopleStore, person: Person): string | null {
  for (const [key, entry] of Object.entries(store.people)) {
    const registry = sameRegistry(entry.record.person, person);
    if (registry === true) return key;
    // Both registry numbers known and different: two people, whatever their names.
    if (registry === null && sameName(entry.record.person, person)) return key;
  }
  return null;
}

function findLicensee(store: PeopleStore, snapshot: PageSnapshot): string | null {
  const license = snapshot.license?.number ?? snapshot.person?.licenseNumber ?? null;
  const entries = Object.entries(store.people);
  for (const [key, entry] of entries) {
    const stored = entry.record.license?.number ?? entry.record.person.licenseNumber ?? null;
    if (sameLicense(stored, license)) return key;
  }
  if (snapshot.person) {
    for (const [key, entry] of entries) {
      const stored = entry.record.license?.number ?? entry.record.person.licenseNumber ?? null;
      // A different license number on record means a different person, even with the same name.
      if (stored && license && !sameLicense(stored, license)) continue;
      if (sameName(entry.record.person, snapshot.person)) return key;
    }
  }
  return null;
}

function levelsAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  return !a || !b || a === b;
}

/** The most recent person, if they have no license yet and their level fits this license page. */
function adoptForLicense(store: PeopleStore, snapshot: PageSnapshot): string | null {
  if (snapshot.person?.name) return null; // a named page that matched nobody is someone else
  const key = mostRecentPerson(store);
  const record = key ? store.people[key]?.record : undefined;
  if (!key || !record) return null;
  if (record.license?.number || record.person.licenseNumber) return null;
  return levelsAgree(record.certification?.level, snapshot.license?.level) ? key : null;
}

/** The most recent person, if all we know of them is an eLicensing license of the same level. */
function adoptForNremt(store: PeopleStore, snapshot: PageSnapshot): string | null {
  const key = mostRecentPerson(store);
  const record = key ? store.people[key]?.record : undefined;
  if (!key || !record) return null;
  if (record.person.registryNumber || record.person.name || record.certification?.expiresOn) return null;
  if (!record.license?.number) return null;
  return levelsAgree(record.license.level, snapshot.certification?.level) ? key : null;
}

export function routeSnapshot(store: PeopleStore, snapshot: PageSnapshot, tabOwner: string | null): Route {
  if (snapshot.kind === 'elicensing-license') {
    const match = findLicensee(store, snapshot) ?? adoptForLicense(store, snapshot);
    if (match) return { key: match, isNew: false };
    const key =
      personKey(snapshot.person) ??
      (snapshot.license?.number ? `lic:${normalizeLicense(snapshot.license.number)}` : UNIDENTIFIED_KEY);
    return { key, isNew: !(key in store.people) };
  }
  const shown = personKey(snapshot.person);
  if (shown && snapshot.person) {
    const match = findNremtPerson(store, snapshot.person) ?? adoptForNremt(store, snapshot);
    if (match) return { key: match, isNew: false };
    return { key: shown, isNew: true };
  }
  const owner = (tabOwner && tabOwner in store.people ? tabOwner : null) ?? mostRecentPerson(store);
  if (owner) return { key: owner, isNew: false };
  return { key: UNIDENTIFIED_KEY, isNew: !(UNIDENTIFIED_KEY in store.people) };
}

/** The tab's owner after reading `snapshot`: a page that names someone makes them the owner. */
export function nextTabOwner(route: Route, snapshot: PageSnapshot, tabOwner: string | null): string | null {
  if (snapshot.kind !== 'elicensing-license' && personKey(snapshot.person)) return route.key;
  return tabOwner ?? route.key;
}
