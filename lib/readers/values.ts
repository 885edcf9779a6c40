// What a piece of text IS, told by its value rather than by the label beside it: a date, an
// hours figure (with or without a unit), an approval number, a component/topic name, a status
// word, a control's caption. A course record's fields are told apart by these first; the title
// is the free text left over.
import { CAPCE_NUMBER, hyphenated, oemsNumberIn } from './approval';
import { normaliseSpace } from './text';
import { hasDigit, trimChars, withoutBrackets } from './cut';
import { hasPhrase, isPhrase, phrases, startsWithPhrase, wordsOf } from './words';
import { findFirst, parseDates } from './parse-date';
import { HOUR_UNIT, hoursFigure, parseAppliedHours } from './parse-hours';
import { parseAssignment, parseComponent, type Assignment } from './topics';
import { matchLabel } from './labels';

// A number followed by a unit people use for course credit ("1½ hrs", "1 1/2 hrs", "3 credit(s)",
// "2.0 (CEH)", "1.5 Contact Hrs", an ISO duration's "PT2H").
const HOURS_UNIT = new RegExp(String.raw`(?<![\d.,:/-])(?:pt)?((?:\d{1,3} )?1\/2|\d{0,3} ?[¼½¾]|\d{1,3}(?:[.,]\d{1,2})?|\.\d{1,2})\s*\(?${HOUR_UNIT}(?![\w/-])`, 'i');
// "1:30", "2:00:00" are durations; "8:14 PM" is a time of day; "45m", "1h 30m", "1h30", "1 hour
// 30 minutes", "PT1H30M" are an LMS's durations.
const CLOCK_OR_MINUTES = /(?<![\d.:/-])(?:pt)?(\d{1,2}:[0-5]\d(?::[0-5]\d)?(?![\d:]|\s*[ap]\.?m\b)\s*(?:hrs?|hours?)?|\d{1,3}\s*m(?:in|ins|inutes)?|\d+\s*h(?:(?:rs?|ours?)?,?\s*(?:and\s*)?\d+\s*m(?:in(?:s|utes)?)?|\s*[0-5]\d))(?![\w/])/i;
// A bare number that can be a course's credit: at most 100, at most two decimals but for trailing
// zeros (a numeric program prints every figure to four places: MATLAB's "1.5000", R's "0.7500").
const BARE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,2}0*)?|\.\d{1,2}0*)$/;
// A record's status word, and the words of its controls: neither is a title.
const STATUS = phrases(
  'approved', 'accepted', 'verified', 'pending', 'pending review', 'pending approval', 'rejected', 'denied', 'returned',
  'complete', 'completed', 'incomplete', 'in progress', 'submitted', 'active', 'credited', 'not credited', 'counted',
  'applied', 'not applied', 'valid', 'invalid', 'expired', 'audit', 'audited', 'need review', 'needs review', 'unassigned', 'not assigned',
  'not yet assigned', 'not yet applied', 'awaiting assignment',
);
const CONTROL = phrases(
  'view', 'edit', 'remove', 'delete', 'detail', 'details', 'show details', 'hide details', 'assign', 'unassign', 'move',
  'upload', 'download', 'certificate', 'view certificate', 'select', 'more', 'action', 'actions', 'open', 'print',
);
// Words that say a date is not the completion date ("Date Added", "Expires").
const OTHER_DATE = phrases(
  'added', 'entered', 'created', 'imported', 'uploaded', 'submitted', 'assigned', 'modified', 'updated', 'expir*', 'due',
  'start', 'started', 'starts', 'begin', 'began', 'registered', 'sign in', 'signed in', 'log in', 'logged in', 'login', 'last visit*',
  // When the page itself was made ("Page generated 12/01/2026 07:44" in a footer).
  'generated', 'printed', 'exported', 'downloaded', 'retrieved',
);

export interface Found {
  text: string;
  index: number;
}

