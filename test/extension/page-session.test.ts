import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageSession, readSafely, type TabMemory } from '../../lib/extension/page-session';
import type { PageSnapshot } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';

const memory = (): TabMemory & { value: string | null } => {
  const m = { value: null as string | null, get: () => m.value, set: (k: string | null) => void (m.value = k) };
  return m;
};
const dashboard: PageSnapshot = {
  url: 'https://www.nremt.org/dashboard',
  kind: 'nremt-dashboard',
  person: { name: 'Jordan Rivera', registryNumber: 'A3187642' },
  certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
  agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
};

describe('content script session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a read page under its person, remembers the tab owner and builds the report', async () => {
    const tab = memory();
    const session = new PageSession(new RecertStore(), tab, () => new Date(2026, 10, 24, 12));
    const view = await session.ingest(dashboard);
    expect(view.state).toBe('ready');
    expect(view.personKey).toBe('reg:A3187642');
    expect(view.personName).toBe('Jordan Rivera');
    expect(tab.value).toBe('reg:A3187642');
    expect(view.result?.ok && view.result.report.level).toBe('aemt');
    const stored = await new RecertStore().load();
    expect(stored.people.people['reg:A3187642']!.record.readAt.nremt).toBe(new Date(2026, 10, 24, 12).toISOString());
    expect(stored.ui.activePerson).toBe('reg:A3187642');
  });

  it('an unreadable page shows why and changes nothing stored', async () => {
    const session = new PageSession(new RecertStore(), memory(), () => new Date(2026, 10, 24, 12));
    await session.ingest(dashboard);
    const before = await fakeBrowser.storage.local.get('people');
    const view = await session.ingest({ url: null, kind: 'nremt-education', readError: 'the course table has no Hours column' });
    expect(view.state).toBe('unreadable');
    expect(view.unreadReason).toBe('the course table has no Hours column');
    expect(view.result?.ok).toBe(true); // the person's stored report is still shown
    expect(await fakeBrowser.storage.local.get('people')).toEqual(before);
  });

  it('a reader that throws becomes "could not read", not a crash', () => {
    const snapshot = readSafely(document, 'https://www.nremt.org/x', () => {
      throw new Error('boom');
    });
    expect(snapshot.kind).toBe('unknown');
    expect(snapshot.readError).toContain('boom');
  });

  it('remembers the collapsed state', async () => {
    const session = new PageSession(new RecertStore(), memory());
    await session.setCollapsed(true);
    expect((await session.view()).collapsed).toBe(true);
  });
});
