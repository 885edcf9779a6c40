// Whose eLicensing page this is, when no field is labelled with the name: the account menu or
// greeting ("Welcome back, …", "Signed in as …", a button "Account: …"), else a bare name where
// the site shows it (the top bar, a card's subtitle, a user menu), in capitals or not (what a
// name is: names.ts, shared with the NREMT chrome reader). Two different names: nobody
// (unknown is better than the wrong person); the same name twice: the mixed-case writing. A
// labelled name comes first. The lines are found on the page (licenseeLines, in the content
// script) and judged away from it (licenseeFrom, in the background for the content script).
import type { LicenseEvent, LicenseeLine } from '../model';
import { matchLabel, type LabelField } from './labels';
import { parseLevel } from './level';
import { givenFirst, hasSiteWord, menuName, nameAtStart, nameIn, personKey, personName, SIGN_OUT, SIGNED_IN_CUES } from './names';
import type { ScanEvent } from './scan';
import { normaliseSpace, textOf } from './text';
import { bodyRows, cellsOf, ownRows, tableLayout } from './table';
import { anyOf, findPhrase, isPhrase, phrases, textAfterPhrase, wordsOf } from './words';
import { isLetter, trimChars } from './cut';

const NAME_FIELD: readonly LabelField[] = ['name'];
const HEADER_FIELDS: readonly LabelField[] = ['name', 'licenseNumber', 'licenseType', 'licenseStatus', 'expiresOn'];
// What introduces the licensee: the sign-in cues, a report's "Account Holder", and the
// application's own title ("Paramedic - Renewal Application for Deandra L. Whitfield").
const CUES = anyOf(SIGNED_IN_CUES, phrases('account holder', 'application for', 'licenses for', 'license for'));
// A page's credits name its makers ("Designed by Invision. Coded by Creative Tim."): no licensee.
const CREDIT = /* @__PURE__ */ phrases('designed by', 'coded by', 'developed by', 'powered by', 'theme by', 'made by', 'crafted by', 'built by');
const NAME_MARKS = "'’.-, ";
// The column titles of the licensee's own name (not a course's "Provider", an application's "Applicant").
const OWN_NAME = phrases('name', 'full name', 'licensee', 'licensee name', 'licensee full name');
// A letter's closing: the line after it is the writer's signature ("Thank you," then "Renata Okafor-Beaulieu, NRP").
const CLOSING = phrases('thank you', 'thanks', 'regards', 'best regards', 'kind regards', 'sincerely', 'best', 'respectfully', 'cheers');

/** Letters, spaces, apostrophes, hyphens and periods only. */
function nameLetters(text: string): boolean {
  for (const char of text) if (!isLetter(char) && !NAME_MARKS.includes(char)) return false;
  return true;
}

const isLevel = (text: string): boolean => parseLevel(text) !== null;

function hasLowerCase(text: string): boolean {
  return text !== text.toUpperCase();
}

/** The signed-in licensee's name as the page shows it, or null when it shows none or several. */
export function readLicensee(events: readonly ScanEvent[]): string | null {
  return licenseeFrom(licenseeLines(events));
}

