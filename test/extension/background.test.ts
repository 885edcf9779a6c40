import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyForAlarm, refreshBackground, REMINDER_ALARM_PREFIX } from '../../lib/extension/background-sync';
import type { ProviderRecord } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';

// A real record through the real engine: EMT, cycle ending March 31, 2027, few hours.
const record: ProviderRecord = {
  person: { name: 'Jordan Rivera', registryNumber: 'E3187642' },
  certification: { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-03-01' },
  agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
  courses: [
    { title: 'Medical Update', completedOn: '2026-01-10', hours: 6, component: 'national', topic: 'medical', approvalNumber: '26-ABC-F3-0001' },
  ],
  application: { status: 'in-progress', submitButton: false },
  readAt: { nremt: '2026-11-20T10:00:00.000Z' },
};

describe('background: badge and reminders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('before the window opens: hours left on the badge, reminders scheduled as alarms', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', record, '2026-11-20T10:00:00.000Z');
    const plan = await refreshBackground(store, '2026-09-01');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('34');
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toHaveLength(plan.length);
    expect(plan.length).toBe(12);
    expect(alarms.every((a) => a.name.startsWith(REMINDER_ALARM_PREFIX))).toBe(true);
  });

  it('window open, months to go: the hours (the engine says "soon"); within 30 days of March 31: "!" (now)', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', record, '2026-11-20T10:00:00.000Z');
    await refreshBackground(store, '2026-11-24');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('34');
    await refreshBackground(store, '2027-03-05');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('NREMT renewed and eLicensing never read, in the window: "!" (open eLicensing now)', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', { ...record, certification: { level: 'emt', expiresOn: '2029-03-31', cycleStart: '2027-03-01' } }, '2026-11-20T10:00:00.000Z');
    await refreshBackground(store, '2026-12-01');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('clears the alarms when reminders are turned off, and does not touch other alarms', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', record, '2026-11-20T10:00:00.000Z');
    await refreshBackground(store, '2026-11-24');
    await fakeBrowser.alarms.create('someone-else', { when: Date.now() + 1e6 });
    await store.saveSettings({ remindersEnabled: false, perPerson: {} });
    await refreshBackground(store, '2026-11-24');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['someone-else']);
  });

  it('empty badge and no alarms when nothing is stored', async () => {
    await refreshBackground(new RecertStore(), '2026-11-24');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('shows a notification when a reminder alarm fires', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', record, '2026-11-20T10:00:00.000Z');
    const ids = await notifyForAlarm(store, `${REMINDER_ALARM_PREFIX}2027-03-30:7`, new Date(2027, 2, 30, 9));
    expect(ids).toHaveLength(1);
    expect(await notifyForAlarm(store, 'other-alarm')).toEqual([]);
  });
});
