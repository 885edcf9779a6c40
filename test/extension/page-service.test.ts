import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageClient } from '../../lib/extension/page-client';
import type { SendMessage } from '../../lib/extension/protocol';
import { createPageService } from '../../lib/extension/page-service';
import { readSafely } from '../../lib/extension/page-view';
import type { PageSnapshot } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';
import { inProcessMessenger } from '../support/messaging';
import { dashboardSnapshot } from '../support/snapshots';

let nextTab = 1;
const dashboard = dashboardSnapshot;
const NOW = new Date(2026, 10, 24, 12);

/** A content script's client wired to the background's handler, as runtime messaging does. */
function wire(handler = createPageService(new RecertStore(), () => NOW), tabId = nextTab++) {
  // The browser attaches the sending tab: the background keeps whose pages each tab shows.
  return { client: pageClient(inProcessMessenger(handler, { tab: { id: tabId } }).sendMessage), handler };
}

describe('content script <-> background page service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a read page under its person, remembers the tab owner and returns the report', async () => {
    const { client } = wire();
    const view = await client.ingest(dashboard('Jordan Rivera', 'A3187642'));
    expect(view.state).toBe('ready');
    expect(view.personKey).toBe('reg:A3187642');
    expect(view.personName).toBe('Jordan Rivera');
    const sessions = (await fakeBrowser.storage.session.get('tab-sessions'))['tab-sessions'] as Record<string, { owner: string }>;
    expect(Object.values(sessions).map((s) => s.owner)).toEqual(['reg:A3187642']);
    expect(view.result?.ok && view.result.report.level).toBe('aemt');
    const stored = await new RecertStore().load();
    expect(stored.people.people['reg:A3187642']!.record.readAt.nremt).toBe(NOW.toISOString());
    expect(stored.ui.activePerson).toBe('reg:A3187642');
  });

  it('an unreadable page shows why and changes nothing stored', async () => {
    const { client } = wire();
    await client.ingest(dashboard('Jordan Rivera', 'A3187642'));
    const before = await fakeBrowser.storage.local.get('people');
    const view = await client.ingest({ url: null, kind: 'nremt-education', unreadReason: 'the course table has no Hours column' });
    expect(view.state).toBe('unread');
    expect(view.unreadReason).toBe('the course table has no Hours column');
    expect(view.result?.ok).toBe(true); // the person's stored report is still shown
    expect(await fakeBrowser.storage.local.get('people')).toEqual(before);
  });

  it('two tabs reading at once do not lose each other’s person (one background serves both)', async () => {
    const a = wire();
    const b = wire(a.handler);
    await Promise.all([a.client.ingest(dashboard('Jordan Rivera', 'A3187642')), b.client.ingest(dashboard('Sam Lee', 'A5550123'))]);
    expect(Object.keys((await new RecertStore().load()).people.people).sort()).toEqual(['reg:A3187642', 'reg:A5550123']);
  });

  it('remembers the collapsed state and acknowledges the storage notice', async () => {
    await fakeBrowser.storage.local.set({ ui: 'garbage' });
    const { client } = wire();
    const first = await client.ingest(dashboard('Jordan Rivera', 'A3187642'));
    expect(first.notice).toContain('Stored data was unreadable');
    await client.setCollapsed(true);
    await client.dismissNotice();
    const view = await client.refresh();
    expect(view?.collapsed).toBe(true);
    expect(view?.notice).toBeNull();
    expect(view?.personKey).toBe('reg:A3187642');
  });

  it('rejects malformed requests and stores nothing', async () => {
    const { handler } = wire();
    await expect(handler.ingestPage({ snapshot: { kind: 'nope' } })).rejects.toThrow('malformed');
    await expect(handler.ingestPage('recert-copilot:page')).rejects.toThrow('malformed');
    await expect(handler.setUi({ panelCollapsed: 'yes' })).rejects.toThrow('malformed');
    await expect(handler.extensionPage({ tabPerson: 3, chosen: null })).rejects.toThrow('malformed');
    expect(await fakeBrowser.storage.local.get('people')).toEqual({});
  });

  it('a reader that throws becomes "could not read", not a crash', () => {
    const { snapshot } = readSafely(document, 'https://www.nremt.org/x', () => {
      throw new Error('boom');
    });
    expect(snapshot.kind).toBe('unknown');
    expect(snapshot.unreadReason).toContain('boom');
  });
});

describe('content script when the background does not answer', () => {
  it('explains instead of throwing, keeps the collapsed state, claims no person', async () => {
    const silent = pageClient((async () => undefined) as unknown as SendMessage);
    const view = await silent.ingestOrExplain(dashboard('Jordan Rivera', 'A3187642'), true);
    expect(view.state).toBe('unread');
    expect(view.unreadReason).toContain('could not save this page');
    expect(view.collapsed).toBe(true);
    expect(view.personKey).toBeNull();
    expect(view.result).toBeNull();
  });

  it('a failing send (extension reloaded) is explained the same way', async () => {
    const broken = pageClient((async () => {
      throw new Error('Extension context invalidated.');
    }) as SendMessage);
    const view = await broken.ingestOrExplain(dashboard('Jordan Rivera', 'A3187642'), false);
    expect(view.unreadReason).toBe('Recert Copilot could not save this page (Extension context invalidated.); reload the page');
  });
});
