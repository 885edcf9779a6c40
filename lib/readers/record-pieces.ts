// A record's pieces of text, as the content script sends them (records.ts recordPieces), read
// into its atoms: a label's field and value, a line cut into its values, a remark after a title
// left out. Text only, no page: the background does it, so the content scripts carry none of it.
import type { OutlineLine, PageEvidence, RecordAtom, RecordItem, RecordList, RecordPiece, SentEvidence, SentRecordList } from '../model';
import { RECORD_FIELDS } from '../vocabulary';
import { LABEL_FIELDS, matchLabel, splitLabelled, splitLabelledAll } from './labels';
import { endsWithColon, hasDigit, hasLetters } from './cut';
import { normaliseSpace } from './text';
import { approvalIn, assignmentIn, dateIn, hoursWithUnit, isAppliedHours, isBareHours, isStatusWord, isValuePiece, TIME_OF_DAY } from './values';
import { hasPhrase, isPhrase, phrases } from './words';
import { findFirst } from './parse-date';
import { isCourseTag, remarkOf } from './title-marks';
import { headingAssignment } from './education';
import { columnCellRows } from './column-cells';
import { headerField, piecesOf, trimEndColon, type Atom, type RecordField } from './records';


// Remarks after a title: out of the cycle, where the course came from ("Entered by you", "Imported from
// CAPCE"), or what the record lacks or waits for ("Missing approval", "Needs certificate", "Awaiting approval").
const FLAGS = phrases('out of date', 'cycle', 'outside', 'entered', 'import*', 'self reported', 'added by', 'missing', 'needs', 'awaiting', 'no approval', 'no approval #');
// (A badge or a reason a course is returned, "Duplicate hours": title-marks.ts's remarks.)
const isFlag = (text: string): boolean => hasPhrase(text, FLAGS) || (text !== '' && remarkOf(text)) || isCourseTag(text) || isAppliedHours(text) || isBracketedNote(text);

/**
 * A run of labels with their values set apart in elements after them ("Member Joined: Post Count:
 * Online Status:", a forum's member box beside each post), none a course's field: the box's values
 * (the date joined, the count of posts) are that member's facts, no course's.
 */
function isOtherLabelRun(text: string): boolean {
  const labels = text.endsWith(':') ? text.slice(0, -1).split(':').map((label) => label.trim()) : [];
  return labels.length >= 2 && labels.every((label) => label !== '' && label.split(' ').length <= 3 && !hasDigit(label) && matchLabel(label, RECORD_FIELDS) === null);
}

/** A note of the writer's in brackets, in lower case ("(uploaded certificate)"); a title's own bracket is capitalised ("(ACLS)"). */
function isBracketedNote(text: string): boolean {
  const inner = text.slice(1, -1).trim();
  return text.startsWith('(') && text.endsWith(')') && inner.includes(' ') && hasLetters(inner) && !hasDigit(inner) && inner === inner.toLowerCase();
}
// A grid's or pivot's mark for a cell with no value ("(blank)", "(empty)"): an empty cell.
const NO_VALUE = phrases('blank', 'empty', 'null', 'no value');

