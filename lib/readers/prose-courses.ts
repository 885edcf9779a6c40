// Courses written as sentences (a letter, an e-mail digest, a chatbot's answer): "On 03/14/2026
// you completed 'Pediatric Airway' (2.0 hours, CAPCE 26-…), assigned to National – Airway." A
// record whose text is prose is cut into sentences, and each sentence into its values and the
// words between them; the words that only join them ("On", "you completed", "assigned to") are
// dropped. The title is the quoted phrase, else the words left over. A sentence that shows two
// of a course's values (a date, hours, an approval number) tells a course; one that states
// totals or a requirement ("In total, your transcript lists 15.75 hours") tells none; any other
// sentence remarks on the course before it. Needs no page: the background runs it
// (record-courses.ts).
import type { RecordAtom as Atom } from '../model';
import { findFirst } from './parse-date';
import { approvalIn, hoursWithUnit, isBareHours, isValuePiece, namesOtherDate, VALUE_LABEL } from './values';
import { hasDigit, hasLetters, trimChars } from './cut';
import { anyOf, findPhrase, hasPhrase, isPhrase, phrases, wordSpans } from './words';

/** A course told by sentences: its pieces, and the sentences as written. */
export interface ProseCourse {
  atoms: Atom[];
  text: string;
}

// Words that say where a course counts, before the component/topic ("assigned to National – Airway").
const ASSIGNED = phrases('assigned to', 'applied to', 'counted toward', 'counted towards', 'counts toward', 'counts towards', 'credited to');
// Words that join a course's values into a sentence, dropped at a clause's start or end.
const JOINING = anyOf(
  phrases(
    'you completed', 'you also completed', 'also', 'completed', 'you took', 'you attended', 'attended', 'you finished', 'finished',
    'you earned', 'earned', 'earning', 'worth', 'for', 'of', 'and', 'with', 'which', 'it', 'is', 'was', 'were', 'has been',
    'titled', 'called', 'named', 'the course', 'a course', 'course', 'under',
    // The person's own note ("I took … on 05/03/2026 for 3.00 hours, then …").
    'i completed', 'i also completed', 'i took', 'i also took', 'i attended', 'i finished', 'i did', 'then',
  ),
  ASSIGNED,
);
// An article right after the joining words that start a clause ("I took the …") is no title's.
const ARTICLES = phrases('the', 'a', 'an');
// A sentence of the page's own figures: totals, or what is required.
const SUMMARY = phrases(
  'in total', 'total', 'totals', 'altogether', 'in all', 'overall', 'combined', 'so far', 'sum', 'requirement', 'requires',
  'required', 'must complete', 'minimum of', 'need', 'needs', 'remaining', 'still need',
);
// A sentence telling a course done says so (or names it: a quoted title, an approval number); a
// date and hours alone may be a plan or a remark ("The refresher is on 03/12/2027 and runs 8 hours").
export const DONE = phrases('completed', 'complete', 'completion', 'finished', 'earned', 'earning', 'took', 'taken', 'attended', 'passed', 'awarded', 'credited', 'applied to', 'assigned to', 'counted toward', 'counts toward');
// Where a clause ends inside a sentence.
const CLAUSE_CUTS = '(),;:—|·•[]';
// Opening quote marks and the mark that closes each.
const QUOTES: Record<string, string> = { "'": "'", '"': '"', '‘': '’', '“': '”', '«': '»' };
const EDGE = ' .,;:!?—–-';
const MIN_WORDS = 8;
const STOPS = '.!?';

interface Span {
  at: number;
  end: number;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (hasDigit(ch) || ch.toLowerCase() !== ch.toUpperCase());
}

/** The quoted phrases of a text: an opening mark after no letter, a closing mark before none ("O'Brien's" holds none). */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = QUOTES[text[i]!];
    if (!close || isWordChar(text[i - 1]) || !isWordChar(text[i + 1])) continue;
    let j = i + 1;
    while (j < text.length && !(text[j] === close && text[j - 1] !== ' ' && !isWordChar(text[j + 1]))) j++;
    if (j >= text.length) continue;
    if (hasLetters(text.slice(i + 1, j))) spans.push({ at: i, end: j + 1 });
    i = j;
  }
  return spans;
}

/** The sentences of a text, cut at a stop before a capital or a quote, never inside a quote. */
function sentencesOf(text: string, quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ((ch !== '.' && ch !== '!' && ch !== '?') || text[i + 1] !== ' ' || quotes.some((q) => q.at < i && i < q.end)) continue;
    const next = text[i + 2];
    if (next === undefined || !(next in QUOTES || (next !== next.toLowerCase() && next === next.toUpperCase()))) continue;
    // "No. 26-…", "Dr. Lee": a short capitalised word before the stop is an abbreviation.
    const word = text.slice(text.lastIndexOf(' ', i) + 1, i);
    if (ch === '.' && word.length <= 2 && word[0] !== word[0]?.toLowerCase()) continue;
    out.push({ at: start, end: i + 1 });
    start = i + 2;
  }
  out.push({ at: start, end: text.length });
  return out;
}

