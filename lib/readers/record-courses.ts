// Courses from the records the record finder found: each record's fields told apart by their
// values (a date, an hours figure, an approval number, a component/topic name), labels and
// column headers only breaking ties; the title is the free text left over. Needs no page: the
// background runs it on the record finder's items a content script sends (judge-page.ts).
import type { RecordAtom as Atom, Course, RecordItem, RecordList } from '../model';
import { echoRecords } from './echo-records';
import { outlierRecords } from './outlier-records';
import { withDetailRows } from './detail-rows';
import { HeadingRuns } from './heading-runs';
import { withApprovalColumn } from './approval-column';
import { withPivotColumns } from './pivot-columns';
import { withOutlineGroups } from './outline-groups';
import { withColumnBlocks } from './column-blocks';
import { withTrailingApprovals } from './trailing-approvals';
import { withCardRows, withItemTitles } from './item-titles';
import { withCategoryColumns, withCategoryPieces } from './category-pieces';
import { withShapeTails } from './shape-tails';
import { withLineCells } from './line-cells';
import { isChatSentence, isNumberedNotes, isProseSection, isWriterRemark } from './writer-remarks';
import { isCourseField, isSummaryRecord, isSummaryRow } from './summary-records';
import { buildCourse, HeadingContext, headingAssignment, isCourse, isMoreControl, isNotACourseRow, NOT_ASSIGNED, saysEmpty, TOTAL_WORD, type CourseParts, type EducationRead } from './education';
import { matchLabel } from './labels';
import { RECORD_FIELDS } from '../vocabulary';
import { excerpt } from './text';
import { hasDigit, hasLetters, hasWord, SEPARATORS, startsWithToggle, trimChars, withoutBullet } from './cut';
import { parseComponent, parseTopic } from './topics';
import { findFirst } from './parse-date';
import { hasPhrase, isPhrase, phrases, startsWithPhrase, wordsOf } from './words';
import { REQUIRED_WORDS } from './requirements';
// (line-records.ts imports this module too: each uses the other's only inside its functions.)
import { notPostedYet } from './line-records';
import { withDateOrder } from './date-order';
import { assignedTo, proseCourses, unquoted } from './prose-courses';
import { withoutRecordMarks, withoutTrailingRemark } from './title-marks';
import { parseAppliedHours } from './parse-hours';
import { namedApprovalIn, saysNoNumber } from './approval';
import { typedTitles, withColumnTitles } from './grid-columns';
import { approvalIn, assignmentIn, dateIn, firstValueIndex, hoursIn, hoursWithUnit, isAppliedHours, isBareHours, isControlWord, isStatusWord, isValuePiece, labelledHours, leadingWords, namesOtherDate, TIME_OF_DAY, VALUE_LABEL, withoutApproval } from './values';

/**
 * A paragraph the record finder cut at its commas ("I took … on 05/03/2026 for 3.00 hours,
 * approval CAPCE …, then …"): its pieces, unlabelled, are its text cut at ", ". The text whole, as
 * one piece, for the prose reader; none when the pieces are anything else (cells, labelled lines).
 */
function sentencesCutAtCommas(atoms: readonly Atom[], text: string): Atom[] {
  const cut = atoms.length > 1 && !atoms.some((atom) => atom.field || atom.label) && atoms.map((atom) => atom.text).join(', ') === text;
  return cut ? [{ text, field: null, label: null, prominent: false }] : [];
}

