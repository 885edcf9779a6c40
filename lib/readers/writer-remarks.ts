// The writer's own remarks beside the course list they copied (a block editor's paragraphs and
// lists, drawn like its course rows): "Pediatric requirement: at least 2.5 of the 25 must be
// pediatric — …", "Vent course has no CAPCE number, ask the Medical Director before 2027-02-15."
// Sentences of prose that show no hours figure and no approval number and tell no course done:
// neither a course nor an unread one. Judged in the background (record-courses.ts).
import type { RecordAtom as Atom } from '../model';
import { DONE } from './prose-courses';
import { approvalIn, hoursWithUnit } from './values';
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

/** A block of the writer's remarks: each piece a sentence, none with a course's hours, approval number or word of a course done. */
export function isWriterRemark(atoms: readonly Atom[]): boolean {
  return atoms.length > 0 && atoms.every((atom) => isProse(atom.text) && hoursWithUnit(atom.text) === null && approvalIn(atom.text) === null && !hasPhrase(atom.text, DONE));
}
