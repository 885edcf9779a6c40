// Labels matched by meaning, not by a list of phrases: each field has a few words that can
// name it (heads: one must be there) and words that may qualify them; a label matches a field
// when every word of it is one of these, in any order ("Current Cycle Start Date", "Date of
// Completion"). Plurals and abbreviations ("Comp.", "Appr.", "Cat.", "Exp.") match too. Tolerant of case, colons, asterisks, "#"/"No."/"Number".

import { apartAtCapitals } from './words';
import { normaliseSpace } from './text';

interface FieldWords {
  heads: readonly string[];
  words?: readonly string[];
}

export const LABEL_WORDS = {
  name: { heads: ['name', 'applicant', 'provider', 'member', 'licensee', 'learner', 'participant', 'certificant'], words: ['full', 'legal', 'on', 'file', 'nremt'] },
  registryNumber: { heads: ['registry', 'nremt', 'nr', 'id'], words: ['national', 'number', 'ems'] },
  level: { heads: ['level', 'certification'], words: ['current', 'type', 'national', 'provider'] },
  expiresOn: { heads: ['expiration', 'expires', 'expiry', 'exp'], words: ['date', 'on', 'certification', 'current', 'of', 'license'] },
  cycle: { heads: ['cycle', 'period'], words: ['certification', 'recertification', 'recert', 'current', 'dates', 'reporting'] },
  cycleStart: { heads: ['start', 'begin', 'began'], words: ['cycle', 'recertification', 'recert', 'current', 'date', 'certification'] },
  // "Most Recent / Previous / Prior Recertification" name the last one too.
  lastRecertified: { heads: ['last', 'since', 'recent', 'previous', 'prior'], words: ['recertification', 'recertified', 'recert', 'date', 'of', 'on', 'certified', 'renewal', 'renewed', 'most'] },
  certificationStatus: { heads: ['status'], words: ['certification', 'current'] },
  agency: { heads: ['agency', 'affiliation', 'affiliated', 'service'], words: ['name', 'ems', 'current'] },
  agencyStatus: { heads: ['status'], words: ['affiliation', 'agency'] },
  courseTitle: { heads: ['course', 'title', 'class', 'activity'], words: ['name', 'description'] },
  completedOn: { heads: ['date', 'completed', 'completion', 'finished', 'taken', 'end'], words: ['course', 'of', 'on'] },
  hours: { heads: ['credit', 'hour', 'hr', 'ceu', 'ceh', 'ch', 'contact', 'duration', 'ce'], words: ['course', 'applied'] },
  approvalNumber: { heads: ['approval', 'capce', 'oems', 'accreditation'], words: ['number', 'state', 'course', 'or', 'code', 'id'] },
  // "NCCP Component": the model's name (domain.md) before the field's.
  assignment: { heads: ['assignment', 'component', 'category', 'requirement', 'section', 'applied', 'to'], words: ['assigned', 'nccp'] },
  topic: { heads: ['topic', 'content', 'subject'], words: ['area', 'national'] },
  applicationStatus: { heads: ['status', 'state'], words: ['application', 'recertification', 'recert', 'current'] },
  payment: { heads: ['payment', 'fee', 'paid'], words: ['status', 'application'] },
  licenseType: { heads: ['type', 'profession', 'license', 'credential'], words: ['registration', 'certification'] },
  licenseNumber: { heads: ['number'], words: ['license', 'registration', 'credential', 'certification'] },
  licenseStatus: { heads: ['status'], words: ['license', 'registration', 'credential'] },
  renewalStatus: { heads: ['renewal', 'status'], words: ['application'] },
} as const satisfies Record<string, FieldWords>;

export type LabelField = keyof typeof LABEL_WORDS;

let labelWords: Set<string> | null = null;

/** A word some label is made of ("date", "status", "license"). */
export function isLabelWord(word: string): boolean {
  labelWords ??= new Set(Object.values(LABEL_WORDS as Record<string, FieldWords>).flatMap((spec) => [...spec.heads, ...(spec.words ?? [])]));
  return labelWords.has(word);
}
export const LABEL_FIELDS = Object.keys(LABEL_WORDS) as LabelField[];

