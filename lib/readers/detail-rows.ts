// A record's fields split between its row and the detail drawn right under it (DataTables
// Responsive child rows, a master-detail grid's expanded row, a <details> opened under a row):
// the content script sends the detail as one line of labels and values after the record
// ("Component National Topic EMS Operations Approval OEMS 26-0107-T1", "Details Component:
// National · Topic: Trauma"). Its values are that record's own fields, and the line is neither a
// course nor a group's name. Background only (record-courses.ts).
import type { RecordAtom as Atom, RecordItem } from '../model';
import { matchLabel } from './labels';
import { parseApproval } from './approval';
import { parseAssignment, parseTopic } from './topics';
import { isControlWord } from './values';
import { NOT_ASSIGNED } from './education';
import { isPhrase } from './words';
import { trimChars } from './cut';

// The fields a detail names, and the words a label of one starts with: a value's words ("National",
// "EMS Operations") start none.
const DETAIL_FIELDS = ['assignment', 'topic', 'approvalNumber'] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];
const HEADS = new Set(['component', 'category', 'requirement', 'section', 'assignment', 'topic', 'content', 'subject', 'approval', 'capce', 'oems', 'accreditation']);

interface Pair {
  field: DetailField;
  label: string;
  value: string;
}

/** The labelled values of a detail line, in order; null unless it opens with a label (after a control's caption: "Details"). */
export function detailPairs(text: string): Pair[] | null {
  const tokens = text.split(' ').filter((token) => trimChars(token, '·•|;') !== '');
  const pairs: Pair[] = [];
  let lead = true;
  for (let i = 0; i < tokens.length; ) {
    const label = labelAt(tokens, i);
    const last = pairs.at(-1);
    // "Approval: OEMS 26-0107-T1": the authority's word after its field's label is the value's.
    if (label && label.field !== last?.field) {
      pairs.push({ field: label.field, label: label.text, value: '' });
      lead = false;
      i = label.end;
      continue;
    }
    const token = tokens[i]!;
    if (last) last.value = last.value ? `${last.value} ${token}` : token;
    // Only a control's caption ("Details", "Show details") may stand before the first label.
    else if (!lead || !isControlWord(trimChars(token, ':'))) return null;
    i += 1;
  }
  for (const pair of pairs) pair.value = trimChars(pair.value, '·•|;,');
  return pairs.length > 0 && new Set(pairs.map((pair) => pair.field)).size === pairs.length ? pairs : null;
}

/** The longest label starting at a head word (capitalised, as labels are written) at `at`: "Approval", "Approval #", "Approval OEMS". */
function labelAt(tokens: readonly string[], at: number): { field: DetailField; text: string; end: number } | null {
  const first = tokens[at]!;
  const word = trimChars(first, ':#').toLowerCase();
  if (!HEADS.has(word) || first[0] === first[0]!.toLowerCase()) return null;
  let found: { field: DetailField; text: string; end: number } | null = null;
  for (let end = at + 1; end <= Math.min(tokens.length, at + 4); end++) {
    const text = trimChars(tokens.slice(at, end).join(' '), ':');
    const field = matchLabel(text, DETAIL_FIELDS);
    if (field) found = { field, text, end };
    // A colon ends the label.
    if (tokens[end - 1]!.endsWith(':')) break;
  }
  return found;
}

/** Whether the value is one its field can hold (a component or "Unassigned", a topic, a number). */
function agrees(pair: Pair): boolean {
  const value = pair.value;
  if (pair.field === 'approvalNumber') return parseApproval(value) !== null;
  if (pair.field === 'topic') return parseTopic(value) !== null;
  return parseAssignment(value) !== null || isPhrase(value, NOT_ASSIGNED);
}

/** The detail's values as the record's atoms, each named by its label; null when none agrees with its field. */
function detailAtoms(text: string): Atom[] | null {
  const pairs = detailPairs(text);
  if (!pairs?.some(agrees)) return null;
  // An empty value shows nothing: the field is left unread, as an empty cell is.
  return pairs.filter((pair) => pair.value !== '').map((pair) => ({ text: pair.value, field: pair.field, label: pair.label, prominent: false }));
}

/**
 * The list with each record's detail line joined to it. Lines shaped like details are details only
 * when every one follows a record: a group's row ("Component: National") stands before its first
 * record, so a list with any such line elsewhere has group rows, not details.
 */
export function withDetailRows(items: readonly RecordItem[]): readonly RecordItem[] {
  const details = new Map<number, Atom[]>();
  for (const [index, item] of items.entries()) {
    if (item.kind !== 'text') continue;
    const atoms = detailAtoms(item.text);
    if (!atoms) continue;
    const before = items[index - 1];
    if (before?.kind !== 'record' && before?.kind !== 'unread') return items;
    details.set(index, atoms);
  }
  if (details.size === 0) return items;
  const out: RecordItem[] = [];
  for (const [index, item] of items.entries()) {
    if (details.has(index)) continue;
    const detail = details.get(index + 1);
    if (!detail || (item.kind !== 'record' && item.kind !== 'unread')) {
      out.push(item);
      continue;
    }
    // The row's own cells win over its detail (a column shown in both).
    const own = new Set(item.atoms.map((atom) => atom.field));
    const added = detail.filter((atom) => !own.has(atom.field));
    const text = item.text ?? item.atoms.map((atom) => atom.text).join(' ');
    out.push({ ...item, atoms: [...item.atoms, ...added], text });
  }
  return out;
}
