import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { peopleMigrations } from '../../lib/storage/migrations';
import { migratePeopleV1ToV2, V1_UNIDENTIFIED_KEY } from '../../lib/storage/migrations/v2';
import { PEOPLE_VERSION, PeopleStore } from '../../lib/storage/schema';
import { RecertStore } from '../../lib/storage/store';
import * as z from 'zod/mini';
import { V1_PEOPLE_NAME_ONLY, V1_PEOPLE_NO_IDENTITY, V1_PEOPLE_WITH_REGISTRY } from './examples';

describe('people v1 -> v2', () => {
  it('keys a v1 record by registry number and keeps it whole', () => {
    const v2 = migratePeopleV1ToV2(V1_PEOPLE_WITH_REGISTRY, '2026-11-24T00:00:00.000Z');
    const parsed = z.parse(PeopleStore, v2);
    expect(Object.keys(parsed.people)).toEqual(['reg:A3187642']);
    expect(parsed.people['reg:A3187642']!.record).toEqual(V1_PEOPLE_WITH_REGISTRY);
    expect(parsed.people['reg:A3187642']!.updatedAt).toBe('2026-11-20T14:03:00.000Z');
  });

  it('keys by normalized name when there is no registry number', () => {
    const parsed = z.parse(PeopleStore, migratePeopleV1ToV2(V1_PEOPLE_NAME_ONLY, '2026-11-24T00:00:00.000Z'));
    expect(Object.keys(parsed.people)).toEqual(['name:brien casey o']);
    expect(parsed.people['name:brien casey o']!.updatedAt).toBe('2026-11-21T09:00:00.000Z');
  });

  it('keeps a record with no identity under a placeholder key, with the migration time', () => {
    const parsed = z.parse(PeopleStore, migratePeopleV1ToV2(V1_PEOPLE_NO_IDENTITY, '2026-11-24T00:00:00.000Z'));
    expect(parsed.people[V1_UNIDENTIFIED_KEY]!.record.courses).toHaveLength(1);
    expect(parsed.people[V1_UNIDENTIFIED_KEY]!.updatedAt).toBe('2026-11-24T00:00:00.000Z');
  });

  it('passes garbage through unchanged (validation then resets it, with a backup)', () => {
    expect(migratePeopleV1ToV2('not a record')).toBe('not a record');
    expect(migratePeopleV1ToV2(null)).toBe(null);
    expect(migratePeopleV1ToV2([1, 2])).toEqual([1, 2]);
  });

  it('has one migration per version up to the current one', () => {
    for (let version = 2; version <= PEOPLE_VERSION; version++) expect(typeof peopleMigrations[version]).toBe('function');
  });
});

describe('migration through storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a browser holding v1 data opens it as v2 and records the new version', async () => {
    await fakeBrowser.storage.local.set({ people: V1_PEOPLE_WITH_REGISTRY });
    const state = await new RecertStore().load();
    expect(state.notice).toBeNull();
    expect(state.people.people['reg:A3187642']!.record.person.name).toBe('Jordan Rivera');
    const raw = await fakeBrowser.storage.local.get(['people', 'people$']);
    expect((raw.people$ as { v: number }).v).toBe(2);
    expect(Object.keys((raw.people as PeopleStore).people)).toEqual(['reg:A3187642']);
  });

  it('v2 data is read as is', async () => {
    const v2 = { people: { 'reg:X1': { record: V1_PEOPLE_WITH_REGISTRY, updatedAt: '2026-11-24T00:00:00.000Z' } } };
    await fakeBrowser.storage.local.set({ people: v2, people$: { v: 2 } });
    const state = await new RecertStore().load();
    expect(state.people).toEqual(v2);
  });
});
