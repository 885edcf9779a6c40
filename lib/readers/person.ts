// Who the page is about: name, NREMT registry number, state license number, wherever shown.
// The values labelled as the name are found here; which of them is a name (not a site's word or
// status, "Pending Approval") is judged by personName, in the background for the content script.
import type { Person } from '../model';
import { matchLabel } from './labels';
import { endsSentence, GREETINGS, hasSiteWord, isRegistryToken, nameIn } from './names';
import type { PageLine } from './page-lines';
import { hasLetters, trimChars } from './cut';
import { findPhrase, hasPhrase, isPhrase, phrases, textAfterPhrase, wordSpans, wordsOf } from './words';

// Letters and digits, or digits in groups ("2310-4471"; a date's "03" or "12" is no group).
const REGISTRY_VALUE = /^([A-Z]{0,2}-?\d{4,10}(?:-\d{4,6})?)\b/i;
// "Registry Number: E1234567" inside a longer line; "NREMT #1975520", "NR# 1234567", "Registry:
// P-2071194": the site's name or its initials before the number label it too ("#" is no word).
const REGISTRY_LABEL = phrases('registry number', 'registry no', 'registry id', 'registry', 'nremt id', 'nremt number', 'nremt no', 'nremt', 'nr', 'ems id');
const CURRENT = phrases('active', 'current');
const PATH_MARKS = ['/', '›', '»', '>'];
// Where a labelled value is kept, after its label ("Name on file").
const ON_RECORD = phrases('on file', 'on record', 'of record', 'on profile');
const PLURAL_NAME_LABELS = phrases('members', 'providers', 'participants', 'learners', 'applicants', 'licensees', 'names');

/** The registry number at the start of a value ("A3187642", "E1234567 (Active)"), else null. */
export function registryFrom(value: string): string | null {
  return REGISTRY_VALUE.exec(value.trim())?.[1] ?? null;
}

/** A registry number of six characters or more (its letter and digits), else null. */
function longEnough(number: string | null): string | null {
  return number && number.replace('-', '').length >= 6 ? number : null;
}

/** The registry number a line names after its label ("… Registry #: E1234567 …"), else null. */
export function registryIn(text: string): string | null {
  const { words, ends } = wordSpans(text);
  // Each place a label's words stand ("NREMT Dashboard · Registry: …": the site's name first names no number).
  for (let found = findPhrase(words, REGISTRY_LABEL); found; found = findPhrase(words, REGISTRY_LABEL, found.at + 1)) {
    // "Registry No. M2209815": the abbreviation's period is no part of the number; a hyphen joins
    // the initials to a code of their own ("receipt #NR-2026-884120"), no label.
    const after = text.slice(ends[found.at + found.length - 1]);
    if (after.startsWith('-')) continue;
    const number = longEnough(registryFrom(trimChars(after, '#:：.')));
    if (number) return number;
  }
  return null;
}

/** A person's name as a value: letters, spaces, apostrophes, hyphens, periods; 2–80 characters. */
export function nameFrom(value: string): string | null {
  const text = value.trim();
  if (text.length < 2 || text.length > 80 || !hasLetters(text[0]! + text[0]!)) return null;
  for (const ch of text) if (!(ch.toLowerCase() !== ch.toUpperCase() || "'’.- ".includes(ch))) return null;
  return text;
}

/** The person the page names: the first labelled name that is one, else the greeted name. */
export function readPerson(events: readonly PageLine[]): Person {
  const { person, names } = readPersonEvidence(events);
  return withLabelledName(person, names);
}

/** `person` with the first of the labelled `names` that is no site word, in place of a greeted name. */
export function withLabelledName(person: Person, names: readonly string[]): Person {
  const name = names.find((candidate) => !hasSiteWord(candidate));
  if (!name) return person;
  const { name: _greeted, ...rest } = person;
  return { name, ...rest };
}

/**
 * The page's person as far as the page alone tells (its registry number, a greeted name) and the
 * values labelled as the name, in reading order (see withLabelledName).
 */
