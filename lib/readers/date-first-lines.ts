// A table pasted a cell per line whose column titles, run into one line, put the date first
// ("Completed Course Credits Approval Number Category", then "11/14/2026", "Pediatric Airway …",
// "2.00", …): each date line opens a course, its cells the lines after it up to the next date.
// Read after the title's line, the values would fall to the course before (its date one off).
// Background only (line-records.ts).
import type { RecordAtom, RecordItem } from '../model';
import { RECORD_FIELDS } from '../vocabulary';
import { matchLabel } from './labels';
import type { Kind } from './line-records';

interface LinePiece {
  is: string;
  kind?: Kind;
  text?: string;
}

const FIELD_OF: Partial<Record<Kind, RecordAtom['field']>> = { date: 'completedOn', hours: 'hours', approval: 'approvalNumber', assignment: 'assignment', text: 'courseTitle' };

/** The fields a line of column titles names in order (three or more, every word a title's), else null. */
export function titlesInLine(text: string): Array<RecordAtom['field']> | null {
  const words = text.split(' ').filter(Boolean);
  const fields: Array<RecordAtom['field']> = [];
  for (let at = 0; at < words.length; ) {
    // The longest run of words (four at most) that is one column's title.
    const n = [4, 3, 2, 1].find((size) => at + size <= words.length && matchLabel(words.slice(at, at + size).join(' '), RECORD_FIELDS) !== null);
    if (n === undefined) return null;
    fields.push(matchLabel(words.slice(at, at + n).join(' '), RECORD_FIELDS));
    at += n;
  }
  return fields.length >= 3 ? fields : null;
}

/**
 * Where the date-first column titles end: their line run together ("Completed Course Credits …"),
 * or the last of a run of three or more titles a line each, the date's first ("Date Completed",
 * "Course", "Hours", "Approval Number": its date's title is kept, saying the dates are completions).
 * -1 where there is none.
 */
function dateFirstHeader(units: readonly LinePiece[]): { end: number; dateTitle?: string } {
  const title = (unit: LinePiece | undefined): RecordAtom['field'] | null => (unit?.is === 'piece' && unit.kind === 'label' ? matchLabel(unit.text ?? '', RECORD_FIELDS) : null);
  for (let at = 0; at < units.length; at++) {
    const unit = units[at]!;
    if (unit.is === 'piece' && unit.kind === 'text' && titlesInLine(unit.text ?? '')?.[0] === 'completedOn') return { end: at };
    if (title(unit) !== 'completedOn') continue;
    let end = at;
    while (title(units[end + 1]) !== null) end += 1;
    if (end - at >= 2) return { end, dateTitle: unit.text };
  }
  return { end: -1 };
}

/**
 * The courses under a date-first title line, a cell per line: each a date, one title, and its other
 * values ("TBD" in the hours' place); a second line of words ends the table. Null unless two or more
 * such courses follow the titles, each with its title and hours (unknown beats a date one off).
 */
export function dateFirstRecords(units: readonly LinePiece[], notPosted: (text: string) => boolean): RecordItem[] | null {
  const { end: header, dateTitle } = dateFirstHeader(units);
  if (header < 0 || units[header + 1]?.kind !== 'date') return null;
  const items: RecordItem[] = [];
  let atoms: RecordAtom[] = [];
  const close = (): boolean => {
    if (atoms.length === 0) return true;
    const fields = atoms.map((atom) => atom.field);
    const hours = fields.includes('hours') || atoms.some((atom) => notPosted(atom.text));
    items.push({ kind: 'record', atoms });
    atoms = [];
    return fields.includes('courseTitle') && hours;
  };
  for (let at = header + 1; at < units.length; at++) {
    const unit = units[at]!;
    const text = unit.text ?? '';
    if (unit.is !== 'piece' || unit.kind === 'label') break;
    if (unit.kind === 'date' && !close()) return null;
    const tbd = unit.kind === 'text' && notPosted(text);
    // A second line of words in one course: the table has ended (a count, a note under it).
    if (unit.kind === 'text' && !tbd && atoms.some((atom) => atom.field === 'courseTitle')) break;
    const field = tbd ? undefined : FIELD_OF[unit.kind!];
    atoms.push(field ? { text, field, ...(field === 'completedOn' && dateTitle ? { label: dateTitle } : {}) } : { text });
  }
  if (!close()) return null;
  return items.length >= 2 ? items : null;
}