/** The parts of one course, from its atoms. */
export function partsFromAtoms(atoms: readonly Atom[], rowText: string): CourseParts {
  const parts: CourseParts = {
    rowText,
    title: null,
    dateText: null,
    hasDateField: true,
    hoursText: null,
    approvalText: null,
    assignmentText: null,
    topicText: null,
  };
  const used = new Set<Atom>();
  // 1. What a label or column header names, when the value agrees (a date column holds a date).
  for (const atom of atoms) {
    switch (atom.field) {
      case 'courseTitle':
        // A badge in the title's cell before its title ("Possible duplicate", then the link) is no title.
        if (isPhrase(atom.text, BADGES)) continue;
        if (parts.title === null && hasLetters(atom.text)) parts.title = atom.text;
        break;
      case 'completedOn':
        if (parts.dateText === null) parts.dateText = atom.text;
        break;
      case 'hours':
        if (parts.hoursText === null) parts.hoursText = appliedNote(atom.text) ?? atom.text;
        break;
      case 'approvalNumber':
        if (parts.approvalText === null) parts.approvalText = atom.text;
        break;
      case 'assignment':
        // Chips side by side in one cell ("National", "Trauma"): the second names the topic.
        if (parts.assignmentText === null) parts.assignmentText = atom.text;
        else if (parts.topicText === null && assignmentIn(atom.text)?.topic) parts.topicText = atom.text;
        break;
      case 'topic':
        if (parts.topicText === null) parts.topicText = atom.text;
        break;
      default:
        continue;
    }
    used.add(atom);
  }
  // 2. Values, whatever their label: the pieces that are a value on their own first; a figure
  // among words ("Trauma Update: 3.0 hrs of Case Reviews") counts only for a field no such
  // piece shows, else it is part of a title.
  const free: Array<{ atom: Atom; at: number }> = [];
  // The pieces that named an assignment, in reading order.
  const namings: Array<{ atom: Atom; at: number }> = [];
  let applied: string | null = null;
  // A bare clock figure no label or column names ("20:14", "08:05": when the course was logged) is
  // the hours only where the row shows no other hours figure.
  let clock: string | null = null;
  const amongWords: Array<{ atom: Atom; at: number }> = [];
  let trailing: { atom: Atom; at: number } | null = null;
  // Words before a piece's values that name where the course counts.
  const leads: Array<{ lead: string; named: string }> = [];
  const read = (atom: Atom, at: number): void => {
    const text = atom.text;
    // "6:30 PM" (a timesheet's Begin): no title; a bare "2:00" may be the hours.
    if (TIME_OF_DAY.test(text) && /m\.?$/i.test(text)) return;
    const { approval, date, hours } = valuesIn(text);
    if (isLineNumber(atom)) return;
    const isValue = approval !== null || date !== null || hours !== null;
    // Also over the approval column's issuer word alone ("CAPCE" over the number in the same cell).
    if (approval && (parts.approvalText === null || (approvalIn(parts.approvalText) === null && !saysNoNumber(parts.approvalText)))) parts.approvalText = approval;
    if (date) {
      const before = text.slice(0, firstValueIndex(text));
      if (parts.dateText === null && !namesOtherDate(atom.label ?? '') && !namesOtherDate(before)) parts.dateText = date;
    }
    // A bare figure under a label that names another date is not the hours.
    if (hours !== null && (hours !== text.trim() || !isBareHours(hours) || !namesOtherDate(atom.label ?? ''))) {
      if (hours === text.trim() && isAppliedHours(hours)) applied ??= hours;
      // A time of day ("19:35:11", a chat message's stamp) is off the quarter hours a course lasts: no hours.
      else if (!date && text.includes(':') && !hasLetters(text) && !atom.label) {
        if (isQuarterClock(text)) clock ??= hours;
        else parts.timeOfDay = true;
      }
      else parts.hoursText ??= hours;
    }
    if (!isValue) {
      // "counted toward National – Trauma": the words before the name say where the course counts.
      const named = assignedTo(text) ?? text;
      const assignment = assignmentIn(named, true);
      if (assignment) {
        namings.push({ atom, at });
        // "National – Trauma" names both; a lone topic chip beside a "National" chip names the topic.
        if (parts.assignmentText === null) parts.assignmentText = named;
        else if (assignment.topic && parts.topicText === null) parts.topicText = named;
        return;
      }
      if (isStatusWord(text) || isPhrase(text, BADGES)) {
        if (isPhrase(text, NOT_ASSIGNED)) parts.assignmentText ??= text;
        return;
      }
      // A group's caption inside the record, a remark after it ("Unassigned (still on transcript)"): no title's words.
      if (!atom.prominent && startsWithPhrase(text, NOT_ASSIGNED) && headingAssignment(text) === 'unassigned') {
        parts.assignmentText ??= text;
        return;
      }
      // "none" where an approval number stands (a pasted row "09/30/2026 | 1.00 | none | Title"): no title.
      if (isControlWord(text) || matchLabel(text, RECORD_FIELDS) || saysNoNumber(text)) return;
      free.push({ atom, at });
      return;
    }
    // Words after the values of a meta line ("February 2, 2026   4 credits   Individual"): where the course counts.
    // Or a piece between the values ("Completed 05/14/2026; 1.0 CEH; National – Medical; CAPCE 26-…").
    const after = wordsAfterValues(text, approval);
    // A one-line course whose title follows its date ("05/17/2025 - Pediatric Respiratory Emergencies"): the title where no other piece is one.
    if (after && hasLetters(after) && !assignmentIn(after, true) && !isValuePiece(after)) trailing ??= { atom: { ...atom, text: after }, at };
    const tail = after && assignmentIn(after, true) ? after : assignmentPiece(text);
    const counted = tail && assignmentIn(tail, true);
    if (counted) {
      if (parts.assignmentText === null) parts.assignmentText = tail;
      else if (counted.topic && parts.topicText === null) parts.topicText = tail;
    }
    // Words before the values of a one-line course ("Trauma Review — 10/02/2025 — 2 hrs").
    // (Its approval number left out: an OEMS number's letters, "MA-25-4471-T3", are no title's words.)
    const bare = approval ? withoutApproval(text, approval) : text;
    // (A record's remark run on after the title, "… Duplicate hours", left out: its "hours" is no label of a value.)
    const head = withoutTrailingRemark(bare.slice(0, firstValueIndex(bare)));
    const lead = hours === text.trim() ? '' : leadingWords(head, head.length);
    // Words that name another date ("Start", "Added") say so only before a date: "Mass Casualty Triage: START — 3 h" is a title.
    if (lead && hasLetters(lead) && !matchLabel(lead, RECORD_FIELDS) && !(date && namesOtherDate(lead)) && !isPhrase(lead, VALUE_LABEL)) {
      free.push({ atom: { ...atom, text: lead }, at });
      // "NCCP National – Medical. CAPCE 26-…", "Counts toward State/Local. OEMS approval …": where it counts, when another piece is the title.
      const named = assignedTo(lead) ?? lead;
      if (assignmentIn(named, true)) leads.push({ lead, named });
    }
  };
  atoms.forEach((atom, at) => {
    if (used.has(atom)) return;
    if (hasLetters(atom.text) && !isValuePiece(atom.text)) amongWords.push({ atom, at });
    else read(atom, at);
  });
  for (const { atom, at } of amongWords) {
    const { approval, date, hours } = valuesIn(atom.text);
    // A bare clock cell ("1:15") is a value on its own too: beside it a title's figure ("2.5 hrs of …") stays the title's.
    const shownElsewhere = (approval === null || parts.approvalText !== null) && (date === null || parts.dateText !== null) && (hours === null || parts.hoursText !== null || clock !== null);
    if ((approval || date || hours) && shownElsewhere) free.push({ atom, at });
    else read(atom, at);
  }
  parts.hoursText ??= clock;
  // "3 of 12.5 credits" beside the course's own "2 credits": a section's progress; a split
  // course's part ("2.00 of 3.00 applied" beside its 3.00 hours) is what counts here.
  if (applied && (parts.hoursText === null || hoursIn(parts.hoursText) === parseAppliedHours(applied)?.of)) parts.hoursText = applied;
  // No title but two pieces naming an assignment, the first with more than a name ("Airway 101",
  // "Individual: 3 Cases in Sepsis" above "Individual • 03/05/2026 • 2 hrs"): that one is the title.
  if (parts.title === null && free.length === 0 && namings.length >= 2 && isTitleNamingTopic(namings[0]!.atom.text)) {
    const [title, ...rest] = namings;
    free.push(title!);
    parts.assignmentText = null;
    parts.topicText = null;
    for (const { atom, at } of rest) read(atom, at);
  }
  free.sort((a, b) => a.at - b.at);
  // Without a completion date anywhere (no such label, only "Date Added"-like dates), the
  // course simply has none; with one named but unreadable, the row is reported.
  parts.hasDateField = parts.dateText !== null || atoms.some((atom) => atom.field === 'completedOn' || (dateIn(atom.text) !== null && !namesOtherDate(atom.label ?? '')));
  if (parts.title === null) {
    // A category repeated card after card ("Course · External") is no title where another piece can be.
    // A piece with a word of its own before one without ("a3f9c21 DW", a blame view's revision and initials).
    // A chat message's sender before its values ("thao.nguyen ▸ 02/21/2026 | 4.00 | … | PHTLS Refresher") is no title
    // where another piece can be.
    const withLetters = free.filter(({ atom }) => hasLetters(atom.text));
    const said = withLetters.filter(({ atom }) => !isHandle(atom.text.slice(0, firstValueIndex(atom.text))));
    const lettered = said.length > 0 ? said : withLetters;
    const worded = lettered.filter(({ atom }) => hasWord(atom.text));
    const named = worded.length > 0 ? worded : lettered;
    const titles = named.some(({ atom }) => !atom.repeated) ? named.filter(({ atom }) => !atom.repeated) : trailing ? [trailing] : named;
    const titled = titles.find(({ atom }) => atom.prominent) ?? titles[0];
    if (titled) parts.title = titled.atom.text;
  }
  const counted = leads.find(({ lead }) => lead !== parts.title);
  if (counted && parts.assignmentText === null && parts.title !== null) parts.assignmentText = counted.named;
  if (parts.title !== null) parts.title = withoutRecordMarks(unquoted(withoutBullet(continuedTitle(atoms, parts.title))));
  return parts;
}

