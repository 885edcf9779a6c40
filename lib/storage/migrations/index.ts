// One migration per version; the key is the version migrated TO (WXT storage convention).
import { migratePeopleV1ToV2 } from './v2';
import { migratePeopleV2ToV3 } from './v3';

export const peopleMigrations: Record<number, (value: unknown) => unknown> = {
  2: (value) => migratePeopleV1ToV2(value),
  3: (value) => migratePeopleV2ToV3(value),
};

/** Runs the migrations after `fromVersion` (for exports and backups written by older versions). */
export function migratePeople(value: unknown, fromVersion: number, toVersion: number): unknown {
  let out = value;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = peopleMigrations[version];
    if (step) out = step(out);
  }
  return out;
}
