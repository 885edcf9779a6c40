// Calendar dates as ISO yyyy-mm-dd strings. parseISO reads a date-only string as LOCAL midnight and
// format writes it back in local time, so a round trip never shifts a day whatever the time zone;
// differenceInCalendarDays compares calendar days, not 24-hour spans (DST-proof).
import { addYears, differenceInCalendarDays, format, isValid, parse, parseISO } from 'date-fns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written yyyy-mm-dd (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

export function toDate(iso: string): Date {
  return parseISO(iso);
}

export function toIso(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Calendar date `iso` shifted by whole years (Feb 29 falls back to Feb 28). */
export function addYearsIso(iso: string, years: number): string {
  return toIso(addYears(toDate(iso), years));
}

/** Days from `fromIso` to `toIsoDate`: positive when `toIsoDate` is later. */
export function daysBetween(fromIso: string, toIsoDate: string): number {
  return differenceInCalendarDays(toDate(toIsoDate), toDate(fromIso));
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** "March 31, 2027": how dates appear in messages. */
export function longDate(iso: string): string {
  return format(toDate(iso), 'MMMM d, yyyy');
}

/** Today's calendar date on this machine, as the user sees it. */
export function todayIso(now: Date = new Date()): string {
  return toIso(now);
}
