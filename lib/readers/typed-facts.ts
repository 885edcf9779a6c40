// A saved page that names NREMT and shows three certification facts beside their labels (or two,
// and the rest read elsewhere on it: showsOwnCertification) is a
// dashboard when each value is of its fact's type (a level word, a date, a registry number). The
// content script only counts the labels (classify.ts); the background confirms the values' types
// from the outline (judge-page.ts), so the level and registry rules stay out of the content script.
import type { OutlineLine, PageSnapshot } from '../model';
import { matchLabel, type LabelField } from './labels';
import { parseLevel } from './level';
import { parseDate } from './parse-date';
import { registryFrom, registryIn } from './person';
import { identityFrom } from './facts';
import { isRegistryToken } from './names';

// The certification facts a value's type confirms.
export const TYPED_FACTS = ['registryNumber', 'expiresOn', 'cycle', 'cycleStart', 'lastRecertified', 'level'] as const;

/** The fact a label's field tells (a cycle, a last recertification: the cycle's start). */
export function typedFact(field: LabelField): string {
  return field === 'lastRecertified' || field === 'cycle' ? 'cycleStart' : field;
}

function typeFits(field: LabelField, value: string): boolean {
  return field === 'level' ? !!parseLevel(value) : field === 'registryNumber' ? !!registryFrom(value) : !!parseDate(value);
}

/** How many distinct facts the outline's labelled values show, each value of its type. */
export function typedFactsShown(outline: readonly OutlineLine[]): number {
  return typedFactsOf(outline).size;
}

/**
 * One person's own certification stated beside its labels: a registry number and another fact,
 * each of its type, and no other registry number on the page (a help page's example shows none
 * labelled; a crew's notes several).
 */
export function ownFactsShown(outline: readonly OutlineLine[]): boolean {
  const facts = typedFactsOf(outline);
  return facts.has('registryNumber') && facts.size >= 2 && registryNumbersShown(outline) === 1;
}

function typedFactsOf(outline: readonly OutlineLine[]): Set<string> {
  const facts = new Set<string>();
  for (const line of outline) {
    if (line.label === undefined || line.text === undefined) continue;
    const field = matchLabel(line.label, TYPED_FACTS);
    // The line is "label: value" (read-page.ts).
    if (field && typeFits(field, line.text.slice(line.label.length + 2))) facts.add(typedFact(field));
  }
  return facts;
}

/**
 * A dashboard told by only two labelled facts (a mobile or TV kit draws the level and the registry
 * number as bare lines): it is the person's own when what was read of it is a whole certification,
 * its level and expiration and its registry number or cycle start.
 */
export function showsOwnCertification(snapshot: PageSnapshot): boolean {
  const certification = snapshot.certification;
  return !!certification?.level && !!certification.expiresOn && !!(snapshot.person?.registryNumber || certification.cycleStart);
}

/**
 * How many registry numbers the outline states, labelled, or in a line beside a name, a level or its label
 * ("Registry # A2290561 · Advanced EMT"), or in a table's cells (a certifications table's "NREMT – Advanced
 * EMT | A2289140 | 03/31/2028" row, its Registry Number column): one is a person's own page, more a crew's notes.
 */
export function registryNumbersShown(outline: readonly OutlineLine[]): number {
  const numbers = new Set<string>();
  for (const line of outline) {
    for (const row of line.registry ?? []) {
      const number = registryFrom(row[0] ?? '');
      if (number) numbers.add(number.toUpperCase().replace('-', ''));
    }
    for (const cell of (line.table?.rows ?? []).flat()) if (isRegistryToken(cell.trim().toUpperCase())) numbers.add(cell.trim().toUpperCase().replace('-', ''));
    if (line.text === undefined) continue;
    const labelled = line.label !== undefined && matchLabel(line.label, ['registryNumber']) ? registryFrom(line.text.slice(line.label.length + 2)) : null;
    // A number of digits only beside its label inside the line ("… · Registry # 6602918") too.
    const number = line.label === undefined ? (identityFrom(line.text)?.registryNumber ?? registryIn(line.text)) : labelled?.replace('-', '');
    if (number) numbers.add(number.toUpperCase());
    // Several people's numbers in one sentence ("Hannah (NREMT E5512081), Marco (NREMT E1904431) …").
    if (line.label === undefined) for (const word of line.text.split(/[\s(),;]+/)) if (isRegistryToken(word.toUpperCase())) numbers.add(word.toUpperCase().replace('-', ''));
  }
  return numbers.size;
}
