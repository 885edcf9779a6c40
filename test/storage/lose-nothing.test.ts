// Storage that loses nothing: each person's record is validated on its own, backups pile up
// (a second corruption keeps the first), a backup can be restored, and import asks first.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RecertStore } from '../../lib/storage/store';
import { V1_PEOPLE_WITH_REGISTRY } from './examples';

const GOOD = { record: V1_PEOPLE_WITH_REGISTRY, updatedAt: '2026-11-24T00:00:00.000Z' };
const BAD = { record: { person: { name: 'Sam Lee' }, courses: [{ title: 'x', hours: 'TBD' }], readAt: {} }, updatedAt: '2026-11-24T00:00:00.000Z' };

describe('one bad record is set aside, the others stay', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every valid person when one record has a bad field', async () => {
    await fakeBrowser.storage.local.set({ people: { people: { 'reg:A3187642': GOOD, 'reg:A5550123': BAD } }, people$: { v: 2 } });
    const store = new RecertStore();
    const state = await store.load();
    expect(Object.keys(state.people.people)).toEqual(['reg:A3187642']);
    expect(state.notice).toContain('Sam Lee');
    const backups = await store.backups();
    expect(backups).toHaveLength(1);
    expect(JSON.stringify(backups[0]!.items)).toContain('TBD');
  });

  it('a second corruption keeps the first backup', async () => {
    await fakeBrowser.storage.local.set({ ui: 'first damage' });
    const store = new RecertStore();
    await store.load();
    await fakeBrowser.storage.local.set({ ui: 'second damage' });
    await store.load();
    const backups = await store.backups();
    expect(backups.map((b) => b.items.ui)).toEqual(['second damage', 'first damage']);
  });

  it('keeps only the last few backups', async () => {
    const store = new RecertStore();
    for (let i = 0; i < 8; i++) {
      await fakeBrowser.storage.local.set({ ui: `damage ${i}` });
      await store.load();
    }
    const backups = await store.backups();
    expect(backups.length).toBe(5);
    expect(backups[0]!.items.ui).toBe('damage 7');
  });

  it('a backup can be restored, and what it replaces is backed up first', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:A3187642', V1_PEOPLE_WITH_REGISTRY, '2026-11-24T10:00:00.000Z');
    const file = JSON.stringify({ app: 'recert-copilot', exportedAt: 'x', peopleVersion: 2, people: { people: {} }, settings: { remindersEnabled: true, perPerson: {} } });
    const plan = await store.previewImport(file);
    await store.applyImport(plan);
    const [beforeImport] = await store.backups();
    expect(beforeImport!.reason).toMatch(/import/i);
    await fakeBrowser.storage.local.set({ people: { people: { 'reg:A3187642': BAD } }, people$: { v: 3 } });
    await store.load();
    expect((await store.load()).people.people).toEqual({});
    const backups = await store.backups();
    await store.restoreBackup(backups.find((b) => b.reason.match(/import/i))!.id);
    expect(Object.keys((await store.load()).people.people)).toEqual(['reg:A3187642']);
  });
});

describe('import shows what it will change and asks', () => {
  beforeEach(() => fakeBrowser.reset());
  const exportOf = (people: object) =>
    JSON.stringify({ app: 'recert-copilot', exportedAt: '2026-11-24T12:00:00Z', peopleVersion: 2, people: { people }, settings: { remindersEnabled: true, perPerson: {} } });

  it('an export with no people never erases everyone', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:A3187642', V1_PEOPLE_WITH_REGISTRY, '2026-11-24T10:00:00.000Z');
    const plan = await store.previewImport(exportOf({}));
    expect(plan.summary).toMatch(/no people/i);
    await store.applyImport(plan);
    expect(Object.keys((await store.load()).people.people)).toEqual(['reg:A3187642']);
  });

  it('importAll (used by older callers) keeps everyone when the file has no people', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:A3187642', V1_PEOPLE_WITH_REGISTRY, '2026-11-24T10:00:00.000Z');
    await store.importAll(exportOf({}));
    expect(Object.keys((await store.load()).people.people)).toEqual(['reg:A3187642']);
  });

  it('the preview names who is added and who is replaced, and nothing changes until applied', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:A3187642', V1_PEOPLE_WITH_REGISTRY, '2026-11-24T10:00:00.000Z');
    const other = { ...V1_PEOPLE_WITH_REGISTRY, person: { name: 'Sam Lee', registryNumber: 'A5550123' } };
    const changed = { ...GOOD, record: { ...V1_PEOPLE_WITH_REGISTRY, agency: { name: 'Other Agency', status: 'active' } } };
    const plan = await store.previewImport(exportOf({ 'reg:A5550123': { record: other, updatedAt: 'x' }, 'reg:A3187642': changed }));
    expect(plan.added).toEqual(['Sam Lee']);
    expect(plan.replaced).toEqual(['Jordan Rivera']);
    expect(Object.keys((await store.load()).people.people)).toEqual(['reg:A3187642']);
    await store.applyImport(plan);
    expect(Object.keys((await store.load()).people.people).sort()).toEqual(['reg:A3187642', 'reg:A5550123']);
  });

  it('rejects keys like __proto__ anywhere in the file', async () => {
    const store = new RecertStore();
    const hostile = exportOf({}).replace('"people":{}', '"people":{"__proto__":{"polluted":true}}');
    await expect(store.previewImport(hostile)).rejects.toThrow(/__proto__/);
    const nested = exportOf({}).replace('"perPerson":{}', '"perPerson":{"constructor":{"prototype":{}}}');
    await expect(store.previewImport(nested)).rejects.toThrow(/not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