const LINE_NUMBER = phrases('line', 'line number', 'ln', 'row', 'row number');

/** A line a file's writer comments out: "#" or "//" before a space or alone. */
function isCommentedOut(text: string): boolean {
  const mark = text.startsWith('//') ? 2 : text.startsWith('#') ? 1 : 0;
  return mark > 0 && text.slice(mark, mark + 1).trim() === '';
}

/** A split course's hours cell, its figure then the part's note ("2.00 2.00 of 3.00 applied"): the note, what counts here; else null. */
function appliedNote(text: string): string | null {
  const cut = text.indexOf(' ');
  const note = text.slice(cut + 1);
  // The note repeats the figure it explains ("1 1/2 hrs" is one figure written so).
  return cut > 0 && hoursIn(text.slice(0, cut)) !== null && note.split(' ')[0] === text.slice(0, cut) && isAppliedHours(note) ? note : null;
}

/** A whole number under "Line" (a blame view's line numbers): no value of the course's. */
function isLineNumber(atom: Atom): boolean {
  return /^\d+$/.test(atom.text.trim()) && isPhrase(atom.label ?? '', LINE_NUMBER);
}

/**
 * The user's own note or task beside a list they pasted ("Reminder: call the office about 2 hrs
 * from 01/02/2026", "[ ] 6 more local hrs before 02/15/2027"): a note's word and its colon, or an
 * open task's box, opens it. No course and no unread one.
 */
function isUserNote(text: string): boolean {
  const line = withoutBullet(text.trim());
  const open = line.toLowerCase();
  // An open task is not done yet ("[x]", done, may tick off a course).
  if (open.startsWith('[ ]') || isOpenTask(line)) return true;
  const colon = open.indexOf(':');
  return colon > 0 && isPhrase(open.slice(0, colon), NOTE_WORDS);
}
const NOTE_WORDS = phrases('note', 'notes', 'reminder', 'reminders', 'todo', 'to do', 'nb', 'ps', 'remember');

// An outliner's open task keywords, written in capitals (Org mode, Logseq).
const TASK_WORDS = ['TODO', 'LATER', 'WAITING'];

/** "1:15", "02:00:00": a clock figure in quarter hours (a duration), not "19:35:11" (a time of day). */
function isQuarterClock(clock: string): boolean {
  const [, minutes = '0', seconds = '0'] = clock.trim().split(':');
  // parseInt: a unit may follow ("1:30 h").
  return Number.parseInt(minutes, 10) % 15 === 0 && !Number.parseInt(seconds, 10);
}

/** "4.1. TODO Ask about the Wilderness course", "LATER finish …": an outliner's open task, after any outline number. */
function isOpenTask(line: string): boolean {
  const words = line.split(' ');
  const first = hasDigit(words[0] ?? '') && !hasLetters(words[0]!) && words[0]!.endsWith('.') ? 1 : 0;
  return TASK_WORDS.includes(words[first] ?? '');
}

// A status badge beside a title, the whole of its own piece ("Possible duplicate", "Needs approval #", "New").
const BADGES = phrases('new', 'split', 'duplicate', 'possible duplicate', 'likely duplicate', 'flagged', 'needs approval', 'needs review', 'needs approval number');

/** Words that open with a component's or topic's name and go on (a figure, words after a colon): a title's. */
function isTitleNamingTopic(text: string): boolean {
  const colon = text.indexOf(':');
  const rest = colon < 0 ? '' : text.slice(colon + 1);
  return hasDigit(text) || (rest.trim() !== '' && parseTopic(rest) === null && parseComponent(rest) === null);
}

