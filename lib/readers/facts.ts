// Facts a page states in sentences or in a header line rather than beside a label:
// "Your Advanced EMT certification expires on March 31, 2027", "Your current recertification
// cycle began on April 1, 2025", "You last recertified on March 28, 2025", "You are affiliated
// with X. This affiliation is active.", "Kevin O'Brien (E4410075)", "Paramedic · expires
// 03/31/2027", "Recertification cycle: April 1, 2026 – March 31, 2028". Each fact is found by
// what it means (a phrase and a value of the right kind right after it); first in reading order wins.
import type { Agency, Level } from '../model';
import { agencyStatusFrom, isMoment } from './dashboard';
import { parseLevel } from './level';
import { isNameToken, isRegistryToken, nameAtStart, nameIn, withoutInitials } from './names';
import { dayAfterIso, parseDates } from './parse-date';
import { sentencesOf } from './cut';
import { cutAtNextLabel, type LabelField } from './labels';
import { statedAgency } from './agency-sentences';
import { findPhrase, hasPhrase, isPhrase, phrases, startsWithPhrase, textAfterPhrase, wordSpans, wordsOf, type Phrases } from './words';
import { normaliseSpace } from './text';

export interface StatedFacts {
  name?: string;
  registryNumber?: string;
  level?: Level;
  expiresOn?: string;
  cycleStart?: string;
  agency?: Agency;
}

// The pieces of a header line ("Kimberly Tran · EMT · cycle ends March 31, 2027").
const SEGMENT_CUT = /\s+[·•|—–-]\s+|\s*[·•|—–:;(),]\s*|\.\s+/;

// The person's own words for "expires" ("National certification good through 03/31/2028"), only
// where they name the certification: a CPR card or a course's access is "good through" a date too.
const GOOD_UNTIL = ['good through', 'good thru', 'good until', 'good till', 'valid thru', 'current through', 'current thru', 'active through', 'active until', 'runs through', 'runs thru', 'runs until'];
const OWN_CERTIFICATION = ['certification', 'cert', 'nremt', 'registration'];
const CERTIFICATION_GOOD_UNTIL = ['certified through', 'certified thru', 'certified until', ...OWN_CERTIFICATION.flatMap((word) => GOOD_UNTIL.map((until) => `${word} ${until}`))];
// "exp 3/31/2028": typed short in one's own header line.
const EXPIRES = phrases('expires', 'expire', 'expiring', 'expiration', 'expiration date', 'exp', 'valid through', 'valid until', 'cycle ends', 'cycle ending', 'cycle end', 'cycle end date', ...CERTIFICATION_GOOD_UNTIL);
const CYCLE_START = phrases('cycle began', 'cycle begins', 'cycle started', 'cycle starts', 'cycle start', 'cycle start date', 'cycle from', 'cycle opened', 'count from', 'counts from', 'counted from', 'counting from');
// What a cycle's date range may be called ("Recertification window: Apr 1, 2024 – Mar 31, 2026").
const CYCLE = phrases('cycle', 'recertification window', 'recertification period', 'certification period');
// A cycle is two years: a range of months ("window: Oct 1, 2025 – Mar 31, 2026") is the application window.
export const CYCLE_DAYS = 360;

