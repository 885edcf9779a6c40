// v1 -> v2: v1 stored a single provider's record; v2 keys every record by person.
// A v1 value that is not an object with a person is returned as is: validation after
// reading then treats it as corrupt (backed up, reset) instead of guessing.
// Frozen: this file imports nothing live, so a later change to how keys are made cannot change
// what this migration did to data of its version.

export const V1_UNIDENTIFIED_KEY = 'v1:unidentified';

interface V1Person {
  name?: string | null;
  registryNumber?: string | null;
}

/** The person key as v2 made it: registry number, else the normalized name. */
function v2PersonKey(person: V1Person | undefined): string | null {
  const registry = typeof person?.registryNumber === 'string' ? person.registryNumber.replace(/[^0-9a-z]/gi, '').toUpperCase() : '';
  if (registry) return `reg:${registry}`;
  const name =
    typeof person?.name === 'string'
      ? person.name
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z0-9\s]/g, ' ')
          .split(/\s+/)
          .filter(Boolean)
          .sort()
          .join(' ')
      : '';
  return name ? `name:${name}` : null;
}

export function migratePeopleV1ToV2(v1: unknown, migratedAt: string = new Date().toISOString()): unknown {
  if (typeof v1 !== 'object' || v1 === null || !('person' in v1)) return v1;
  const record = v1 as { person: V1Person; readAt?: { nremt?: string; elicensing?: string } };
  const key = v2PersonKey(record.person) ?? V1_UNIDENTIFIED_KEY;
  const updatedAt = record.readAt?.nremt ?? record.readAt?.elicensing ?? migratedAt;
  return { people: { [key]: { record: v1, updatedAt } } };
}
