// The writer's agency affiliation told in a sentence of a note or post (background only, facts.ts):
// a name, then its status in brackets ("… still Ware Volunteer Fire & Rescue (affiliation
// active), …"); "my agency affiliation is Cape Ann Regional EMS (approved back in 2024)"; "Northampton
// Fire Rescue approved my affiliation"; "I'm affiliated with Lowell General EMS, …". A name is a
// run of capitalised words; a sentence naming an agency without its affiliation tells none.
import type { Agency } from '../model';
import { agencyStatusFrom } from './dashboard';
import { sentencesOf } from './cut';
import { findPhrase, phrases, wordSpans, wordsOf } from './words';

// Small words inside a name ("Town of Hadley Fire", "Fire & Rescue"); never its first or last.
const JOINS = ['of', 'and', 'the', 'for', '&'];
// Where the name ends: the status's bracket, a clause's mark.
const ENDS = ',.;:)';

/** A capitalised word of a name (or a figure: "Engine 7"), its marks trimmed. */
function isCapital(token: string): boolean {
  const first = token[0] ?? '';
  return first !== first.toLowerCase() || '0123456789'.includes(first);
}

/** The name's words, JOINS kept only between capitalised words. */
function nameOf(tokens: readonly string[]): string | null {
  let words = [...tokens];
  while (words.length > 0 && JOINS.includes(words[0]!)) words = words.slice(1);
  while (words.length > 0 && JOINS.includes(words.at(-1)!)) words = words.slice(0, -1);
  return words.length > 0 && isCapital(words[0]!) ? words.join(' ') : null;
}

/** The name ending right before `end` in the sentence: capitalised words and joins, walking back. */
function nameBefore(sentence: string, end: number): string | null {
  const tokens = sentence.slice(0, end).split(' ').filter(Boolean);
  const name: string[] = [];
  for (let at = tokens.length - 1; at >= 0; at--) {
    const token = tokens[at]!;
    if (!(isCapital(token) || JOINS.includes(token)) || ENDS.includes(token.at(-1)!)) break;
    name.unshift(token);
  }
  return nameOf(name);
}

/** The name starting at `start`: capitalised words and joins up to a clause's mark or a bracket. */
function nameAfter(sentence: string, start: number): { name: string; end: number } | null {
  const name: string[] = [];
  let end = start;
  for (const token of sentence.slice(start).split(' ').filter(Boolean)) {
    if (token.startsWith('(')) break;
    const word = ENDS.includes(token.at(-1)!) ? token.slice(0, -1) : token;
    if (!word || !(isCapital(word) || JOINS.includes(word))) break;
    name.push(word);
    end = sentence.indexOf(token, end) + word.length;
    if (word !== token) break;
  }
  const text = nameOf(name);
  return text ? { name: text, end } : null;
}

/** The status said right after a name: its bracket, else the clause up to the next mark. */
function statusAfter(sentence: string, end: number): Agency['status'] | null {
  let rest = sentence.slice(end).trimStart();
  // "NAME, still pending approval": the clause right after the name's comma is its status.
  if (',;–—-'.includes(rest[0] ?? 'x')) rest = rest.slice(1).trimStart();
  const close = rest.indexOf(')');
  const marks = [',', ';', '. '].map((mark) => rest.indexOf(mark)).filter((at) => at >= 0);
  const said = rest.startsWith('(') && close > 0 ? rest.slice(1, close) : rest.slice(0, Math.min(rest.length, ...marks));
  return agencyStatusFrom(said);
}

// A bracket after a name that says it is the affiliation ("(affiliation active)", "(agency affiliation pending)").
const BRACKET_AFFILIATION = phrases('affiliation', 'agency affiliation', 'affiliated');
// The writer's affiliation named after these ("my NREMT agency affiliation is X", "I'm affiliated with X").
const MY_AFFILIATION_IS = phrases('affiliation is', 'affiliation is still', 'agency is', 'agency is still', 'affiliated with');
const FIRST_PERSON = ['my', 'i', "i'm", 'i’m'];
// Words that may stand between the writer and the phrase ("I am still affiliated", "my NREMT agency
// affiliation is"); any other ("My partner is affiliated") makes it someone else's.
const BETWEEN = ['am', 'was', 'm', 'still', 'currently', 'now', 'nremt', 'agency', 'current', 'ems'];

/** Whether the words before `at` are the writer's own ("I'm", "my … agency"), nothing else between. */
function writerBefore(words: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && BETWEEN.includes(words[k]!)) k--;
  return k >= 0 && FIRST_PERSON.includes(words[k]!);
}
// The agency named before these approved the writer's affiliation.
const APPROVED_MINE = phrases('approved my affiliation', 'accepted my affiliation', 'has approved my affiliation', 'has accepted my affiliation');

/** The affiliation one sentence tells, or null. */
function sentenceAgency(sentence: string): Agency | null {
  const { words, ends } = wordSpans(sentence);
  const startOf = (at: number): number => ends[at]! - words[at]!.length;
  // "NAME (affiliation active)".
  for (let open = sentence.indexOf('('); open > 0; open = sentence.indexOf('(', open + 1)) {
    // Its bracket may run past the sentence's cut ("(affiliation active, TO is Sgt. Pereira)").
    const close = sentence.indexOf(')', open);
    const inside = sentence.slice(open + 1, close > open ? close : undefined);
    const status = findPhrase(wordsOf(inside), BRACKET_AFFILIATION)?.at === 0 ? agencyStatusFrom(inside) : null;
    const name = status ? nameBefore(sentence, open) : null;
    if (name && status) return { name, status };
  }
  // "NAME approved my affiliation".
  const approved = findPhrase(words, APPROVED_MINE);
  const before = approved ? nameBefore(sentence, startOf(approved.at)) : null;
  if (before) return { name: before, status: 'active' };
  // "my … affiliation is NAME (approved …)", "I'm affiliated with NAME": the writer's own, active unless it says otherwise.
  const named = findPhrase(words, MY_AFFILIATION_IS);
  if (!named || !writerBefore(words, named.at)) return null;
  const after = nameAfter(sentence, ends[named.at + named.length - 1]!);
  if (!after) return null;
  return { name: after.name, status: statusAfter(sentence, after.end) ?? 'active' };
}

/** The writer's affiliation a line's sentences tell, or null. */
export function statedAgency(line: string): Agency | null {
  for (const sentence of sentencesOf(line)) {
    const agency = sentence.length <= 300 ? sentenceAgency(sentence) : null;
    if (agency) return agency;
  }
  return null;
}