/** Where the first value of a course stands in the text (a date, an hours figure, an approval number). */
function firstValue(text: string): Span | null {
  const spots: Span[] = [];
  const approval = approvalIn(text);
  const at = approval ? text.toLowerCase().indexOf(approval.toLowerCase()) : -1;
  if (at >= 0) spots.push({ at, end: at + approval!.length });
  const date = findFirst(text);
  if (date?.iso) spots.push({ at: date.index, end: date.index + date.length });
  const hours = hoursWithUnit(text);
  if (hours) spots.push({ at: hours.match.index, end: hours.match.index + hours.match.text.length });
  spots.sort((a, b) => a.at - b.at);
  return spots[0] ?? null;
}

/** The words without the joining words at either end ("you completed Pediatric Airway" -> "Pediatric Airway"). */
function withoutJoining(text: string): string {
  let rest = trimChars(text, EDGE);
  for (let guard = 0; guard < 8; guard++) {
    const { words, ends } = wordSpans(rest);
    let cut = 0;
    for (let length = Math.min(3, words.length); length >= 1 && !cut; length--) if (isPhrase(words.slice(0, length), JOINING)) cut = ends[length - (isPhrase(words[length] ?? '', ARTICLES) ? 0 : 1)]!;
    if (cut) {
      rest = trimChars(rest.slice(cut), EDGE);
      continue;
    }
    let end = -1;
    for (let length = Math.min(3, words.length); length >= 1 && end < 0; length--) {
      const first = words.length - length;
      if (isPhrase(words.slice(first), JOINING)) end = ends[first]! - words[first]!.length;
    }
    if (end < 0) break;
    rest = trimChars(rest.slice(0, end), EDGE);
  }
  return rest;
}

/** Words before a value that introduce it ("on", "completed", "expires"): they go with the value. */
function introCut(text: string): number {
  const { words, ends } = wordSpans(text);
  let first = words.length;
  while (first > 0 && words.length - first < 2 && (isPhrase(words[first - 1]!, VALUE_LABEL) || namesOtherDate(words[first - 1]!))) first--;
  return first === words.length ? text.length : ends[first]! - words[first]!.length;
}

/** "counted toward National – Trauma." -> "National – Trauma", else null. */
export function assignedTo(text: string): string | null {
  const { words, ends } = wordSpans(text);
  const found = findPhrase(words, ASSIGNED);
  if (!found || (found.at > 0 && !isPhrase(words.slice(0, found.at), JOINING))) return null;
  return trimChars(text.slice(ends[found.at + found.length - 1]), EDGE);
}

/** A title written between quote marks ("“Chest Pain & ACS Review”"): the words inside them. */
export function unquoted(title: string): string {
  const span = quotedSpans(title)[0];
  return span && span.at === 0 && span.end === title.length ? title.slice(1, -1).trim() : title;
}

function piece(text: string, prominent = false): Atom {
  return { text, field: null, label: null, prominent };
}

/** The pieces of a stretch of a sentence outside quotes: its values, and the clauses of words between them. */
function clausePieces(text: string, out: Atom[], values: Set<Atom>): void {
  const words = (clause: string): void => {
    for (const part of cutClauses(clause)) {
      const left = withoutJoining(part);
      if (hasLetters(left)) out.push(piece(left));
    }
  };
  let rest = text;
  for (let spot = firstValue(rest); spot; spot = firstValue(rest)) {
    const before = rest.slice(0, spot.at);
    // The last clause before the value: its introducing words go with the value.
    const lastCut = Math.max(...[...CLAUSE_CUTS].map((ch) => before.lastIndexOf(ch)));
    const intro = lastCut + 1 + introCut(before.slice(lastCut + 1));
    words(before.slice(0, intro));
    const value = piece(trimChars(rest.slice(intro, spot.end), EDGE));
    values.add(value);
    out.push(value);
    rest = rest.slice(spot.end);
  }
  words(rest);
}