/** The words after a piece's approval number, date and hours figure ("02/02/2026  4 credits  Local" -> "Local"). */
function wordsAfterValues(text: string, approval: string | null): string {
  // The number blanked out, not cut out: its digits are neither a date nor hours, and the places stay.
  const at = approval ? text.toLowerCase().indexOf(approval.toLowerCase()) : -1;
  const rest = at < 0 ? text : text.slice(0, at) + ' '.repeat(approval!.length) + text.slice(at + approval!.length);
  const date = findFirst(rest);
  const hours = hoursWithUnit(rest)?.match;
  const end = Math.max(at < 0 ? 0 : at + approval!.length, date ? date.index + date.length : 0, hours ? hours.index + hours.text.length : 0);
  if (end === 0) return '';
  const words = trimChars(text.slice(end), SEPARATORS);
  // A closing bracket the words opened is theirs ("Stroke Assessment (BE-FAST)").
  return words.lastIndexOf('(') > words.lastIndexOf(')') && text.includes(`${words})`) ? `${words})` : words;
}

// Where one cell's several values part (not a dash: "National – Medical" holds one).
const PIECE_MARKS = ';·•|';

/** A piece of a cell of values, after its first, that names only where the course counts ("…; National – Medical; CAPCE …"). */
function assignmentPiece(text: string): string {
  const pieces: string[] = [''];
  for (const c of text) {
    if (PIECE_MARKS.includes(c)) pieces.push('');
    else pieces[pieces.length - 1] += c;
  }
  return pieces.slice(1).find((piece) => !hasDigit(piece) && assignmentIn(piece, true) !== null)?.trim() ?? '';
}

// Words no title ends with: a title ending so was cut where its cell's inline pieces meet.
export const JOINERS = new Set(['&', '+', '/', '-', '–', 'and', 'of', 'for', 'with', 'to', 'in', 'on', 'the']);

/**
 * "Advanced Airway Management &" then "Capnography", "Review": a cell whose text is split into
 * inline pieces (a document editor's spell-check runs) gives the title its pieces after it, up to
 * the next piece a column or label names or one that holds a value.
 */
function continuedTitle(atoms: readonly Atom[], title: string): string {
  const at = atoms.findIndex((atom) => atom.text === title);
  if (at < 0 || !JOINERS.has(title.split(' ').at(-1)!.toLowerCase())) return title;
  let text = title;
  for (let i = at + 1; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (atom.field || atom.label || !hasLetters(atom.text) || isValuePiece(atom.text)) break;
    text += ` ${atom.text}`;
  }
  return text;
}

function pushCourse(out: EducationRead, atoms: readonly Atom[], text: string, headings: HeadingContext): void {
  const result = courseOf(partsFromAtoms(atoms, text), headings);
  if (!result) return;
  if (isCourse(result)) out.courses.push(result);
  else out.unread.push({ text: excerpt(text), reason: result.reason });
}

// The page's own facts: a strip of them drawn like records ("Certification Advanced EMT",
// "Recertification Cycle Apr 1, 2025 – …") puts a label where a course's title stands.
const FACT_LABELS = ['name', 'registryNumber', 'level', 'expiresOn', 'cycle', 'cycleStart', 'lastRecertified', 'certificationStatus', 'agency', 'agencyStatus', 'applicationStatus', 'payment', 'licenseNumber', 'licenseStatus'] as const;

/**
 * The words of a row besides its date at a time of day on the clock ("2026/11/22 at 9:02 pm",
 * "11/22/2026 9:02 PM"), or null where it shows none.
 */
function besideStamp(text: string): string[] | null {
  const words = text.split(' ');
  const at = words.findIndex((word, i) => i > 0 && ['am', 'pm', 'a.m.', 'p.m.'].includes(word.toLowerCase()) && TIME_OF_DAY.test(`${words[i - 1]} ${word}`));
  if (at < 0) return null;
  const date = dateIn(words[at - 2] ?? '') !== null ? at - 2 : words[at - 2] === 'at' && dateIn(words[at - 3] ?? '') !== null ? at - 3 : -1;
  return date < 0 ? null : [...words.slice(0, date), ...words.slice(at + 1)];
}

/**
 * The course the parts make, unless its "title" is only a field's label: a label alone is no
 * title. With no hours or approval number either it is one of the page's facts ("Expires · 31
 * Mar 2028"), nothing a person reads as a course: null.
 */
function courseOf(parts: CourseParts, headings: HeadingContext): ReturnType<typeof buildCourse> | null {
  const title = (parts.title ?? '').trim();
  // So is its figure where the strip says it is required ("Cycle Start 04/01/2025 · Total Credits Required 50.00").
  const facts = parts.approvalText === null && (parts.hoursText === null || hasPhrase(parts.rowText, REQUIRED_WORDS));
  if (title && matchLabel(title, FACT_LABELS) !== null) return facts ? null : { text: excerpt(parts.rowText), reason: 'a field label, not a course title' };
  // A line's date and time ("pulled 12/01/2026 23:40", a chat message's stamp): nobody's course.
  if (parts.timeOfDay && parts.hoursText === null && parts.approvalText === null) return null;
  // A post's stamp cell read as a record of its own ("Published · 2026/11/22 at 9:02 pm", a CMS list's
  // Date column): a word or two and a date at a time of day, no hours nor any word for them to come.
  const beside = parts.hoursText === null && parts.approvalText === null ? besideStamp(parts.rowText) : null;
  if (beside && beside.filter(hasLetters).length <= 3 && !beside.some(notPostedYet)) return null;
  const result = buildCourse(parts, headings.current());
  if (headings instanceof HeadingRuns && isCourse(result)) headings.note(result, parts);
  return result;
}

/**
 * One block of plain text holding several courses, a line or a few each ("Airway Update |
 * 01/09/2026 | 2.00", then the next): a course ends where, after its date and hours, free words
 * (the next title) or another date begin; a line naming a component or topic ("NATIONAL
 * COMPONENT", "=== Local ===") heads the courses after it. Null unless two courses come of it.
 */