/** The lines that may name the licensee, in reading order (see licenseeFrom). */
export function licenseeLines(events: readonly ScanEvent[]): LicenseeLine[] {
  const lines: LicenseeLine[] = [];
  for (const event of events) {
    // A labelled name ("Licensee Name", "Name") wins, however it is written.
    if (event.kind === 'pair' && matchLabel(event.label, NAME_FIELD)) lines.push({ text: normaliseSpace(event.value), labelled: true });
    // A table of one row under a "Licensee Name" column (a report's export): the name in its column.
    // A header row may name the license's fields beside the name ("Name | License Number | City").
    const layout = event.kind === 'table' ? tableLayout(event.el, HEADER_FIELDS) : null;
    const rows = layout ? bodyRows(event.el, layout) : [];
    const column = layout?.columns.name ?? -1;
    // Only the licensee's own column ("Licensee Name", "Name"): a course's "Provider" is no person.
    const own = column >= 0 && isPhrase(layout!.headerTexts[column]!, OWN_NAME);
    const cell = own && rows.length === 1 ? cellsOf(rows[0]!)[column] : undefined;
    if (cell) lines.push({ text: textOf(cell), labelled: true });
    // A report's or a layout table's rows of short cells, cell by cell ("Account Holder: Chidi E.
    // Okonkwo", "Health Professions Licensing: Welcome, Chidi Okonkwo"): a name counts only after
    // its cue. A cell of a whole card runs its labels into its values: not a line.
    for (const row of event.kind === 'table' ? ownRows(event.el).slice(0, 20) : []) {
      const texts = [...new Set(cellsOf(row))].map(textOf);
      if (texts.length > 1 && texts.every((text) => text.length <= 60)) lines.push({ text: texts.join(': ') });
    }
    // A row's detail table nested in a cell ("Licensee | Marcus T. Delgado"): the licensee's own name label only.
    for (const inner of event.kind === 'table' ? Array.from(event.el.querySelectorAll('table,[role=table]')) : []) {
      for (const row of ownRows(inner)) {
        const [label, value, more] = cellsOf(row).map(textOf);
        if (value && !more && isPhrase(label!, OWN_NAME)) lines.push({ text: value, labelled: true });
      }
    }
    if (event.kind !== 'title' && event.kind !== 'button' && event.kind !== 'heading') continue;
    // A long paragraph's start: a greeting may open it ("Welcome, Gabriel T. Amado. Licenses linked
    // to your account …"); not bare, it names someone only after a cue (licenseeFrom).
    if (event.text.length > 120) {
      lines.push({ text: event.text.slice(0, 60) });
      continue;
    }
    lines.push({ text: event.text, bare: true });
    // A top bar of inline items reads as one line: each item is a line of its own too.
    if (event.el.children.length > 1) for (const child of Array.from(event.el.children)) lines.push({ text: textOf(child), bare: true });
  }
  // A top bar that is no line of the scan (a <header> or <nav> of inline items, or whatever
  // holds the sign-out link): its greeting.
  // The page's own document: a saved page's declarative shadow tree may belong to its template's.
  const doc = (events.find((event) => event.el.isConnected) ?? events[0])?.el.ownerDocument;
  const bars = doc ? Array.from(doc.querySelectorAll('header, nav, [role=banner]')).slice(0, 3) : [];
  const header = bars.length;
  for (const link of doc ? Array.from(doc.querySelectorAll('a, button')) : []) {
    if (link.parentElement && isPhrase(textOf(link), SIGN_OUT)) bars.push(link.parentElement);
  }
  for (const [at, bar] of bars.entries()) {
    // What holds the sign-out link is a menu line of its own ("Signed in: Jo Ng · My Profile · Log Out").
    if (at >= header) lines.push({ text: itemsLine(bar), menu: true });
    for (const item of Array.from(bar.querySelectorAll('span, a, div, strong, b, p')).slice(0, 60)) {
      if (item.closest('[hidden], [aria-hidden="true"]')) continue;
      const text = textOf(item);
      // "Kevin J. O'Brien · <a>Sign Out</a>": a name beside its sign-out control.
      if (item.childElementCount === 0) lines.push({ text });
      // Whether it holds a name beside a menu is judged with the other lines (licenseeFrom).
      else lines.push({ text, menu: true });
    }
  }
  return lines;
}

/**
 * What holds a sign-out control, its items apart ("Health Professions Licensing · Ingrid Solheim ·
 * Manage My Licenses and Applications · Log Out"): run together, the brand before the name would
 * read as the name's first words.
 */
function itemsLine(bar: Element): string {
  return Array.from(bar.childNodes, (node) => normaliseSpace(node.textContent ?? '')).filter(Boolean).join(' · ');
}

/**
 * A greeting wrapped in a printout's narrow box ("Welcome, KEVIN" then "DUQUETTE-SHAW"): the one
 * name word after the cue, then the next line when it is a name word of its own written in the
 * same case (a menu's "Home" is a site word, not a surname). Else null.
 */
function wrappedName(after: string, next: LicenseeLine | undefined): string | null {
  const first = trimChars(after, ',:–—-! ');
  if (!next?.bare || first.includes(' ') || wordsOf(next.text).length > 2) return null;
  const upper = (text: string): boolean => !hasLowerCase(text);
  return first && upper(first) !== upper(next.text) ? null : nameIn(`${first} ${next.text}`);
}

