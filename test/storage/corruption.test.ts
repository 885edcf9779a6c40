import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CORRUPT_NOTICE, RecertStore } from '../../lib/storage/store';
import { V1_PEOPLE_WITH_REGISTRY } from './examples';

describe('corrupted storage is backed up and reset, never a crash', () => {
  beforeEach(() => fakeBrowser.reset());

  const cases: Array<[string, Record<string, unknown>]> = [
    ['JSON garbage in people (v2)', { people: '{"people": {"reg:1": ', people$: { v: 2 } }],
    ['wrong types in a person record', { people: { people: { 'reg:1': { record: { person: 'Jordan', courses: 3 }, updatedAt: 5 } } }, people$: { v: 2 } }],
    ['v1 garbage that the migration cannot use', { people: 42 }],
    ['settings with wrong types', { settings: { remindersEnabled: 'yes', perPerson: [] } }],
    ['ui that is not an object', { ui: 'collapsed' }],
  ];

  for (const [name, stored] of cases) {
    it(name, async () => {
      await fakeBrowser.storage.local.set(stored);
      const store = new RecertStore();
      const state = await store.load();
      expect(state.notice).toMatch(/could not be read and was set aside|was unreadable and was reset/);
      expect(state.people.people).toEqual({});
      expect(state.settings.remindersEnabled).toBe(true);
      expect(state.ui.panelCollapsed).toBe(false);
      const [backup] = await store.backups();
      const [itemName] = Object.keys(stored).filter((k) => !k.endsWith('$'));
      // Kept exactly as found (after the version migration, which only adds an empty list of held pages).
      const found = backup?.items[itemName!];
      if (typeof found === 'object' && found) expect(found).toMatchObject(stored[itemName!] as object);
      else expect(found).toEqual(stored[itemName!]);
      // The reset value is valid now: a second load shows no new damage and keeps the backup.
      const again = await new RecertStore().load();
      expect(again.people.people).toEqual({});
      expect(await store.backups()).toHaveLength(1);
      expect((await store.backups())[0]?.items[itemName!]).toEqual(found);
    });
  }

  it('keeps the good items when only one is corrupt', async () => {
    const good = { people: { 'reg:A3187642': { record: V1_PEOPLE_WITH_REGISTRY, updatedAt: '2026-11-24T00:00:00.000Z' } } };
    await fakeBrowser.storage.local.set({ people: good, people$: { v: 2 }, settings: 'garbage' });
    const state = await new RecertStore().load();
    expect(state.people).toEqual({ ...good, pending: {} });
    expect(state.notice).toBe(CORRUPT_NOTICE);
  });

  it('the message goes away once acknowledged; the copy stays for export', async () => {
    await fakeBrowser.storage.local.set({ ui: 7 });
    const store = new RecertStore();
    expect((await store.load()).notice).toBe(CORRUPT_NOTICE);
    await store.acknowledgeNotice();
    expect((await store.load()).notice).toBeNull();
    const exported = await store.exportAll();
    expect(exported.backups?.[0]?.items.ui).toBe(7);
  });

  it('a backup kept by an older version is moved into the list, not lost', async () => {
    await fakeBrowser.storage.local.set({ 'corrupt-backup': { at: '2026-11-01T00:00:00.000Z', items: { people: 'old damage' } } });
    const store = new RecertStore();
    expect((await store.load()).notice).toBe(CORRUPT_NOTICE);
    expect((await store.backups()).map((b) => b.items.people)).toEqual(['old damage']);
    expect(await fakeBrowser.storage.local.get('corrupt-backup')).toEqual({});
  });

  it('a clean browser has no notice and empty defaults', async () => {
    const state = await new RecertStore().load();
    expect(state).toEqual({
      people: { people: {} },
      settings: { remindersEnabled: true, perPerson: {} },
      ui: { panelCollapsed: false, activePerson: null },
      notice: null,
    });
  });
});