function courseLines(atoms: readonly Atom[]): Array<Atom[] | string> | null {
  const lines = cutLines(atoms, false);
  // Courses of one run show their values in one order; when the first shows its date before
  // its title and the others after, each date heads a group of courses (an iPhone-style list).
  if (!lines || inOneOrder(lines.filter((line) => typeof line !== 'string'))) return lines;
  return cutLines(atoms, true);
}

function cutLines(atoms: readonly Atom[], datesHead: boolean): Array<Atom[] | string> | null {
  if (atoms.some((atom) => atom.field) || atoms.filter((atom) => isValuePiece(atom.text) && dateIn(atom.text)).length < 2) return null;
  const lines: Array<Atom[] | string> = [];
  let current: Atom[] = [];
  let dated = false;
  let houred = false;
  let groupDate: Atom | null = null;
  const close = (): void => {
    if (current.length && (!datesHead || groupDate)) lines.push(groupDate && !dated ? [groupDate, ...current] : current);
    current = [];
    dated = houred = false;
  };
  for (const atom of atoms) {
    const { approval, date, hours } = valuesIn(atom.text);
    const value = approval !== null || date !== null || hours !== null;
    if (datesHead && date !== null && approval === null && hours === null && isValuePiece(atom.text)) {
      // Lines before the first date head no group: the page's own text, not a course.
      close();
      groupDate = atom;
      continue;
    }
    if (!value && headingAssignment(atom.text) !== null) {
      close();
      lines.push(atom.text);
      continue;
    }
    const starts = (dated || groupDate !== null) && houred && (value ? (date !== null && isValuePiece(atom.text)) || (datesHead && hours !== null) : hasLetters(atom.text) && !isStatusWord(atom.text) && !isControlWord(atom.text));
    if (starts) close();
    current.push(atom);
    if (date) dated = true;
    if (hours) houred = true;
  }
  close();
  const courses = lines.filter((line) => typeof line !== 'string');
  return courses.length >= 2 && courses.filter((line) => isCourse(buildCourse(partsFromAtoms(line, ''), { component: null, topic: null }))).length >= 2 ? lines : null;
}

/** Whether every course shows its date, hours and approval in the order the first one does. */
function inOneOrder(courses: readonly Atom[][]): boolean {
  const rank = new Map<string, number>();
  return courses.every((atoms) => {
    const kinds = atoms.flatMap((atom) => {
      const { approval, date, hours } = valuesIn(atom.text);
      return [date !== null ? 'date' : '', hours !== null ? 'hours' : '', approval !== null ? 'approval' : ''].filter(Boolean);
    });
    if (rank.size === 0) kinds.forEach((kind, index) => rank.has(kind) || rank.set(kind, index));
    const ranks = kinds.map((kind) => rank.get(kind) ?? -1);
    return ranks.every((value, index) => index === 0 || value >= ranks[index - 1]!);
  });
}

function holdsValue(text: string): boolean {
  const { approval, date, hours } = valuesIn(text);
  return approval !== null || date !== null || hours !== null;
}

/** A number of another shape that the authority's word or an approval label names ("OEMS 25-1027-R"); a date is none. */
function namedApproval(text: string): string | null {
  const number = namedApprovalIn(text);
  return number && dateIn(number) === null ? number : null;
}

/** The approval number, completion date and hours figure a piece shows (the number's digits are neither). */
function valuesIn(text: string): { approval: string | null; date: string | null; hours: string | null } {
  const approval = approvalIn(text) ?? namedApproval(text);
  const valuesText = approval ? withoutApproval(text, approval) : text;
  const date = dateIn(valuesText);
  const unit = hoursWithUnit(valuesText);
  let hours: string | null = null;
  if (!date && !approval && isAppliedHours(text)) hours = text.trim();
  else if (unit) hours = String(unit.hours);
  else if (!date && !approval && isBareHours(text.trim())) hours = text.trim();
  else if (!date && !approval) hours = labelledHours(text);
  return { approval, date, hours };
}

/**
 * One flat list of several courses ("Course Title … Hours … Course Title … Hours …" in one
 * definition list, or a title and its date, hours and approval number repeated as siblings): a
 * fact that comes again starts the next course. Facts are named by their labels; told by their
 * values too (a date, an hours figure, an approval number alone) when every course so cut has a
 * title and a date and several show hours. A table row is one course: only its labels cut it.
 */
export function splitRepeats(atoms: readonly Atom[], row = false): Atom[][] {
  const labelled = cutAtRepeats(atoms, false);
  if (row) return labelled;
  const valued = cutAtRepeats(atoms, true);
  const courseLike = (group: Atom[]) => group.some((atom) => factOf(atom, true) === 'completedOn') && group.some(isTitleLike);
  const withHours = valued.filter((group) => group.some((atom) => factOf(atom, true) === 'hours')).length;
  return valued.length > labelled.length && withHours >= 2 && valued.every(courseLike) ? valued : labelled;
}

function cutAtRepeats(atoms: readonly Atom[], byValue: boolean): Atom[][] {
  const groups: Atom[][] = [];
  let current: Atom[] = [];
  let seen = new Set<CourseFact>();
  // How many pieces the first course shows before its first fact (its title, a chip): each
  // course starts as many pieces before its repeated facts, not at them.
  let lead = -1;
  let lastFact = -1;
  for (const atom of atoms) {
    const fact = factOf(atom, byValue);
    if (fact && lead < 0) lead = current.length;
    if (fact && seen.has(fact)) {
      // A labelled title starts its course itself.
      const back = fact === 'courseTitle' ? 0 : Math.min(lead, current.length - 1 - lastFact);
      const next = current.splice(current.length - back, back);
      groups.push(current);
      current = next;
      seen = new Set();
    }
    if (fact) {
      seen.add(fact);
      lastFact = current.length;
    }
    current.push(atom);
  }
  groups.push(current);
  return groups;
}

