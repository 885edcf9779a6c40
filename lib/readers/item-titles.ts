// A course list drawn as a document of items (a reference manager's report, a report generator's
// or a PDF converter's pages): each item a heading naming the course, then its own block of
// labelled fields (a row-header table: "Author", "Report Number", "Date", "Extra"), then perhaps
// a tag list under a subheading ("Tags:" · "National" · "Trauma"). The record finder bounds the
// field block: the heading right above a block without a title of its own is its title, and the
// tags under it say where it counts (they are not a group heading for the next item). Background
// only (record-courses.ts).
import type { RecordAtom as Atom, RecordItem } from '../model';
import { headingAssignment } from './education';
import { assignmentIn, isStatusWord, isValuePiece } from './values';
import { hasLetters } from './cut';

/**
 * Whether a record is a block of labelled fields only, drawn as a row-header table: a piece labels
 * the piece after it (a row header beside its value), three or more pieces carry a label, and every
 * other piece is a value or a label. A piece before a value labelled by its own words ("Extra"
 * before "Credits: 1.5") is a row header too.
 */
function isFieldBlock(atoms: readonly Atom[]): boolean {
  const headed = atoms.some((atom, at) => !atom.label && atoms[at + 1]?.label === atom.text);
  if (!headed || atoms.filter((atom) => atom.label).length < 3) return false;
  return atoms.every((atom, at) => atom.label !== undefined && atom.label !== null ? atom.field !== 'courseTitle' : !hasLetters(atom.text) || isValuePiece(atom.text) || isStatusWord(atom.text) || !!atoms[at + 1]?.label);
}

/** A text line that names where a course counts ("National", "Airway, Respiration & Ventilation", "State/Local"). */
function isTag(item: RecordItem): item is { kind: 'text'; text: string } {
  return item.kind === 'text' && assignmentIn(item.text) !== null;
}

export function withItemTitles(items: readonly RecordItem[]): readonly RecordItem[] {
  const out: RecordItem[] = [];
  for (let at = 0; at < items.length; at++) {
    const item = items[at]!;
    const title = items[at - 1];
    if (item.kind !== 'record' || item.row || title?.kind !== 'heading' || headingAssignment(title.text) !== null || !isFieldBlock(item.atoms)) {
      out.push(item);
      continue;
    }
    const atoms: Atom[] = [{ text: title.text, field: 'courseTitle', prominent: true }, ...item.atoms];
    // Its tags: lines under its own subheadings, up to the next item's heading or record.
    const after: RecordItem[] = [];
    let next = at + 1;
    for (let under = false; next < items.length; next++) {
      const line = items[next]!;
      if (line.kind === 'heading' && line.level > title.level) under = true;
      else if (line.kind !== 'text') break;
      if (under && isTag(line)) atoms.push({ text: line.text });
      else after.push(line);
    }
    out.push({ ...item, atoms, text: item.text === undefined ? undefined : `${title.text} · ${item.text}` }, ...after);
    at = next - 1;
  }
  return out;
}