/** Lower case, "#"/"No."/"Num" -> "number", punctuation and colons dropped, spaces collapsed. */
export function labelKey(raw: string): string {
  // A field's name in code, camelCase or snake_case ("licenseNo", "fee_paid"), is its words.
  return apartAtCapitals(raw)
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/\bno\.(?=\s|$)/g, ' number ')
    // A database column's name: "APPROVAL_NO", "CERT_NO".
    .replace(/(?<=[a-z][_ ])no$/, 'number')
    .replace(/\bnum\.?(?=\s|$)/g, ' number ')
    .replace(/\bexp\./g, 'exp ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A label's word is a vocabulary word: the same, its plural, or its abbreviation ("Appr",
 * "Comp", "Cat", "Exp"). No open stems: "Expired", "Approved", "Started" are values, not labels.
 */
function wordMatches(word: string, vocab: string): boolean {
  if (word === vocab || word === `${vocab}s`) return true;
  return word.length >= 3 && word.length <= 4 && vocab.length > word.length && vocab.startsWith(word);
}

function fieldMatches(words: readonly string[], field: LabelField): boolean {
  const spec: FieldWords = LABEL_WORDS[field];
  let head = false;
  for (const word of words) {
    if (spec.heads.some((vocab) => wordMatches(word, vocab))) head = true;
    else if (!spec.words?.some((vocab) => wordMatches(word, vocab)) && !GENERIC.has(word)) return false;
  }
  return head;
}

// Words any label may carry.
const GENERIC = new Set(['the', 'your', 'my']);

/** Labels are short; a sentence is never a label. */
export const MAX_LABEL_LENGTH = 48;

// Words in brackets and input-format hints only explain a label: "Credit Hours (CEH)",
// "Date Completed (MM/DD/YYYY)", "Completed [mm/dd/yy]", "Date yyyy-mm-dd".
const BRACKETED = /\([^()]*\)|\[[^\[\]]*\]/g;
const FORMAT_HINT = /\b(?:mm|dd|yy|yyyy)(?:[/.-](?:mm|dd|yy|yyyy)){1,2}\b/gi;

/** The label without its bracketed remarks and format hints ("" when nothing else is left). */
export function bareLabel(raw: string): string {
  return normaliseSpace(raw.replace(BRACKETED, ' ').replace(FORMAT_HINT, ' '));
}

function matchKey(key: string, fields: readonly LabelField[]): LabelField | null {
  if (!key) return null;
  let words = key.split(' ');
  // A sort control's spoken hint after a column's name ("Agency. sort descending") is not the label.
  const sort = words.findIndex((word) => word.startsWith('sort'));
  if (sort > 0) words = words.slice(0, sort);
  if (words.length > 6) return null;
  for (const field of fields) if (fieldMatches(words, field)) return field;
  return null;
}

/**
 * The first of `fields` whose synonyms include this text, or null. The exact wording wins;
 * else the label is tried again without bracketed remarks and format hints.
 */
// Pages repeat their labels (every card, every row): each wording is matched once per field list.
// Keyed by the list's fields, not by the array: many callers pass a new array literal each call.
const MATCHED = new Map<string, Map<string, LabelField | null>>();
const LIST_KEYS = new WeakMap<readonly LabelField[], string>();

export function matchLabel<F extends LabelField>(raw: string, fields: readonly F[]): F | null {
  if (raw.length > MAX_LABEL_LENGTH) return null;
  let listKey = LIST_KEYS.get(fields);
  if (listKey === undefined) LIST_KEYS.set(fields, (listKey = fields.join(' ')));
  let cache = MATCHED.get(listKey);
  if (!cache) MATCHED.set(listKey, (cache = new Map()));
  let field = cache.get(raw);
  if (field === undefined) {
    field = matchUncached(raw, fields);
    if (cache.size < 2000) cache.set(raw, field);
  }
  // The cache holds what matchUncached found among these same fields.
  return field as F | null;
}

function matchUncached(raw: string, fields: readonly LabelField[]): LabelField | null {
  const exact = matchKey(labelKey(raw), fields);
  if (exact) return exact;
  const bare = bareLabel(raw);
  return bare === raw.trim() ? null : matchKey(labelKey(bare), fields);
}

/**
 * "Completion Date: 03/12/2026" -> the label's field and the value after the colon.
 * Only the text before the first colon is tried as a label.
 */
export function splitLabelled<F extends LabelField>(raw: string, fields: readonly F[]): { field: F; value: string } | null {
  const colon = raw.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return null;
  const field = matchLabel(raw.slice(0, colon), fields);
  if (!field) return null;
  return { field, value: raw.slice(colon + 1).trim() };
}

export interface LabelledPart<F extends LabelField = LabelField> {
  field: F;
  /** The label as written (without the colon). */
  label: string;
  value: string;
}

// Separators a page puts between several "Label: value" pairs on one line.
export const PAIR_SEPARATOR = /\s*([·•|;])\s*/;
const MAX_LABEL_WORDS = 5;

/** "… 1.5 Approval Number: 25-…": where a known label starts before the colon at `colon`, or -1. */
function labelStartBefore(text: string, colon: number, fields: readonly LabelField[]): number {
  const before = text.slice(Math.max(0, colon - MAX_LABEL_LENGTH), colon);
  const words = before.split(' ');
  // Longest label first; something must be left before it (the previous value).
  for (let k = Math.min(MAX_LABEL_WORDS, words.length - 1); k >= 1; k--) {
    const label = words.slice(-k).join(' ');
    if (label.trim() && matchLabel(label, fields)) return colon - label.length;
  }
  return -1;
}

/** Cut one value at known labels that follow it without a separator ("2026 Hours: 1.5"). */
function cutAtLabels<F extends LabelField>(part: LabelledPart<F>, fields: readonly F[], out: LabelledPart<F>[]): void {
  let current = part;
  for (;;) {
    const value = current.value;
    let cut = -1;
    for (let colon = value.indexOf(':'); colon > 0 && cut < 0; colon = value.indexOf(':', colon + 1)) {
      const start = labelStartBefore(value, colon, fields);
      if (start > 0 && value[start - 1] === ' ') cut = start;
    }
    if (cut < 0) break;
    const colon = value.indexOf(':', cut);
    const label = value.slice(cut, colon).trim();
    out.push({ ...current, value: value.slice(0, cut).trim() });
    current = { field: matchLabel(label, fields)!, label, value: value.slice(colon + 1).trim() };
  }
  out.push(current);
}

/**
 * "Cape Cod Regional EMS Status: Active" -> the text before the first known label with its
 * colon ("Cape Cod Regional EMS") and each labelled pair from there on.
 */
export function cutAtNextLabel<F extends LabelField>(text: string, fields: readonly F[]): { before: string; pairs: LabelledPart<F>[] } {
  const out: LabelledPart<F>[] = [];
  cutAtLabels({ field: fields[0]!, label: '', value: text }, fields, out);
  return { before: out[0]!.value, pairs: out.slice(1) };
}

/**
 * Every "Label: value" pair of one line: "Completed: March 3, 2026 · Hours: 1.5 · Approval
 * Number: 25-…" gives three. Pairs are cut at "·", "•", "|", ";" and where a known label
 * with its colon follows a value; a separated piece without a label stays in the value
 * before it. [] when the line does not start with a label.
 */
export function splitLabelledAll<F extends LabelField>(raw: string, fields: readonly F[]): LabelledPart<F>[] {
  // (startsLabelled tells whether this finds any pairs without finding them.)
  const pieces = raw.split(PAIR_SEPARATOR);
  const parts: LabelledPart<F>[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!;
    const split = splitLabelled(piece, fields);
    if (i === 0 && !split) return [];
    if (split) {
      const label = piece.slice(0, piece.indexOf(':')).trim();
      parts.push({ field: split.field, label, value: split.value });
    } else if (parts.length) {
      const last = parts[parts.length - 1]!;
      const separator = pieces[i - 1]!;
      last.value = `${last.value}${separator === ';' ? '' : ' '}${separator} ${piece}`.trim();
    }
  }
  const out: LabelledPart<F>[] = [];
  for (const part of parts) cutAtLabels(part, fields, out);
  return out;
}

/** Whether the line starts with a label (splitLabelledAll finds pairs in it), told without reading them. */
export function startsLabelled(raw: string, fields: readonly LabelField[]): boolean {
  return splitLabelled(raw.split(PAIR_SEPARATOR)[0]!, fields) !== null;
}
