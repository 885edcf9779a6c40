// Whose eLicensing page this is, when no field is labelled with the name: the account menu or
// greeting ("Welcome back, …", "Signed in as …", a button "Account: …"), else a bare name where
// the site shows it (the top bar, a card's subtitle), in capitals or not. A name is two to five
// capitalised words of letters that are not the site's own words. Two different names: nobody
// (unknown is better than the wrong person); the same name twice: the mixed-case writing.
import { parseLevel } from './level';
import type { ScanEvent } from './scan';
import { normaliseSpace, textOf } from './text';
import { phrases, textAfterPhrase, wordsOf } from './words';

const INTRO = phrases(
  'welcome', 'welcome back', 'hello', 'hi', 'signed in as', 'logged in as', 'you are signed in as', 'user',
  'account', 'account for', 'account menu for', 'account options for', 'my account', 'profile of', 'licensee',
);

// The site's own words: a line made of them is a title, a control or a status, not a person.
const NOT_NAME = new Set(
  (
    'health professions profession professional licensing license licenses licence licensure registration registrations ' +
    'details detail show hide view submit start application applications renewal renew late sign signin signout out log ' +
    'login logout home help menu account my profile settings dashboard back manage link status current expired active ' +
    'print download upload save cancel continue next previous close search department public massachusetts commonwealth ' +
    'mass board office bureau emergency medical services service ems center contact us pay payment fee open edit ' +
    'notifications messages documents faq questions welcome page new update language english options user guide resources ' +
    'about privacy policy terms accessibility site main content skip technician paramedic responder advanced dph oems ' +
    'probation suspended revoked surrendered void retired condition restriction agree photo signature review submitted ' +
    // Label words: "Issue Date" is a label, not a Ms. Date.
    'date dates issue issued expiration expires number type last first total amount due note notes file files history ' +
    'record records summary information info list all yes no none step steps required optional name address phone email'
  ).split(' '),
);

const NAME_MARKS = "'’.- ";
// What may stand around a name: "Welcome back, Jo Ng!", "Account: Jo Ng".
const LEADING = ' \t\n\u00a0,:–—-';
const TRAILING = ' \t\n\u00a0.!,';

function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}

/** The text as a person's name ("Grace O’Neil", "ROBERT J KOWALSKI"), else null. */
export function personName(raw: string): string | null {
  let start = 0;
  let end = raw.length;
  while (start < end && LEADING.includes(raw[start]!)) start++;
  while (end > start && TRAILING.includes(raw[end - 1]!)) end--;
  const text = normaliseSpace(raw.slice(start, end));
  if (text.length < 3 || text.length > 60) return null;
  for (const char of text) if (!isLetter(char) && !NAME_MARKS.includes(char)) return null;
  const parts = text.split(' ').filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return null;
  if (parts.some((part) => !isLetter(part[0]!) || part[0] !== part[0]!.toUpperCase())) return null;
  if (wordsOf(text).some((word) => NOT_NAME.has(word)) || parseLevel(text)) return null;
  return text;
}

function hasLowerCase(text: string): boolean {
  return text !== text.toUpperCase();
}

/** The signed-in licensee's name as the page shows it, or null when it shows none or several. */
export function readLicensee(events: readonly ScanEvent[]): string | null {
  const introduced: string[] = [];
  const bare: string[] = [];
  for (const event of events) {
    if (event.kind !== 'title' && event.kind !== 'button' && event.kind !== 'heading') continue;
    if (event.text.length > 120) continue;
    // A top bar of inline items reads as one line: each item is a line of its own too.
    const items = event.el.children.length > 1 ? Array.from(event.el.children, (child) => textOf(child)) : [];
    for (const line of [event.text, ...items]) {
      const after = textAfterPhrase(line, INTRO);
      const named = after === null ? null : personName(after);
      if (named) introduced.push(named);
      else {
        const name = personName(line);
        if (name) bare.push(name);
      }
    }
  }
  // A top bar of inline items is no line of the scan: its items are read here.
  const doc = events[0]?.el.ownerDocument;
  for (const bar of doc ? Array.from(doc.querySelectorAll('header, [role=banner]')).slice(0, 3) : []) {
    for (const item of Array.from(bar.querySelectorAll('span, a, div, strong, b, p')).slice(0, 60)) {
      if (item.childElementCount > 0 || item.closest('[hidden], [aria-hidden="true"]')) continue;
      const line = textOf(item);
      const after = textAfterPhrase(line, INTRO);
      const named = after === null ? null : personName(after);
      if (named) introduced.push(named);
    }
  }
  const key = (name: string) => wordsOf(name).join(' ');
  const keys = new Set((introduced.length > 0 ? introduced : bare).map(key));
  if (keys.size !== 1) return null;
  const [only] = keys;
  const writings = [...introduced, ...bare].filter((name) => key(name) === only);
  return writings.sort((a, b) => Number(hasLowerCase(b)) - Number(hasLowerCase(a)) || b.length - a.length)[0] ?? null;
}
