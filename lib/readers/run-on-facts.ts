// A dashboard copied as one run of words, its line breaks and its labels' colons lost ("… Registry
// Number E3318402 Certification Expiration Date 03/31/2028 Current Recertification Cycle 04/01/2026
// - 03/31/2028 Agency Affiliation Lakeview Regional EMS …", pasted into a chat or a post): cut at
// its labels (two to four words naming a certification's fact), each fact its own labelled line,
// as the page showed them. Only where three labels stand in the run and two of their values are
// typed (a date, a registry number): words that merely name such things are no dashboard.
// Background only (judge-kind.ts).
import type { OutlineLine } from '../model';
import { RECORD_FIELDS } from '../vocabulary';
import { LABEL_FIELDS, matchLabel, type LabelField } from './labels';
import { parseLevel } from './level';
import { findFirst } from './parse-date';
import { GREETINGS, isRegistryToken, nameAtStart } from './names';
import { isPhrase } from './words';
import { dateIn, isStatusWord } from './values';

const FACT_FIELDS = LABEL_FIELDS.filter((field) => !(RECORD_FIELDS as readonly string[]).includes(field));

/** How many words of a fact's label start at `at` (two to four) with a value of its kind after them, else 0. */
function labelAt(words: readonly string[], at: number): number {
  // A caption starts with a capital ("Registry Number"); a sentence's words are no label ("my certification expires March 31").
  const first = words[at]!.charAt(0);
  if (first === first.toLowerCase()) return 0;
  for (let n = 4; n >= 2; n--) {
    const field = at + n < words.length ? matchLabel(words.slice(at, at + n).join(' '), FACT_FIELDS) : null;
    if (field && fits(field, words.slice(at + n, at + n + 4).join(' '))) return n;
  }
  return 0;
}

/** Whether the words after a label open with a value of its field's kind ("My Certification Dashboard …" holds no level). */
function fits(field: LabelField, after: string): boolean {
  if (field === 'registryNumber') return isRegistryToken(after.split(' ')[0]!);
  if (field === 'level') return parseLevel(after) !== null;
  if (DATED.includes(field)) return findFirst(after)?.index === 0;
  return startsWithLetter(after);
}
const DATED: readonly LabelField[] = ['expiresOn', 'cycle', 'cycleStart', 'lastRecertified'];

function startsWithLetter(word: string): boolean {
  return word.charAt(0).toLowerCase() !== word.charAt(0).toUpperCase();
}

/** The words before the first label: a heading, then the person's name, then their level as the page showed them, each its own line. */
function opening(words: readonly string[]): OutlineLine[] {
  for (let at = 0; at < Math.min(words.length - 1, 12); at++) {
    const name = nameAtStart(words.slice(at).join(' '));
    if (!name) continue;
    const end = at + name.split(' ').length;
    const [before, after] = [words.slice(0, at).join(' '), words.slice(end).join(' ')];
    // The name where a dashboard's card shows it, over the level, or greeted ("Welcome, Thomas …"): its field, as the card's place says.
    const named: OutlineLine = parseLevel(after) !== null || isPhrase(before, GREETINGS) ? { text: `Name: ${name}`, label: 'Name' } : { text: name };
    return [...(before ? [{ text: before }] : []), named, ...(after ? [{ text: after }] : [])];
  }
  return words.length > 0 ? [{ text: words.join(' ') }] : [];
}

/** The run's lines: the words before its first label, then one "Label: value" line per fact; null when it is no such run. */
export function runOnFacts(text: string): OutlineLine[] | null {
  // A short line, or one whose labels kept their colons (labels.ts cuts those), is no such run; one
  // colon kept after a label ("… Holyoke Ambulance Status: Pending Approval …", a chip's caption)
  // leaves it one, a sentence's ("the March version of this post: Agency …") does not.
  const parts = text.split(':');
  const before = parts[0]!.split(' ');
  if (text.length < 120 || parts.length > 2 || (parts.length === 2 && !matchLabel(before.slice(-2).join(' '), FACT_FIELDS) && !matchLabel(before.at(-1)!, FACT_FIELDS))) return null;
  const words = text.split(' ').filter(Boolean);
  const labels: Array<{ at: number; n: number }> = [];
  for (let at = 0; at < words.length; at++) {
    const n = labelAt(words, at);
    if (n > 0) {
      labels.push({ at, n });
      at += n - 1;
    }
  }
  if (labels.length < 3) return null;
  const lines = opening(words.slice(0, labels[0]!.at));
  let typed = 0;
  labels.forEach(({ at, n }, k) => {
    const label = words.slice(at, at + n).join(' ');
    const rest = words.slice(at + n, labels[k + 1]?.at ?? words.length);
    // A status ends its value ("Lakeview Regional EMS Pending Approval"): what follows is the page's next line (a control's caption).
    const pair = (end: number): boolean => end + 1 < rest.length && isStatusWord(`${rest[end]} ${rest[end + 1]}`);
    const status = rest.findIndex((word, end) => end > 0 && (isStatusWord(word) || pair(end)));
    const statusEnd = status < 0 ? rest.length : status + (pair(status) ? 2 : 1);
    const value = rest.slice(0, statusEnd).join(' ');
    if (dateIn(value) !== null || rest.some(isRegistryToken)) typed += 1;
    lines.push(value ? { text: `${label}: ${value}`, label } : { text: label });
    if (statusEnd < rest.length) lines.push({ text: rest.slice(statusEnd).join(' ') });
  });
  return typed >= 2 ? lines : null;
}
