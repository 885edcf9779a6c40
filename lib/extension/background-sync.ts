// The background's work, kept out of the entry point so it can be tested with fakeBrowser:
// badge from the active person's report, reminder alarms (clear + recreate), notifications.
import { browser } from 'wxt/browser';
import { todayIso } from '../dates';
import type { Report } from '../model';
import type { RecertStore } from '../storage/store';
import { pickActivePerson } from './active-person';
import { badgeFor } from './badge';
import { planReminders, reminderTime, type Reminder } from './reminders';
import { reportFor } from './report-for';

export const REMINDER_ALARM_PREFIX = 'recert-reminder:';
export const NOTIFICATION_ICON = 'icon/128.png';

async function activeReport(store: RecertStore, today: string): Promise<{ report: Report | null; remindersEnabled: boolean }> {
  const state = await store.load();
  const key = pickActivePerson(state.people, state.ui);
  const result = reportFor(state.people, state.settings, key, today);
  return { report: result?.ok ? result.report : null, remindersEnabled: state.settings.remindersEnabled };
}

export async function updateBadge(report: Report | null): Promise<void> {
  const badge = badgeFor(report);
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
}

export async function scheduleReminders(reminders: Reminder[]): Promise<void> {
  const existing = await browser.alarms.getAll();
  await Promise.all(
    existing.filter((a) => a.name.startsWith(REMINDER_ALARM_PREFIX)).map((a) => browser.alarms.clear(a.name)),
  );
  reminders.forEach((reminder, index) => {
    browser.alarms.create(`${REMINDER_ALARM_PREFIX}${reminder.when}:${index}`, { when: reminderTime(reminder) });
  });
}

/** Recomputes badge and reminders from storage. Called on startup and on every storage change. */
export async function refreshBackground(store: RecertStore, today: string = todayIso()): Promise<Reminder[]> {
  const { report, remindersEnabled } = await activeReport(store, today);
  await updateBadge(report);
  const plan = planReminders(report, today, remindersEnabled);
  await scheduleReminders(plan);
  return plan;
}

/** When a reminder alarm fires: recompute (things may have been done since) and notify. */
export async function notifyForAlarm(store: RecertStore, alarmName: string, now: Date = new Date()): Promise<string[]> {
  if (!alarmName.startsWith(REMINDER_ALARM_PREFIX)) return [];
  const day = alarmName.slice(REMINDER_ALARM_PREFIX.length, REMINDER_ALARM_PREFIX.length + 10);
  // Plan from the day before so reminders due today are still in the plan.
  const yesterday = todayIso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
  const { report, remindersEnabled } = await activeReport(store, yesterday);
  const due = planReminders(report, yesterday, remindersEnabled).filter((r) => r.when === day);
  const ids: string[] = [];
  for (const reminder of due) {
    ids.push(
      await browser.notifications.create(`${alarmName}:${ids.length}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: reminder.title,
        message: reminder.message,
      }),
    );
  }
  return ids;
}
