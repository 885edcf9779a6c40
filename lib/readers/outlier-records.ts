// A phantom among the courses: a repeated-looking element that is no course (a notification or
// message item, a navbar dropdown entry, a news card, a payment line, a "last login" line) read as
// one, which on a list read by position shifts every course after it. Told by comparing each
// record with its siblings in the list: unlike them in two ways (drawn otherwise, without the
// approval number or the component nearly all of them show, outside the list beyond a heading of
// other words, its date far from theirs) and with page-chrome wording opening one of its pieces or in
// the lines around it, or standing outside the repeated block as a line of the document a list was
// pasted into (a mail's message row, an export's preamble: see outsideBlock). The user's problem courses (no approval number, before the cycle, a duplicate, not assigned)
// are drawn like the others or show a course's own field or assignment: they stay. Background only
// (record-courses.ts).
import type { Course, RecordItem, RecordList } from '../model';
import { headingAssignment, NOT_ASSIGNED } from './education';
import { hasDigit, hasLetters } from './cut';
import { findFirst } from './parse-date';
import { spanDays } from './facts';
import { personName } from './names';
import { assignmentIn, hoursWithUnit } from './values';
import { hasPhrase, isPhrase, phrases, startsWithPhrase } from './words';

// Words of the page's chrome, never of a course record: notifications, messages, news, sign-ins,
// payments, a read time ("4 min read").
const CHROME = phrases(
  'notification', 'notifications', 'message', 'messages', 'inbox', 'alert', 'alerts', 'announcement', 'announcements', 'news',
  'recent activity', 'synced', 'last login', 'last log in', 'last sign in', 'last signed in', 'logged in', 'signed in', 'session time',
  'payment', 'payments', 'receipt', 'invoice', 'paid', 'fee', 'fees', 'transaction', 'totals', 'min read', 'read more',
);
// A date this many days outside every sibling's (a course before the cycle is one or two cycles out).
const FAR_DAYS = 3 * 365;

interface Entry {
  item: Extract<RecordItem, { atoms: unknown }>;
  course: Course;
  at: number;
}

/** Nearly all of n: every one of a few, all but one in five of more. */
const nearlyAll = (count: number, n: number): boolean => n >= 2 && count >= n - Math.floor(n / 5);

/** Nearly all the siblings show a piece of this kind and the record none. */
function lacks(siblings: readonly Entry[], entry: Entry, kind: (atom: Entry['item']['atoms'][number]) => boolean): boolean {
  return nearlyAll(siblings.filter((other) => other.item.atoms.some(kind)).length, siblings.length) && !entry.item.atoms.some(kind);
}

/** How many of a record's pieces are words only (its title, a sender, a message's text). */
const wordPieces = (entry: Entry): number => entry.item.atoms.filter((atom) => !hasDigit(atom.text) && hasLetters(atom.text)).length;

/** Hours a course may count: whole quarter hours (domain.md: credits in 0.25 steps). */
const onQuarters = (hours: number): boolean => Number.isInteger(Math.round(hours * 1e6) / 1e6 * 4);

/** A course's own evidence: an approval number, a field a label or column names, an assignment named in it. */
function ownsCourseField(entry: Entry): boolean {
  return (
    entry.course.approvalNumber !== null ||
    entry.item.atoms.some((atom) => (atom.field && atom.field !== 'completedOn') || assignmentIn(atom.text, true) !== null || isPhrase(atom.text, NOT_ASSIGNED))
  );
}

/** Its hours written with a unit ("2.00 hrs"), not a bare figure ("7": a paste's views). */
const hoursUnit = (entry: Entry): boolean => entry.item.atoms.some((atom) => hoursWithUnit(atom.text) !== null);
/** Its date written with a month's name ("Dec 1st, 2026"), not in digits. */
const dateInWords = (entry: Entry): boolean =>
  entry.item.atoms.some((atom) => {
    const date = findFirst(atom.text);
    return date !== null && hasLetters(atom.text.slice(date.index, date.index + date.length));
  });

/**
 * Drawn unlike every sibling: a block among table rows (or a row among blocks), bare among records
 * whose every piece a label or column names, or its values written as none of theirs are (a bare
 * figure among hours that carry their unit, a date in words among dates in digits or the reverse:
 * a viewer's meta line "kmarchetti_emt · Dec 1st, 2026 · 7" above a pasted list).
 */
function drawnApart(siblings: readonly Entry[], entry: Entry): boolean {
  const dated = siblings.filter((other) => other.course.completedOn !== null);
  return (
    siblings.every((other) => !!other.item.row !== !!entry.item.row) ||
    (!entry.item.atoms.some((atom) => !!atom.field) && siblings.every((other) => other.item.atoms.some((atom) => !!atom.field))) ||
    (entry.course.hours !== null && !hoursUnit(entry) && siblings.filter((other) => other.course.hours !== null).every(hoursUnit)) ||
    (entry.course.completedOn !== null && dated.length >= 2 && dated.every((other) => dateInWords(other) !== dateInWords(entry)))
  );
}

/**
 * A line of the document around a pasted list, read as a course (a mail's message row, a
 * recording's preamble "export pulled 12/01/2026 23:40", a totals line), standing before or after
 * every sibling: outside the repeated block (under no heading of its own), drawn unlike every one of
 * them, and showing what no course shows: a date later than every course's (the day it was sent
 * or pulled), hours that are about the others' sum, or a person's name for a piece.
 */
