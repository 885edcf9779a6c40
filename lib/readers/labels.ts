// Label synonyms: the words a page puts before a value or in a table header cell.
// Tolerant of case, colons, asterisks, "#"/"No."/"Number" and extra whitespace.

export const LABEL_SYNONYMS = {
  name: ['name', 'full name', 'applicant', 'applicant name', 'provider', 'provider name', 'member', 'member name', 'licensee', 'licensee name'],
  registryNumber: [
    'registry number', 'national registry number', 'nremt number', 'nremt registry number', 'registry id',
    'ems id', 'ems id number', 'registry', 'nr number',
  ],
  level: ['certification level', 'level', 'certification', 'current certification', 'certification type', 'national certification', 'provider level'],
  expiresOn: [
    'expiration date', 'expires', 'expires on', 'exp date', 'expiration', 'expiry date', 'certification expiration',
    'certification expiration date', 'expiration of certification', 'current expiration date',
  ],
  cycle: [
    'certification cycle', 'recertification cycle', 'recert cycle', 'cycle', 'current cycle', 'cycle dates',
    'recertification cycle dates', 'recertification period', 'certification period',
  ],
  cycleStart: ['cycle start date', 'cycle start', 'cycle begins', 'recertification cycle start', 'recert cycle start date', 'cycle start date date'],
  lastRecertified: ['last recertification date', 'last recertified', 'last recertification', 'date of last recertification', 'certified since', 'last renewal date'],
  certificationStatus: ['certification status', 'status'],
  agency: ['agency', 'agency name', 'agency affiliation', 'affiliated agency', 'ems agency', 'service', 'affiliation'],
  agencyStatus: ['status', 'affiliation status', 'agency status'],
  courseTitle: ['course title', 'course name', 'course', 'title', 'class', 'class name', 'activity', 'activity title', 'course title description'],
  completedOn: [
    'date completed', 'completed', 'completion date', 'completed on', 'date of completion', 'course date', 'date',
    'completion', 'date taken', 'end date',
  ],
  hours: ['credits', 'hours', 'credit hours', 'ce hours', 'ceu', 'ceus', 'contact hours', 'credit', 'hrs', 'hours credits', 'credits hours', 'duration', 'ce credits', 'hours applied', 'credits applied'],
  approvalNumber: [
    'approval number', 'approval', 'capce number', 'capce', 'capce approval number', 'state approval number', 'oems number',
    'oems approval number', 'course approval number', 'capce state approval number', 'capce or state approval number',
    'capce oems number', 'capce oems approval number', 'accreditation number', 'approval code',
  ],
  assignment: ['assigned to', 'component', 'category', 'requirement', 'section', 'assigned component', 'assignment', 'applied to'],
  topic: ['topic', 'national topic', 'content area', 'topic area'],
  applicationStatus: ['application status', 'status', 'recertification status', 'application state', 'recertification application status'],
  payment: ['payment', 'payment status', 'fee', 'fee status', 'paid', 'application fee'],
  licenseType: ['license type', 'profession', 'license registration type', 'credential type', 'license', 'type', 'certification type'],
  licenseNumber: ['license number', 'license registration number', 'registration number', 'credential number', 'certification number'],
  licenseStatus: ['license status', 'status', 'license registration status', 'credential status'],
  renewalStatus: ['renewal status', 'application status', 'renewal application status', 'renewal'],
} as const;

export type LabelField = keyof typeof LABEL_SYNONYMS;

/** Lower case, "#"/"No."/"Num" -> "number", punctuation and colons dropped, spaces collapsed. */
export function labelKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/\bno\.(?=\s|$)/g, ' number ')
    .replace(/\bnum\.?(?=\s|$)/g, ' number ')
    .replace(/\bexp\./g, 'exp ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KEYS = new Map<LabelField, Set<string>>(
  (Object.keys(LABEL_SYNONYMS) as LabelField[]).map((field) => [field, new Set(LABEL_SYNONYMS[field].map(labelKey))]),
);

/** Labels are short; a sentence is never a label. */
export const MAX_LABEL_LENGTH = 48;

// Words in brackets and input-format hints only explain a label: "Credit Hours (CEH)",
// "Date Completed (MM/DD/YYYY)", "Completed [mm/dd/yy]", "Date yyyy-mm-dd".
const BRACKETED = /\([^()]*\)|\[[^\[\]]*\]/g;
const FORMAT_HINT = /\b(?:mm|dd|yy|yyyy)(?:[/.-](?:mm|dd|yy|yyyy)){1,2}\b/gi;

/** The label without its bracketed remarks and format hints ("" when nothing else is left). */
export function bareLabel(raw: string): string {
  return raw.replace(BRACKETED, ' ').replace(FORMAT_HINT, ' ').replace(/\s+/g, ' ').trim();
}

function matchKey(key: string, fields: readonly LabelField[]): LabelField | null {
  if (!key) return null;
  for (const field of fields) if (KEYS.get(field)!.has(key)) return field;
  return null;
}

/**
 * The first of `fields` whose synonyms include this text, or null. The exact wording wins;
 * else the label is tried again without bracketed remarks and format hints.
 */
export function matchLabel(raw: string, fields: readonly LabelField[]): LabelField | null {
  if (raw.length > MAX_LABEL_LENGTH) return null;
  const exact = matchKey(labelKey(raw), fields);
  if (exact) return exact;
  const bare = bareLabel(raw);
  return bare === raw.trim() ? null : matchKey(labelKey(bare), fields);
}

/**
 * "Completion Date: 03/12/2026" -> the label's field and the value after the colon.
 * Only the text before the first colon is tried as a label.
 */
export function splitLabelled(raw: string, fields: readonly LabelField[]): { field: LabelField; value: string } | null {
  const colon = raw.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return null;
  const field = matchLabel(raw.slice(0, colon), fields);
  if (!field) return null;
  return { field, value: raw.slice(colon + 1).trim() };
}

export interface LabelledPart {
  field: LabelField;
  /** The label as written (without the colon). */
  label: string;
  value: string;
}

// Separators a page puts between several "Label: value" pairs on one line.
const PAIR_SEPARATOR = /\s*([·•|;])\s*/;
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
function cutAtLabels(part: LabelledPart, fields: readonly LabelField[], out: LabelledPart[]): void {
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
 * Every "Label: value" pair of one line: "Completed: March 3, 2026 · Hours: 1.5 · Approval
 * Number: 25-…" gives three. Pairs are cut at "·", "•", "|", ";" and where a known label
 * with its colon follows a value; a separated piece without a label stays in the value
 * before it. [] when the line does not start with a label.
 */
export function splitLabelledAll(raw: string, fields: readonly LabelField[]): LabelledPart[] {
  const pieces = raw.split(PAIR_SEPARATOR);
  const parts: LabelledPart[] = [];
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
  const out: LabelledPart[] = [];
  for (const part of parts) cutAtLabels(part, fields, out);
  return out;
}
