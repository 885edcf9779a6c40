// Course records found again in the page's lines alone, whatever the markup: the user's own list
// after another tool (a mail, a note, a chat, a word processor, text) lost its table. Each line
// is told by the kind of value it holds (a date, an hours figure, an approval number, a
// component/topic name, a column name, an empty cell, free words); a record is a title line and
// the value lines after it up to the next free-words line (each cell its own line), or one line
// cut into its cells (a separator, a markdown pipe row, value runs), or a run of "Label: value"
// lines. The records repeat: a record needs its own date and hours, and two or more of them
// agree in shape, else nothing is found (unknown beats wrong). Background only (judge-page.ts).
import type { OutlineLine, RecordAtom, RecordItem, RecordList } from '../model';
import { RECORD_FIELDS } from '../vocabulary';
import { LABEL_FIELDS, matchLabel, splitLabelled, splitLabelledAll } from './labels';
import { approvalIn, assignmentIn, dateIn, hoursIn, isAppliedHours, isControlWord, isStatusWord, isValuePiece, leadingWords, VALUE_LABEL, withoutApproval } from './values';
import { headingAssignment, NOT_ASSIGNED, PROGRESS_WORD } from './education';
import { findFirst } from './parse-date';
import { hasDigit, hasLetters, isLetter, SEPARATORS, trimChars, withoutBrackets, withoutBullet } from './cut';
import { normaliseSpace } from './text';
import { csvFields } from './preformatted';
import { JOINERS } from './record-courses';
import { dateFirstRecords } from './date-first-lines';
import { hasPhrase, isPhrase, phrases, wordsOf } from './words';
import { REQUIRED_WORDS } from './requirements';
import { isCourseTag, remarkOf } from './title-marks';

export type Kind = 'date' | 'hours' | 'approval' | 'assignment' | 'label' | 'empty' | 'text';

/** One line of the page as read here: a single piece of a kind, a cut record row, a labelled value, a heading. */
type Unit =
  | { is: 'piece'; kind: Kind; text: string; labelled?: true }
  | { is: 'row'; atoms: RecordAtom[] }
  | { is: 'pair'; atom: RecordAtom }
  | { is: 'heading'; level: number; text: string }
  | { is: 'header'; fields: Array<RecordAtom['field']>; labels: string[] };

// The words an approval number's issuer is written with before it.
const ISSUED_BY = phrases('oems', 'ma oems', 'mass oems', 'massachusetts oems', 'capce');
// Cells a tool writes for an empty one.
const EMPTY = new Set(['', '—', '–', '-', 'n/a', 'na', 'none', '--']);
// How a line's cells are parted, strongest first (a date's own comma comes last).
const CUTS = [' | ', ' · ', ' • ', ' – ', ' — ', ' / ', '; ', ', '];

/** The kind of value a cell holds on its own. */
export function kindOf(text: string): Kind {
  const t = text.trim();
  if (EMPTY.has(t.toLowerCase())) return 'empty';
  // A group's name and progress ("STATE/LOCAL  3 of 10 hrs"): a component line, not the hours.
  if (isProgressGroupLine(t) || isRequirementLine(t)) return 'assignment';
  // An hours cell left blank ("-- hrs"), an approval cell saying there is none ("approval pending"): empty cells.
  if (blankHours(t) || isPhrase(t, NO_APPROVAL)) return 'empty';
  // An approval number after its issuer's words ("MA OEMS T26-1102").
  const approval = approvalIn(t);
  if (approval && isPhrase(withoutApproval(t, approval), ISSUED_BY)) return 'approval';
  if (isValuePiece(t)) {
    if (approval) return 'approval';
    if (dateIn(t)) return 'date';
    // A split course's part in words ("2.00 of 3.00 hours applied"); a bare "1/2" is a printout's page.
    if (hoursIn(t) !== null || (isAppliedHours(t) && hasLetters(t))) return 'hours';
  }
  if (assignmentIn(t, true) || isNotAssigned(t)) return 'assignment';
  if (t.length <= 40 && matchLabel(t, RECORD_FIELDS)) return 'label';
  // A line saying how the record stands ("Out of Date" between a course's title and its values) is no title: a cell saying nothing of the course.
  if (remarkOf(t)) return 'empty';
  return 'text';
}

/** "(not assigned yet)", "Unassigned": the course counts nowhere yet (its own cell, not a title). */
function isNotAssigned(text: string): boolean {
  const words = wordsOf(text);
  if (words.at(-1) === 'yet') words.pop();
  return isPhrase(words, NOT_ASSIGNED);
}

/**
 * A line of two of the record's values side by side ("3 April 2026 · 2 hrs"): its values, else
 * null. Not cut at a comma: a date holds one.
 */
function valuePair(text: string): string[] | null {
  for (const cut of CUTS.slice(0, -1)) {
    const cells = text.split(cut).map((cell) => cell.trim());
    if (cells.length !== 2) continue;
    const kinds = cells.map(kindOf);
    if (kinds[0] !== kinds[1] && kinds.every((kind) => kind === 'date' || kind === 'hours' || kind === 'approval')) return cells;
  }
  return null;
}

/** A line's cells: a markdown row's, a separator's, else null (one piece). */
function cellsOf(text: string): string[] | null {
  if (text.startsWith('|') && text.endsWith('|') && text.length > 2) return text.slice(1, -1).split('|').map((cell) => cell.trim());
  for (const cut of CUTS) {
    // A CSV file's line ('"Stroke, TIA Review",06/02/2025,1.5,25-SOL-F3-1943,National'): its commas
    // no space follows, a quoted field's own kept.
    const csv = cut === ', ' ? csvFields(text) : null;
    if (csv) return csv;
    const cells = text.split(cut).map((cell) => cell.trim());
    if (cells.length < 3) continue;
    // "Jan 14, 2027": a year cut off its date goes back to it.
    const joined: string[] = [];
    for (const cell of cells) {
      if (cut === ', ' && joined.length > 0 && cell.length === 4 && Number(cell) > 1900 && dateIn(`${joined.at(-1)}, ${cell}`)) joined[joined.length - 1] += `, ${cell}`;
      else joined.push(cell);
    }
    if (joined.length >= 3) return joined;
  }
  return null;
}

