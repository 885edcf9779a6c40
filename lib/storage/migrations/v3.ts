// v2 -> v3: pages whose person is not known yet are held aside next to the people
// ("pending"). A v2 store has none. Anything that is not a v2 store is returned as is:
// validation after reading then deals with it (one bad record set aside, the rest kept).
// Frozen: imports nothing live.

export function migratePeopleV2ToV3(v2: unknown): unknown {
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return v2;
  const people = (v2 as { people?: unknown }).people;
  if (typeof people !== 'object' || people === null || Array.isArray(people)) return v2;
  return { people, pending: {} };
}
