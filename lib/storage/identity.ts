// Who a page belongs to. The key is the NREMT registry number when known, else the normalized
// name: two people never share a key, and the same person keeps one key across pages.
import type { Person } from '../model';

/** "A3187642" / " a-318 7642 " -> "A3187642". */
export function normalizeRegistry(value: string): string {
  return value.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** "RIVERA,  Jordan P." and "jordan p rivera" both -> "jordan p rivera" (word order ignored). */
export function normalizeName(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

export function normalizeLicense(value: string): string {
  return value.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** The storage key for a person, or null when the page shows no identity. */
export function personKey(person: Person | undefined): string | null {
  const registry = person?.registryNumber ? normalizeRegistry(person.registryNumber) : '';
  if (registry) return `reg:${registry}`;
  const name = person?.name ? normalizeName(person.name) : '';
  if (name) return `name:${name}`;
  return null;
}

/** The name to show for a person: their own name, else their registry number. */
export function displayName(person: Person): string {
  return person.name?.trim() || (person.registryNumber ? `Registry ${person.registryNumber}` : 'Unnamed provider');
}