/**
 * A line whose cells' gaps were lost ("Pediatric Airway Management 01/14/2027 2.00 27-PEDS-F3-0114",
 * a tabbed line drawn with its tabs as spaces): the title's words, then only values (a date, an
 * approval number and one bare figure or hours), else null.
 */
function valueRun(text: string): string[] | null {
  const approval = approvalIn(text);
  const rest = approval ? withoutIssued(text, approval) : text;
  const date = findFirst(rest);
  if (!date) return null;
  // The words before the date, less a weekday or a value's own word ("Tue, Dec 16th 2025").
  const title = leadingWords(rest, date.index);
  // "Completed 07/22/2025   2.00 hours   CAPCE …" under its title's line: the date's own label opens it.
  const dateLabel = title === '' && matchLabel(rest.slice(0, date.index).trim(), RECORD_FIELDS) === 'completedOn';
  // The approval's issuer left behind it ("2 CAPCE"), an empty approval cell ("1 —"): the hours stand alone.
  const tail = normaliseSpace(rest.slice(date.index + date.length)).split(' ');
  // A clock right after the date ("Sun Nov 29 2026 - 22:41:12 EST", "2026-01-24 07:15:00 2.00")
  // is its time of day when a time zone or another figure follows: a moment, no course's hours.
  const clock = DASHES.has(tail[0]!) ? 1 : 0;
  const next = tail[clock + 1] ?? '';
  if (tail[clock]?.includes(':') && hoursIn(tail[clock]!) !== null && (isPhrase(next, ZONES) || isOffset(next) || hoursIn(next) !== null)) tail.splice(0, clock + (hoursIn(next) === null ? 2 : 1));
  // An approval cell saying there is none ("… 1.5 hrs Medical No approval number"): an empty cell.
  // So is a cell opened by an empty cell's word with the writer's remark after it ("… 1.25 None given", "… N/A (state class)"),
  // unless where it counts follows.
  const none = approval ? -1 : tail.findIndex((_, at) => at > 0 && (isPhrase(tail.slice(at).join(' '), NO_APPROVAL) || emptyWithRemark(tail.slice(at))));
  // Where the line opens with its date and the title comes last ("03/07/2026 1.00 none Journal Club: …"),
  // only the empty cell's word goes: the capitalised words after it are the title's.
  const titleAfter = title === '' && none > 0 && EMPTY.has(tail[none]!.toLowerCase()) && tail.length > none + 2 && /^\p{Lu}/u.test(tail[none + 1]!);
  if (none > 0) tail.splice(none, titleAfter ? 1 : tail.length);
  // Where it counts, written last ("… 2.00 25-EMSX-F3-0311 National - Medical", "… 0.75 State/Local").
  // Not past two dashes side by side: empty cells, the title after them ("… Individual - - Infection Control & PPE").
  // Nor a component, an empty topic cell and the title, on a line that opens with its date ("… 1.00 Individual - Stair Chair …"): the title is read below.
  // A bare figure opens none ("… Update 2026 3.00 Local": the title's year, then the hours).
  const counts = tail.findIndex((_, at) => at > 0 && hoursIn(tail[at]!) === null && Number.isNaN(Number(tail[at])) && kindOf(tail.slice(at).join(' ')) === 'assignment' && !emptyCells(tail.slice(at)) && !(title === '' && titleAfterEmpty(tail.slice(at))));
  const assignment = counts > 0 ? tail.splice(counts).join(' ') : null;
  while (tail.length > 1 && (isPhrase(tail.at(-1)!, VALUE_LABEL) || EMPTY.has(tail.at(-1)!.toLowerCase()) || trimChars(tail.at(-1)!, '-–—') === '')) tail.pop();
  // A last column of a few capitalised words after the hours ("… 3.00 25-AIRW-F1-0107 CAPCE Import",
  // "… 2.00 Manual Entry": a pasted transcript's Source, its tabs lost; "… 1.00 — Not Verified": an
  // empty approval cell, then the row's status): no value of the course's.
  // So is a badge of a few words, the first capitalised ("… 2.00 OEMS 25-0190-T Out of Date Remove").
  const badge = tail.slice(1).filter((word) => !EMPTY.has(word));
  if (title !== '' && !assignment && tail.length >= 2 && tail.length <= 5 && (hoursIn(tail[0]!) !== null || isPhrase(tail[0]!, NOT_YET)) && badge.every(isLetters) && (badge.length === 0 || badge[0]![0] !== badge[0]![0]!.toLowerCase())) tail.splice(1);
  const after = tail.join(' ');
  // A line that starts with its date ("3 May 2025 2.0 hrs Trauma CAPCE …", a tab-separated paste's
  // cells run together): its values only, under the title line before it.
  const cells = [title, rest.slice(date.index, date.index + date.length)].filter((cell) => cell !== '');
  // "saved 2026-11-30 22:14:07": a clock with its seconds alone after the date is the date's time (a save or log stamp), no hours.
  if (!approval && !assignment && tail.length === 1 && isStamp(after) && after.split(':').length === 3) return null;
  // The title's column last ("2026-04-11 2.00 26-MEDU-F3-0301 National / Airway Advanced Airway Adjuncts"):
  // the hours, where it counts, then the title's words.
  // A split course's part ("2.00 of 3.00 hours applied") is its hours cell, no title.
  const applied = isAppliedHours(after);
  const last = title === '' && !assignment && !applied && hoursIn(after) === null ? trailingTitle(tail) : null;
  if (last) return [last[2], ...cells, last[0], ...(approval ? [approval] : []), ...(last[1] ? [last[1]] : [])];
  // The title between the date and the hours ("02/20/2025  Hazmat Awareness Refresher  2.00  25-…", a paste's columns run together);
  // an approval cell saying it is not yet given after the hours ("… 1.00  pending") is an empty one.
  if (title === '' && !approval && !assignment && tail.length > 3 && isPhrase(tail.at(-1)!, NOT_YET) && hoursIn(tail.at(-2)!) !== null) tail.pop();
  // A status last on such a line ("… Pediatric Airway Management 2.00 26-NEMS-F3-0412 Accepted": a
  // transcript's Status column, its tabs lost): the row's, no cell of the course.
  if (title === '' && !assignment && tail.length > 3 && isStatusWord(tail.at(-1)!) && (hoursIn(tail.at(-2)!) !== null || isPhrase(tail.at(-2)!, NOT_YET))) tail.pop();
  const middle = title === '' && tail.length > 2 ? tail.slice(0, -1).join(' ') : '';
  if (middle && (hoursIn(tail.at(-1)!) !== null || isPhrase(tail.at(-1)!, NOT_YET)) && hoursIn(middle) === null && kindOf(middle) === 'text') return [middle, ...cells, tail.at(-1)!, ...(approval ? [approval] : []), ...(assignment ? [assignment] : [])];
  if (after) {
    // An hours cell that says it is not yet known ("Pending"): the row stays, to be told unread.
    if (hoursIn(after) === null && !applied && !((approval || assignment || title !== '') && notPostedYet(after))) return null;
    // The hours, then the component and topic ("2.0 CEH National - Airway, Respiration & Ventilation").
    const at = tail.findIndex((_, end) => end > 0 && hoursIn(tail.slice(0, end).join(' ')) !== null && assignmentIn(tail.slice(end).join(' ')));
    cells.push(...(at > 0 ? [tail.slice(0, at).join(' '), tail.slice(at).join(' ')] : [after]));
  }
  if (approval) cells.push(approval);
  if (assignment) cells.push(assignment);
  return cells.length >= 3 && (date.index === 0 || dateLabel || (title !== '' && kindOf(title) === 'text')) ? cells : null;
}