function cutClauses(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (CLAUSE_CUTS.includes(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

interface Sentence {
  text: string;
  atoms: Atom[];
  course: boolean;
  summary: boolean;
}

/** One sentence's pieces: quoted phrases (the likeliest title), values, and the words between them. */
function readSentence(text: string, quotes: readonly Span[], offset: number): Sentence {
  const atoms: Atom[] = [];
  const values = new Set<Atom>();
  let plain = '';
  let at = 0;
  const stretch = (to: number): void => {
    const part = text.slice(at, to);
    plain += ` ${part}`;
    clausePieces(part, atoms, values);
  };
  for (const quote of quotes) {
    const start = quote.at - offset;
    if (start < at || quote.end - offset > text.length) continue;
    stretch(start);
    atoms.push(piece(text.slice(start + 1, quote.end - offset - 1).trim(), true));
    at = quote.end - offset;
  }
  stretch(text.length);
  let kinds = 0;
  for (const found of [approvalIn, findFirst, hoursWithUnit] as const) if (found(plain)) kinds += 1;
  const summary = hasPhrase(plain, SUMMARY);
  const course = kinds >= 2 && !summary && (quotes.length > 0 || approvalIn(plain) !== null || hasPhrase(plain, DONE));
  for (const value of values) VALUES.add(value);
  return { text: text.trim(), atoms, course, summary };
}

// The pieces cut from prose that are a course's values.
const VALUES = new WeakSet<Atom>();

/** Which of a course's values a piece is, if it is one. */
function kindOf(atom: Atom): string | null {
  if (!VALUES.has(atom) && !isValuePiece(atom.text)) return null;
  return approvalIn(atom.text) ? 'approval' : findFirst(atom.text) ? 'date' : hoursWithUnit(atom.text) ? 'hours' : null;
}

/**
 * The pieces of a sentence that adds to a course ("'Pediatric Airway' was completed on 03/14/2026.
 * It is worth 2.0 hours …"): its words, and each value the course does not show yet; a remark's
 * second date ("It was reviewed on 08/20/2025.") is not the course's.
 */
function adding(course: readonly Atom[], atoms: readonly Atom[]): Atom[] {
  const shown = new Set(course.map(kindOf));
  return atoms.filter((atom) => {
    const kind = kindOf(atom);
    return kind === null || !shown.has(kind);
  });
}

/**
 * A piece of prose: sentences of several words, ended by a stop, holding one of a course's values
 * among them (a title with a figure, "… & 2.0 hrs credit (Region 2 drill)", or a run of values cut
 * by semicolons ends with none).
 */
function isProse(atom: Atom): boolean {
  const text = atom.text.trimEnd();
  return !atom.field && STOPS.includes(text.at(-1) ?? '') && wordSpans(text).words.length >= MIN_WORDS && firstValue(text) !== null;
}

/**
 * The courses a record written as prose tells, each with its remarks; an empty list when its
 * prose tells none (a letter's opening, a summary of totals). Null when the record is no prose.
 */
export function proseCourses(atoms: readonly Atom[]): ProseCourse[] | null {
  if (!atoms.some(isProse)) return null;
  const sentences: Sentence[] = [];
  for (const atom of atoms) {
    if (!isProse(atom)) {
      sentences.push({ text: atom.text, atoms: [atom], course: false, summary: false });
      continue;
    }
    const quotes = quotedSpans(atom.text);
    for (const span of sentencesOf(atom.text, quotes)) {
      const text = atom.text.slice(span.at, span.end);
      const inside = quotes.filter((quote) => quote.at >= span.at && quote.end <= span.end);
      sentences.push(readSentence(text, inside, span.at));
    }
  }
  if (!sentences.some((sentence) => sentence.course)) return atoms.every(isProse) || onlyTotalsShowHours(sentences) ? [] : null;
  const courses: ProseCourse[] = [];
  let lead: Sentence[] = [];
  for (const sentence of sentences) {
    if (sentence.summary) continue;
    const last = courses.at(-1);
    if (sentence.course) {
      courses.push({ atoms: [...adding(sentence.atoms, lead.flatMap((s) => s.atoms)), ...sentence.atoms], text: [...lead.map((s) => s.text), sentence.text].join(' ') });
      lead = [];
    } else if (last) {
      last.atoms.push(...adding(last.atoms, sentence.atoms));
      last.text += ` ${sentence.text}`;
    } else lead.push(sentence);
  }
  return courses.flatMap(byTitles);
}

/**
 * Remarks under a caption ("Notes", then "Row 1 was done before my March 29, 2026 recert …",
 * "Total listed: 17.5 hours (…)"): no sentence tells a course and the only hours figure is a
 * total's. The page's notes, not a course.
 */
function onlyTotalsShowHours(sentences: readonly Sentence[]): boolean {
  const shows = (sentence: Sentence) => hoursWithUnit(sentence.text) !== null || isBareHours(sentence.text.trim());
  return sentences.some((sentence) => sentence.summary && shows(sentence)) && !sentences.some((sentence) => !sentence.summary && shows(sentence));
}

/** "… completed 'A' on 08/16/2025 (3 hours) and 'B' on 05/03/2025 (0.75 hours).": a quoted title starts each course. */
function byTitles(course: ProseCourse): ProseCourse[] {
  const starts = course.atoms.flatMap((atom, at) => (atom.prominent ? [at] : []));
  if (starts.length < 2) return [course];
  const cut = [0, ...starts.slice(1)].map((start, i, all) => course.atoms.slice(start, all[i + 1]));
  return cut.every((atoms) => atoms.some((atom) => findFirst(atom.text))) ? cut.map((atoms) => ({ atoms, text: course.text })) : [course];
}
