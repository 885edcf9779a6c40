// Deadline reminders (pure): 30, 14, 7 and 1 days before Feb 15, Mar 31 and Apr 30 while
// something is left; none once renewed or when the user turned reminders off.
import type { Report } from '../model';
import { addDays, format, parseISO } from 'date-fns';
import { longDate } from '../dates';

export const REMINDER_DAYS_BEFORE = [30, 14, 7, 1] as const;
/** Reminders fire at 9:00 local time on their day. */
export const REMINDER_HOUR = 9;

export interface Reminder {
  /** ISO date of the day the reminder is shown. */
  when: string;
  title: string;
  message: string;
}

/** The engine's actions that complete a step (not "your window opens…" notes). */
function whatIsLeft(report: Report): string {
  return report.nextActions
    .filter((a) => a.item !== null)
    .map((a) => a.what)
    .join('; ');
}

export function planReminders(report: Report | null, today: string, enabled = true): Reminder[] {
  if (!enabled || !report || !report.cycle) return [];
  const left = whatIsLeft(report);
  if (!left) return [];
  const deadlines = [
    { date: report.cycle.recommendedBy, name: 'Recommended completion date' },
    { date: report.cycle.lastDay, name: 'Last day without late fees' },
    { date: report.cycle.signOffBy, name: 'Last day for sign-off (late fees apply)' },
  ];
  const reminders: Reminder[] = [];
  for (const deadline of deadlines) {
    for (const days of REMINDER_DAYS_BEFORE) {
      const when = format(addDays(parseISO(deadline.date), -days), 'yyyy-MM-dd');
      if (when <= today) continue;
      reminders.push({
        when,
        title: `Recert: ${days === 1 ? '1 day' : `${days} days`} to ${longDate(deadline.date)}`,
        message: `${deadline.name}: ${longDate(deadline.date)}. Still to do: ${left}.`,
      });
    }
  }
  return reminders.sort((a, b) => a.when.localeCompare(b.when));
}

/** Epoch ms of a reminder's firing time (local 9:00 on its day). */
export function reminderTime(reminder: Reminder): number {
  const day = parseISO(reminder.when);
  day.setHours(REMINDER_HOUR, 0, 0, 0);
  return day.getTime();
}