/** Hours shown with a unit anywhere in the text ("Completed 06/03/2025 | 2.00 hours"). */
export function hoursWithUnit(text: string): { hours: number; match: Found } | null {
  const unit = HOURS_UNIT.exec(text);
  const other = CLOCK_OR_MINUTES.exec(text);
  // "2 hr 30 min" is one figure, not "2 hr" and then something else.
  const compound = other !== null && unit !== null && other.index <= unit.index && other[0].length > unit[0].length;
  if (unit && !compound && !isOfTotal(text.slice(0, unit.index)) && !isAgo(text, unit)) {
    const hours = hoursFigure(`${unit[1]} hours`);
    if (hours !== null) return { hours, match: { text: unit[0], index: unit.index } };
  }
  // "Tue, 09/16/2025 - 12:00": a bare clock figure after a date is the date's time of day.
  if (other && !isTimeOfDay(text, other) && !isAgo(text, other)) {
    const hours = hoursFigure(other[1]);
    if (hours !== null) return { hours, match: { text: other[0], index: other.index } };
  }
  return null;
}

/** "Logged in 14 min ago", "2 hours ago", a post's "6 min read": a time elapsed or a reading time, not a course's hours. */
function isAgo(text: string, figure: RegExpExecArray): boolean {
  // (wordsOf gives them in lower case.)
  return ['ago', 'read'].includes(wordsOf(text.slice(figure.index + figure[0].length))[0] ?? '');
}

/** "50 of 50 credits", "9.5 / 25 credits" inside a line: the total of a progress, not a course's hours. */
function isOfTotal(before: string): boolean {
  const text = before.trimEnd().toLowerCase();
  const cut = text.endsWith('/') ? text.slice(0, -1) : text.endsWith(' of') ? text.slice(0, -3) : null;
  return cut !== null && hasDigit(cut.trimEnd().slice(-1));
}

/** A bare clock figure after the start of a date (after it, or inside a program's printed date) is its time of day. */
function isTimeOfDay(text: string, clock: RegExpExecArray): boolean {
  const bare = wordsOf(clock[0]).every(hasDigit) && clock[0].includes(':');
  return bare && (findFirst(text)?.index ?? text.length) < clock.index;
}

/** A text that is only a number a course's credit can be (0.25 steps, "2.00"). */
export function isBareHours(text: string): boolean {
  // A decimal comma ("2,00", "0,75") writes the same figure (parse-hours.ts); "1,500" is no hours.
  const figure = text.replace(',', '.');
  if (!BARE_NUMBER.test(figure)) return false;
  const value = Number(figure);
  return value > 0 && value <= 100;
}

/**
 * "Credits: 0.25", "Training Hours: 1.50", "Completed 6/7/2025 · Credits: 2": a bare figure after
 * a label (the last of its line) whose head noun, its last word, names hours.
 */
export function labelledHours(text: string): string | null {
  const colon = text.lastIndexOf(':');
  const value = text.slice(colon + 1).trim();
  const words = wordsOf(text.slice(0, colon).split(/[|·•;]/).pop()!);
  // A credit's authority ("CAPCE: 1.50", a learning site's credits by type) labels its hours too.
  return colon > 0 && isBareHours(value) && words.length <= 4 && matchLabel(words[words.length - 1] ?? '', ['hours', 'approvalNumber']) ? value : null;
}

/** "8:30 PM", "18:30": a time of day alone (a timesheet's Begin and End), neither a date nor a title. */
export const TIME_OF_DAY = /^\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?$/i;

/** A split course's part: "2.00 of 3.00 applied" (the part here, of the course's hours). */
export function isAppliedHours(text: string): boolean {
  return parseAppliedHours(text) !== null;
}

/** Hours in a text: with a unit anywhere, else the whole text as a bare number. */
export function hoursIn(text: string): number | null {
  const unit = hoursWithUnit(text);
  if (unit) return unit.hours;
  return isBareHours(text.trim()) ? Number(text.trim()) : null;
}

/** The first date in the text (ISO), with where it was. */
export function dateIn(text: string): string | null {
  return parseDates(text)[0] ?? null;
}

/** An approval number in the text: CAPCE or OEMS, as written (its dashes, its spaces: parseApproval reads it), so the text can be cut at it. */
export function approvalIn(text: string): string | null {
  const capce = CAPCE_NUMBER.exec(hyphenated(text));
  if (capce) return text.substr(capce.index, capce[0].length).toUpperCase();
  return oemsNumberIn(normaliseSpace(text));
}