/** Letters only ("Verified"): no figure, no mark. */
function isLetters(word: string): boolean {
  return [...word].every(isLetter);
}

/** A course's whole line cut into its cells (valueRun): its title, date and hours (or a word saying they are not posted yet), else null. */
export function courseLineCells(text: string): string[] | null {
  const cells = valueRun(text);
  return cells && cells.some((cell) => kindOf(cell) === 'text') && cells.some((cell) => hoursIn(cell) !== null || notPostedYet(cell)) ? cells : null;
}

/**
 * After a line's date: the hours (a figure, its unit), then what the course counts toward (the
 * longest run of words naming it), then the title's free words: [hours, where it counts, title], else null.
 */
function trailingTitle(tail: readonly string[]): [string, string, string] | null {
  // Hours not posted yet ("2026-03-11 TBD Local - … Stop the Bleed Refresher"): the row stays, to be told unread.
  const pending = isPhrase(tail[0] ?? '', NOT_YET);
  const hours = hoursIn(tail.slice(0, 2).join(' ')) !== null ? 2 : pending || hoursIn(tail[0] ?? '') !== null ? 1 : 0;
  // A clock after a date is its time of day ("11/30/26, 8:23 AM Transcript | …", a print's header), not hours.
  if (!hours || !(pending || /^\d/.test(tail[0]!)) || tail.slice(0, 2).some((word) => word.includes(':'))) return null;
  let counts = hours;
  for (let end = tail.length - 1; end > hours && counts === hours; end--) if (!emptyCells(tail.slice(hours, end)) && !titleAfterEmpty(tail.slice(hours, end)) && assignmentIn(tail.slice(hours, end).join(' '), true)) counts = end;
  // Empty cells drawn as dashes before the title ("2.00 Individual - - Infection Control & PPE").
  let start = counts;
  while (DASHES.has(tail[start] ?? '')) start += 1;
  const title = tail.slice(start).join(' ');
  return wordsOf(title).length >= 2 && kindOf(title) === 'text' ? [tail.slice(0, hours).join(' '), tail.slice(hours, counts).join(' '), title] : null;
}

/** A component, a dash for its empty topic cell, then words naming nothing it counts toward (a title's). */
function titleAfterEmpty(words: readonly string[]): boolean {
  const rest = words.slice(2).join(' ');
  return words.length >= 3 && DASHES.has(words[1]!) && assignmentIn(words[0]!) !== null && assignmentIn(rest) === null && kindOf(rest) === 'text';
}

/** Two dashes side by side among the words: empty cells ("Individual - - Infection Control"), no dash joining a component to its topic. */
function emptyCells(words: readonly string[]): boolean {
  return words.some((word, at) => at > 0 && DASHES.has(word) && DASHES.has(words[at - 1]!));
}

