// A table row whose one dated cell holds a course's whole line, its columns run together
// ("02/20/2025  Hazmat Awareness Refresher  2.00  25-MAFA-F1-0088": a chat log's message drawn as
// a cell beside its sender and time): that cell cut into its values as the line would be
// (line-records.ts), so the course is read by its pieces. Background only (record-courses.ts).
// A code host's blame view draws each line of a file so, beside its commit's moment ("2025-06-03
// 21:14:52"), author and line number: where two or more lines are courses, the moments are the
// commits', and the file's other lines (its captions, "NATIONAL COMPONENT (25.00 hours)") are text.
import type { RecordItem } from '../model';
import { courseLineCells } from './line-records';
import { approvalIn, assignmentIn, dateIn } from './values';
import { findFirst } from './parse-date';
import { hasWord } from './cut';
import { HANDLE, STAMP } from './speaker-lines';

/** A time of day alone ("19:05", "[21:13:07]", "Dec 2 20:12"), as a chat stamps its messages. */
const isClock = (text: string): boolean => STAMP.test(text.trim());

/** A sender's handle alone, as a chat writes it before a message ("rquinn:", "<rquinn>"). */
function isHandle(text: string): boolean {
  let handle = text.trim();
  if (handle.endsWith(':')) handle = handle.slice(0, -1);
  if (handle.startsWith('<') && handle.endsWith('>')) handle = handle.slice(1, -1);
  return HANDLE.test(handle);
}

export function withLineCells(items: readonly RecordItem[]): readonly RecordItem[] {
  const cut = items.map((item) => {
    if (item.kind !== 'record' && item.kind !== 'unread') return null;
    const dated = item.atoms.filter((atom) => dateIn(atom.text) !== null && !isMoment(atom.text));
    // Its cells run together: no separator left between them (a cell cut by "; " or " | " is read by its pieces already).
    const line = dated.length === 1 && !dated[0]!.field && !/;|\||·|•| [–—] /.test(dated[0]!.text) ? dated[0]! : null;
    // Off a table, only a message's: beside it its time of day and nothing else but its sender's handle (a card's other
    // pieces are its fields; a paragraph alone is prose).
    if (!item.row) {
      const others = item.atoms.filter((atom) => atom !== line);
      if (!(others.some((atom) => isClock(atom.text)) && others.every((atom) => !atom.field && !atom.label && (isClock(atom.text) || (isHandle(atom.text) && assignmentIn(atom.text) === null))))) return null;
    }
    const cells = line && courseLineCells(line.text);
    return cells ? { line: line!, cells, stamped: item.atoms.some((atom) => isMoment(atom.text)) } : null;
  });
  // Two or more course lines beside commits' moments: a blame view (the rows without a moment are the same commit's).
  const blame = cut.filter((found) => found?.stamped).length >= 2;
  return items.map((item, at) => {
    const found = cut[at];
    if (item.kind !== 'record' && item.kind !== 'unread') return item;
    // In a blame view the line is the row's course alone: its moment, author and line number are the view's.
    // Off a table, so is a message's: its time and sender are the chat's.
    if (found) return { ...item, atoms: blame || !item.row ? found.cells.map((text) => ({ ...found.line, text })) : item.atoms.flatMap((atom) => (atom === found.line ? found.cells.map((text) => ({ ...atom, text })) : [atom])) };
    if (!blame) return item;
    // The file's other lines (its captions, notes): their text, no course; a line holding an approval number is read as it is, never lost.
    const text = [...item.atoms].reverse().find((atom) => hasWord(atom.text) && !isMoment(atom.text))?.text;
    return text && approvalIn(text) === null ? { kind: 'text', text: text.trim() } : item;
  });
}

/** A date with its time of day to the second alone ("2025-06-03 21:14:52"): a moment something was saved, no course's completion. */
function isMoment(text: string): boolean {
  const date = findFirst(text.trim());
  return !!date && date.index === 0 && /^[ T,]*\d{1,2}:\d\d:\d\d(?:\s*(?:[AaPp][Mm]|UTC|Z|[+-]\d\d:?\d\d))?$/.test(text.trim().slice(date.length));
}