type CourseFact = 'courseTitle' | 'completedOn' | 'hours' | 'approvalNumber';

/** The course's own fact an atom shows (chips side by side in one cell are not one each). */
function factOf(atom: Atom, byValue: boolean): CourseFact | null {
  if (atom.field) return atom.field === 'assignment' || atom.field === 'topic' ? null : atom.field;
  const text = atom.text;
  if (!byValue || !isValuePiece(text) || isAppliedHours(text)) return null;
  if (approvalIn(text) !== null) return 'approvalNumber';
  if (dateIn(text) !== null) return namesOtherDate(atom.label ?? '') || namesOtherDate(text) ? null : 'completedOn';
  return hoursIn(text) !== null ? 'hours' : null;
}

/** A user name as chat and forums write it: one lower-case token joined by dots or underscores ("thao.nguyen", "@lt_ramos"), a mark after it. */
function isHandle(text: string): boolean {
  return /^@?[\p{Ll}\d]+(?:[._][\p{Ll}\d]+)+\s*[^\p{L}\d\s]?$/u.test(text.trim());
}

function isTitleLike(atom: Atom): boolean {
  return hasLetters(atom.text) && !atom.field && !isValuePiece(atom.text) && !isStatusWord(atom.text) && !isControlWord(atom.text);
}

/**
 * The page's own text drawn as a block (a footer: the site's address, "Last sign-in: 11/22/2026
 * 7:42 AM", "Session expires after 20 minutes"): no piece is a course's value on its own, and
 * every date it shows is another event's. Neither a course nor an unread row.
 */
function isPageText(atoms: readonly Atom[]): boolean {
  const dated = atoms.filter((atom) => dateIn(atom.text) !== null);
  const otherDate = (atom: Atom) => namesOtherDate(atom.label ?? '') || namesOtherDate(atom.text.slice(0, firstValueIndex(atom.text)));
  // The list's own buttons copied under its rows ("Import CAPCE Courses", "Add Course"): controls, no course.
  const controls = atoms.length > 0 && atoms.every((atom) => isPhrase(atom.text, LIST_CONTROLS) || isControlWord(atom.text));
  return controls || (dated.length > 0 && dated.every(otherDate) && !atoms.some((atom) => isValuePiece(atom.text)));
}

// The course list's own buttons, as NREMT names them (domain.md).
const LIST_CONTROLS = phrases('import capce courses', 'add course', 'add courses');

// A group row's expand/collapse toggle, its caption read with the row ("Collapse National ›
// Cardiology (2)"): a control's words, no part of the group's name.
const TOGGLE = phrases('collapse', 'expand', 'toggle', 'collapse group', 'expand group', 'toggle group', 'collapse row', 'expand row', 'collapse section', 'expand section');

// A post's comments under the list ("3 comments", "Leave a Reply"): readers' words, no course of the writer's.
const COMMENTS = phrases('comment', 'comments', 'reply', 'replies', 'responses', 'leave a reply', 'leave a comment', 'discussion');

/** The text without a toggle's caption before or after it. */
function withoutToggle(text: string): string {
  const words = (startsWithToggle(text) ? text.trimStart().slice(1) : text).trimStart().split(' ');
  for (const n of [2, 1]) {
    if (words.length > n && isPhrase(words.slice(0, n).join(' '), TOGGLE)) words.splice(0, n);
    if (words.length > n && isPhrase(words.slice(-n).join(' '), TOGGLE)) words.splice(-n, n);
  }
  return words.join(' ');
}

/**
 * Every course the lists' records hold, with the component/topic of the headings above them;
 * each list's numeric dates in the order its page proved (see read-page.ts).
 */
export function coursesFromLists(shown: readonly RecordList[]): EducationRead {
  // Each record's detail row joined to it (see detail-rows.ts).
  // A grid drawn column by column read as its rows (column-blocks.ts); a pivot's figures by
  // component read as one course part each (pivot-columns.ts).
  const lists = shown.map((list) => ({ ...list, items: [...withDetailRows(withPivotColumns(withColumnBlocks(list.items)))] }));
  const origins = new Map<Course, RecordItem>();
  const out = readLists(lists, origins);
  // A card repeating the selected row, a phantom unlike the courses beside it (outlier-records.ts):
  // read again without them (the rows after them may end the list).
  const dropped = new Set([...echoRecords(origins), ...outlierRecords(lists, origins)]);
  return dropped.size === 0 ? out : readLists(lists.map((list) => ({ ...list, items: list.items.filter((item) => !dropped.has(item)) })));
}

function readLists(lists: readonly RecordList[], origins?: Map<Course, RecordItem>): EducationRead {
  const out: EducationRead = { courses: [], unread: [], saysEmpty: false };
  for (const list of lists) withDateOrder(list.dateOrder, () => readList(list.items, out, origins));
  return out;
}

/** The item without the list's show-more control ("… · Show 6 more courses…"), which is none of its courses; null when that is all it holds. */
function withoutMoreControls(item: RecordItem): RecordItem | null {
  if (item.kind !== 'record' && item.kind !== 'unread') return item;
  const atoms = item.atoms.filter((atom) => !isMoreControl(atom.text));
  if (atoms.length === item.atoms.length) return item;
  return atoms.length === 0 ? null : { ...item, atoms, text: item.text === undefined ? undefined : atoms.map((atom) => atom.text).join(' · ') };
}

/** A whole number as a row counter writes it ("7"), nothing else. */
function counterOf(text: string): number | null {
  const t = text.trim();
  return t.length > 0 && t.length <= 4 && [...t].every((c) => c >= '0' && c <= '9') ? Number(t) : null;
}

/**
 * The row numbers of a grid (1, 2, 3 … down its rows, first or last of each record's pieces):
 * they count the rows, so they are no course's hours. A run of three or more records whose piece
 * there goes up by one; a piece an hours header names is left to be the hours.
 */
