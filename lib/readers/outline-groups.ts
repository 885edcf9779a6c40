// A grid in outline form (a pivot's classic or tabular layout, a report that hides repeated
// values, a spreadsheet sorted into groups): its leading grouping columns (component, then
// topic) print a value on a group's first row only, and the rows below leave the cell blank for
// "the same as above". An ordinary list leaves a cell blank for "none" (an unassigned course),
// so the outline is read only on its evidence: every row re-prints an outer value only where it
// changes, the blanks are always the leading groups, each level holds one kind of value (a
// column's header, or components over topics), two rows or more leave theirs blank, and the list
// shows it is grouped (a total row naming a group, a pivot's "(blank)" member, or a row that
// leaves its component blank and shows its topic). Anything else leaves the list as it was
// (unknown beats wrong). Background only (record-courses.ts).
import type { RecordAtom as Atom, RecordItem } from '../model';
import { assignmentIn } from './values';
import { TOTAL_WORD } from './education';
import { hasPhrase, wordsOf } from './words';


/** A group's value: a component or topic name, or a blank mark's empty text ("(blank)", record-pieces.ts). */
function isGroup(atom: Atom): boolean {
  return atom.text === '' || ((!atom.field || atom.field === 'assignment' || atom.field === 'topic') && assignmentIn(atom.text) !== null);
}

/** The group values a row opens with, outermost first. */
function groupsOf(atoms: readonly Atom[]): Atom[] {
  const groups: Atom[] = [];
  for (const atom of atoms) {
    if (!isGroup(atom)) break;
    groups.push(atom);
  }
  return groups;
}

/** What a level holds: its column's header, else whether its values are topics or components (a blank mark tells nothing). */
function kindOf(atom: Atom): string | null {
  if (atom.label) return atom.label;
  return atom.text ? String(!!assignmentIn(atom.text)!.topic) : null;
}

const same = (a: Atom, b: Atom): boolean => wordsOf(a.text).join(' ') === wordsOf(b.text).join(' ');

/**
 * Each group value's level: its column's (by its header, else by its kind, in the order the
 * fullest rows show them); an unlabelled blank mark is the level after the value before it, or
 * one of the last levels when the row opens with it. Null where a value fits no level in order.
 */
function levelsOf(own: readonly Atom[], kinds: ReadonlyArray<string | null>): number[] | null {
  const levels: number[] = [];
  for (const [k, group] of own.entries()) {
    const kind = kindOf(group);
    const level = kind === null ? (k ? levels[k - 1]! + 1 : kinds.length - own.length) : kinds.indexOf(kind);
    if (level < 0 || level >= kinds.length || (k && level <= levels[k - 1]!)) return null;
    levels.push(level);
  }
  return levels;
}

/** The list with each outline row given the groups it leaves blank (see above), else as it was. */
export function withOutlineGroups(items: readonly RecordItem[]): RecordItem[] {
  const rows = items.map((item) => (item.kind === 'record' && item.row ? groupsOf(item.atoms) : null));
  const depth = Math.max(0, ...rows.map((groups) => groups?.length ?? 0));
  // Each level's kind, from the rows that show every level.
  const kinds = rows.find((groups) => groups?.length === depth && groups.every((group) => kindOf(group) !== null))?.map(kindOf) ?? [];
  if (depth === 0 || kinds.length === 0 || new Set(kinds).size < depth) return [...items];
  const carried = new Map<number, Atom[]>();
  let grouped = false;
  // The groups of the row above (its own and those it left blank), by level.
  let above: Atom[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const own = rows[i];
    const item = items[i]!;
    if (!own) {
      // A total row naming a group's value ("National Total") closes that group.
      const words = wordsOf('atoms' in item ? item.atoms.map((atom) => atom.text).join(' ') : item.text).join(' ');
      if (hasPhrase(words, TOTAL_WORD) && above?.some((group) => group.text && words.startsWith(wordsOf(group.text).join(' ')))) grouped = true;
      above = null;
      continue;
    }
    const levels = levelsOf(own, kinds);
    if (!levels) return [...items];
    const from = levels[0] ?? depth;
    // The first value shown repeats the row above's: an outline would have left it blank.
    if (above && own.length && same(own[0]!, above[from]!)) return [...items];
    // A pivot's "(blank)" member (a blank cell is not its mark); a topic shown under a component left blank.
    if (own.some((group) => !group.text) || (from > 0 && own.length)) grouped = true;
    if (from > 0 && above) carried.set(i, above.slice(0, from));
    // Below the first value shown, a level it leaves blank has none.
    const path: Atom[] = Array.from({ length: depth }, (_, level) => own[levels.indexOf(level)] ?? { text: '' });
    above = from === 0 ? path : above && [...above.slice(0, from), ...path.slice(from)];
  }
  if (carried.size < 2 || !grouped) return [...items];
  // A level carried as none adds nothing.
  return items.map((item, i) => (carried.has(i) && item.kind === 'record' ? { ...item, atoms: [...carried.get(i)!.filter((group) => group.text || group.label), ...item.atoms] } : item));
}