/** Words opening with an empty cell's word ("None", "N/A"), then a remark that names no component or topic. */
function emptyWithRemark(words: readonly string[]): boolean {
  if (words.length < 2 || wordsOf(words[0]!).length === 0 || !EMPTY.has(words[0]!.toLowerCase())) return false;
  return !words.some((_, at) => at > 0 && kindOf(words.slice(at).join(' ')) === 'assignment');
}
const DASHES = new Set(['-', '–', '—', '@']);
const ZONES = phrases('est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'akst', 'akdt', 'hst', 'utc', 'gmt', 'z');
/** A time zone written as its offset ("-0500", "+01:00"). */
function isOffset(word: string): boolean {
  const digits = word.slice(1).replace(':', '');
  return (word[0] === '+' || word[0] === '-') && digits.length === 4 && !Number.isNaN(Number(digits));
}

/**
 * The text without its approval number and the words naming it right before it ("CAPCE
 * 26-AIRW-F1-0503 Surgical Airway Lab …", "Approval #: …"): the issuer's word is no title's.
 */
function withoutIssued(text: string, approval: string): string {
  const at = text.toLowerCase().indexOf(approval.toLowerCase());
  if (at < 0) return withoutApproval(text, approval);
  const words = text.slice(0, at).trimEnd().split(' ');
  while (words.length > 0 && (wordsOf(words.at(-1)!).length === 0 || isPhrase(words.at(-1)!, ISSUER))) words.pop();
  return `${words.join(' ')} ${text.slice(at + approval.length)}`;
}
const ISSUER = phrases('capce', 'oems', 'approval', 'no', 'number', 'approval no', 'approval number');

// An approval cell's words for none (domain.md: every course needs one; the page shows it has none).
const NO_APPROVAL = phrases('no approval', 'no approval number', 'no approval no', 'no approval yet', 'no capce', 'no capce number', 'no number', 'approval pending', 'pending approval');
// Words an hours cell shows before the hours are posted.
const NOT_YET = phrases('pending', 'tbd', 'in review', 'under review', 'not posted');
// The hours cell's own word beside it ("hours TBD", "TBD hrs", "Hours: pending").
const HOURS_WORDS = phrases('hours', 'hrs', 'hours:', 'hrs:', 'credits', 'credits:', 'ceh', 'ceh:');

/** An hours cell saying they are not posted yet, in the person's words: its hours word, a remark in brackets ("hours TBD (cert not emailed yet)"). */
export function notPostedYet(text: string): boolean {
  const words = wordsOf(withoutBrackets(text)).filter((word) => !isPhrase(word, HOURS_WORDS));
  // One such word or two ("TBD pending").
  return blankHours(text) || (words.length > 0 && (isPhrase(words, NOT_YET) || (words.length === 2 && words.every((word) => isPhrase(word, NOT_YET)))));
}

/** An hours cell drawn blank beside its unit ("-- hrs", "? hours"). */
function blankHours(text: string): boolean {
  const words = wordsOf(text);
  return words.length === 1 && isPhrase(words, HOURS_WORDS) && trimChars(text.toLowerCase().replace(words[0]!, ''), ' -–—?') === '' && /[-–—?]/.test(text);
}

/**
 * "Surgical Airway Lab — 05/03/2026" above a line of the course's other values: its title and its
 * date, two pieces (the date ends the line; an approval number would make it a row). Else the line.
 */
function titleAndDate(text: string): Unit[] {
  const date = findFirst(text);
  const title = date && approvalIn(text) === null && trimChars(text.slice(date.index + date.length), `${SEPARATORS} .`) === '' ? leadingWords(text, date.index) : '';
  // A tag on its own line beside the title ("Pediatric": the share it counts toward) is a cell saying nothing of the course.
  if (!title || kindOf(title) !== 'text') return [{ is: 'piece', kind: isCourseTag(text) ? 'empty' : kindOf(text), text }];
  return [
    { is: 'piece', kind: 'text', text: title },
    { is: 'piece', kind: 'date', text: text.slice(date!.index, date!.index + date!.length) },
  ];
}

/**
 * A mail quote's line without its ">" marks ("> > Pediatric Airway …"), a list line without its
 * bullet ("• Surgical Airway Lab — …", "- …", "* …": the mark and a space).
 */
/** A value as a JSON viewer shows a string, in its double quotes ("\"2025-06-03\""): the string. */
function jsonString(value: string): string {
  return value.length > 1 && value[0] === '"' && value.endsWith('"') && !value.slice(1, -1).includes('"') ? value.slice(1, -1) : value;
}

function unquoted(text: string): string {
  let at = 0;
  while (at < text.length && (text[at] === '>' || text[at] === ' ')) at += 1;
  return withoutBullet(text.slice(at));
}

/** A numbered list's line without its number ("10. Geriatric Falls …"): the number is no title word. */
function withoutNumber(text: string): string {
  const dot = text.indexOf('. ');
  const rest = text.slice(dot + 2);
  return dot > 0 && dot <= 3 && !Number.isNaN(Number(text.slice(0, dot))) && kindOf(text) === 'text' && kindOf(rest) === 'text' ? rest : text;
}

/** A value a record's line gives under its key ("hours: 2", "hours=2"). */
interface KeyedValue {
  field: (typeof RECORD_FIELDS)[number];
  label: string;
  value: string;
}

/**
 * A record written as one line of code ('{ title: "CPR …", completed: "2025-02-21", hours: 4 },',
 * a JSON line): its keys' labelled values, quotes taken off ("null" empty), or null.
 */
function objectLine(text: string): KeyedValue[] | null {
  // A code comment may follow ("}, // cert not issued yet").
  const body = /^\{(.*)\}[,;]?(?:\s*(?:\/\/|#).*)?$/.exec(text.trim())?.[1];
  if (body === undefined) return null;
  const parts: string[] = [''];
  let quote = '';
  for (const char of body) {
    if (quote ? char === quote : char === '"' || char === "'") quote = quote ? '' : char;
    else if (char === ',' && !quote) {
      parts.push('');
      continue;
    }
    parts[parts.length - 1] += char;
  }
  const pairs = [];
  for (const part of parts) {
    const colon = part.indexOf(':');
    const label = trimChars(part.slice(0, colon), '"\' ');
    const value = trimChars(part.slice(colon + 1), '"\' ');
    const field = colon > 0 ? matchLabel(label, RECORD_FIELDS) : null;
    if (field) pairs.push({ field, label, value: value === 'null' ? '' : value });
  }
  return pairs.length >= 2 ? pairs : null;
}

/** A line's words parted at its spaces, a quoted phrase one word with its quotes ('completed "CPR Review" hours=2'). */
function spacedWords(text: string): string[] {
  const words: string[] = [];
  let quoted = false;
  let word = '';
  for (const char of `${text} `) {
    if (char === '"') quoted = !quoted;
    if (char !== ' ' || quoted) word += char;
    else if (word) {
      words.push(word);
      word = '';
    }
  }
  return words;
}

/**
 * A record written as one log line of key=value pairs ('[2026-04-18] completed "CPR …" hours=2.0
 * approval=26-… topic=null', logfmt): its keys' labelled values (quotes taken off, "null" empty),
 * and before the first key its completion date and its title (the quoted phrase, else the words
 * left); null without two keys naming a record's fields.
 */
function keyValueLine(text: string): KeyedValue[] | null {
  if (!text.includes('=')) return null;
  const words = spacedWords(text);
  const pairs: KeyedValue[] = [];
  let first = -1;
  words.forEach((word, at) => {
    const equals = word.indexOf('=');
    const field = equals > 0 ? matchLabel(word.slice(0, equals), RECORD_FIELDS) : null;
    if (!field) return;
    if (first < 0) first = at;
    const value = trimChars(word.slice(equals + 1), '"');
    pairs.push({ field, label: word.slice(0, equals), value: value === 'null' ? '' : value });
  });
  if (pairs.length < 2) return null;
  const lead = words.slice(0, first);
  const before = lead.join(' ');
  const date = findFirst(before);
  const quoted = lead.find((word) => word.length > 2 && word.startsWith('"') && word.endsWith('"'));
  const title = quoted ? quoted.slice(1, -1) : date ? leadingWords(`${before.slice(0, date.index)} ${before.slice(date.index + date.length)}`, Infinity) : before;
  const has = (field: KeyedValue['field']): boolean => pairs.some((pair) => pair.field === field);
  if (title && kindOf(title) === 'text' && !has('courseTitle')) pairs.unshift({ field: 'courseTitle', label: '', value: title });
  if (date && !has('completedOn')) pairs.unshift({ field: 'completedOn', label: '', value: before.slice(date.index, date.index + date.length) });
  return pairs;
}

/** The page's lines as units, in reading order (a mail quote's ">" marks taken off). */
function unitsOf(outline: readonly OutlineLine[]): Unit[] {
  const units: Unit[] = [];
  const numbers = lineNumbers(outline);
  outline.forEach((shown, at) => {
    if (shown.text === undefined) return;
    const number = numbers[at];
    // A gutter's number before a printout's row keeps its cells' separator ("7 | Title | …"): dropped with it.
    const rest = number === undefined ? '' : shown.text.slice(number.length).trim();
    const line = number === undefined ? { ...shown, text: shown.text } : { text: rest.startsWith('| ') ? rest.slice(2) : rest };
    // The site's menu holds no line of a list (its "Local" timeline names no group).
    if (line.nav) return;
    if (line.heading !== undefined) {
      units.push({ is: 'heading', level: line.heading, text: line.text });
      return;
    }
    const object = objectLine(line.text) ?? keyValueLine(line.text);
    if (object) {
      for (const { field, label, value } of object) units.push({ is: 'pair', atom: { text: value, field, label } });
      return;
    }
    if (line.label !== undefined) {
      const value = jsonString(line.text.slice(line.label.length + 1).trim());
      const inRun = units.at(-1)?.is === 'pair';
      // A column whose title names no field, inside a row's run, is read by its values: where the course counts, else passed over (a text table's "Progress", "Actions").
      // So is a date under a title no field's ("Done", a pasted table's own word, not "Expiration Date")
      // in a run of a record's labelled values or right before one: the course's completion (a mail's
      // "Sent:" heads no run).
      const runs = (): boolean => {
        const next = outline[at + 1]?.label;
        return (inRun || (next !== undefined && matchLabel(next, RECORD_FIELDS) !== null)) && matchLabel(line.label!, LABEL_FIELDS) === null;
      };
      // A date's abbreviation over a course's component ("comp: NATIONAL" in a CE log): the value tells.
      const named = matchLabel(line.label, RECORD_FIELDS);
      const kind = kindOf(value);
      const field = (named === 'completedOn' && kind === 'assignment' ? 'assignment' : named) ?? placeLabel(line.label) ?? (inRun && kind === 'assignment' ? 'assignment' : kind === 'date' && runs() ? 'completedOn' : null);
      if (!field && inRun) return;
      // "Date Completed: 03/18/2026   Hours: 1.50": each labelled value of the line its own pair.
      const parts = field ? splitLabelledAll(line.text, RECORD_FIELDS) : [];
      if (parts.length > 1) for (const part of parts) units.push({ is: 'pair', atom: { text: part.value, field: part.field, label: part.label } });
      else units.push(field ? { is: 'pair', atom: { text: value, field, label: line.label } } : { is: 'piece', kind: 'text', text: line.text, labelled: true });
      return;
    }
    const text = withoutNumber(unquoted(line.text));
    // A row's control alone on its line ("Edit" under each course of a grid pasted a cell per line): no line of a record.
    if (isControlWord(text)) return;
    // A group's progress on its own line under the group's name ("Airway, Respiration & Ventilation" then "3.50 / 4.00"): no record's value.
    const last = units.at(-1);
    if (last?.is === 'piece' && last.kind === 'assignment' && isProgressFigure(text)) return;
    // A JSON viewer's value drawn again after its "key: value" row is no line of its own (where that row's values are JSON's: "…", 3, null).
    const before = outline[at - 1];
    if (text === '' || (before?.label !== undefined && before.text?.slice(before.label.length + 1).trim() === text && /^(".*"|-?[\d.]+|null|true|false)$/.test(text))) return;
    // "Hours: 1:30" in a text (a <pre>, a note): a labelled value the page did not mark.
    const labelled = splitLabelled(text, RECORD_FIELDS);
    // "Hours:" left blank among a block's labelled lines: the block's field, empty (no column header).
    if (labelled && (labelled.value || units.at(-1)?.is === 'pair')) {
      units.push({ is: 'pair', atom: { text: labelled.value, field: labelled.field, label: text.slice(0, text.indexOf(':')) } });
      return;
    }
    const cells = cellsOf(text);
    if (cells && cells.every((cell) => EMPTY.has(cell) || trimChars(cell, '-: ') === '')) return;
    // Column names: a name for each cell, or most of them with a few words of the file's own ("notes").
    const kinds = cells?.map((cell) => (EMPTY.has(cell.toLowerCase()) ? 'empty' : kindOf(cell)));
    const named = kinds?.filter((kind) => kind === 'label').length ?? 0;
    if (cells && kinds!.every((kind, at) => kind === 'empty' || kind === 'label' || (kind === 'text' && wordsOf(cells[at]!).length <= 2)) && named * 3 >= kinds!.filter((kind) => kind !== 'empty').length * 2) {
      units.push({ is: 'header', fields: cells.map((cell) => matchLabel(cell, RECORD_FIELDS)), labels: cells });
      return;
    }
    const run = cells ?? valueRun(text);
    const pair = run ? null : valuePair(text);
    // A row needs a title's words of its own (a weekday before its date is none).
    const titled = run?.some((cell) => kindOf(cell) === 'text' && leadingWords(cell, cell.length) !== '');
    if (run && titled && run.some((cell) => kindOf(cell) === 'date')) units.push({ is: 'row', atoms: run.map((cell) => ({ text: cell })) });
    // "2025-05-14 · 2.0 CEH · National / Airway · CAPCE …" under its title line: the record's values, one piece each.
    else if (pair || (run && run.every((cell) => kindOf(cell) !== 'text'))) for (const cell of (pair ?? run)!) units.push({ is: 'piece', kind: kindOf(cell), text: cell });
    else units.push(...titleAndDate(text));
  });
  return joinWrapped(units);
}

/** "Unassigned Courses", "To sort (not assigned in NREMT yet)": the group of courses in no component yet. */
function isUnassignedGroup(text: string): boolean {
  return hasPhrase(text, NOT_ASSIGNED) && headingAssignment(text) === 'unassigned';
}

/** Two figures and their units only ("3.50 / 4.00", "14.00 of 20.00 hrs"): a progress, no hours. */
function isProgressFigure(text: string): boolean {
  const words = normaliseSpace(text.replaceAll('/', ' / ')).split(' ').filter((word) => word !== '/');
  const figures = words.filter((word) => word !== '' && !Number.isNaN(Number(word)));
  return figures.length === 2 && words.every((word) => figures.includes(word) || isPhrase(word, PROGRESS_WORD));
}

/**
 * Column titles drawn as captions of their own ("Course", "Completed", "CEH", "Approval No.": a
 * grid's header cells, each a line) from `at`: three or more in a row, each naming a course's field,
 * title the lines of the records drawn a cell per line under them; else null.
 */
function captionHeader(units: readonly Unit[], at: number): Extract<Unit, { is: 'header' }> | null {
  const labels: string[] = [];
  const fields: Array<RecordAtom['field']> = [];
  for (let k = at; k < units.length; k++) {
    const unit = units[k]!;
    const field = unit.is === 'heading' && unit.level === 7 ? matchLabel(unit.text, RECORD_FIELDS) : null;
    if (!field) break;
    labels.push((unit as { text: string }).text);
    fields.push(field);
  }
  return labels.length >= 3 ? { is: 'header', fields, labels } : null;
}

/**
 * A title wrapped onto the next line (a printout's narrow column: "… Epinephrine Auto-" then
 * "Injectors for …"): one line of free words, when the first stops where no title ends (a word
 * broken at its hyphen, a joining word) or the next goes on in lower case.
 */
function joinWrapped(units: Unit[]): Unit[] {
  const joined: Unit[] = [];
  for (const unit of units) {
    const last = joined.at(-1);
    if (unit.is === 'piece' && unit.kind === 'text' && last?.is === 'piece' && last.kind === 'text') {
      const end = last.text.split(' ').at(-1)!;
      const broken = end.length > 1 && end.endsWith('-');
      const first = unit.text[0]!;
      if (broken || JOINERS.has(end.toLowerCase()) || first !== first.toUpperCase()) {
        last.text += broken ? unit.text : ` ${unit.text}`;
        continue;
      }
    }
    joined.push(unit);
  }
  return joined;
}

/**
 * A code view's line numbers (an editor's HTML export, a gutter): the number that starts a line
 * when the line before or after starts with the number one less or more. Indexed like the outline.
 */
function lineNumbers(outline: readonly OutlineLine[]): Array<string | undefined> {
  const leading = outline.map((line) => {
    if (line.text === undefined || line.heading !== undefined || line.label !== undefined) return undefined;
    const word = line.text.split(' ', 1)[0]!;
    // Or run into the line's first word where the gutter's link holds no space ("23STATE/LOCAL …", "2Rosa …"): never a date's month ("4/2/2027") nor an ordinal ("2nd").
    return word.length <= 5 && word.split('').every((char) => char >= '0' && char <= '9') ? word : (/^\d{1,5}(?=\p{Lu})/u.exec(word)?.[0] ?? numberBeforeDate(line.text));
  });
  return leading.map((word, at) => {
    const next = (step: number): boolean => leading[at + step] !== undefined && Number(leading[at + step]) === Number(word) + step;
    return word !== undefined && (next(-1) || next(1)) ? word : undefined;
  });
}

/** A gutter's number run into a line that opens with a date ("22026-04-22,…": line 2 of a CSV): the number, else undefined. */
function numberBeforeDate(text: string): string | undefined {
  const opensWithDigit = text[0]! >= '0' && text[0]! <= '9';
  if (!opensWithDigit || findFirst(text)?.index === 0) return undefined;
  for (let cut = 1; cut <= 5 && cut < text.length; cut++) {
    const char = text[cut - 1]!;
    if (char < '0' || char > '9') return undefined;
    if (findFirst(text.slice(cut))?.index === 0) return text.slice(0, cut);
  }
  return undefined;
}

/** A message's time of day ("10:41 PM") or its receipt ("Read", "Delivered"): a chat's, no line of the record. */
export function isClock(text: string): boolean {
  const words = text.split(' ');
  if (isPhrase(text, RECEIPTS)) return true;
  return words.length === 2 && words[0]!.includes(':') && ['am', 'pm'].includes(words[1]!.toLowerCase());
}
/**
 * What follows a sent stamp's date: its time of day ("4:10:19 pm", "16:10"), alone or before a
 * message's subject or sender when no quarter-hour ("1:44 ` Dana Okafor": hours come in 0.25 steps).
 */
function isStamp(rest: string): boolean {
  const [clock, next] = rest.split(' ', 2) as [string, string | undefined];
  const quarter = Number(clock.split(':')[1]) % 15 < 1;
  // A clock before "AM"/"PM" is a time of day whatever follows (a printout's header: "7:45 PM Transcript | …").
  const meridiem = next !== undefined && ['am', 'pm'].includes(next.toLowerCase());
  return isClock(rest) || ((!rest.includes(' ') || !quarter || meridiem) && clock.includes(':') && hasDigit(clock));
}
const RECEIPTS = phrases('read', 'delivered', 'sent', 'seen', 'edited');

/**
 * "STATE/LOCAL  3 of 10 hrs", "Individual Component 2 of 10 credits": a component's name, then
 * only its progress figure: the next group starts here (its topic, if any, ends). A title with
 * a figure in it ("Trauma 2026 Update") is not one.
 */
function isProgressGroupLine(text: string): boolean {
  const words = normaliseSpace(text).split(' ');
  const at = words.findIndex(hasDigit);
  if (at <= 0) return false;
  const name = words.slice(0, at).join(' ');
  // The group's name alone ("STATE/LOCAL", "National Airway"): "Local Massachusetts Statewide Protocols 2026" is a title's words.
  if (!assignmentIn(name, true)) return false;
  return wordsOf(words.slice(at).join(' ')).every((word) => !Number.isNaN(Number(word)) || isPhrase(word, PROGRESS_WORD));
}

/** "15 credits required": a group's requirement alone on its line (under its name), no course's hours. */
function isRequirementLine(text: string): boolean {
  const words = wordsOf(text);
  const figure = (word: string): boolean => !Number.isNaN(Number(word));
  return words.some(figure) && words.some((word) => isPhrase(word, REQUIRED_WORDS)) && words.every((word) => figure(word) || isPhrase(word, PROGRESS_WORD) || isPhrase(word, REQUIRED_WORDS));
}

/**
 * A column title naming both where a course counts ("Component / Topic", a text table's header):
 * the assignment's, as "Assigned To" is. Null when a part names another field or none.
 */
function placeLabel(label: string): 'assignment' | null {
  const parts = label.split('/');
  return parts.length > 1 && parts.every((part) => ['assignment', 'topic'].includes(matchLabel(part.trim(), RECORD_FIELDS) ?? '')) ? 'assignment' : null;
}

/** Has the record's own date and hours. */
/** A course's values but its hours: its date, its title's words, and its approval number or where it counts (a blank hours cell). */
function withoutHours(kinds: readonly Kind[]): boolean {
  return kinds.filter((kind) => kind === 'date').length === 1 && !kinds.includes('hours') && kinds.includes('text') && (kinds.includes('approval') || kinds.includes('assignment'));
}

function complete(kinds: readonly Kind[]): boolean {
  return kinds.filter((kind) => kind === 'date').length === 1 && kinds.filter((kind) => kind === 'hours').length === 1;
}

/**
 * The records the page's lines hold, as a record list coursesFromLists reads, or null when fewer
 * than two records of one shape are found.
 */
export function lineRecords(outline: readonly OutlineLine[], dateOrder: number): RecordList | null {
  const units = unitsOf(outline);
  // Column titles putting the date first over a cell per line: each date opens a course (date-first-lines.ts).
  const dated = dateFirstRecords(units, notPostedYet);
  if (dated) return { dateOrder, items: dated };
  const items: RecordItem[] = [];
  let records = 0;
  // Records whose title stood right under the record before or a group's name (see below).
  let settled = 0;
  let header: Extract<Unit, { is: 'header' }> | null = null;
  // Column titles drawn as captions over records a cell per line (captionHeader).
  let captions: Extract<Unit, { is: 'header' }> | null = null;
  let pairs: RecordAtom[] = [];
  let untitled: string | null = null;
  const tails: Tail[] = [];
  // Value lines read with the title above them (see below): no free-words line between records.
  const shown = new Set<number>();
  const closePairs = (): void => {
    const kinds = pairs.map((atom) => (atom.field === 'completedOn' ? 'date' : atom.field === 'hours' ? 'hours' : kindOf(atom.text)));
    // A title cell holding its approval number too (a cell's second line run on: "Crew Resource Management Approval T3-25-1121"), where no column holds one: the two apart.
    const title = pairs.find((atom) => atom.field === 'courseTitle');
    const approval = title && !pairs.some((atom) => atom.field === 'approvalNumber') ? approvalIn(title.text) : null;
    if (title && approval) {
      pairs.push({ text: approval, field: 'approvalNumber' });
      title.text = normaliseSpace(withoutIssued(title.text, approval));
    }
    if (untitled !== null && !pairs.some((atom) => atom.field === 'courseTitle')) pairs.unshift({ text: untitled, field: 'courseTitle' });
    untitled = null;
    const titled = pairs.some((atom) => atom.field === 'courseTitle');
    // Its text as the page shows it, labels and all (an unread row's excerpt).
    const text = pairs.map((atom) => (atom.label ? `${atom.label}: ${atom.text}` : atom.text)).join(' · ');
    if (titled && complete(kinds)) {
      items.push({ kind: 'record', atoms: pairs, text });
      records += 1;
    } else if (titled && withoutHours(kinds)) {
      // A block shaped like the others with its hours left blank: a course the list shows, read as unread.
      items.push({ kind: 'record', atoms: pairs, text });
    }
    pairs = [];
  };
  // Single pieces: a title is a free-words line with a date and hours after it before the next one.
  let i = 0;
  while (i < units.length) {
    const unit = units[i]!;
    if (unit.is !== 'pair') closePairs();
    if (unit.is === 'pair') {
      if (pairs.some((atom) => atom.field === unit.atom.field)) closePairs();
      // A heading right above a run of labelled values that has no title of its own ("### Surgical
      // Airway Lab", then "Date Completed" over its date …): the run's title (not a group's name).
      const above = units[i - 1];
      if (pairs.length === 0 && unit.atom.field !== 'courseTitle' && above?.is === 'heading' && !headingAssignment(above.text)) pairs.push({ text: above.text, field: 'courseTitle' });
      // A line of free words right above the run: its title, where the run names none of its own (see closePairs).
      if (pairs.length === 0) untitled = above?.is === 'piece' && above.kind === 'text' && !above.labelled && /\p{L}/u.test(above.text) ? above.text : null;
      pairs.push(unit.atom);
      i += 1;
      continue;
    }
    if (unit.is === 'heading') {
      // Read from a run's first caption (the later ones are its own).
      const before = units[i - 1];
      if (!(before?.is === 'heading' && before.level === 7 && unit.level === 7 && captions)) captions = captionHeader(units, i) ?? (unit.level === 7 ? captions : null);
      items.push({ kind: 'heading', level: unit.level, text: unit.text });
      i += 1;
      continue;
    }
    if (unit.is === 'header') {
      header = unit;
      i += 1;
      continue;
    }
    if (unit.is === 'row') {
      // Each cell under its column's field, and its title as written ("completed": the date's a completion).
      const atoms = header && header.fields.length === unit.atoms.length ? unit.atoms.map((atom, at) => (header!.fields[at] ? { ...atom, field: header!.fields[at]!, label: header!.labels[at]! } : atom)) : unit.atoms;
      const kinds = atoms.map((atom) => kindOf(atom.text));
      if (complete(atoms.map((atom, at) => (atom.field === 'hours' && hoursIn(atom.text) !== null ? 'hours' : kinds[at]!)))) {
        items.push({ kind: 'record', atoms });
        records += 1;
      } else if (atoms.some((atom) => notPostedYet(atom.text)) || (withoutHours(kinds) && (header?.fields.includes('hours') || (records > 0 && kinds.includes('approval'))))) {
        // Its hours not posted yet: a course the list shows, read as unread (no record of the shape).
        // Without column titles, a row after the list's courses with its title, date and approval number but a blank hours column.
        items.push({ kind: 'record', atoms });
      }
      i += 1;
      continue;
    }
    if (unit.kind !== 'text') {
      // A component or topic alone on its line between records: the group's name.
      if (unit.kind === 'assignment' && headingAssignment(unit.text)) items.push({ kind: 'text', text: unit.text });
      i += 1;
      continue;
    }
    // The value lines after this free-words line, up to the next one.
    let end = i + 1;
    // ("TBD" in the hours' place is a value line too: hours not posted yet.)
    const valueLine = (unit: Unit): boolean => unit.is === 'piece' && unit.kind !== 'label' && (unit.kind !== 'text' || notPostedYet(unit.text));
    while (end < units.length && valueLine(units[end]!)) end += 1;
    const cells = units.slice(i + 1, end) as Array<{ kind: Kind; text: string }>;
    if (!complete(cells.map((cell) => cell.kind))) {
      // Its hours cell not posted yet ("completed 11/20/2026 · -- hrs · approval pending" under its title): a course the list shows, read as unread.
      // So too its hours cell left empty ("—", or a blank line) among the list's courses, its date and approval number or group in their places.
      const blank = records > 0 && withoutHours(['text', ...cells.map((cell) => cell.kind)]);
      if (cells.filter((cell) => cell.kind === 'date').length === 1 && (blank || cells.some((cell) => notPostedYet(cell.text)))) {
        items.push({ kind: 'record', atoms: [{ text: unit.text }, ...cells.map((cell) => ({ text: cell.text }))] });
        // Its trailing component or topic lines may name the next group, as a whole record's do (settleGroupLines).
        tails.push({ item: items.length - 1, own: ownCells(cells), cells, end });
        i = end;
        continue;
      }
      // "## To sort (not assigned in NREMT yet)": the group of courses in no component yet.
      if (isUnassignedGroup(unit.text)) items.push({ kind: 'text', text: unit.text });
      // Its values on the next line, starting with the date, not all cut ("24 October 2026  TBD  Medical
      // …", "… 1.5 hrs  Medical  awaiting certificate"): a course the list shows, never lost; read
      // as far as it goes (no record of the shape).
      const next = units[i + 1];
      const line = next?.is === 'piece' && next.kind === 'text' ? next.text : '';
      const date = findFirst(line);
      // Only the date and its time of day is a message's sent stamp, not a course's values.
      // ("12/2/26, 7:41 PM …": the comma after the date is no part of the stamp's clock.)
      if (cells.length === 0 && date?.index === 0 && !isStamp(trimChars(line.slice(date.length), ','))) {
        items.push({ kind: 'record', atoms: [{ text: unit.text }, { text: line }] });
        shown.add(i + 1);
        i += 2;
        continue;
      }
      i += 1;
      continue;
    }
    // A free-words line or a heading (not a group's) between two records: the title may be either
    // line (a course's provider or description under its title): the lines tell nothing for sure.
    let lead = i - 1;
    while (lead >= 0 && units[lead]!.is === 'piece' && (units[lead] as { kind: Kind }).kind === 'text' && isClock((units[lead] as { text: string }).text)) lead -= 1;
    const before = units[lead];
    // Unless it stands right after the last record, where the first shows one more value than the
    // last did: a remark in that value's place ("no approval # on it").
    const last = tails.at(-1);
    const remark = last !== undefined && lead === last.end && last.cells.length < tails[0]!.cells.length;
    // Unless two or more records before it stood right under another's values or a group's name: the
    // list's shape is a title over its values, and the line above is a remark (a note's "Last cycle …").
    const loose = before && !shown.has(lead) && ((before.is === 'piece' && before.kind === 'text' && !isUnassignedGroup(before.text)) || (before.is === 'heading' && !headingAssignment(before.text)));
    if (records > 0 && loose && !remark && settled < 2) return null;
    if (!loose) settled += 1;
    // Component or topic lines after the record's last value, right before the next title: the
    // next group's name unless the last record shows them too (see below).
    const own = ownCells(cells);
    // Under column titles as many as its lines: each line labelled by its column's title ("Completed": a completion).
    const titled = captions?.labels.length === cells.length + 1 ? captions : null;
    const named = (text: string, at: number): RecordAtom => (titled?.fields[at] ? { text, field: titled.fields[at]!, label: titled.labels[at]! } : { text });
    items.push({ kind: 'record', atoms: [named(unit.text, 0), ...cells.map((cell, at) => named(cell.text, at + 1))] });
    records += 1;
    tails.push({ item: items.length - 1, own, cells, end });
    i = end;
  }
  closePairs();
  settleGroupLines(items, tails);
  return records >= 2 ? { dateOrder, items } : null;
}

/** How many of a record's cells come before its trailing component or topic lines. */
function ownCells(cells: ReadonlyArray<{ kind: Kind }>): number {
  let own = cells.length;
  while (own > 0 && cells[own - 1]!.kind === 'assignment') own -= 1;
  return own;
}

/** A cell-per-line record: its item, how many of its cells are its own before trailing component/topic lines. */
interface Tail {
  item: number;
  own: number;
  cells: ReadonlyArray<{ kind: Kind; text: string }>;
  /** The unit after its last cell. */
  end: number;
}

/**
 * Trailing component/topic lines are the record's own cells when every record ends so; when the
 * last record does not ("National – Trauma" above the next group only), they name the next group.
 */
function settleGroupLines(items: RecordItem[], tails: readonly Tail[]): void {
  const last = tails.at(-1);
  if (!last || last.own < last.cells.length) return;
  for (const tail of [...tails].reverse()) {
    if (tail.own === tail.cells.length) continue;
    // A record short of the first's values (a remark in the last one's place) ends where the first has a component.
    const first = tails[0]!.cells;
    if (tail.cells.length < first.length && first[tail.cells.length - 1]!.kind === 'assignment') continue;
    const record = items[tail.item] as Extract<RecordItem, { atoms: unknown }>;
    const moved = tail.cells.slice(tail.own).map((cell): RecordItem => ({ kind: 'text', text: cell.text }));
    items.splice(tail.item, 1, { ...record, atoms: record.atoms.slice(0, tail.own + 1) }, ...moved);
  }
}