export function readPersonEvidence(events: readonly PageLine[]): { person: Person; names: string[] } {
  const names: string[] = [];
  // The names each label gave (see below).
  const byLabel = new Map<string, Set<string>>();
  let registryNumber: string | null = null;
  let greetedName: string | null = null;
  for (const event of events) {
    if (event.kind === 'pair') {
      // A breadcrumb's group before the page's name ("Members / T Lindqvist") labels nothing; a
      // plural ("Members: Checklist", a card's sidebar) labels several people, never the person.
      const field = PATH_MARKS.some((mark) => event.label.trimEnd().endsWith(mark)) || isPhrase(event.label, PLURAL_NAME_LABELS) ? null : matchLabel(event.label, ['registryNumber', 'name']);
      // A ticket's or a record's own "Id: 48213" is too short for a registry number (E1234567).
      // A bare "Id" (a build's, a job's: "Build id: 278841906") names a registry number only as one is written (E1234567).
      const bareId = wordsOf(event.label).join(' ') === 'id' && !isRegistryToken(event.value.trim());
      if (field === 'registryNumber' && !registryNumber && !bareId) registryNumber = longEnough(registryFrom(event.value));
      const label = wordsOf(event.label).join(' ');
      // A forum's bare "Member" over one word ("Online", a presence) is its member line: a name has two words.
      const forumLine = label === 'member' && !event.value.trim().includes(' ');
      const name = field === 'name' && !forumLine ? (nameFrom(event.value) ?? nameBeforeRemark(event.value)) : null;
      if (name) {
        names.push(name);
        byLabel.set(label, (byLabel.get(label) ?? new Set()).add(name));
      }
      if (!registryNumber) registryNumber = registryIn(event.value);
    } else if (event.kind === 'table' && !registryNumber && event.table) {
      // A row of label and value cells side by side ("Name | Renata V. Okoro | Registry Number | A0472318").
      for (const cells of event.table.rows) {
        const at = cells.findIndex((cell, i) => i < cells.length - 1 && matchLabel(cell, ['registryNumber']) === 'registryNumber');
        registryNumber ??= at >= 0 ? registryFrom(cells[at + 1]!) : null;
      }
    }
    if (event.kind === 'table' && !registryNumber && event.registry) {
      // A certifications table with a "Registry Number" column: the active row, else the first
      // (each row: its number, then its status when the table has a Status column).
      const rows = event.registry;
      const row = rows.find((cells) => cells.length > 1 && hasPhrase(cells[1]!, CURRENT)) ?? rows[0];
      if (row) registryNumber = registryFrom(row[0]!);
    } else if (event.kind === 'title') {
      registryNumber ??= registryIn(event.text);
      // "Welcome, Sam Okafor" / "Welcome back, Jordan Rivera." / "Dear Ingrid S. Moreau,": the signed-in person.
      const greeting = greetedName ? null : textAfterPhrase(event.text, GREETINGS);
      if (greeting !== null) greetedName = greetedNameIn(trimChars(greeting, ','));
    }
  }
  const person: Person = {};
  if (greetedName) person.name = greetedName;
  if (registryNumber) person.registryNumber = registryNumber;
  // A label naming several people in turn ("provider: Cape Cod Hospital", "provider: Boston MedFlight"):
  // a field of each record (a course's provider), no person's name.
  const repeated = new Set([...byLabel.values()].filter((values) => values.size > 1).flatMap((values) => [...values]));
  return { person, names: names.filter((name) => !repeated.has(name)) };
}

// What opens a writer's remark after a name ("Dan Reyes — needs 25 National …", "Theresa Moreau (that's me)").
const REMARK_MARKS = [' — ', ' – ', ' - ', ' ('];

/** The name before the writer's remark: a bracket, or a dash before words in lower case; else null. */
function nameBeforeRemark(value: string): string | null {
  for (const mark of REMARK_MARKS) {
    const at = value.indexOf(mark);
    const first = value[at + mark.length] ?? '';
    // "Boston MedFlight — Online Course": capitals after the dash are more of a name, no remark.
    if (at <= 0 || (mark !== ' (' && first === first.toUpperCase())) continue;
    const name = nameIn(value.slice(0, at));
    if (name) return name;
  }
  return null;
}

/**
 * "Name Theresa M. Okafor", "Provider Name Dana K. Whitfield": a line of a name's label, then the
 * name with nothing between (a printout's column gap, a bold label without its colon), as the
 * registry number and the level are read from "Registry # A4417082", "Level Advanced EMT". All
 * that follows the label must be the name: "Training Officer Kevin Marsh" has no such label.
 */
export function nameAfterLabel(text: string): string | null {
  const tokens = text.split(' ');
  // "Name on file: Aisha Kowalczyk", "Name of record: …": a name's label saying where the name is kept.
  const colon = tokens.findIndex((token) => token.endsWith(':'));
  const label = colon > 0 && colon <= 3 ? wordsOf(tokens.slice(0, colon + 1).join(' ')) : [];
  const kept = findPhrase(label, ON_RECORD);
  if (kept && kept.at > 0 && kept.at + kept.length === label.length && matchLabel(label.slice(0, kept.at).join(' '), ['name'])) return nameIn(tokens.slice(colon + 1).join(' '));
  // Without its colon a bare "Member" is a forum's line about a member ("Member Is Online"), no name's label.
  for (let at = 1; at <= 2 && at < tokens.length - 1; at++) {
    const label = tokens.slice(0, at).join(' ');
    const name = matchLabel(label, ['name']) && wordsOf(label).join(' ') !== 'member' ? nameIn(tokens.slice(at).join(' ')) : null;
    if (name) return name;
  }
  return null;
}

/** The capitalised words right after a greeting, up to the sentence's end: "Sam Okafor." -> "Sam Okafor", "Dmitri V. Sokolov" as written. */
function greetedNameIn(text: string): string | null {
  const taken: string[] = [];
  for (const token of text.split(' ')) {
    const first = token[0] ?? '';
    if (first === first.toLowerCase() || taken.length === 4) break;
    const end = token[token.length - 1]!;
    // An initial ("V.") or a suffix ("Jr.") keeps its period; a sentence's period or a comma ends the name.
    const stop = ',!;'.includes(end) || (end === '.' && endsSentence(token));
    taken.push(stop ? token.slice(0, -1) : token);
    if (stop) break;
  }
  return taken.length >= 2 ? nameFrom(taken.join(' ')) : null;
}
