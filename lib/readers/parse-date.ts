// Dates as the pages write them -> ISO yyyy-mm-dd. US month/day order; two-digit years are 20YY.
// Built from numbers with UTC calendar arithmetic, never through new Date(string) (UTC surprises)
// and without date-fns here: its formatter would triple the content scripts' size.

import { wordsOf } from './words';
import { order } from './date-order';
import { normaliseSpace } from './text';


// A month's first three letters, at its place: no other three letters in a row spell one before it.
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

// A sentence's period may follow the date ("expires 3/31/2027."), a further number may not.
const NUMERIC_US = /(?<![\w/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/-]|\.\d)/;
// Year first: ISO, and the same order with slashes or dots ("2026/01/14", Korean "2025. 2. 22."),
// or with the month's name ("2025-May-22", "2025 May 22").
const ISO = new RegExp(String.raw`(?<![\w/.-])(\d{4})([-/]|\. ?| (?=[a-z]))(\d{1,2}|${MONTH_NAME})\2(\d{1,2})(?![\d/-]|\.\d)`, 'i');
// A program's printed date may hold its time and zone before the year ("Tue Feb 11 00:00:00 EST 2025"); "May-22-2025".
const NAME_FIRST = new RegExp(String.raw`\b${MONTH_NAME}[\s/-]+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+\d\d?:\d\d(?::\d\d)?(?:\s+[a-z]{3,4}(?:[+-][\d:]{4,5})?)?)?[\s/-]+(\d{4})\b`, 'i');
// "12 March 2026", "22nd May 2025", "14-Jun-2025", "22.May.2025", SAS's "22MAY2025"; a two-digit
// year only where nothing spaces it ("31-MAR-26", "22MAY25").
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|[-./])?${MONTH_NAME}(?:,?\s+|[-/])?(\d{4}|\d{2})\b`, 'i');

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** The month a name writes (1-12), else a fraction no date takes ("00", "xyz" -> 2/3). */
function monthFromName(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so the host's zone cannot shift it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO string when year/month/day form a real calendar date, else null (e.g. 02/30/2026). */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The calendar day after an ISO date ("2025-02-10" -> "2025-02-11"). */
export function dayAfterIso(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1, 2)}-${pad(next.getUTCDate(), 2)}`;
}

const NUMERIC_ALL = new RegExp(NUMERIC_US.source, 'g');

/** Which order the numeric dates in `texts` prove: 1 day first, 2 month first, 3 both, 0 neither. */
export function provenOrder(texts: Iterable<string>): number {
  let seen = 0;
  for (const text of texts) {
    for (const [, a, b, y] of text.matchAll(NUMERIC_ALL)) {
      // Only a real date proves anything ("T3-26-0107" is an approval number).
      if (Number(a) > 12 && isoFromParts(fullYear(y!), Number(b), Number(a))) seen |= 1;
      if (Number(b) > 12 && isoFromParts(fullYear(y!), Number(a), Number(b))) seen |= 2;
    }
  }
  return seen;
}

/** A numeric date in the page's order; a dotted one that can only be day first ("31.03.2028") is read so unless the page proves month first. */
function numericIso([text, a, b, y]: RegExpExecArray): string | null {
  const dayFirst = isoFromParts(fullYear(y!), Number(b), Number(a));
  return order === 1 ? dayFirst : (isoFromParts(fullYear(y!), Number(a), Number(b)) ?? (!order && text.includes('.') ? dayFirst : null));
}

interface Found {
  iso: string | null;
  index: number;
  length: number;
}

/** The first date in the text, where it starts and how long it is. */
export function findFirst(text: string): Found | null {
  const candidates: Found[] = [];
  let m = ISO.exec(text);
  if (m) candidates.push({ iso: isoFromParts(Number(m[1]), Number(m[3]) || monthFromName(m[3]!), Number(m[5])), index: m.index, length: m[0].length });
  m = NUMERIC_US.exec(text);
  if (m) candidates.push({ iso: numericIso(m), index: m.index, length: m[0].length });
  m = NAME_FIRST.exec(text);
  if (m) candidates.push({ iso: isoFromParts(Number(m[3]), monthFromName(m[1]!), Number(m[2])), index: m.index, length: m[0].length });
  m = DAY_FIRST.exec(text);
  if (m && (m[3]!.length === 4 || !m[0].includes(' '))) candidates.push({ iso: isoFromParts(fullYear(m[3]!), monthFromName(m[2]!), Number(m[1])), index: m.index, length: m[0].length });
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]!;
}

/** The date a cell or value shows, when the whole text is one date (surrounding words allowed). */
export function parseDate(raw: string | null | undefined): string | null {
  const text = normaliseSpace(raw ?? '');
  if (!text) return null;
  // The usual cell, "03/31/2027" alone: only NUMERIC_US can match it, the whole text.
  const plain = NUMERIC_US.exec(text);
  if (plain && plain.index === 0 && plain[0].length === text.length) return numericIso(plain);
  return findFirst(text)?.iso ?? null;
}

/** Every date in a text, in order ("02/11/2025 - 03/31/2027" -> two dates). */
export function parseDates(raw: string | null | undefined): string[] {
  let rest = normaliseSpace(raw ?? '');
  const dates: string[] = [];
  for (let found = findFirst(rest); found; found = findFirst(rest)) {
    if (found.iso) dates.push(found.iso);
    rest = rest.slice(found.index + found.length);
  }
  return dates;
}

/** The date a text starts with, punctuation before it allowed (": March 31, 2026. It …"), else null. */
export function leadingDate(raw: string | null | undefined): string | null {
  return withLeadingDate(raw ?? '')?.[0] ?? null;
}

/** The date a text starts with and the text after it ("Nov 9, 2026 — Approved" -> 2026-11-09, " — Approved"), else null. */
export function withLeadingDate(text: string): [string, string] | null {
  const found = findFirst(text);
  return found?.iso && wordsOf(text.slice(0, found.index)).length === 0 ? [found.iso, text.slice(found.index + found.length)] : null;
}
