// Marks the person or a tool set on a course record, beside its title, that name no part of the
// course (background only: record-courses.ts). A pictograph before the title ("✅ ACLS Provider
// Renewal") ticks it off; one after it flags the record, with the status it flags ("… ⚠️ Out of
// Date"); a remark in brackets at the end tells of the record ("(split: 3:00 class, the other 1:00
// is under Local)", "[OUTSIDE CYCLE]"). A bracketed part of the name ("(CDC Field Triage)") names no status: kept.
import { isStatusWord } from './values';
import { isPhrase, phrases } from './words';
import { matchLabel } from './labels';
import { hasDigit } from './cut';

// Said of a record, not of a course: a badge, or a reason a course is returned (domain.md).
const RECORD_REMARKS = phrases(
  'split', 'duplicate', 'possible duplicate', 'likely duplicate', 'flagged', 'new', 'needs approval', 'needs review', 'needs approval number',
  'out of date', 'n/a to topic', 'not ems related', 'not state/capce', 'duplicate hours', 'instructor course', 'insufficient description',
  'course not accepted', 'document required', 'not accepted', 'returned', 'missing certificate', 'no certificate',
  'outside cycle', 'outside the cycle', 'out of cycle', 'before cycle', 'before the cycle', 'passed',
);

// A tag saying what a course counts toward (the pediatric share: domain.md), beside its title.
const TAGS = phrases('pediatric', 'pediatrics', 'peds', 'pedi', 'peds credit', 'pediatric credit');

/** "Pediatric", "PEDS credit": a tag beside a course's title, no part of it. */
export function isCourseTag(text: string): boolean {
  return isPhrase(text, TAGS);
}

/** A pictograph, or what joins or styles one (emoji variation selector, zero-width joiner, skin tone). */
function isMark(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x2300 && code <= 0x23ff) || // ⌛ ⏰
    (code >= 0x2600 && code <= 0x27bf) || // ☑ ⚠ ✅ ✔ ❌ ❗
    (code >= 0x2b00 && code <= 0x2bff) || // ⭐ ⬆
    (code >= 0x1f000 && code <= 0x1faff) || // 🔁 🚑 🟢 🩺
    code === 0xfe0f ||
    code === 0x200d
  );
}

/** Whether the words say how the record stands ("Out of Date", "Completed", "split, see Medical"). */
export function remarkOf(text: string): boolean {
  const words = text.trim();
  if (words === '' || isStatusWord(words) || isPhrase(words, RECORD_REMARKS)) return true;
  // "split: 3:00 class, …", "split, see Medical": the remark's first words, then its details.
  const cut = Math.min(...[':', ','].map((mark) => (words.includes(mark) ? words.indexOf(mark) : words.length)));
  return cut < words.length && isPhrase(words.slice(0, cut), RECORD_REMARKS);
}

// A footnote's mark after the title ("ACLS Update ¹", "CPAP in the Field *", "Sepsis Review†").
const FOOTNOTE_MARKS = '¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§';

/** The title without a footnote's mark at its end: a mark above, or a note's number in brackets ("[1]"). */
function withoutFootnote(text: string): string {
  let end = text.length;
  while (end > 0 && FOOTNOTE_MARKS.includes(text[end - 1]!)) end -= 1;
  const open = text.lastIndexOf('[');
  const note = text.slice(open + 1, -1);
  if (end === text.length && open > 0 && text.endsWith(']') && note.length > 0 && note.length <= 2 && [...note].every((ch) => ch >= '0' && ch <= '9')) end = open;
  return text.slice(0, end).trim();
}

/** A title wrapped in markdown's emphasis marks, pasted unrendered ("**Active Shooter / Rescue Task Force**"): its words. */
function withoutEmphasis(title: string): string {
  const marks = title.slice(0, 2);
  return (marks === '**' || marks === '__') && title.endsWith(marks) && title.length > 4 ? title.slice(2, -2).trim() : title;
}

/**
 * A title with a record's remark of two or three words run on after it ("STEMI Review Duplicate
 * hours", "PHTLS Refresher Out of Date": a badge inside the title's cell), without it. One word
 * is left alone: "Airway Update: What's New" is a title.
 */
export function withoutTrailingRemark(text: string): string {
  const words = text.trim().split(' ');
  for (let count = 3; count >= 2; count--) if (words.length > count && isPhrase(words.slice(-count).join(' '), RECORD_REMARKS)) return words.slice(0, -count).join(' ');
  return text;
}

/** The title without the marks set on its record; the title as it was where nothing would be left. */
export function withoutRecordMarks(title: string): string {
  const chars = Array.from(title);
  let start = 0;
  while (start < chars.length && (isMark(chars[start]!) || chars[start] === ' ')) start += 1;
  // A mark after the title's words: what follows it is the flagged status, or nothing.
  let end = chars.length;
  const mark = chars.findIndex((ch, at) => at > start && isMark(ch));
  if (mark > 0 && remarkOf(chars.slice(mark).filter((ch) => !isMark(ch)).join(''))) end = mark;
  let text = withoutFootnote(withoutEmphasis(chars.slice(start, end).join('').trim()));
  // A closing remark in brackets, round or square (a script's "[DUPLICATE]").
  const close = text.at(-1);
  const open = text.lastIndexOf(close === ']' ? '[' : '(');
  if (open > 0 && (close === ')' || close === ']') && remarkOf(text.slice(open + 1, -1))) text = text.slice(0, open).trim();
  return text === '' ? title : withoutSourceBadge(text);
}

/**
 * A badge after the title naming where the course came from, the authority's word in capitals
 * alone ("Advanced Airway Rescue CAPCE", "… OEMS": an imported course's label), without it.
 */
function withoutSourceBadge(text: string): string {
  const words = text.split(' ');
  const last = words.at(-1)!;
  const badge = words.length >= 3 && last.length >= 4 && last === last.toUpperCase() && !hasDigit(last) && matchLabel(last, ['approvalNumber']) !== null;
  return badge ? words.slice(0, -1).join(' ') : text;
}