function outsideBlock(entry: Entry, siblings: readonly Entry[], above: readonly RecordItem[]): boolean {
  // A heading of its own right above it: below the siblings any, before them one naming its
  // component or topic ("Not Assigned"); the pasted document's title heads them all.
  const after = entry.at > Math.max(...siblings.map((other) => other.at));
  const own = (item: RecordItem): boolean => item.kind === 'heading' && (after || headingAssignment(item.text) !== null);
  if (siblings.length < 3 || above.some(own) || !drawnApart(siblings, entry)) return false;
  const dates = siblings.flatMap((other) => (other.course.completedOn ? [other.course.completedOn] : []));
  const date = entry.course.completedOn;
  const sum = siblings.reduce((total, other) => total + (other.course.hours ?? 0), 0);
  return (
    (date !== null && dates.length >= 2 && dates.every((other) => other < date)) ||
    (entry.course.hours !== null && Math.abs(entry.course.hours - sum) <= sum / 10) ||
    entry.item.atoms.some((atom) => personName(atom.text) !== null)
  );
}

/** The lines (headings, short lines) among items. */
const linesOf = (items: readonly RecordItem[]): string[] => items.flatMap((item) => (item.kind === 'heading' || item.kind === 'text' ? [item.text] : []));

/**
 * The records of one list that are no course: worded as the page's chrome and unlike their
 * siblings. The wording is looked at first (rarely there): a long list is compared only for those.
 */
function outliersOf(items: readonly RecordItem[], entries: readonly Entry[]): Entry[] {
  if (entries.length < 3) return [];
  const places = entries.map((entry) => entry.at).sort((a, b) => a - b);
  const phantoms: Entry[] = [];
  for (const entry of entries) {
    // The items between it and the nearest sibling, when it stands before or after them all.
    const first = places[0] === entry.at ? places[1]! : places[0]!;
    const last = places.at(-1) === entry.at ? places.at(-2)! : places.at(-1)!;
    const between = entry.at < first ? items.slice(entry.at + 1, first) : entry.at > last ? items.slice(last + 1, entry.at) : [];
    const lines = linesOf(between);
    // The lines right above it, back to the record before it (a dropdown's "Recent activity" toggle).
    let top = entry.at;
    while (top > 0 && items[top - 1]!.kind !== 'record' && items[top - 1]!.kind !== 'unread') top -= 1;
    // The chrome's words open one of its pieces ("Notifications", "Last login", "Paid"), or name the
    // lines around it (a "Message Center" heading): a course titled "Death Notification Review" opens with its own words.
    const chrome = entry.item.atoms.some((atom) => startsWithPhrase(atom.text, CHROME)) || [...lines, ...linesOf(items.slice(top, entry.at))].some((line) => hasPhrase(line, CHROME));
    // Only a record before or after all its siblings may be the document's own line (compared once, not per course of a long list).
    const edge = entry.at < first || entry.at > last;
    if ((!chrome && !edge) || ownsCourseField(entry)) continue;
    const siblings = entries.filter((other) => other.item !== entry.item);
    if (!chrome && !outsideBlock(entry, siblings, items.slice(top, entry.at))) continue;
    const n = siblings.length;
    const count = (test: (other: Entry) => boolean): number => siblings.filter(test).length;
    const dates = siblings.flatMap((other) => (other.course.completedOn ? [other.course.completedOn] : []));
    const date = entry.course.completedOn;
    const differences = [
      // Drawn otherwise: a block among table rows (or a row among blocks), bare among labelled
      // records, or plain among records each titled in bold or a heading.
      nearlyAll(count((other) => !!other.item.row !== !!entry.item.row), n) || lacks(siblings, entry, (atom) => !!atom.field) || lacks(siblings, entry, (atom) => !!atom.prominent),
      // More lines of words than each of them shows (a message's sender, then its text).
      nearlyAll(count((other) => wordPieces(other) < wordPieces(entry)), n),
      nearlyAll(count((other) => other.course.approvalNumber !== null), n),
      nearlyAll(count((other) => other.course.component !== null), n) && entry.course.component === null,
      // Outside the list: beyond a heading or line that names no component or topic of it.
      lines.length > 0 && lines.every((text) => headingAssignment(text) === null),
      date !== null && dates.length >= 2 && dates.every((other) => Math.abs(spanDays(other, date)) > FAR_DAYS),
      // Its "hours" a time no course takes ("4 min read", "Session time: 20 min"): courses count in quarter hours.
      !onQuarters(entry.course.hours) && nearlyAll(count((other) => onQuarters(other.course.hours)), n),
    ].filter(Boolean).length;
    if (differences >= 2) phantoms.push(entry);
  }
  return phantoms;
}

/** The records, list by list, that are phantoms among the courses read from them (`origins`: each course's record). */
export function outlierRecords(lists: readonly RecordList[], origins: ReadonlyMap<Course, RecordItem>): Set<RecordItem> {
  const where = new Map<RecordItem, { list: number; at: number }>();
  lists.forEach((list, index) => list.items.forEach((item, at) => where.set(item, { list: index, at })));
  const byList = new Map<number, Entry[]>();
  const courses = new Map<RecordItem, number>();
  for (const item of origins.values()) courses.set(item, (courses.get(item) ?? 0) + 1);
  for (const [course, item] of origins) {
    const place = where.get(item);
    // A record holding several courses is a list of its own, not one phantom.
    if (!place || (item.kind !== 'record' && item.kind !== 'unread') || courses.get(item) !== 1) continue;
    const entries = byList.get(place.list) ?? [];
    entries.push({ item, course, at: place.at });
    byList.set(place.list, entries);
  }
  const found = new Set<RecordItem>();
  for (const [list, entries] of byList) for (const entry of outliersOf(lists[list]!.items, entries)) found.add(entry.item);
  return found;
}
