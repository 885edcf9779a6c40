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
