// Whose eLicensing page this is, when no field is labelled with the name: the account menu or
// greeting ("Welcome back, …", "Signed in as …", a button "Account: …"), else a bare name where
// the site shows it (the top bar, a card's subtitle), in capitals or not. A name is two to five
// capitalised words of letters that are not the site's own words. Two different names: nobody
// (unknown is better than the wrong person); the same name twice: the mixed-case writing. A
// labelled name comes first.
import { isLabelWord, matchLabel, type LabelField } from './labels';
import { parseLevel } from './level';
import type { ScanEvent } from './scan';
import { normaliseSpace, textOf } from './text';
import { phrases, textAfterPhrase, wordsOf } from './words';

const INTRO = phrases(
  'welcome', 'welcome back', 'hello', 'hi', 'signed in as', 'logged in as', 'user',
  'account', 'account for', 'account menu for', 'account options for', 'my account', 'profile of', 'licensee',
);

// The site's own words: a line made of them is a title, a control or a status, not a person.
// Label words ("Issue Date", "License Status") are no names either (labels.ts).
const NOT_NAME = new Set(
  (
    'health licensing detail show hide view submit late sign out log help menu account my profile dashboard back ' +
    'manage link expired active print save cancel continue next previous close search emergency medical pay edit ' +
    'welcome page new user about privacy accessibility skip agree photo signature review submitted issue issued total ' +
    'amount due history summary step required address phone email'
  ).split(' '),
);

/** A site word, or its plural ("Licenses", "Details"). */
function isSiteWord(word: string): boolean {
  const one = word.endsWith('s') ? word.slice(0, -1) : word;
  return NOT_NAME.has(word) || NOT_NAME.has(one) || isLabelWord(word) || isLabelWord(one);
}

const NAME_FIELD: readonly LabelField[] = ['name'];
const NAME_MARKS = "'’.- ";
// What may stand around a name: "Welcome back, Jo Ng!", "Account: Jo Ng".
const LEADING = ' \t\n\u00a0,:–—-';
const TRAILING = ' \t\n\u00a0.!,';

function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}

/** Letters, spaces, apostrophes, hyphens and periods only. */
function nameLetters(text: string): boolean {
  for (const char of text) if (!isLetter(char) && !NAME_MARKS.includes(char)) return false;
  return true;
}

/** The text as a person's name ("Grace O’Neil", "ROBERT J KOWALSKI"), else null. */
export function personName(raw: string): string | null {
  let start = 0;
  let end = raw.length;
  while (start < end && LEADING.includes(raw[start]!)) start++;
  while (end > start && TRAILING.includes(raw[end - 1]!)) end--;
  const text = normaliseSpace(raw.slice(start, end));
  if (text.length < 3 || text.length > 60) return null;
  if (!nameLetters(text)) return null;
  const parts = text.split(' ').filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return null;
  if (parts.some((part) => !isLetter(part[0]!) || part[0] !== part[0]!.toUpperCase())) return null;
  if (wordsOf(text).some(isSiteWord) || parseLevel(text)) return null;
  return text;
}

function hasLowerCase(text: string): boolean {
  return text !== text.toUpperCase();
}

/** The signed-in licensee's name as the page shows it, or null when it shows none or several. */
export function readLicensee(events: readonly ScanEvent[]): string | null {
  const introduced: string[] = [];
  const bare: string[] = [];
  const consider = (line: string, bareToo: boolean): void => {
    const after = textAfterPhrase(line, INTRO);
    const named = after === null ? null : personName(after);
    if (named) introduced.push(named);
    else if (bareToo) {
      const name = personName(line);
      if (name) bare.push(name);
    }
  };
  for (const event of events) {
    // A labelled name ("Licensee Name", "Name") wins, however it is written.
    if (event.kind === 'pair' && matchLabel(event.label, NAME_FIELD)) {
      const value = normaliseSpace(event.value);
      if (value.length >= 2 && value.length <= 80 && isLetter(value[0]!) && nameLetters(value)) return value;
    }
    if ((event.kind !== 'title' && event.kind !== 'button' && event.kind !== 'heading') || event.text.length > 120) continue;
    consider(event.text, true);
    // A top bar of inline items reads as one line: each item is a line of its own too.
    if (event.el.children.length > 1) for (const child of Array.from(event.el.children)) consider(textOf(child), true);
  }
  // A top bar that is no line of the scan (a <header> of inline items): its greeting.
  const doc = events[0]?.el.ownerDocument;
  for (const bar of doc ? Array.from(doc.querySelectorAll('header, [role=banner]')).slice(0, 3) : []) {
    for (const item of Array.from(bar.querySelectorAll('span, a, div, strong, b, p')).slice(0, 60)) {
      if (item.childElementCount === 0 && !item.closest('[hidden], [aria-hidden="true"]')) consider(textOf(item), false);
    }
  }
  const key = (name: string) => wordsOf(name).join(' ');
  const keys = new Set((introduced.length > 0 ? introduced : bare).map(key));
  if (keys.size !== 1) return null;
  const [only] = keys;
  const writings = [...introduced, ...bare].filter((name) => key(name) === only);
  return writings.sort((a, b) => Number(hasLowerCase(b)) - Number(hasLowerCase(a)) || b.length - a.length)[0] ?? null;
}
