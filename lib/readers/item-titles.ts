// A course list drawn as a document of items (a reference manager's report, a report generator's
// or a PDF converter's pages): each item a heading naming the course, then its own block of
// labelled fields (a row-header table: "Author", "Report Number", "Date", "Extra"), then perhaps
// a tag list under a subheading ("Tags:" · "National" · "Trauma"). The record finder bounds the
// field block: the heading right above a block without a title of its own is its title, and the
// tags under it say where it counts (they are not a group heading for the next item). Background
// only (record-courses.ts).
import type { RecordAtom as Atom, RecordItem } from '../model';
import { headingAssignment } from './education';
import { assignmentIn, dateIn, isStatusWord, isValuePiece } from './values';
import { matchLabel } from './labels';
import { RECORD_FIELDS } from '../vocabulary';
import { hasLetters } from './cut';
import { remarkOf } from './title-marks';

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

/** A record of values alone (its date, hours, approval number, where it counts): no words of a title. */
function valuesOnly(atoms: readonly Atom[]): boolean {
  return atoms.every((atom) => !hasLetters(atom.text) || isValuePiece(atom.text) || assignmentIn(atom.text) !== null || isStatusWord(atom.text));
}

/**
 * Records each right under a heading of its own, without a title (a document's class per heading,
 * its line under it "Completed 22 Feb 2025 · 1.5 hrs · CAPCE … · National / Trauma"): where two or
 * more, half of them or more, hold values alone, each such heading is its record's title, a remark
 * beside the values ("no approval number on the certificate") none.
 */
function headingTitled(items: readonly RecordItem[]): Set<number> {
  const headed = items.flatMap((item, at) => {
    const above = items[at - 1];
    // (A dated one: the paragraph under the page's own heading is its text.)
    const titled = (item.kind === 'record' || item.kind === 'unread') && !item.row && item.atoms.every((atom) => atom.field !== 'courseTitle') && item.atoms.some((atom) => dateIn(atom.text) !== null);
    return titled && above?.kind === 'heading' && headingAssignment(above.text) === null ? [at] : [];
  });
  const bare = headed.filter((at) => valuesOnly((items[at] as { atoms: Atom[] }).atoms)).length;
  return new Set(bare >= 2 && bare * 2 >= headed.length ? headed : []);
}

export function withItemTitles(items: readonly RecordItem[]): readonly RecordItem[] {
  const out: RecordItem[] = [];
  const headed = headingTitled(items);
  for (let at = 0; at < items.length; at++) {
    const item = items[at]!;
    const title = items[at - 1];
    const block = headed.has(at) || (item.kind === 'record' && !item.row && title?.kind === 'heading' && headingAssignment(title.text) === null && isFieldBlock(item.atoms));
    if (!block || (item.kind !== 'record' && item.kind !== 'unread') || title?.kind !== 'heading') {
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

/** A row of label and value pairs only ("Completed Mar 4, 2025 | Credit 3.0 CEH | Approval …"), none of them a title. */
function isLabelledRow(item: RecordItem): item is Extract<RecordItem, { atoms: unknown }> {
  return (item.kind === 'record' || item.kind === 'unread') && !!item.row && item.atoms.length > 0 && item.atoms.every((atom) => atom.label && atom.field && atom.field !== 'courseTitle');
}

/** A card's title line: words, no value, no component or topic, no remark. */
function isTitleLine(item: RecordItem | undefined): item is { kind: 'text'; text: string } {
  return item?.kind === 'text' && hasLetters(item.text) && !isValuePiece(item.text) && headingAssignment(item.text) === null && !remarkOf(item.text);
}

/**
 * Cards whose head is a line of their title and whose body is a description list drawn as rows of
 * label and value pairs (Ant Design's Card over Descriptions): the title line, a remark under it
 * ("Before cycle") and the rows that follow make one record. Only where two or more cards are drawn
 * so (records are told by their repetition); each card's rows are its own up to the next line.
 */
export function withCardRows(items: readonly RecordItem[]): readonly RecordItem[] {
  const cards: Array<{ at: number; end: number; atoms: Atom[]; apart?: boolean }> = [];
  for (let at = 0; at < items.length; at++) {
    if (!isTitleLine(items[at])) continue;
    let end = at + 1;
    if (items[end]?.kind === 'text' && remarkOf((items[end] as { text: string }).text)) end++;
    const first = end;
    while (end < items.length && isLabelledRow(items[end]!)) end++;
    if (end > first && items[first]!.kind === 'record') {
      cards.push({ at, end, atoms: items.slice(first, end).flatMap((row) => ('atoms' in row ? row.atoms : [])) });
      at = end - 1;
      continue;
    }
    // A card drawn apart from the others (a value the list could not shape as theirs: "Credit pending
    // sponsor roster"): its lines of a label and its value, three or more, one of them dated.
    const lines: Atom[] = [];
    for (let line = labelledLine(items[end]); line; line = labelledLine(items[end])) {
      lines.push(line);
      end++;
    }
    if (lines.length >= 3 && lines.some((atom) => atom.field === 'completedOn' && dateIn(atom.text) !== null)) {
      cards.push({ at, end, atoms: lines, apart: true });
      at = end - 1;
    }
  }
  if (cards.filter((card) => !card.apart).length < 2) return items;
  const out: RecordItem[] = [];
  let next = 0;
  for (const { at, end, atoms } of cards) {
    out.push(...items.slice(next, at));
    const title = (items[at] as { text: string }).text;
    out.push({ kind: 'record', atoms: [{ text: title, field: 'courseTitle', prominent: true }, ...atoms] });
    next = end;
  }
  out.push(...items.slice(next));
  return out;
}

/** A text line of a label and its value with no colon between ("Completed Nov 15, 2025", "Topic Trauma"), as a field's atom. */
function labelledLine(item: RecordItem | undefined): Atom | null {
  if (item?.kind !== 'text') return null;
  const words = item.text.split(' ');
  for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
    const label = words.slice(0, count).join(' ');
    const field = matchLabel(label, RECORD_FIELDS);
    if (field && field !== 'courseTitle') return { text: words.slice(count).join(' '), field, label };
  }
  return null;
}
