import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { migratePeople, peopleMigrations } from '../../lib/storage/migrations';
import { migratePeopleV2ToV3 } from '../../lib/storage/migrations/v3';
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

describe('people v2 -> v3', () => {
  const V2_EXAMPLE = { people: { 'reg:A3187642': { record: V1_PEOPLE_WITH_REGISTRY, updatedAt: '2026-11-20T14:03:00.000Z' } } };

  it('adds an empty list of held pages and keeps every person as is', () => {
    const v3 = migratePeopleV2ToV3(structuredClone(V2_EXAMPLE));
    expect(z.parse(PeopleStore, v3)).toEqual({ ...V2_EXAMPLE, pending: {} });
  });

  it('passes anything that is not a v2 store through unchanged', () => {
    expect(migratePeopleV2ToV3('garbage')).toBe('garbage');
    expect(migratePeopleV2ToV3([1])).toEqual([1]);
    expect(migratePeopleV2ToV3({ people: 3 })).toEqual({ people: 3 });
  });

  it('runs after v2 when an old export or backup is read', () => {
    const v3 = migratePeople(V1_PEOPLE_WITH_REGISTRY, 1, 3) as PeopleStore;
    expect(Object.keys(v3.people)).toEqual(['reg:A3187642']);
    expect(v3.pending).toEqual({});
  });

  it('migration files are frozen: they import nothing', () => {
    for (const file of ['v2.ts', 'v3.ts']) {
      const source = readFileSync(resolve(import.meta.dirname, '../../lib/storage/migrations', file), 'utf8');
      expect(source).not.toMatch(/^\s*import\s/m);
    }
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
    expect((raw.people$ as { v: number }).v).toBe(PEOPLE_VERSION);
    expect(Object.keys((raw.people as PeopleStore).people)).toEqual(['reg:A3187642']);
  });

  it('v2 data gains an empty list of held pages (v3), people unchanged', async () => {
    const v2 = { people: { 'reg:X1': { record: V1_PEOPLE_WITH_REGISTRY, updatedAt: '2026-11-24T00:00:00.000Z' } } };
    await fakeBrowser.storage.local.set({ people: v2, people$: { v: 2 } });
    const state = await new RecertStore().load();
    expect(state.people).toEqual({ ...v2, pending: {} });
  });

  it('v3 data is read as is', async () => {
    const v3 = { people: { 'reg:X1': { record: V1_PEOPLE_WITH_REGISTRY, updatedAt: '2026-11-24T00:00:00.000Z' } }, pending: {} };
    await fakeBrowser.storage.local.set({ people: v3, people$: { v: 3 } });
    expect((await new RecertStore().load()).people).toEqual(v3);
  });
});
