// v1 -> v2: v1 stored a single provider's record; v2 keys every record by person.
// A v1 value that is not an object with a person is returned as is: validation after
// reading then treats it as corrupt (backed up, reset) instead of guessing.
import { personKey } from '../identity';
import type { PeopleStore } from '../schema';

export const V1_UNIDENTIFIED_KEY = 'v1:unidentified';

export function migratePeopleV1ToV2(v1: unknown, migratedAt: string = new Date().toISOString()): unknown {
  if (typeof v1 !== 'object' || v1 === null || !('person' in v1)) return v1;
  const record = v1 as { person: Parameters<typeof personKey>[0]; readAt?: { nremt?: string; elicensing?: string } };
  const key = personKey(record.person) ?? V1_UNIDENTIFIED_KEY;
  const updatedAt = record.readAt?.nremt ?? record.readAt?.elicensing ?? migratedAt;
  const v2: { people: Record<string, { record: unknown; updatedAt: string }> } = {
    people: { [key]: { record: v1, updatedAt } },
  };
  return v2 as unknown as PeopleStore;
}
