// The writer's own remarks beside the course list they copied (a block editor's paragraphs and
// lists, drawn like its course rows): "Pediatric requirement: at least 2.5 of the 25 must be
// pediatric — …", "Vent course has no CAPCE number, ask the Medical Director before 2027-02-15."
// Sentences of prose that show no hours figure and no approval number and tell no course done:
// neither a course nor an unread one. Judged in the background (record-courses.ts).
import type { RecordAtom as Atom } from '../model';
import { DONE } from './prose-courses';
import { approvalIn, dateIn, hoursWithUnit } from './values';
import { hasPhrase } from './words';

// Marks that end a sentence, and what may close it after them.
const STOPS = '.!?';
const CLOSING = ')]"”’\'';
// A title is written in capitals ("Care of the Patient in the Field"); a remark runs on in lower case.
const PROSE_WORDS = 3;

/** A sentence of prose: it ends with a stop and has words in lower case beyond a title's few. */
function isProse(text: string): boolean {
  let end = text.trimEnd();
  while (end && CLOSING.includes(end.at(-1)!)) end = end.slice(0, -1);
  if (!STOPS.includes(end.at(-1) ?? ' ')) return false;
  const lower = end.split(' ').filter((word) => word[0] !== undefined && word[0] !== word[0].toUpperCase());
  return lower.length >= PROSE_WORDS;
}

/** A sentence as people chat, stop or none ("the hazmat one from feb 2025 is before your last recert"): six words in lower case or more. */
export function isChatSentence(text: string): boolean {
  return text.split(' ').filter((word) => /^\p{Ll}/u.test(word)).length >= 6;
}

/** A block of the writer's remarks: each piece a sentence, none with a course's hours, approval number or word of a course done. */
export function isWriterRemark(atoms: readonly Atom[]): boolean {
  return atoms.length > 0 && atoms.every((atom) => isProse(atom.text) && hoursWithUnit(atom.text) === null && approvalIn(atom.text) === null && !hasPhrase(atom.text, DONE));
}

/**
 * A section of the writer's prose under its caption that states the certification's dates or the
 * cycle's hours ("Last recertified 18 March 2025; current certification expires 31 March 2027."
 * "Target: 20 National, 10 Local, 10 Individual (40 hours)."): every date and hours figure it
 * shows sits in a sentence that tells no course done, and it shows no approval number.
 */
export function isProseSection(atoms: readonly Atom[]): boolean {
  const valued = atoms.filter((atom) => dateIn(atom.text) !== null || hoursWithUnit(atom.text) !== null);
  return valued.length > 0 && valued.every((atom) => isProse(atom.text) && !hasPhrase(atom.text, DONE)) && !atoms.some((atom) => approvalIn(atom.text) !== null);
}

// A note's mark: its number as a footnote list writes it ("1", "[2]", "3.").
const NOTE_MARK = /^\[?(\d{1,2})[\].)]?$/;

/**
 * A footnote list drawn as one record ("1 · Taken as a live webinar; certificate lists 1.0 CEH. ·
 * 2 · Completed before 1 April 2026, so …"): two or more notes, each its mark (1, 2, 3 in turn)
 * then its sentence. The notes speak of courses listed above; none is a course.
 */
export function isNumberedNotes(atoms: readonly Atom[]): boolean {
  if (atoms.length < 4 || atoms.length % 2 !== 0) return false;
  return atoms.every((atom, at) => (at % 2 === 1 ? isProse(atom.text) : Number(NOTE_MARK.exec(atom.text.trim())?.[1]) === Number(NOTE_MARK.exec(atoms[0]!.text.trim())?.[1]) + at / 2));
}