/** A whole text that names a component or topic ("National – Trauma", "Cardiology", "Local"). */
export function assignmentIn(text: string, inCourse = false): Assignment | null {
  if (text.length > 60) return null;
  const words = normaliseSpace(withoutBrackets(text)).split(' ').filter((word) => word.toLowerCase() !== 'component');
  const clean = words.join(' ');
  const whole = parseAssignment(clean);
  if (whole) return whole;
  // "National Airway, Respiration & Ventilation": the component word, then the topic; a group's
  // "LOCAL Required: 12.50". In a course's own line a component word before other words starts
  // its title ("Local Protocol Review: …", "Individual Study Project"), not a component's name ("NCCP State/Local").
  const split = words.length > 1 ? parseAssignment(`${words[0]} – ${words.slice(1).join(' ')}`) : null;
  return split?.topic || !inCourse || parseComponent(words.slice(1).join(' ')) ? split : null;
}

export function isStatusWord(text: string): boolean {
  return isPhrase(text, STATUS);
}

// A control's verb before what it acts on ("Edit assignment", "View certificate", "Remove course").
const CONTROL_VERB = phrases('edit', 'view', 'remove', 'delete', 'assign', 'unassign', 'reassign', 'change', 'download', 'upload');

export function isControlWord(text: string): boolean {
  return isPhrase(text, CONTROL) || (wordsOf(text).length <= 3 && startsWithPhrase(text, CONTROL_VERB));
}

export function namesOtherDate(text: string): boolean {
  return hasPhrase(text, OTHER_DATE);
}

const EDGE = '—–|·•,;:(-';

/** The words before the first value in a piece ("Trauma Review 10/02/2025" -> "Trauma Review"). */
export function leadingWords(text: string, cut: number): string {
  // "Pediatric Dosing Math, completed 03/02/2026": the word that introduces the value is not the title's.
  const words = trimChars(text.slice(0, cut), EDGE).split(' ');
  while (words.length > 0 && isPhrase(trimChars(words[words.length - 1]!, ':'), VALUE_LABEL)) words.pop();
  return trimChars(words.join(' '), EDGE);
}
// Words that introduce a value, and a weekday before its date ("Tue, Dec 16th 2025").
export const VALUE_LABEL = phrases(
  'completed', 'completion', 'on', 'date', 'credit', 'credits', 'hour', 'hours', 'approval', 'capce', 'oems',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
);

// Where a value starts: a date, an approval number or the word before one.
const VALUE_START = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|(?:\b\d{1,2}[\s-]+)?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s-]+\d|\b(?:capce|oems|approval)\b|\b\d{2}-[A-Z0-9]{2,10}-F\d/i;

export function firstValueIndex(text: string): number {
  let index = text.length;
  const hours = hoursWithUnit(text);
  if (hours) index = Math.min(index, hours.match.index);
  // A date VALUE_START does not know ("22MAY2025", "2025-May-22") or starts inside ("22nd May 2025").
  for (const value of [VALUE_START.exec(text), findFirst(text)]) if (value) index = Math.min(index, value.index);
  return index;
}

/** The text without the approval number in it (its digits are not a date or hours). */
export function withoutApproval(text: string, approval: string): string {
  const at = text.toLowerCase().indexOf(approval.toLowerCase());
  return at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + approval.length)}`;
}

/**
 * A piece that is a value on its own ("01/14/2026", "Completed 09/12/2025", "2 hrs", "1:15",
 * "CAPCE 25-…"): no words before the value and few in all. A figure among words
 * ("Trauma Update: 3.0 hrs of Case Reviews", "2.5 hrs of Oxygen Therapy (Module 3 of 4)") is a title's.
 */
export function isValuePiece(text: string): boolean {
  const piece = text.trim();
  if (isBareHours(piece) || isAppliedHours(piece)) return true;
  const approval = approvalIn(piece);
  const rest = approval ? withoutApproval(piece, approval) : piece;
  if (!approval && dateIn(rest) === null && hoursWithUnit(rest) === null) return false;
  return leadingWords(rest, firstValueIndex(rest)) === '' && wordsOf(piece).length <= 6;
}
