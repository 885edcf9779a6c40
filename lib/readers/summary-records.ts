// The person's summary drawn like a course card above or among the course cards (a profile card:
// name, level, registry number, the cycle's dates; an hours card: what is still to assign, a
// total): no course record, so neither a course nor an unread one. Unknown beats wrong: its
// dates are the cycle's, its hours the list's. Judged in the background (record-courses.ts).
import type { RecordAtom as Atom } from '../model';
import { CYCLE_DAYS, identityFrom, spanDays } from './facts';
import { findFirst } from './parse-date';
import { registryIn } from './person';
import { approvalIn, hoursWithUnit, isAppliedHours, isBareHours, labelledHours } from './values';
import { findPhrase, phrases, startsWithPhrase, wordsOf } from './words';

const EXPIRES = phrases('expires', 'expiring', 'expiration', 'expiration date', 'exp');

// Words beside an hours figure that make it the list's, not a course's ("1.25 hours waiting to be
// assigned", "Total 41.25 credits", "14.5 hours still needed", "12 hrs remaining"), or the sum of
// them all ("Everything entered: 51.00 hours", "Altogether: 51 hours", "51 hours overall").
const AGGREGATE = phrases('total', 'in total', 'totals', 'waiting', 'remaining', 'still needed', 'needed', 'to go', 'left to', 'not yet assigned', 'to be assigned', 'so far', 'this cycle', 'on your transcript', 'on transcript', 'everything', 'altogether', 'overall', 'all told', 'in all');
// What joins the two dates of a range ("04/01/2025 – 03/31/2027", "Apr 1, 2025 to Mar 31, 2027").
const DASHES = '-–—';
const RANGE_WORDS = phrases('to', 'through', 'thru', 'until');

/**
 * The dates of the range a text states, when it is two dates joined by a dash or "to" a year or
 * more apart (a cycle; a course's days are never so long); null otherwise.
 */
function cycleRange(text: string): [string, string] | null {
  const first = findFirst(text);
  if (!first?.iso) return null;
  let rest = text.slice(first.index + first.length).trimStart();
  if (DASHES.includes(rest[0] ?? ' ')) rest = rest.slice(1).trimStart();
  else if (startsWithPhrase(rest, RANGE_WORDS)) rest = rest.slice(rest.indexOf(' ') + 1).trimStart();
  else return null;
  const second = findFirst(rest);
  if (!second?.iso || second.index !== 0) return null;
  return spanDays(first.iso, second.iso) >= CYCLE_DAYS ? [first.iso, second.iso] : null;
}

/** A piece whose hours figure is the list's: an aggregate word right before or right after it. */
function isAggregateHours(text: string): boolean {
  const unit = hoursWithUnit(text);
  const labelled = unit ? null : labelledHours(text);
  if (!unit && labelled === null) return false;
  const at = unit ? unit.match.index : text.lastIndexOf(labelled!);
  const end = unit ? at + unit.match.text.length : text.length;
  const before = wordsOf(text.slice(0, at));
  // A short lead only ("Total", "Hours remaining:"): a title's words before its hours say nothing.
  return (before.length <= 3 && findPhrase(before, AGGREGATE) !== null) || startsWithPhrase(text.slice(end), AGGREGATE);
}

/** A piece that is a course's own: its title, date or approval number (labelled, or an approval number's shape). */
export function isCourseField(atom: Atom): boolean {
  return atom.field === 'courseTitle' || atom.field === 'completedOn' || atom.field === 'approvalNumber' || approvalIn(atom.text) !== null;
}

/**
 * Whether a record (not a table row) is the person's summary: it shows no course's approval
 * number nor a course field its label names, and it carries a registry number beside its label
 * (however the record splits); or, as one record (`single`), its only dates are a cycle's range,
 * or it carries a registry number, or its hours are only the list's (aggregates and progress figures).
 */
export function isSummaryRecord(atoms: readonly Atom[], single: boolean): boolean {
  if (atoms.some(isCourseField)) return false;
  if (atoms.some((atom) => registryIn(atom.text) !== null)) return true;
  if (!single) return false;
  const cycleOnly = datesOnlyCycle(atoms);
  const registry = atoms.some((atom) => identityFrom(atom.text)?.registryNumber);
  const houred = atoms.filter((atom) => !isAppliedHours(atom.text) && (hoursWithUnit(atom.text) !== null || isBareHours(atom.text.trim()) || labelledHours(atom.text) !== null));
  const aggregate = houred.length > 0 && houred.every((atom) => isAggregateHours(atom.text));
  return cycleOnly || registry || aggregate;
}

/** Whether a record's only dates are a cycle's range (a year or more apart): the cycle's, never a course's. */
function datesOnlyCycle(atoms: readonly Atom[]): boolean {
  const dated = atoms.filter((atom) => findFirst(atom.text)?.iso);
  // Beside the cycle's range, the certification's expiration ("Advanced EMT · expires 03/31/2027 · Recert cycle: …").
  const ranged = dated.filter((atom) => cycleRange(atom.text) !== null);
  if (ranged.length > 0 && dated.every((atom) => ranged.includes(atom) || startsWithPhrase(wordsOf(atom.text.slice(0, findFirst(atom.text)!.index)), EXPIRES))) return true;
  // The range's two dates cut apart at its dash ("Previous cycle · 04/01/2024 · 03/31/2026 · 61.5 CEH"): side by side, a cycle apart.
  if (dated.length !== 2 || atoms.indexOf(dated[1]!) !== atoms.indexOf(dated[0]!) + 1) return false;
  const from = findFirst(dated[0]!.text)!;
  const to = findFirst(dated[1]!.text)!;
  return from.length === dated[0]!.text.trim().length && to.length === dated[1]!.text.trim().length && spanDays(from.iso!, to.iso!) >= CYCLE_DAYS;
}

/**
 * Whether a table row is the list's summary: a title row stating the cycle ("Recertification cycle
 * 1 April 2026 – 31 March 2028 · 50 credits required", a report's subtitle across the table), its
 * only dates the cycle's range, no completion date or approval number beside them. Its one cell may
 * sit under the title column's header (a cell across the table): no course's title spans a cycle.
 */
export function isSummaryRow(atoms: readonly Atom[]): boolean {
  return !atoms.some((atom) => atom.field !== 'courseTitle' && isCourseField(atom)) && datesOnlyCycle(atoms);
}