// A label run into its value, a bold label's text glued to the figure after it ("<b>Hours</b>2.00").
const GLUED_LABEL = /(^|\s)(\p{L}{3,}(?: #)?)(?=\d)/gu;

/**
 * Brackets and stops the page drew beside an element, set off by the spaces an element's edge
 * becomes ("( CPR & AED )", "2027 ."): written as a person reads them.
 */
function tidied(text: string): string {
  return withMarkerJoined(text.replace(/ (?=[),.;:\]])|(?<=[([]) /g, ''));
}

/**
 * An OEMS number whose T marker the content script set apart from it ("25-0312- T": the marker in
 * an inline element of its own, a code view's token): the number joined again, as the page shows it.
 */
function withMarkerJoined(text: string): string {
  const marker = (word: string): boolean => (word[0] === 'T' || word[0] === 't') && word.length <= 3 && [...word.slice(1)].every((char) => char >= '0' && char <= '9');
  const words: string[] = [];
  for (const word of text.split(' ')) {
    const last = words.at(-1);
    if (last && last.length > 1 && last.endsWith('-') && hasDigit(last) && marker(word)) words[words.length - 1] = last + word;
    else words.push(word);
  }
  return words.join(' ');
}

/** "Completed06/14/2025 Hours2.00" -> "Completed: 06/14/2025 Hours: 2.00": only a course field's label. */
function withLabelsApart(text: string): string {
  return text.replace(GLUED_LABEL, (all, space: string, word: string) => (matchLabel(word, RECORD_FIELDS) ? `${space}${word}: ` : all));
}

/**
 * A piece whose values stand apart by gaps of two spaces, as a tab run draws
 * them ("05/02/2025  Capnography in the Field  2.0 hrs  Airway, Respiration & Ventilation  CAPCE …",
 * a page-layout tool's text box): its cells, where one is a date alone and another an hours figure; else null.
 */
function gapCells(text: string): string[] | null {
  // Gaps of two or three spaces (a tab run's); wider, padded gaps are a printout's aligned columns, read as such.
  if (text.trim().includes('    ')) return null;
  const cells = text.split('  ').map((cell) => cell.trim()).filter(Boolean);
  if (cells.length < 3) return null;
  // (Sentences set apart by two spaces are prose: "… expires March 31, 2027.  Need 40 hrs: …".)
  const dated = cells.some((cell) => findFirst(cell)?.length === cell.length) && !cells.some((cell) => cell.endsWith('.'));
  return dated && cells.some((cell) => hoursWithUnit(cell) !== null || isBareHours(cell)) ? cells : null;
}

/** The atoms a record's pieces hold, with the label or column header that names each. */
export function atomsOfPieces(pieces: readonly RecordPiece[]): Atom[] {
  const atoms: Atom[] = [];
  let pendingLabel: { field: RecordField | null; label: string } | null = null;

  const push = (text: string, prominent: boolean, columnLabel: string | null): void => {
    const cells = columnLabel ? null : gapCells(text);
    if (cells) {
      for (const cell of cells) push(cell, prominent, null);
      return;
    }
    const clean = withLabelsApart(tidied(normaliseSpace(text)));
    // A column header names the whole cell: "Title: Trauma Review; Hours: 99" under "Course Title" is a title.
    const header = columnLabel ? headerField(columnLabel) : null;
    // A time of day under a date's word ("End" over "8:30 PM", a timesheet's) is no date.
    const columnField = header === 'completedOn' && TIME_OF_DAY.test(clean) ? null : header;
    // A blank mark stays as an empty value: an outline's blank cell is not it (outline-groups.ts).
    if (clean[0] === '(' && clean.endsWith(')') && isPhrase(clean, NO_VALUE)) {
      atoms.push({ text: '', field: columnField, label: columnLabel, prominent: false });
      return;
    }
    // An empty cell says nothing, but under a completion date column it says the date is not shown.
    if (!clean && columnField !== 'completedOn') return;
    // A colon drawn on its own between a label and its value (an outline's "completed : May 18th") is neither.
    if (clean === ':' || clean === '：') return;
    // The column's title again inside its cell (a responsive table's label for narrow screens, "Credits" over "2.00"): no value.
    if (columnLabel && trimEndColon(clean).toLowerCase() === normaliseSpace(columnLabel).toLowerCase()) return;
    // A later line of a title's cell with a label of its own ("Category: National · Trauma" under the
    // title in the Course column): that field's value, no second title.
    const own = columnField === 'courseTitle' && atoms.at(-1)?.label === columnLabel ? splitLabelled(clean, RECORD_FIELDS) : null;
    if (own?.value && own.field !== 'courseTitle') {
      atoms.push({ text: own.value, field: own.field, label: trimEndColon(clean.slice(0, clean.indexOf(':'))), prominent: false });
      return;
    }
    if (columnField) {
      atoms.push({ text: clean, field: columnField, label: columnLabel, prominent });
      return;
    }
    const labelled = splitLabelledAll(clean, RECORD_FIELDS);
    if (labelled.length) {
      pendingLabel = null;
      for (const part of labelled) {
        if (part.value) atoms.push({ text: part.value, field: part.field, label: part.label, prominent: false });
        // "Hours:" with its value in the next piece.
        else pendingLabel = { field: part.field, label: part.label };
      }
      return;
    }
    // A label on its own ("Completed", "Credits:") names the next piece.
    const bare = trimEndColon(clean);
    // A hashtag ("#capce", "#peds" after a task) tags the record: no label of the piece after it.
    const hashtag = bare[0] === '#' && hasLetters(bare.slice(1, 3));
    const field = bare.length <= 40 && !hashtag ? matchLabel(bare, RECORD_FIELDS) : null;
    if (field && (endsWithColon(clean) || !columnLabel)) {
      pendingLabel = { field, label: bare };
      return;
    }
    const pieces = piecesOf(clean);
    // A title's label before a value on its own ("Course" then "2 hrs": a type word over the card)
    // names no title; a bare figure after it may count them ("Courses" "10": a summary's tile).
    if (pendingLabel?.field === 'courseTitle' && isValuePiece(clean) && !isBareHours(clean)) pendingLabel = null;
    // A status chip "Completed" beside a link ("View Certificate"), the date already read: no label of it.
    if (pendingLabel?.field === 'completedOn' && isStatusWord(pendingLabel.label) && !hasDigit(clean) && atoms.some((atom) => (atom.field ?? 'completedOn') === 'completedOn' && dateIn(atom.text) !== null)) pendingLabel = null;
    const label: { field: RecordField | null; label: string } | null = pendingLabel ?? (columnLabel ? { field: columnField, label: columnLabel } : null);
    pendingLabel = null;
    for (const piece of pieces) {
      // A meta line's later piece with its own label ("9 Jan 2026 · 3 credits · Topic: Trauma").
      const own = pieces.length > 1 ? splitLabelled(piece, RECORD_FIELDS) : null;
      if (own?.value) atoms.push({ text: own.value, field: own.field, label: trimEndColon(piece.slice(0, piece.indexOf(':'))), prominent: false });
      else atoms.push({ text: piece, field: pieces.length === 1 ? (label?.field ?? null) : null, label: label?.label ?? null, prominent });
    }
  };

  // A field a column of the record names is that column's: the word in another cell ("<span>OEMS</span>
  // (online module)" under "Provider") labels nothing.
  const columnFields = new Set(pieces.flatMap((piece) => ('t' in piece && piece.c ? [headerField(piece.c)] : [])).filter(Boolean));
  // How many atoms were read before each piece: where a cell's atoms start.
  const before: number[] = [];
  // Within a box of other facts (isOtherLabelRun), up to its cell's end.
  let otherFacts = false;
  pieces.forEach((piece, at) => {
    before.push(atoms.length);
    if ('t' in piece && (otherFacts || isOtherLabelRun(normaliseSpace(piece.t)))) {
      otherFacts = true;
      return;
    }
    if ('n' in piece) otherFacts = false;
    if ('t' in piece) {
      // A remark after the title in its own element ("Out of Date", "before cycle", a status badge) is no part of it;
      // nor are words after a whole value in theirs ("1.25 CEH" then "Not CAPCE accredited"; not a labelled value, "Approval: N/A").
      const after = piece.f === undefined ? null : normaliseSpace(piece.f);
      // (Words naming where the course counts are its value, "CAPCE 26-GER-F3-0815" then "National · Trauma": set apart below.)
      const placed = after !== null && isValuePiece(piece.t) && assignmentIn(after) !== null;
      // (A line of the course's date and hours after its title is its values, whatever flag ends it: "10/30/2026 · 1.75 hrs · No approval # entered".)
      const values = after !== null && dateIn(after) !== null && hoursWithUnit(after) !== null;
      const remark = after !== null && !placed && ((isFlag(after) && !values) || (isValuePiece(piece.t) && !hasDigit(after) && !after.includes(':')));
      // A chip after the title naming a field of the record ("Topic: Cardiology"): that field's value, no part of the title.
      const chip = after !== null && !remark ? splitLabelled(after, RECORD_FIELDS) : null;
      push(piece.f !== undefined && !remark && !placed && !chip?.value ? piece.t + piece.f : piece.t, !!piece.p, piece.c ?? null);
      if (placed) atoms.push({ text: after!, field: null, label: null, prominent: false });
      if (chip?.value) atoms.push({ text: chip.value, field: chip.field, label: trimEndColon(after!.split(':')[0]!), prominent: false });
    } else if ('l' in piece) pendingLabel = columnFields.has(piece.lf) ? null : { field: piece.lf, label: piece.l };
    else if ('a' in piece) atoms.push({ text: piece.a.text, field: piece.a.field ?? null, label: piece.a.label ?? null, prominent: !!piece.a.prominent });
    else if ('z' in piece) pendingLabel = null;
    else {
      const first = before[at - piece.n]!;
      // An empty piece beside the cell's value (a spacer span before it) is no empty date.
      if (atoms.length > first + 1) for (let i = atoms.length - 1; i >= first; i--) if (!atoms[i]!.text) atoms.splice(i, 1);
      // A second line in the cell ("Opioid Care" over "Pioneer Valley EMS"): the provider or a note
      // beneath the value, not a second value of its column that would start another course.
      // (A cell holding a table of its own holds rows, not lines; unless they hold no date nor
      // approval number: an email's badge drawn as a one-cell table beside the title, its cell named
      // by the inner table's own column, not the row's.)
      const cell = atoms.slice(first);
      const lines = !piece.r || !cell.some((atom) => dateIn(atom.text) !== null || approvalIn(atom.text) !== null);
      if (atoms.length > first + 1 && lines) {
        for (let i = first + 1; i < atoms.length; i++) {
          const field = atoms[i]!.field;
          if (field && (field === atoms[first]!.field || (piece.r && atoms[i]!.label !== atoms[first]!.label))) atoms[i] = { ...atoms[i]!, field: null, label: null };
        }
      }
    }
  });
  return atoms;
}

/** An atom as judged: a piece's empty parts (no field, no label, not prominent) left out. */
function sentAtom({ text, field, label, prominent }: Atom): RecordAtom {
  return { text, ...(field ? { field } : {}), ...(label !== null ? { label } : {}), ...(prominent ? { prominent } : {}) };
}

/**
 * A course list as sent, read: each record's atoms and text (a row's its cells side by side, a
 * one-line record's as written, else its pieces with their labels: "Title · Completion Date:
 * 04/20/2026 · Hours: 2"); unread blocks above column titles dropped unless they name a section.
 */
export function judgedList(list: SentRecordList): RecordList {
  const items: RecordItem[] = [];
  // Each kept unread item's text and the pop it is marked for.
  const unread = new Map<RecordItem, { text: string; g: number | undefined }>();
  for (const item of list.items) {
    if (item.kind === 'pop') {
      for (let last = items.at(-1); last && unread.get(last)?.g === item.g && headingAssignment(unread.get(last)!.text) === null; last = items.at(-1)) items.pop();
      continue;
    }
    if (item.kind === 'heading' || item.kind === 'text') {
      items.push(item);
      continue;
    }
    const columnRows = item.kind === 'record' ? columnCellRows(item.pieces) : null;
    if (columnRows) {
      for (const pieces of columnRows) items.push({ kind: 'record', atoms: atomsOfPieces(pieces).map(sentAtom), row: true });
      continue;
    }
    const atoms = atomsOfPieces(item.pieces);
    if (item.quiet && !atoms.some((atom) => atom.text)) continue;
    const text = item.text ?? (item.row || item.side ? atoms.map((atom) => atom.text).join(' ') : atoms.map((atom) => (atom.label && atom.field ? `${atom.label}: ${atom.text}` : atom.text)).join(' · '));
    // A row's text is its pieces side by side: not sent again.
    const judged: RecordItem = { kind: item.kind, atoms: atoms.map(sentAtom), ...(item.row ? { row: true } : { text }) };
    if (item.kind === 'unread') unread.set(judged, { text, g: item.g });
    items.push(judged);
  }
  return { dateOrder: list.dateOrder, items };
}

/**
 * The outline with its lines whose pairs the content script left unread (scan.ts SaidEvent) read:
 * each "Label: value" pair a labelled line, else (`m` 0) the line itself as text.
 */
export function saidLines(outline: OutlineLine[]): OutlineLine[] {
  if (!outline.some((line) => line.said !== undefined)) return outline;
  return outline.flatMap((line): OutlineLine[] => {
    if (line.said === undefined) return [line];
    const parts = splitLabelledAll(line.said, LABEL_FIELDS).filter((part) => line.m !== 2 || part.value);
    if (parts.length) return parts.map((part) => ({ text: `${part.label}: ${part.value}`, label: part.label }));
    return line.m ? [] : [{ text: line.said }];
  });
}

/** The evidence as sent, its course lists and its outline's unread pairs read (see judgedList, saidLines). */
export function judgedEvidence(sent: SentEvidence): PageEvidence {
  const { recordLists, ...rest } = sent;
  if (rest.outline) rest.outline = saidLines(rest.outline);
  return recordLists ? { ...rest, recordLists: recordLists.map(judgedList) } : rest;
}
