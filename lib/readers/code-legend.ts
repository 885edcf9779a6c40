// A key to a course list's coded category column, printed beside it ("NCCP key: N-AIR = National,
// Airway/Respiration/Ventilation · L = State/Local · I = Individual"; "Codes in the Cat. column:
// N-Air / N-Card / N-Trauma = National topic, L = State/Local, I = Individual"). Each code stands
// for the component (and topic) its meaning names; a code the key gives only a component keeps
// its topic in its own letters ("N-Card": Cardiology). A course's cell holding a code is read as
// what it stands for. Two or more codes with a meaning the readers know make a key; anything
// else is no key. Background only (judge-page.ts).
import type { RecordList } from '../model';
import type { Assignment } from './topics';
import { assignmentIn } from './values';
import { isLetter, trimChars } from './cut';

/** A code: a letter, then up to nine letters, figures or hyphens ("L", "N-AIR", "N-Card"). */
function isCode(word: string): boolean {
  return word.length > 0 && word.length <= 10 && isLetter(word[0]!) && [...word].every((ch) => isLetter(ch) || (ch >= '0' && ch <= '9') || ch === '-');
}

/** Each " = " of the line with the codes right before it, one or several set apart by "/" ("N-Air / N-Card = …"). */
function codeGroups(line: string): Array<{ codes: string[]; start: number; end: number }> {
  const groups: Array<{ codes: string[]; start: number; end: number }> = [];
  for (let eq = line.indexOf(' = '); eq >= 0; eq = line.indexOf(' = ', eq + 3)) {
    const words = line.slice(0, eq).split(' ');
    let first = words.length - 1;
    while (first >= 2 && words[first - 1] === '/' && words[first - 2]!.split('/').every(isCode)) first -= 2;
    const codes = words.slice(first).filter((word) => word !== '/').flatMap((word) => word.split('/'));
    if (codes.length > 0 && codes.every(isCode)) groups.push({ codes, start: eq - words.slice(first).join(' ').length, end: eq + 3 });
  }
  return groups;
}

// A topic's names its code may abbreviate ("Air", "Card", "Med", "TRA").
const TOPIC_NAMES = ['airway', 'respiratory', 'cardiology', 'cardiovascular', 'trauma', 'medical', 'operations'];
const SHOWN: Record<string, string> = { national: 'National', local: 'State/Local', individual: 'Individual' };

/** The topic a code's last letters abbreviate ("Air" -> airway), when they name one topic only. */
function topicOfCode(code: string): Assignment['topic'] {
  const letters = (code.split('-').at(-1) ?? '').toLowerCase();
  const named = assignmentIn(letters)?.topic;
  if (named || letters.length < 3) return named ?? null;
  const topics = new Set(TOPIC_NAMES.filter((name) => name.startsWith(letters)).map((name) => assignmentIn(name)?.topic ?? null));
  return topics.size === 1 ? [...topics][0]! : null;
}

/** Each code a key in the lines gives (upper case), as the text of what it stands for ("National – Airway"). */
export function codeLegend(lines: readonly string[]): Map<string, string> {
  const legend = new Map<string, string>();
  for (const line of lines) {
    if (!line.includes(' = ')) continue;
    const groups = codeGroups(line);
    const found = new Map<string, string>();
    groups.forEach((group, at) => {
      // Its meaning: up to the next code, its sentence's end or a separator.
      const meaning = trimChars(line.slice(group.end, groups[at + 1]?.start ?? line.length).split('. ')[0]!, ' ·,;|.');
      const assignment = assignmentIn(meaning) ?? assignmentIn(meaning.replaceAll(',', ' ').split(' ')[0]!);
      if (!assignment) return;
      for (const code of group.codes) {
        const topic = assignment.topic ?? (assignment.component === 'national' ? topicOfCode(code) : null);
        found.set(code.toUpperCase(), topic ? `${SHOWN.national} – ${topic}` : SHOWN[assignment.component]!);
      }
    });
    if (found.size >= 2) for (const [code, text] of found) legend.set(code, text);
  }
  return legend;
}

/** A code after which a cell names the topic ("NAT / Medical", "NAT: Airway"). */
const CODE_THEN_TOPIC = /^(\S+?)\s*[/:]\s*(\p{L}.*)$/u;

/**
 * What a cell holding a code stands for: the code alone, or the code and then the topic where the
 * key gives the component only ("NAT = National (with topic)": "NAT / Medical" is National – Medical).
 */
function meaningOf(text: string, legend: ReadonlyMap<string, string>): string | null {
  const whole = legend.get(text.trim().toUpperCase());
  if (whole) return whole;
  const parts = CODE_THEN_TOPIC.exec(text.trim());
  const component = parts ? legend.get(parts[1]!.toUpperCase()) : undefined;
  return component === SHOWN.national ? `${component} – ${parts![2]}` : null;
}

/** The lists with each cell holding a code of the key read as what it stands for. */
export function withCodeLegend(lists: readonly RecordList[], legend: ReadonlyMap<string, string>): RecordList[] {
  if (legend.size === 0) return [...lists];
  return lists.map((list) => ({
    ...list,
    items: list.items.map((item) => {
      if (item.kind !== 'record' && item.kind !== 'unread') return item;
      const meant = (atom: (typeof item.atoms)[number]) => (!atom.field || atom.field === 'assignment' || atom.field === 'topic' ? meaningOf(atom.text, legend) : null);
      if (!item.atoms.some(meant)) return item;
      return { ...item, atoms: item.atoms.map((atom) => ({ ...atom, text: meant(atom) ?? atom.text })) };
    }),
  }));
}
