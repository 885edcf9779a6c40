// How numbers and dates read in the UI. Dates are ISO yyyy-mm-dd strings; "March 31, 2027" is
// spelled out from the string itself (no Date, so no time zone; and no date-fns `format` with
// its locale tables in the content-script bundles).
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-03-31" -> "March 31, 2027" (same wording as lib/dates longDate). */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

/** 1.5 -> "1.5", 2 -> "2", 0.25 -> "0.25". */
export function hours(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function hoursLeft(value: number): string {
  return `${hours(value)} h left`;
}

export function dateLabel(iso: string | null | undefined): string {
  return iso ? longDate(iso) : 'unknown';
}

export function daysLabel(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `${days} days left`;
  if (days === -1) return 'passed yesterday';
  return `passed ${-days} days ago`;
}

/** "Nov 24, 2026, 9:05 PM" for an ISO date-time; "never" when absent. */
export function readAtLabel(iso: string | undefined): string {
  if (!iso) return 'never';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown';
  return date.toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
}

export const ELICENSING_URL = 'https://healthprofessionlicensing.mass.gov/';
export const NREMT_URL = 'https://www.nremt.org/';
