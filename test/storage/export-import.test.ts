import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RecertStore } from '../../lib/storage/store';
import { V1_PEOPLE_WITH_REGISTRY } from './examples';

describe('export, import, delete', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips everything through JSON', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:A3187642', V1_PEOPLE_WITH_REGISTRY, '2026-11-24T10:00:00.000Z');
    await store.updatePersonSettings('reg:A3187642', { levelOverride: 'paramedic', recertifiedByExam: true });
    await store.saveSettings({ ...(await store.load()).settings, remindersEnabled: false });
    const exported = JSON.stringify(await store.exportAll(new Date('2026-11-24T12:00:00Z')));
    await store.deleteAll();
    expect((await store.load()).people.people).toEqual({});
    await store.importAll(exported);
    const state = await store.load();
    expect(state.people.people['reg:A3187642']!.record).toEqual(V1_PEOPLE_WITH_REGISTRY);
    expect(state.settings.perPerson['reg:A3187642']).toEqual({ levelOverride: 'paramedic', recertifiedByExam: true });
    expect(state.settings.remindersEnabled).toBe(false);
  });

  it('refuses a file that is not an export, and keeps the data', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:A3187642', V1_PEOPLE_WITH_REGISTRY, '2026-11-24T10:00:00.000Z');
    await expect(store.importAll('{nope')).rejects.toThrow('not JSON');
    await expect(store.importAll(JSON.stringify({ app: 'other', people: {} }))).rejects.toThrow('not a Recert Copilot export');
    expect(Object.keys((await store.load()).people.people)).toEqual(['reg:A3187642']);
  });

  it('delete all removes every item, backups included', async () => {
    await fakeBrowser.storage.local.set({ ui: 'broken' });
    const store = new RecertStore();
    await store.load();
    await store.updatePerson('reg:A3187642', V1_PEOPLE_WITH_REGISTRY, '2026-11-24T10:00:00.000Z');
    await store.deleteAll();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
