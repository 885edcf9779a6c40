// Who the page is about: name, NREMT registry number, state license number, wherever shown.
import type { Person } from '../model';
import { matchLabel } from './labels';
import type { ScanEvent } from './scan';
import { bodyRows, cellsOf, tableLayout } from './table';
import { textOf } from './text';

const REGISTRY_IN_TEXT = /\bregistry\s*(?:number|#|no\.?|id)\s*[:：]?\s*([A-Z]{0,2}-?\d{5,10})\b/i;
// "Welcome, Sam Okafor" / "Welcome back, Jordan Rivera." – the logged-in person's name when no
// label gives it: capitalised words right after the greeting, nothing else.
const GREETING = /\bwelcome(?: back)?,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/iu;
const REGISTRY_VALUE = /^([A-Z]{0,2}-?\d{4,10})\b/i;

/** The registry number at the start of a value ("A3187642", "E1234567 (Active)"), else null. */
export function registryFrom(value: string): string | null {
  return REGISTRY_VALUE.exec(value.trim())?.[1] ?? null;
}

/** A person's name as a value: letters, spaces, apostrophes, hyphens, periods; 2–80 characters. */
export function nameFrom(value: string): string | null {
  const text = value.trim();
  return /^[\p{L}][\p{L}'’.\- ]{1,79}$/u.test(text) ? text : null;
}

export function readPerson(events: ScanEvent[]): Person {
  let name: string | null = null;
  let greetedName: string | null = null;
  let registryNumber: string | null = null;
  for (const event of events) {
    if (event.kind === 'pair') {
      const field = matchLabel(event.label, ['registryNumber', 'name']);
      if (field === 'registryNumber' && !registryNumber) registryNumber = registryFrom(event.value);
      if (field === 'name' && !name) name = nameFrom(event.value);
      if (!registryNumber) registryNumber = REGISTRY_IN_TEXT.exec(event.value)?.[1] ?? null;
    } else if (event.kind === 'table' && !registryNumber) {
      // A certifications table with a "Registry Number" column: the active row, else the first.
      const layout = tableLayout(event.el, ['registryNumber', 'certificationStatus']);
      const column = layout?.columns.registryNumber;
      if (layout && column !== undefined) {
        const rows = bodyRows(event.el, layout);
        const status = layout.columns.certificationStatus;
        const active =
          status === undefined ? undefined : rows.find((row) => /\b(?:active|current)\b/i.test(textOf(cellsOf(row)[status])));
        const row = active ?? rows[0];
        if (row) registryNumber = registryFrom(textOf(cellsOf(row)[column]));
      }
    } else if (event.kind === 'title') {
      const match: RegExpExecArray | null = registryNumber ? null : REGISTRY_IN_TEXT.exec(event.text);
      if (match) registryNumber = match[1]!;
      const greeting = greetedName ? null : GREETING.exec(event.text);
      if (greeting) greetedName = nameFrom(greeting[1]!.replace(/[.]$/, ''));
    }
  }
  const person: Person = {};
  name ??= greetedName;
  if (name) person.name = name;
  if (registryNumber) person.registryNumber = registryNumber;
  return person;
}