/** A letter's closing line alone ("Thank you,", "Best regards"). */
function signs(line: LicenseeLine | undefined): boolean {
  return !!line?.bare && isPhrase(trimChars(line.text, ',.!- '), CLOSING);
}

/** The name the lines show: a labelled one first, else one introduced, else one bare name. */
export function licenseeFrom(lines: readonly LicenseeLine[]): string | null {
  const introduced: string[] = [];
  const bare: string[] = [];
  const signed: string[] = [];
  for (const [at, { text, labelled, bare: bareToo, menu }] of lines.entries()) {
    // A header item of several parts counts only where it holds a name beside a menu.
    if (menu && !menuName(text, isLevel)) continue;
    if (labelled) {
      // A site's words under a name label are a misread line, not a name ("Health Professions Licensing account").
      if (text.length >= 2 && text.length <= 80 && isLetter(text[0]!) && nameLetters(text) && !hasSiteWord(text)) return text;
      // "Applicant: Jo Ng · License A441907": the name, then what else the line says.
      const start = nameAtStart(text);
      if (start) return start;
      continue;
    }
    const after = textAfterPhrase(text, CUES);
    // "Welcome, Chidi Okonkwo!": the exclamation ends the name as a period would.
    const named = after === null ? null : (nameAtStart(trimChars(after, ',:–—-').replaceAll('!', '.')) ?? wrappedName(after, lines[at + 1]));
    if (named) introduced.push(named);
    else if (bareToo && signs(lines[at - 1])) {
      const name = nameAtStart(text);
      if (name) signed.push(name);
    } else if (bareToo || menu) {
      const name = personName(text) ?? menuName(text, isLevel);
      if (name) bare.push(name);
    }
  }
  // A name the page's credits give is a maker's, however it stands alone (the credit's link).
  const makers = new Set(lines.flatMap(({ text }) => creditedNames(text)));
  bare.splice(0, bare.length, ...bare.filter((name) => !makers.has(wordsOf(name).join(' '))));
  // "Y. Carrasquillo" in the top bar and "Yesenia P. Carrasquillo" on the page are one person.
  // A signature counts only where no greeting names anyone; over bare names (a signature's agency line reads as one).
  const keys = new Set((introduced.length > 0 ? introduced : signed.length > 0 ? signed : bare).map(personKey));
  if (keys.size !== 1) return null;
  const [only] = keys;
  const writings = [...introduced, ...signed, ...bare].filter((name) => personKey(name) === only);
  // The first name written out ("TERRENCE O'MALLEY") outranks its initial ("T. O'Malley", a mail's signature), then the mixed case.
  const written = (name: string): number => Number((wordsOf(givenFirst(name))[0]?.length ?? 0) > 1);
  return writings.sort((a, b) => written(b) - written(a) || Number(hasLowerCase(b)) - Number(hasLowerCase(a)) || b.length - a.length)[0] ?? null;
}

/** The words right after each credit in a line ("… Coded by Creative Tim.": "creative tim", "creative"). */
function creditedNames(text: string): string[] {
  const words = wordsOf(text);
  const found: string[] = [];
  for (let match = findPhrase(words, CREDIT); match; match = findPhrase(words, CREDIT, match.at + match.length)) {
    const after = words.slice(match.at + match.length, match.at + match.length + 4);
    after.forEach((_, n) => found.push(after.slice(0, n + 1).join(' ')));
  }
  return found;
}

// What parts a byline: the name, then what the document is ("— notes, last compiled …").
const BYLINE_DASHES = [' — ', ' – ', ' - '];

/**
 * A document's byline, the line right under its first heading: a name alone, or a name and a
 * dash before what the document is ("Rafael J. Santos-Whitaker — notes, last compiled
 * 2026-11-30"); else null. Judged with the licensee lines as a bare name (judge-page.ts).
 */
export function bylineName(events: readonly LicenseEvent[]): string | null {
  const first = events.findIndex((event) => event.kind === 'heading');
  const line = events[first + 1];
  if (first < 0 || line?.kind !== 'title') return null;
  const cut = Math.min(...BYLINE_DASHES.map((dash) => line.text.indexOf(dash)).filter((at) => at > 0));
  return nameIn(line.text.slice(0, cut));
}