function rowNumbers(items: readonly RecordItem[]): Set<Atom> {
  const found = new Set<Atom>();
  for (const end of [0, -1]) {
    let run: Atom[] = [];
    const close = (): void => {
      if (run.length >= 3) run.forEach((atom) => found.add(atom));
      run = [];
    };
    for (const item of items) {
      if (item.kind !== 'record' && item.kind !== 'unread') continue;
      const atom = item.atoms.length > 1 ? item.atoms.at(end) : undefined;
      const n = atom && atom.field !== 'hours' ? counterOf(atom.text) : null;
      if (n === null) {
        close();
        continue;
      }
      if (run.length > 0 && n !== counterOf(run.at(-1)!.text)! + 1) close();
      run.push(atom!);
    }
    close();
  }
  return found;
}

/** The items without their row numbers: twice, for a tool's row number beside an id column counting too. */
function withoutRowNumbers(listed: readonly RecordItem[], passes = 2): readonly RecordItem[] {
  const numbers = rowNumbers(listed);
  if (numbers.size === 0) return listed;
  const counted = listed.map((item) => (item.kind === 'record' || item.kind === 'unread' ? { ...item, atoms: item.atoms.filter((atom) => !numbers.has(atom)) } : item));
  return passes > 1 ? withoutRowNumbers(counted, passes - 1) : counted;
}

/**
 * "CE: National", a "CE" column of "Local": continuing education's label names its credit or its
 * component alike, so the value decides: one naming where the course counts, with no figure, is
 * its assignment, not hours that could not be read.
 */
function withPlacesByValue(item: RecordItem): RecordItem {
  if (item.kind !== 'record' && item.kind !== 'unread') return item;
  const place = (atom: Atom): boolean => atom.field === 'hours' && !hasDigit(atom.text) && assignmentIn(atom.text) !== null;
  return item.atoms.some(place) ? { ...item, atoms: item.atoms.map((atom) => (place(atom) ? { ...atom, field: 'assignment' } : atom)) } : item;
}