export function spanDays(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
// A line that starts with one of these labels states the person's own certification fact.
// A piece of a longer line that states the person's certification fact ("… · Expiration date: 03/31/2026").
// "Cert expires 2027-03-31 · cycle …": "cert" is the certification's short word.
const CERTIFICATION_FACT = ['certification expires', 'certification expiring', 'certification expiration', 'expiration date', 'cert expires', 'cert expiring', 'cert expiration', 'cert exp'];
// A clause of a bio or note ("… #R4409276. National certification good through 03/31/2028; …") names the certification so too.
const PIECE_LABEL = phrases(...CERTIFICATION_FACT, ...CERTIFICATION_GOOD_UNTIL);
const FACT_LABEL = phrases('expires', 'expiring', 'expiration', 'exp', 'last recert', 'recertification cycle', 'recert cycle', 'certification cycle', 'current cycle', 'cycle', 'recertification window', 'recertification period', 'certification period', 'last recertified', 'last recertification', 'most recent recertification', 'previous recertification', 'prior recertification', ...CERTIFICATION_FACT);
// Which certification a fact's label names first ("Current certification expires", "NREMT expiration").
const QUALIFIER = phrases('current', 'nremt', 'national registry', 'national');

/** Whether the text starts with one of the labels, a qualifier before it or not. */
function startsWithLabel(text: string, set: Phrases): boolean {
  const words = wordsOf(text);
  const qualifier = findPhrase(words, QUALIFIER);
  return startsWithPhrase(words, set) || (qualifier?.at === 0 && startsWithPhrase(words.slice(qualifier.length), set));
}
// The last recertification is also the most recent, previous or prior one.
const LAST_RECERT = phrases('last recertified', 'last recertification', 'last recertification date', 'last renewed', 'last recert', 'most recent recertification', 'previous recertification', 'prior recertification');
const PAST = phrases('expired', 'has been renewed', 'was renewed');
// What speaks of the certification in an own clause: "my Advanced EMT card runs out …", "my NREMT dashboard says Emergency Medical Technician, …",
// "I'm a Nationally Registered Paramedic working in …".
const SPEAKS_OF_YOU = phrases('your', 'you hold', 'certified as', 'certification', 'card', 'dashboard says', 'dashboard shows', 'nationally registered');
// "My agency affiliation shows X, and it still says Pending Approval": what the writer's dashboard shows.
const AFFILIATED = phrases('affiliated with', 'affiliation with', 'affiliation shows');
// The writer's own affiliation in a note's sentence ("Affiliated with X (approved, …).", "I am affiliated with X …").
const OWN_AFFILIATION = phrases('affiliated with', 'i am affiliated with', 'i am now affiliated with', 'my affiliation with');
// The writer naming themselves, or what their page calls them: "I'm Dana Whitcomb", "The dashboard has me as …".
const SELF_NAMED = phrases("i'm", 'i am', 'my name is', 'has me as', 'shows me as', 'lists me as');

/** The name the writer gives as their own ("I'm Kayla Brennan-Ortiz, NREMT EMT"), else null. */
export function selfNamed(line: string): string | null {
  const self = textAfterPhrase(line, SELF_NAMED);
  return self ? nameAtStart(self) : null;
}

const REGISTRY_NAME = phrases('national registry of emergency medical technicians', 'national registry of emts');
// A level at the start of a header segment, then nothing or what it is the level of.
// Whose it is, or the designation before the level ("Nationally Registered Emergency Medical Technician",
// "National Registry Emergency Medical Technician (NREMT)"; "… of Emergency Medical Technicians" names no level).
const OWNER = phrases('your', 'my', 'nationally registered', 'nationally certified', 'national registry');
// A clause about the reader's own certification starts with "your" ("Your EMT certification expires on …,
// and your current cycle began on …"), "my", or the writer's own dashboard quoted ("Dashboard says
// last recertified 03/30/2025."), at a sentence's start, after a joining word or after a comma (a blog's
// "I'm a Nationally Registered Advanced EMT here, my certification expires …"), or the writer
// speaking of themselves at a sentence's start ("I'm an EMT in Mass., new cycle runs 04/01/2026 – 03/31/2028", "I last recertified on …").
const OWN = phrases('your', 'my', 'dashboard says', 'dashboard shows', "i'm", 'i’m', 'i am', 'i');
const JOINING = phrases('and', 'but', 'while', 'so');
const LEVEL_OF = phrases('certification', 'cert', 'certified', 'recertification', 'recert', 'cycle', 'expires', 'expiring', 'expiration', 'nccp', 'national continued competency program', 'nremt', 'registry');

/** The level a header segment states: "Advanced EMT", "Paramedic certification expiring …", "Your EMT recertification". */
export function segmentLevel(segment: string): Level | null {
  let words = wordsOf(segment);
  const owner = findPhrase(words, OWNER);
  if (owner?.at === 0) words = words.slice(owner.length);
  for (let length = Math.min(4, words.length); length >= 1; length--) {
    const head = words.slice(0, length).join(' ');
    const level = parseLevel(head);
    if (!level || parseLevel(words.slice(0, length - 1).join(' ')) === level) continue;
    const rest = words.slice(length);
    return rest.length === 0 || startsWithPhrase(rest, LEVEL_OF) ? level : null;
  }
  return null;
}

// "EMR continuing education – NREMT cycle ending 3/31/2027": a list captioned as the level's education.
const EDUCATION = phrases('continuing education', 'ce', 'ceu', 'ceus', 'education', 'transcript');

/** The level of a segment that is only the level and its education; read where the cycle's end stands beside it. */
function educationLevel(segment: string): Level | null {
  const words = wordsOf(segment);
  for (let length = Math.min(4, words.length - 1); length >= 1; length--) {
    const level = parseLevel(words.slice(0, length).join(' '));
    if (level && isPhrase(words.slice(length), EDUCATION)) return level;
  }
  return null;
}

/** The pieces of a header line, cut at its separators. */
export function segmentsOf(line: string): string[] {
  return line.split(SEGMENT_CUT).map((piece) => piece.trim()).filter(Boolean);
}

// Titles of a certification's dates: another date's title beside a fact's, no date between, is a
// run of column titles before their row ("Last Recertification Expiration Date … 3/25/2025 3/31/2027").
const DATE_TITLES = phrases('expires', 'expiration', 'expiration date', 'exp', 'valid through', 'valid until', 'last recert', 'last recertified', 'last recertification', 'last recertification date', 'last renewed', 'most recent recertification', 'previous recertification', 'prior recertification', 'issue date', 'date issued', 'issued', 'cycle start', 'cycle start date', 'cycle end', 'cycle end date');

function dateAfter(text: string, set: ReturnType<typeof phrases>): string | null {
  const { words, ends } = wordSpans(text);
  const found = findPhrase(words, set);
  if (!found) return null;
  const end = ends[found.at + found.length - 1]!;
  // The date must follow closely: "expires on March 31, 2027", not a date two clauses later.
  // The window ends at a space: not inside a date ("… is 03/24/20" of "03/24/2025").
  let stop = end + 40;
  while (stop < text.length && text[stop] !== ' ') stop += 1;
  const date = parseDates(text.slice(end, stop))[0] ?? null;
  return date && !inTitleRun(text, words, ends, found, set) ? date : null;
}

/** Whether another date's title stands beside the fact's with no date between: then which date is whose is not told. */
function inTitleRun(text: string, words: readonly string[], ends: readonly number[], found: { at: number; length: number }, set: ReturnType<typeof phrases>): boolean {
  const start = (at: number): number => ends[at]! - words[at]!.length;
  for (let other = findPhrase(words, DATE_TITLES); other; other = findPhrase(words, DATE_TITLES, other.at + other.length)) {
    if (other.at < found.at + found.length && other.at + other.length > found.at) continue;
    if (isPhrase(words.slice(other.at, other.at + other.length), set)) continue;
    const between = other.at < found.at ? text.slice(ends[other.at + other.length - 1], start(found.at)) : text.slice(ends[found.at + found.length - 1], start(other.at));
    if (parseDates(between).length === 0) return true;
  }
  return false;
}

/** Name and registry number from a short line that shows both side by side. */
export function identityFrom(line: string): { name?: string; registryNumber?: string; level?: Level } | null {
  if (line.length > 160) return null;
  const raw = normaliseSpace(line).split(' ');
  // "#P1190457": the number sign before a number is no part of it.
  const clean = raw.map((word) => word.replace(/^[\s·•|()[\],:;—–#-]+|[\s·•|()[\],:;—–-]+$/g, ''));
  // A sentence's period may follow the number ("Registry No. E6120938. Certification expires …").
  const numberOf = (word: string): string | null => (isRegistryToken(word) ? word : word.endsWith('.') && isRegistryToken(word.slice(0, -1)) ? word.slice(0, -1) : null);
  const at = clean.findIndex((word) => numberOf(word) !== null);
  if (at < 0) return null;
  const out: { name?: string; registryNumber?: string; level?: Level } = { registryNumber: numberOf(clean[at]!)!.replace('-', '') };
  // Walk back from the number: skip labels and levels, then gather the name's words.
  const name: string[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const word = clean[i]!.endsWith('.') && clean[i]!.length > 2 ? clean[i]!.slice(0, -1) : clean[i]!;
    // "I'm Kayla Brennan-Ortiz, NREMT EMT, registry …": the writer introducing themselves.
    const isName = word !== '' && word !== "I'm" && word !== 'I’m' && isNameToken(word);
    if (name.length === 0 && !isName) continue;
    // A separator or a sentence's end after a word ends the name that follows it (an opening
    // bracket before a word ends it after that word, below).
    // "Whitfield, Darnell K. · E2291473": a surname written first, its comma before the given names.
    const surname = isName && name.length > 0 && raw[i] === `${word},` && (i === 0 || !isNameToken(clean[i - 1]!));
    if (surname) name.unshift(`${word},`);
    if (surname || !isName || (name.length > 0 && (!raw[i]!.endsWith(clean[i]!) || word !== clean[i]))) break;
    name.unshift(word);
    if (raw[i] !== clean[i] && /^[·•|([—–]/.test(raw[i]!)) break;
  }
  // "R2077154 Ana L. Ferreira-Quintal" (a header of the number, then the name, and nothing else),
  // "NREMT # P2290715 · Renata K. Osei" (the segment right after the number): the name after it.
  const after = name.length === 0 ? nameIn((at === 0 ? clean.slice(1) : nextSegment(raw, clean, at)).join(' ')) : null;
  // An avatar's initials before the name are not part of it ("TK Teodora Kaleikini · NREMT E6610429").
  const own = withoutInitials(name.join(' ')).split(' ');
  const named = after ?? (own.length >= 2 && own.length <= 4 ? nameIn(own.join(' ')) : null);
  if (named) out.name = named;
  const level = parseLevel(stripRegistryName(line));
  if (level) out.level = level;
  return out;
}

/**
 * The expiration another line states, where none was read yet or the one read falls on another
 * day than March 31 and this one does not: certifications expire March 31 ("Expires 1 June 2027"
 * above is a document's own date, "cycle ending 31 March 2027" the certification's).
 */
export function laterStated(read: string | undefined, stated: string | null | undefined): string | undefined {
  if (!stated) return read;
  return !read || (read.slice(5) !== '03-31' && stated.slice(5) === '03-31') ? stated : read;
}

// The person's facts a header names by labels.
const HEADER_FACTS: LabelField[] = ['registryNumber', 'level', 'expiresOn', 'cycle', 'cycleStart', 'lastRecertified', 'certificationStatus', 'agency'];

/**
 * A header of labelled facts run into one long line (a printout's line breaks lost: "Transcript
 * Jane Q. Doe NREMT ID: E1234567 Certification Level: … Expiration Date: …"): a line per fact, the
 * words before the first label kept with it (a name beside its number). Else the line.
 */
function factRuns(line: string): string[] {
  const { before, pairs } = cutAtNextLabel(line, HEADER_FACTS);
  if (pairs.length < 2) return [line];
  const runs = pairs.map((pair) => `${pair.label}: ${pair.value}`);
  runs[0] = `${before} ${runs[0]}`;
  return runs;
}

/** "… · expires 03/31/2027 (yellow = possible duplicate, …)" -> the line and its closing remark apart. */
function withoutRemark(line: string): string[] {
  const open = line.lastIndexOf(' (');
  return line.endsWith(')') && open > 0 && !line.slice(open + 2).includes('(') ? [line.slice(0, open), line.slice(open + 1)] : [line];
}

/** The words of the segment right after the word at `at`, when a separator (·, •, |) stands between. */
function nextSegment(raw: readonly string[], clean: readonly string[], at: number): string[] {
  if (!SEPARATORS.includes(raw[at + 1] ?? '')) return [];
  const words: string[] = [];
  for (let i = at + 2; i < raw.length && raw[i] === clean[i]; i++) words.push(clean[i]!);
  return words;
}
const SEPARATORS = ['·', '•', '|'];

function stripRegistryName(line: string): string {
  return hasPhrase(line, REGISTRY_NAME) ? wordsOf(line).join(' ').replace('national registry of emergency medical technicians', '').replace('national registry of emts', '') : line;
}

/** Facts stated in the page's lines of text, in reading order. */
export function readStatedFacts(lines: readonly string[], prose: boolean): StatedFacts {
  const facts: StatedFacts = {};
  // A long paragraph's sentences each on their own (an intro sentence, then the header line).
  // A remark in brackets closing a long line (a table's legend after its caption's facts) is a line of its own.
  // Which lines go on a paragraph cut into sentences: after a sentence naming the person, they still
  // speak of them ("… registry number R1234567.  The certification expires on …"), as a short line
  // naming them does whole.
  const goesOn: boolean[] = [];
  if (!prose)
    lines = lines.flatMap((line) => {
      const sentences = line.length > 160 ? withoutRemark(line).flatMap(sentencesOf).flatMap((sentence) => (sentence.length > 160 ? factRuns(sentence) : [sentence])) : [line];
      sentences.forEach((_, at) => goesOn.push(at > 0));
      return sentences;
    });
  let namedAbove = false;
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!;
    // A fact's label alone on its line names the date on the next ("Cycle end" over "03/31/2026"),
    // or after its help sentence ("Last Recertification Date: Courses completed after this date
    // count…", then "Mar 28, 2025"): the label takes the date.
    if (startsWithLabel(line, FACT_LABEL) && !parseDates(line).length) {
      const help = lines[index + 1] ?? '';
      const sentence = help.endsWith('.') && !parseDates(help).length;
      const next = (sentence ? lines[index + 2] : help) ?? '';
      if (next.length <= 40 && parseDates(next).length) line = `${sentence ? line.split(':')[0] : line}: ${next}`;
    }
    const identity = identityFrom(line);
    const segments = line.length <= 200 ? segmentsOf(line) : [];
    const headerLevel = segments.map(segmentLevel).find(Boolean) ?? (dateAfter(line, EXPIRES) ? segments.map(educationLevel).find(Boolean) : null) ?? null;
    // Off the dashboard, only the person's own header line speaks about their certification
    // ("certifications expiring 03/31/2027 open October 1" is about everyone): it names them,
    // their number or their level, or starts with the fact's label.
    namedAbove = (goesOn[index] === true && namedAbove) || identity?.name !== undefined;
    const header = namedAbove || identity !== null || headerLevel !== null || startsWithLabel(line, FACT_LABEL) || segments.some((piece) => startsWithLabel(piece, PIECE_LABEL));
    // A letter or summary off the dashboard tells the person's facts in its own sentences ("your").
    const own = prose || header ? null : ownClauses(line);
    if (!prose && !header && !facts.agency && startsWithPhrase(line, OWN_AFFILIATION)) facts.agency = affiliationIn(line, null) ?? undefined;
    // A note's own sentence about it ("… Holyoke EMS (affiliation active)", "my agency affiliation is …").
    if (!prose && !facts.agency) facts.agency = statedAgency(line) ?? undefined;
    if (!prose && !header && !own) continue;
    if (own) line = own;
    if (identity) {
      facts.registryNumber ??= identity.registryNumber;
      if (identity.name) facts.name ??= identity.name;
      if (identity.level) facts.level ??= identity.level;
    }
    const named = facts.name ? null : selfNamed(line);
    if (named) facts.name = named;
    if (headerLevel) facts.level ??= headerLevel;
    // A message about an earlier cycle ("expired March 31, 2025 has been renewed") is history.
    if (hasPhrase(line, PAST)) continue;
    // "Expires: 2026-12-31 07:42 UTC" (a paste's own end): a moment, no certification's date.
    if (!isMoment(textAfterPhrase(line, EXPIRES) ?? '')) facts.expiresOn = laterStated(facts.expiresOn, dateAfter(line, EXPIRES));
    if (!facts.cycleStart) {
      const start = dateAfter(line, CYCLE_START);
      const last = dateAfter(line, LAST_RECERT);
      const range = parseDates(textAfterPhrase(line, CYCLE) ?? '');
      const cycle = range.length >= 2 && spanDays(range[0]!, range[1]!) >= CYCLE_DAYS;
      // "Recertification cycle: April 1, 2026 – March 31, 2028": the cycle ends at the expiration,
      // also where the line gives the last recertification too ("cycle 2026-04-01 -> 2028-03-31 (last recertified …)").
      if (cycle) facts.expiresOn = laterStated(facts.expiresOn, range[1]!);
      if (start) facts.cycleStart = start;
      else if (last) facts.cycleStart = dayAfterIso(last);
      else if (cycle) facts.cycleStart = range[0]!;
    }
    // On the dashboard any sentence about "your" certification; elsewhere only the person's header line.
    if (!facts.level && hasPhrase(line, SPEAKS_OF_YOU) && line.length <= 200) {
      const level = parseLevel(stripRegistryName(line));
      if (level) facts.level = level;
    }
    // Elsewhere the person's own header line may say it too ("… Affiliated with X (approved, …).").
    if (!facts.agency && (prose || header)) {
      const agency = affiliationIn(line, prose ? (lines[index + 1] ?? '') : null);
      if (agency) facts.agency = agency;
    }
  }
  return facts;
}

/**
 * The clauses of a sentence that speak of the reader's own certification: from a "your" that
 * opens a sentence or a joined clause to that sentence's end ("…, and your current cycle began on
 * April 1, 2024."); a "your" inside a clause ("before your cycle began") or after "if" opens none.
 * After a bare comma only the writer's "my" does ("…here in western Mass, my certification
 * expires …"): "Mike, your cert expires …" in a thread is said to someone else. A sentence opening
 * "I'm"/"I am" is the writer's whole, unless it names someone else.
 */
function ownClauses(line: string): string | null {
  const { words, ends } = wordSpans(line);
  let out = '';
  for (let found = findPhrase(words, OWN); found; found = findPhrase(words, OWN, found.at + 1)) {
    const start = ends[found.at]! - words[found.at]!.length;
    const before = line.slice(0, start).trimEnd();
    const joined = found.at > 0 && startsWithPhrase(words.slice(found.at - 1), JOINING);
    const mark = before.at(-1) ?? '.';
    // "NREMT lists my last recertification as …": the site's own words about the writer's.
    const reported = words[found.at] === 'my' && REPORTS.has(words[found.at - 1] ?? '');
    // "… from before my cycle started 04/01/2025": the writer's own date inside any clause ("your" there is advice).
    const stated = words[found.at] === 'my' && (startsWithPhrase(words.slice(found.at + 1), CYCLE_START) || startsWithPhrase(words.slice(found.at + 1), LAST_RECERT));
    if (!joined && !reported && !stated && !'.;:!'.includes(mark) && (mark !== ',' || words[found.at] !== 'my')) continue;
    const end = line.indexOf('. ', start);
    const clause = line.slice(start, end < 0 ? line.length : end + 1);
    // "I'm …" is the writer's own only where the sentence speaks of nobody else ("I'm helping Mike, his cert expires …").
    if (words[found.at]![0] === 'i' && wordsOf(clause).some((word) => THIRD_PERSON.has(word) || word.endsWith("'s") || word.endsWith('’s'))) continue;
    out += `${clause} `;
  }
  return out.trim() || null;
}
const THIRD_PERSON = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them']);
const REPORTS = new Set(['lists', 'shows', 'says', 'gives', 'has', 'puts']);

/** "You are affiliated with X. This affiliation is active.": the agency's name and its status. */
function affiliationIn(line: string, next: string | null): Agency | null {
  const after = textAfterPhrase(line, AFFILIATED);
  if (after === null) return null;
  const words: string[] = [];
  for (const token of normaliseSpace(after).split(' ')) {
    const word = token.replace(/[.,;]$/, '');
    if (word === 'is' || word === '' || !(isNameToken(word) || /^[\p{Lu}0-9&]/u.test(word) || ['of', 'and', 'the', 'for'].includes(word))) break;
    words.push(word);
    if (word !== token) break;
  }
  if (words.length === 0) return null;
  // The status may be in the same sentence or the next line ("This affiliation is active."); in a
  // header line of other facts, only what follows the name is the agency's.
  const status = agencyStatusFrom(next === null ? after : `${line} ${next}`);
  return status && status !== 'none' ? { name: words.join(' '), status } : null;
}
