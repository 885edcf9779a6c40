// One migration per version; the key is the version migrated TO (WXT storage convention).
import { migratePeopleV1ToV2 } from './v2';

export const peopleMigrations: Record<number, (value: unknown) => unknown> = {
  2: (value) => migratePeopleV1ToV2(value),
};