function readList(listed: readonly RecordItem[], out: EducationRead, origins?: Map<Course, RecordItem>): void {
  const counted = withOutlineGroups(withoutRowNumbers(withColumnTitles(listed.map(withPlacesByValue))));
  const items = withCategoryColumns(withCategoryPieces(withItemTitles(withCardRows(withApprovalColumn(withTrailingApprovals(withShapeTails(withLineCells(counted))))))));
  const headings = new HeadingRuns();
  const first = items.findIndex((item) => item.kind === 'record');
  const last = items.findLastIndex((item) => item.kind === 'record');
  // The records are a table's rows (all but one in five): a block among them is drawn unlike any course.
  const records = items.filter((item) => item.kind === 'record');
  const amongRows = records.length >= 3 && records.filter((item) => 'row' in item && item.row).length >= records.length - Math.floor(records.length / 5);
  // Rows whose table dates its courses (most of its rows show a date): a row without one is
  // reported unread, never counted as an undated course (a group's sum row, a date left blank).
  const datedRows = amongRows && records.filter((item) => 'atoms' in item && item.atoms.some((atom) => atom.field === 'completedOn' || dateIn(atom.text) !== null)).length * 2 > records.length;
  // Under a heading naming the comments after the list's courses: their records are the readers' comments.
  let comments = false;
  for (const [index, shown] of items.entries()) {
    const item = withoutMoreControls(shown);
    if (!item) continue;
    const before = out.courses.length;
    readItem(item, index);
    // Which record each course came from (the item as the list holds it, rows' numbers and all).
    for (const course of out.courses.slice(before)) origins?.set(course, listed[index]!);
  }
  headings.settle();

  function readItem(item: RecordItem, index: number): void {
    switch (item.kind) {
      case 'heading':
        comments = out.courses.length > 0 && isPhrase(wordsOf(item.text).filter((word) => !hasDigit(word)), COMMENTS);
        // A column's title drawn as a caption over each group's cells ("Course", "Date Completed") names no section: the group holds.
        if (matchLabel(item.text, RECORD_FIELDS) === null) headings.onHeading(item.level, item.text);
        if (saysEmpty(item.text)) out.saysEmpty = true;
        break;
      case 'text': {
        const group = withoutToggle(item.text);
        if (headingAssignment(group) !== null) headings.onHeading(7, group);
        else if (saysEmpty(item.text)) out.saysEmpty = true;
        break;
      }
      case 'record':
      case 'unread': {
        if (comments) break;
        // A mail's header block ("Subject:" beside "From:" or "To:" and "Date:"), its body run on after it: a message, no course.
        // (A course's own "From" and "To" dates name no subject.)
        const labels = item.atoms.map((atom) => trimChars(atom.label ?? '', ':').toLowerCase());
        if (labels.includes('subject') && (labels.includes('from') || labels.includes('to'))) break;
        // A row sent without its text: its pieces side by side (see read-page.ts).
        const rowText = item.text ?? item.atoms.map((atom) => atom.text).join(' ');
        // A header row of column names over their data types ("title TEXT", grid-columns.ts) is no course.
        if (isNotACourseRow(rowText) || saysEmpty(rowText) || isPageText(item.atoms) || isUserNote(rowText) || typedTitles(item)) {
          // A tree table's group row counting its courses ("Trauma (2 courses) · 5 / 5 hrs"): no course, its courses' group (not a total's).
          const first = item.atoms[0]?.text ?? '';
          if (headingAssignment(first) !== null && !hasPhrase(wordsOf(rowText), TOTAL_WORD) && !item.atoms.some((atom) => dateIn(atom.text) !== null)) headings.onHeading(7, first);
          break;
        }
        // The column titles again (a pasted table's header repeated over each section): every piece a title, no course.
        if (item.atoms.length > 1 && item.atoms.every((atom) => matchLabel(atom.text, RECORD_FIELDS) !== null)) break;
        // Nothing a person reads as a course: no word and no value (a grid's add-row "+").
        if (!item.atoms.some((atom) => hasLetters(atom.text) || holdsValue(atom.text))) break;
        // A row without a date that names a component or topic ("National  9.5 / 25 credits",
        // "Not assigned  1 course"): a tree table's group row, its figures the group's.
        // A section's header block drawn like its courses: its name first, a remark after it
        // ("Unassigned · These courses are not assigned to a component"); a table row's first cell,
        // or a chip beside an approval number, is a course's field.
        const course = item.row || item.atoms.some((atom) => approvalIn(atom.text) !== null);
        const group = withoutToggle(rowText);
        const name = headingAssignment(group) !== null ? group : !course && headingAssignment(item.atoms[0]?.text ?? '') !== null ? item.atoms[0]!.text : null;
        // A row with a title of its own under its column is a course, its group in its own cells
        // (a Component column, merged row headers carried down): without a readable date it is unread.
        const titled = item.atoms.some((atom) => atom.field === 'courseTitle' && headingAssignment(atom.text) === null);
        if (name && !titled && !item.atoms.some((atom) => dateIn(atom.text) !== null)) {
          headings.onHeading(7, name);
          break;
        }
        // A tree grid's group row drawn with its expander's triangle ("▸ 2024 (previous cycle) 4"),
        // no date or approval number beside it: the group's caption and sum, no course.
        if (startsWithToggle(rowText) && !item.atoms.some((atom) => dateIn(atom.text) !== null || approvalIn(atom.text) !== null)) break;
        // Blocks shaped like the records before or after the list that hold none of a course's
        // values (a text-only page's paragraphs: its menu, intro, footer) are the page's text.
        if (item.kind === 'unread' && !item.row && (index < first || index > last) && !item.atoms.some((atom) => holdsValue(atom.text))) break;
        // Such a block with hours but neither a date nor an approval number (a written record's
        // paragraph stating what the cycle requires, its footnote's number) tells no course.
        if (item.kind === 'unread' && !item.row && (index < first || index > last) && !item.atoms.some((atom) => dateIn(atom.text) !== null || approvalIn(atom.text) !== null)) break;
        // Among a table's rows, a block with neither hours nor an approval number nor a labelled
        // piece (a document's running header repeated on each page, a notes section's caption) is
        // the document's text: no row a person sees as a course.
        if (item.kind === 'unread' && !item.row && amongRows && !item.atoms.some((atom) => atom.field || atom.label || valuesIn(atom.text).hours !== null || approvalIn(atom.text) !== null)) break;
        // A row saying a sentence, with no date nor approval number and no cell a column title names (a
        // chat log's message beside its sender and time): a remark, no course. (A course table's row is named by its header.)
        if (item.row && item.atoms.some((atom) => isChatSentence(atom.text)) && !item.atoms.some((atom) => atom.field || dateIn(atom.text) !== null || approvalIn(atom.text) !== null)) break;
        // A file's row that is a comment ("# NREMT ID …", "// todo"), or holds no word and no date (a blame
        // view's revision and initials alone), with no hours figure: the file's text, no course.
        if (item.row && !item.atoms.some((atom) => valuesIn(atom.text).hours !== null && !isLineNumber(atom))) {
          const wordless = !hasWord(rowText) && !item.atoms.some((atom) => dateIn(atom.text) !== null);
          if (wordless || item.atoms.some((atom) => isCommentedOut(atom.text))) break;
        }
        // Courses told in sentences (a letter, a digest): each course sentence with its remarks.
        const prose = item.row ? null : proseCourses(item.atoms) ?? proseCourses(sentencesCutAtCommas(item.atoms, rowText));
        if (prose) {
          for (const course of prose) for (const atoms of splitRepeats(course.atoms)) pushCourse(out, atoms, course.text, headings);
          break;
        }
        const lines = item.row ? null : courseLines(item.atoms);
        if (lines) {
          for (const line of lines) {
            if (typeof line === 'string') headings.onHeading(7, line);
            else pushCourse(out, line, line.map((atom) => atom.text).join(' · '), headings);
          }
          break;
        }
        // A strip of the page's own facts drawn like a record ("Certification Advanced EMT ·
        // Registry Number A2208815 · Recertification Cycle Apr 1, 2025 – …"): two or more of its
        // pieces are fact labels, and no piece is a course's title, date or approval number (a
        // summary table beside it may name its own columns). The page's summary, not a course.
        if (!item.row && item.atoms.filter((atom) => matchLabel(atom.text, FACT_LABELS) !== null).length > 1 && !item.atoms.some(isCourseField)) break;
        const groups = splitRepeats(item.atoms, item.row);
        // A card of the person's own facts among the course cards (a registry number beside its
        // label; as one record, its cycle's dates or the list's hours), or a table's title row
        // stating the cycle's dates: nobody's course (summary-records.ts).
        if (item.row ? isSummaryRow(item.atoms) : isSummaryRecord(item.atoms, groups.length === 1)) break;
        // The writer's remarks in sentences among the rows (a block editor's paragraphs): nobody's course (writer-remarks.ts).
        if (!item.row && (isWriterRemark(item.atoms) || isProseSection(item.atoms) || isNumberedNotes(item.atoms))) break;
        for (const atoms of groups) {
          const text = groups.length === 1 ? rowText : atoms.map((atom) => (atom.label ? `${atom.label}: ${atom.text}` : atom.text)).join(' · ');
          const parts = partsFromAtoms(atoms, text);
          if (datedRows && item.row) parts.hasDateField = true;
          const result = courseOf(parts, headings);
          if (!result) continue;
          if (isCourse(result)) out.courses.push(result);
          else out.unread.push({ text: excerpt(text), reason: result.reason });
        }
        break;
      }
    }
  }
}
