// Vocabulary as data, not as regular expressions: a page's text is cut into lower-case words
// once, and a phrase list ("under review", "pending training officer", "affiliat*") is matched
// against those words. A trailing "*" on a word is a stem ("affiliat*" matches "affiliated",
// "affiliation"). Word boundaries come for free, and a new wording is one string in a list.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The lower-case words of a text, in order ("Pending T.O. Sign-Off" -> pending t o sign off). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The words of a text whose words run together at a capital: an identifier ("ManageEducation"),
 * or two blocks whose text meets without a space ("Health Professions Licensing<small>Massachusetts …").
 */
export function runTogetherWordsOf(text: string): string[] {
  return wordsOf(apartAtCapitals(text));
}

/** The text with a space where a small letter meets a capital (an identifier's "licenseNo" -> "license No"). */
export function apartAtCapitals(text: string): string {
  return text.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ');
}

/** The lower-case words of a text with where each ends in it (to read the value after a phrase). */
export function wordSpans(text: string): { words: string[]; ends: number[] } {
  const words: string[] = [];
  const ends: number[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    words.push(match[0]);
    ends.push(match.index + match[0].length);
  }
  return { words, ends };
}

/** The text right after the first of the phrases ("expires on 03/31/2027" -> " on 03/31/2027"), or null. */
export function textAfterPhrase(text: string, set: Phrases): string | null {
  const { words, ends } = wordSpans(text);
  const found = findPhrase(words, set);
  return found ? text.slice(ends[found.at + found.length - 1]) : null;
}

type Phrase = readonly string[];

/** A set of phrases, each a list of words; build it once at module load. */
export interface Phrases {
  readonly list: readonly Phrase[];
}

// Pure (annotated for the bundler): a list no code of a bundle uses is left out of it.
/*@__NO_SIDE_EFFECTS__*/
export function phrases(...list: string[]): Phrases {
  return { list: list.map((phrase) => phrase.toLowerCase().split(' ').filter(Boolean)) };
}

/** Several sets as one, in their order: a shared set (greetings) inside a larger one. */
/*@__NO_SIDE_EFFECTS__*/
export function anyOf(...sets: Phrases[]): Phrases {
  return { list: sets.flatMap((set) => set.list) };
}

function wordIs(word: string, pattern: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

function phraseAt(words: readonly string[], at: number, phrase: Phrase): boolean {
  if (at + phrase.length > words.length) return false;
  for (let i = 0; i < phrase.length; i++) if (!wordIs(words[at + i]!, phrase[i]!)) return false;
  return true;
}

export interface PhraseMatch {
  /** Index of the first word of the match. */
  at: number;
  /** Number of words matched. */
  length: number;
}

/** The first place (in word order) where any of the phrases occurs; the longest phrase wins a tie. */
export function findPhrase(words: readonly string[], set: Phrases, from = 0): PhraseMatch | null {
  for (let at = from; at < words.length; at++) {
    let best = 0;
    for (const phrase of set.list) if (phrase.length > best && phraseAt(words, at, phrase)) best = phrase.length;
    if (best > 0) return { at, length: best };
  }
  return null;
}

/** Whether the text (or its words) holds any of the phrases. */
export function hasPhrase(text: string | readonly string[], set: Phrases): boolean {
  return findPhrase(typeof text === 'string' ? wordsOf(text) : text, set) !== null;
}

/** Whether the whole text is exactly one of the phrases ("Pending", "In Review"). */
export function isPhrase(text: string | readonly string[], set: Phrases): boolean {
  const words = typeof text === 'string' ? wordsOf(text) : text;
  return set.list.some((phrase) => phrase.length === words.length && phraseAt(words, 0, phrase));
}

/** Whether the text starts with one of the phrases ("Load more courses" starts with "load more"). */
export function startsWithPhrase(text: string | readonly string[], set: Phrases): boolean {
  const words = typeof text === 'string' ? wordsOf(text) : text;
  return set.list.some((phrase) => phraseAt(words, 0, phrase));
}

/** Whether the whole text is a run of the phrases ("Submitted - Under Review": submitted + under review). */
export function consistsOf(text: string | readonly string[], set: Phrases): boolean {
  const words = typeof text === 'string' ? wordsOf(text) : text;
  if (words.length === 0) return false;
  for (let at = 0; at < words.length; ) {
    const match = findPhrase(words, set, at);
    if (!match || match.at !== at) return false;
    at += match.length;
  }
  return true;
}

// "Transcript | NREMT", "NATIONAL REGISTRY — MY CERTIFICATION - SUMMARY": the parts of a title line.
export const TITLE_PARTS = /\s+[|·•–—-]\s+/;

const YES = phrases('yes', 'true');
const NO = phrases('no', 'false');

/** A check box's state as the scan gives it beside its label ("Fee paid: Yes"), or a bare yes/no value; else null. */
export function yesOrNo(text: string): boolean | null {
  return isPhrase(text, YES) ? true : isPhrase(text, NO) ? false : null;
}

/** The writer speaking of themselves ("I logged into NREMT", "before I sign up for more classes"). */
export const FIRST_PERSON = /* @__PURE__ */ phrases('i', 'my', 'me', "i'm", "i've");
