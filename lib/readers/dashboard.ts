// NREMT dashboard ("My Certification"): level, expiration, cycle start, agency affiliation.
// Judged from the page's lines and its tables as text (table-text.ts), so it runs in the
// background for the content scripts (judge-page.ts).
import type { Agency, Certification, Level, TableText } from '../model';
import { LABEL_FIELDS, matchLabel, type LabelField } from './labels';
import { parseLevel } from './level';
import { dayAfterIso, findFirst, parseDate, parseDates } from './parse-date';
import type { PageLine } from './page-lines';
import { AGENCY_FIELDS, CERT_FIELDS } from './table-text';
import { approvalIn } from './values';
import { normaliseSpace } from './text';
import { hasDigit, sentencesOf, trimChars } from './cut';
import { apartAtCapitals, hasPhrase, isPhrase, phrases, startsWithPhrase, textAfterPhrase, wordsOf } from './words';

export interface DashboardRead {
  certification: Certification;
  agency: Agency | null;
  missing: string[];
}

const PENDING = phrases('pending', 'requested', 'awaiting');
const ACTIVE = phrases('active', 'approved', 'affiliated', 'current');
const INACTIVE = phrases('inactive', 'removed', 'denied', 'declined', 'rejected', 'expired', 'ended', 'none', 'no agency', 'not affiliated');
const NO_AGENCY_WORDS = [
  'no agency', 'not affiliated', 'no affiliation', 'no affiliations', 'no current affiliation', 'no current affiliations', 'not currently affiliated',
  'not have an agency', 'not have any agency', 'not have an affiliation',
];
// A line anywhere that starts by saying so ("No agency affiliation on file").
const NO_AGENCY_LINE = phrases(...NO_AGENCY_WORDS);
// An agency's value or row may also say "None" ("None on file").
const NO_AGENCY = phrases('none', ...NO_AGENCY_WORDS);
const AGENCY_SECTION = phrases('agenc*', 'affiliat*');
// The section's caption as a line of its own (a dashboard copied as text: "Agency Affiliation" over
// "Shrewsbury Fire Department        Pending Approval").
const AGENCY_CAPTION = phrases('agenc* affiliat*', 'affiliat*', 'agenc*', 'my agenc*', 'my affiliat*');
// Lines a caption's section runs to, without a heading to end it.
const CAPTION_SECTION_LINES = 2;
// The most words a section's heading holds ("Your Agency Affiliations (2)").
const SECTION_WORDS = 5;
// The status words an agency value may carry before or after the name.
const CURRENT = phrases('active', 'current');

export function agencyStatusFrom(text: string): Agency['status'] | null {
  const words = wordsOf(text);
  if (hasPhrase(words, PENDING)) return 'pending';
  if (hasPhrase(words, INACTIVE)) return 'none';
  if (hasPhrase(words, ACTIVE)) return 'active';
  return null;
}

// Words that start an agency's status after its name ("… (Pending Approval)", "… Requested 01/02/2026").
const STATUS_START = new Set(['active', 'pending', 'approved', 'inactive', 'affiliated', 'requested', 'awaiting']);
// What may stand between a name and its status: brackets, dashes, colons, bullets, commas, and a
// status mark a terminal or a checklist prints beside it ("Holyoke EMS ✔ Affiliated"): no part of the name.
const NAME_EDGE = '()[]–—-:·|,✔✓☑✅✗✘☒❌';
// A dash between a name and what follows it; "--" is plain text's dash (a mail, a printout).
const DASHES = new Set(['–', '—', '-', '--']);
// What may stand between a name and its address.
const PLACE_EDGE = '–—-:·|,';

// What follows a name as its status: status words, dates and small words, nothing else.
const TAIL_WORDS = new Set([...STATUS_START, 'approval', 'since', 'on', 'by', 'as', 'of']);
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);

// A sentence's words naming the last recertification ("You last recertified on …", "last renewed on …").
const LAST_RECERT = phrases('last recertified', 'last renewed', 'last recertification');
// What a status clause may name besides its status ("agency affiliation pending", "status active").
const CLAUSE_WORDS = new Set(['agency', 'affiliation', 'status']);

function isStatusTail(text: string): boolean {
  return wordsOf(text).every((word) => TAIL_WORDS.has(word) || MONTHS.has(word.slice(0, 3)) || Number.isInteger(Number(word)));
}

/**
 * "Brewster Fire Rescue Brewster, MA · Affiliation status:" -> "Brewster Fire Rescue": a name holds
 * no bullet or bar, so what follows one is a detail (a label before the status), and a trailing
 * "Town, ST" is the agency's address.
 */
function agencyNameOf(text: string): string {
  const tokens = text.split(' ');
  const bullet = tokens.findIndex((token) => token === '·' || token === '|');
  return withoutPlace(trimName((bullet > 0 ? tokens.slice(0, bullet) : tokens).join(' ')));
}

/** The text without what stands between a name and its status; a bracket the name opened ("(Station 2)", "(Springfield, MA)") closes with it. */
function trimName(text: string): string {
  const name = trimChars(text, NAME_EDGE);
  const open = name.lastIndexOf('(');
  if (open <= name.lastIndexOf(')')) return name;
  // A remark the status cut open ("… (affiliation approved)") is dropped whole.
  return text.includes(`${name})`) ? `${name})` : trimChars(name.slice(0, open), NAME_EDGE);
}

/**
 * "Pioneer Valley Ambulance (Pending Approval)", "Town Fire Department Requested 01/02/2026
 * Pending Approval", "Pending Approval – Hilltown Ambulance" -> name and status: the name ends
 * where its status begins, or starts after a status written first.
 */
function splitAgencyValue(value: string): { name: string; status: Agency['status'] | null } {
  const starts = (token: string): boolean => STATUS_START.has(wordsOf(token)[0] ?? '');
  // A status glued to the name where a copy lost the space between them ("…ServicePending Approval").
  const tokens = withoutIconWords(normaliseSpace(value))
    .split(' ')
    .flatMap((token) => {
      const apart = apartAtCapitals(token).split(' ');
      return apart.length === 2 && starts(apart[1]!) ? apart : [token];
    });
  // "Pioneer Valley Ambulance Service Pending Approval Requested Feb 19, 2027 · Training Officer: …":
  // the name and its status end at a bullet or a bar, details follow it.
  const bullet = tokens.findIndex((token) => token === '·' || token === '|');
  if (bullet > 1) {
    const head = splitAgencyValue(tokens.slice(0, bullet).join(' '));
    if (head.status) return head;
  }
  // "Westfield Fire Department — affiliation approved, TO is Capt. Moreau": after a dash, a clause
  // of the status up to a comma or semicolon; the remark after it is neither name nor status.
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!DASHES.has(tokens[i]!)) continue;
    const end = tokens.findIndex((token, k) => k > i && (token.endsWith(',') || token.endsWith(';')));
    // A bracket after the status is its remark ("— Pending Approval (request sent 11/12/2026)").
    const clause = tokens.slice(i + 1, end < 0 ? tokens.length : end + 1).join(' ').split(' (')[0]!;
    const status = wordsOf(clause).every((word) => TAIL_WORDS.has(word) || CLAUSE_WORDS.has(word)) ? agencyStatusFrom(clause) : null;
    const name = status ? agencyNameOf(tokens.slice(0, i).join(' ')) : '';
    if (name) return { name, status };
  }
  for (let i = 1; i < tokens.length; i++) {
    // "… Ambulance Affiliation Active": the status's own caption before it (a chip's words).
    const caption = wordsOf(tokens[i]!)[0] === 'affiliation' && i + 1 < tokens.length && starts(tokens[i + 1]!) ? 1 : 0;
    // "… affiliated with X, Northampton. This …" is a sentence, not a name and its status.
    if (!(starts(tokens[i]!) || caption) || !isStatusTail(tokens.slice(i + caption).join(' '))) continue;
    const name = agencyNameOf(tokens.slice(0, i).join(' '));
    if (name) return { name, status: agencyStatusFrom(tokens.slice(i).join(' ')) };
  }
  // The status first, then a separator and the name.
  if (tokens.length > 1 && starts(tokens[0]!)) {
    for (let i = 0; i < Math.min(3, tokens.length - 1); i++) {
      const token = tokens[i]!;
      const separated = token.endsWith(':') || DASHES.has(token);
      // "Pending Approval — requested 03/02/2026. …": the status goes on, no name follows it.
      if (!separated || starts(tokens[i + 1]!)) continue;
      const name = trimName(tokens.slice(i + 1).join(' '));
      if (name) return { name, status: agencyStatusFrom(tokens.slice(0, i + 1).join(' ')) };
    }
  }
  // "Salem Fire Department — Pending Approval (requested 11/03/2026). The old one, …": a note's
  // sentences after the value's own; the first sentence holds the name and its status.
  const sentences = sentencesOf(tokens.join(' '));
  if (sentences.length > 1) {
    const first = splitAgencyValue(trimChars(sentences[0]!, '.'));
    if (first.status) return first;
  }
  return { name: tokens.join(' '), status: null };
}

// A status shown alone beside an agency's name (a chip, a badge).
const AGENCY_STATUS_WORDS = phrases('active', 'approved', 'affiliated', 'current', 'pending', 'pending approval', 'awaiting approval', 'requested', 'inactive', 'removed', 'denied');
const COUNTED = phrases('agency', 'agencies', 'affiliation', 'affiliations');

/** "1 agency", "2 affiliations": how many, not a name. */
function isCount(text: string): boolean {
  const words = wordsOf(text);
  return words.length === 2 && Number.isInteger(Number(words[0])) && isPhrase(words.slice(1), COUNTED);
}

/** A line that can be an agency's name: short words, no "Label:" detail, not a count. */
// The site's own subjects: "Recertification approved" in a Message Center, "… your certification
// can only be renewed as Inactive" are news and advice, never an agency's name and status.
const NOT_AN_AGENCY = phrases('recertification', 'certification', 'application', 'applications', 'course', 'courses', 'message', 'messages', 'notifications');
// A section's action link beside its caption ("Agency Affiliation | Add or Remove Agency Affiliation").
const ACTION = phrases('add', 'remove', 'edit', 'manage', 'change', 'update', 'request', 'view');

/** The text before the section's action on agencies ending it ("… Pending Approval Add or Remove Agency Affiliation"), else null. */
function beforeAction(text: string): string | null {
  const tokens = text.split(' ');
  const at = tokens.findIndex((_, k) => {
    const rest = k > 0 ? tokens.slice(k).join(' ') : '';
    return startsWithPhrase(rest, ACTION) && hasPhrase(rest, COUNTED);
  });
  return at > 0 ? tokens.slice(0, at).join(' ') : null;
}

/** A lookup field's code, not words: one short token without small letters ("4410732", "PA"). */
function isCode(text: string): boolean {
  const code = text.trim();
  return code.length > 0 && code.length <= 12 && !code.includes(' ') && code === code.toUpperCase();
}

function isNameLine(text: string): boolean {
  // Letters alone ("P", "P V") are an avatar's or a logo's initials beside the name, never one.
  return text.length <= 80 && !text.includes(':') && wordsOf(text).some((word) => word.length > 1) && !hasPhrase(text, NOT_AN_AGENCY) && !startsWithPhrase(text, ACTION) && !isOtherValue(text) && !isSentence(text);
}

/** "Your agency's Training Officer … verify your skills.": a sentence ends with a stop after a lower-case word (a name's "Inc." is capitalised). */
function isSentence(text: string): boolean {
  const words = text.trim().split(' ');
  return words.length >= 4 && '.!?'.includes(text.trim().slice(-1)) && isLowerCase(trimChars(words.at(-1)!, '.!?'));
}

// A status indicator's or a toast's type word, read aloud before its message ("Success: Active").
const NOTICE = phrases('success', 'warning', 'error', 'danger', 'info', 'information', 'notice', 'alert', 'note', 'caution', 'attention', 'important', 'tip');
// A control's label where a name could stand.
const CONTROL = phrases('details', 'show details', 'view details', 'see all', 'see details', 'more', 'learn more', 'read more', 'sign out', 'log out', 'sign in', 'log in', 'submit', 'cancel', 'save', 'close', 'back', 'next', 'previous');
// The site's own pages, named by its menu's next item where a menu item's label stood ("Agency Affiliation" then "Documents").
const SITE_PAGES = phrases('documents', 'dashboard', 'messages', 'message center', 'settings', 'profile', 'account', 'add courses', 'manage education', 'transcript', 'recertification application');
const MONTH_WORDS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);

/** "Mar 24, 2026", "2024-03-18", "35%", "$30.00": figures and month words only; "Page 1 of 1", "Step 2 of 5": a place in a count. */
function isFigureOrDate(text: string): boolean {
  const words = wordsOf(text);
  const figure = (word: string): boolean => Number.isInteger(Number(word));
  return (words.some(figure) && words.every((word) => figure(word) || MONTH_WORDS.has(word))) || words.some((word, at) => word === 'of' && figure(words[at - 1] ?? '') && figure(words[at + 1] ?? ''));
}

/** A value of another kind where an agency's name would stand: a notice word, a figure or a date, a control's label, a count. */
function isOtherValue(text: string): boolean {
  // A site's page by its last word too ("Account Settings", "My Documents").
  return isPhrase(text, NOTICE) || isPhrase(text, CONTROL) || isPhrase(text, SITE_PAGES) || isPhrase(wordsOf(text).slice(-1), SITE_PAGES) || isFigureOrDate(text) || isCount(text) || isLabelLine(text);
}

// Words that label an agency's name without being one (the labels' own words are in labels.ts).
const ORGANIZATION = phrases('organization', 'organisation', 'organization name', 'employer');
const SECTION_LABELS: Array<'agency' | 'agencyStatus'> = ['agency', 'agencyStatus'];

/** A label alone ("Agency", "Affiliation status", "Organization"): the field it names, never a name. */
function sectionLabel(text: string): 'agency' | 'agencyStatus' | null {
  // "Affiliated" alone is a status chip, though a label's word.
  if (isPhrase(text, AGENCY_STATUS_WORDS)) return null;
  return matchLabel(text, SECTION_LABELS) ?? (isPhrase(text, ORGANIZATION) ? 'agency' : null);
}

function isLabelLine(text: string): boolean {
  return sectionLabel(text) !== null || matchLabel(text, LABEL_FIELDS) !== null;
}

/** A certifications table's header without rows (a grid's header drawn apart from its body). */
function isCertificationHeader(table: TableText): boolean {
  const columns = table.columns;
  return !!columns && table.rows.length === 0 && columns.level !== undefined && columns.expiresOn !== undefined;
}

/** Whether a name read as an agency's can be one: not a value of another kind, not the person's own name. */
export function canBeAgencyName(name: string, person: string | null | undefined): boolean {
  return !isOtherValue(name) && !isPersonName(name, person) && !isAddressed(name);
}

// "Your request to affiliate with ___ is awaiting …": a sentence to the reader (a notice whose
// agency was left blank) is no agency's name.
const ADDRESSED = phrases('you', 'your');

/** A sentence to the reader, or words without a capital ("request with is": a sentence's leftovers). */
function isAddressed(name: string): boolean {
  return hasPhrase(name, ADDRESSED) || name === name.toLowerCase();
}

/** The signed-in person's own name ("Marta L. Ferreira", or its words in another order): no agency's. */
function isPersonName(text: string, person: string | null | undefined): boolean {
  const own = new Set(wordsOf(person ?? ''));
  const words = wordsOf(text);
  return own.size >= 2 && words.length >= 2 && words.every((word) => own.has(word));
}

/**
 * A table of agencies the table reader has no header for: under a caption row or a heading
 * naming the section, or with a row naming the Agency column; each later row names an agency
 * (its first cell, or the Agency column) and its status (the status column, else the row's
 * other cells).
 */
function agencyRows(table: TableText, underHeading: boolean): Agency[] {
  const rows = table.rows;
  let inSection = underHeading;
  let nameColumn = 0;
  let statusColumn = -1;
  let start = -1;
  for (let i = 0; i < Math.min(3, rows.length) && start < 0; i++) {
    // A caption row spans the table: one cell however many columns it covers.
    const texts = table.head?.[i] ?? [];
    if (texts.length === 1 && hasPhrase(texts[0]!, AGENCY_SECTION)) inSection = true;
    // A header row names the agency and its status (a label/value row names one of them).
    const named = texts.findIndex((text) => matchLabel(text, AGENCY_FIELDS) === 'agency');
    if (named >= 0 && texts.some((text) => matchLabel(text, AGENCY_FIELDS) === 'agencyStatus')) {
      nameColumn = named;
      statusColumn = texts.findIndex((text) => matchLabel(text, AGENCY_FIELDS) === 'agencyStatus');
    }
    if (statusColumn >= 0 || (inSection && texts.length > 1)) start = statusColumn >= 0 ? i + 1 : i;
  }
  const found: Agency[] = [];
  for (const texts of start < 0 ? [] : rows.slice(start)) {
    // "Agency | Cape Cod Regional EMS Hyannis, MA | Pending Approval": a label cell, then the name
    // (its town and state beneath it, there or in an Agency column, are no part of it).
    const labelled = statusColumn < 0 && matchLabel(texts[nameColumn] ?? '', AGENCY_FIELDS) === 'agency';
    const name = withoutPlace(texts[nameColumn + (labelled ? 1 : 0)] ?? '');
    const status = agencyStatusFrom(statusColumn >= 0 ? (texts[statusColumn] ?? '') : texts.filter((_, i) => i !== nameColumn).join(' '));
    // A label/value row ("Affiliation Status | Active") names a field, not an agency.
    if (status && isNameLine(name) && !agencyStatusFrom(name) && !matchLabel(name, AGENCY_FIELDS)) found.push({ name, status });
  }
  return found;
}

/**
 * "Cape Cod Regional EMS Hyannis, MA", "Hampden County Regional Ambulance (West Springfield, MA)",
 * "Lowell Fire – Lowell, MA" -> the name: its town and state after it are its address, however set
 * off (brackets or a dash hold the whole town; else the town is its last word before the state).
 */
function withoutPlace(text: string): string {
  const trimmed = text.trim();
  const open = trimmed.lastIndexOf('(');
  if (open > 0 && trimmed.endsWith(')') && isPlace(trimmed.slice(open + 1, -1).trim(), true)) return trimChars(trimmed.slice(0, open), PLACE_EDGE);
  const tokens = trimmed.split(' ');
  if (tokens.length <= 3 || !endsWithPlace(tokens)) return text;
  // A dash sets off the whole town, however many words ("… Inc. – Fall River, MA").
  const dash = tokens.findLastIndex((token, at) => at >= tokens.length - 5 && ['–', '—', '-'].includes(token));
  return trimChars(tokens.slice(0, dash > 0 ? dash : -2).join(' '), PLACE_EDGE);
}

function endsWithPlace(tokens: readonly string[]): boolean {
  const state = tokens[tokens.length - 1] ?? '';
  const town = tokens[tokens.length - 2] ?? '';
  return town.endsWith(',') && state.length === 2 && state === state.toUpperCase();
}

/**
 * "Agency Affiliation Franklin County Regional Ambulance Affiliation Status" -> the name: a label
 * element beside its value (no colon, no table) runs into the value's line; the agency field's
 * label before the name and the status field's label after it are no part of it (a name may end
 * in "Agency", so only a status label is cut there).
 */
export function withoutEdgeLabels(name: string): string {
  let words = name.split(' ');
  for (let n = Math.min(3, words.length - 2); n > 0; n--) {
    if (matchLabel(words.slice(0, n).join(' '), AGENCY_FIELDS) === 'agency') { words = words.slice(n); break; }
  }
  for (let n = Math.min(3, words.length - 1); n > 0; n--) {
    if (matchLabel(words.slice(-n).join(' '), AGENCY_FIELDS) === 'agencyStatus') { words = words.slice(0, -n); break; }
  }
  // "Cataldo Ambulance Service — Affiliation (approved)": the status's subject after a dash.
  const dash = words.length - 2;
  if (dash >= 2 && DASHES.has(words[dash]!) && matchLabel(words[dash + 1]!, AGENCY_FIELDS) === 'agency') words = words.slice(0, dash);
  return words.join(' ');
}

// A person's role labelling the next line's detail ("Medical Director sign-off: Approved …").
const ROLE_LABELS = phrases('training officer', 'medical director');

/**
 * "Plymouth County EMS Medical Director sign-off: Approved 11/16/2026" -> "Plymouth County EMS":
 * a value run into the next line; the name ends where a role's label (before a colon) begins, and
 * what follows is that person's detail, not the agency's status.
 */
function beforeRoleLabel(value: string): string {
  const tokens = value.split(' ');
  // Without a colon the label ends the value: the next line's label split from its own value.
  const found = tokens.findIndex((token) => token.includes(':'));
  const colon = found < 0 ? tokens.length - 1 : found;
  for (let k = 1; k <= colon; k++) {
    if (startsWithPhrase(tokens.slice(k, colon + 1).join(' '), ROLE_LABELS)) return tokens.slice(0, k).join(' ');
  }
  return value;
}

// A sign-off given: "Medical Director sign-off: Approved 11/16/2026", "Training Officer: Verified".
const SIGNED_OFF = phrases('approved', 'verified', 'signed off', 'complete', 'completed');

/**
 * A Training Officer's or Medical Director's sign-off marked given: only the officers of an agency
 * the provider is affiliated with sign off, so the agency named without a status is active.
 */
function approvedSignOff(label: string, value: string): boolean {
  return startsWithPhrase(label, ROLE_LABELS) && startsWithPhrase(value, SIGNED_OFF);
}

/**
 * What a line says of a sign-off: given ("Training Officer Approval: Approved on …", or the value
 * after a role's label alone on the line before), or the role's label alone (its value follows).
 */
function signOffIn(line: PageLine, role: string | null): { given: boolean; role: string | null } {
  // A row of a label/value table: "Medical Director sign-off | Approved".
  if (line.kind === 'table') return { given: line.table?.rows.some((cells) => cells.length === 2 && approvedSignOff(cells[0]!, cells[1]!)) ?? false, role: null };
  const text = line.kind === 'pair' ? `${line.label}: ${line.value}` : line.kind === 'title' ? line.text : '';
  if (role && startsWithPhrase(line.kind === 'pair' ? line.value : text, SIGNED_OFF)) return { given: true, role: null };
  const colon = text.indexOf(':');
  if (colon > 0) return { given: approvedSignOff(text.slice(0, colon), text.slice(colon + 1).trim()), role: null };
  return { given: false, role: text && startsWithPhrase(text, ROLE_LABELS) && wordsOf(text).length <= 4 ? text : null };
}

// A course's own fields: an agency labelled among them is the course's sponsor. (An approval is
// told by its number: "Training Officer Approval: Approved on …" is a sign-off.)
const COURSE_LABELS = ['courseTitle', 'completedOn', 'hours'] as const;

/** A line of a course record: a course field's label, or an approval number. */
// The person's own facts' labels (a course card holds none of them).
const PERSON_FACTS: readonly LabelField[] = ['registryNumber', 'level', 'cycle', 'cycleStart', 'lastRecertified'];

function isCourseLine(line: PageLine): boolean {
  if (line.kind === 'pair') return matchLabel(line.label, COURSE_LABELS) !== null || approvalIn(line.value) !== null;
  return line.kind === 'title' && approvalIn(line.text) !== null;
}

/**
 * "Agency: Boston EMS" inside a course card (its date, hours or approval number within two lines,
 * no heading between): the agency that gave the course, not the user's affiliation.
 */
function inCourseCard(events: readonly PageLine[], at: number): boolean {
  // Right beside the person's own facts ("Cycle: …" then "Agency: …"), it is their header's, not a course's.
  const own = (line: PageLine | undefined): boolean => line?.kind === 'pair' && matchLabel(line.label, PERSON_FACTS) !== null;
  if (own(events[at - 1]) || own(events[at + 1])) return false;
  const near = (step: number): boolean => {
    for (let k = 1; k <= 2; k++) {
      const line = events[at + step * k];
      if (!line || line.kind === 'heading') return false;
      if (isCourseLine(line)) return true;
    }
    return false;
  };
  return near(-1) || near(1);
}

/** A status chip alone on one of the two lines after `at` ("Pending Approval" under a name and its address line). */
function statusFollows(events: readonly PageLine[], at: number): boolean {
  return [events[at + 1], events[at + 2]].some((line) => line?.kind === 'title' && isPhrase(line.text, AGENCY_STATUS_WORDS));
}

/** "Brewster, MA", "West Tisbury, MA": a town and state alone, the address under a name (a bracketed one may name a longer town). */
function isPlace(text: string, bracketed = false): boolean {
  const tokens = text.split(' ');
  return tokens.length <= (bracketed ? 5 : 3) && tokens.length > 1 && endsWithPlace(tokens);
}

const RANK: Record<NonNullable<Agency['status']>, number> = { active: 0, pending: 1, none: 2 };

function isLowerCase(word: string): boolean {
  return word.toLowerCase() === word && word.toUpperCase() !== word;
}

/**
 * "schedule Pending Approval" -> "Pending Approval": an icon font draws its ligature word as a
 * glyph, so a lower-case word before capitalised text (or a word_with_underscores after it) is
 * no part of what the line says. Names and statuses are written with capitals.
 */
function withoutIconWords(text: string): string {
  const words = text.split(' ');
  while (words.length > 1 && isLowerCase(words[0]!) && !isLowerCase(words[1]!)) words.shift();
  if (words.length > 1 && words[words.length - 1]!.includes('_')) words.pop();
  return words.join(' ');
}

// Words that make a start label the cycle's ("Cycle Start Date", "Recertification Start").
const CYCLE_WORDS = new Set(['cycle', 'recertification', 'recert', 'certification']);

/**
 * A date with its time of day after it ("2026-12-31 07:42 UTC", "12/31/2026, 7:42 AM"). Midnight (or
 * noon) is a date field's stored time ("Mar 31, 2026 12:00 am", "2026-03-31T00:00:00Z"), still a date.
 */
export function isMoment(value: string): boolean {
  const date = findFirst(value);
  const next = date ? trimChars(value.slice(date.index + date.length), ', T') : '';
  const colon = next.indexOf(':');
  const hour = Number(next.slice(0, colon));
  const minutes = Number(next.slice(colon + 1, colon + 3));
  return colon > 0 && colon <= 2 && Number.isInteger(hour) && Number.isInteger(minutes) && !(minutes === 0 && hour % 12 === 0);
}

/**
 * The dashboard's facts and agency; `person` is the signed-in person's name, never the agency's.
 * Off the dashboard (`dashboard` false) a bare "Start date" is a thread's or a course's, no cycle's.
 */
export function readDashboard(events: readonly PageLine[], person?: string | null, dashboard = true): DashboardRead {
  let level: Level | null = null;
  let expiresOn: string | null = null;
  let cycleStart: string | null = null;
  let inAgencySection = false;
  // Lines left in a section a caption line opened (0: a heading opened it, or none).
  let captionLines = 0;
  // The level of the heading that opened the agency section (0: a caption did): a deeper heading is an item's name.
  let agencySectionLevel = 0;
  let agencySectionSeen = false;
  let saysNoAgency = false;
  const agencies: Agency[] = [];
  let pendingAgencyName: string | null = null;
  // Lines seen since the agency was named without its status: its status chip comes right after.
  let sincePending = 0;
  // A status chip drawn before its agency's name (a badge floated to the right of the item).
  let chipBefore: Agency['status'] | null = null;
  let agencyLine: string | null = null;
  // The names beside an agency label: one name with no status anywhere is still the agency (its
  // status unknown); several are a field repeated on each course (its sponsor), no profile fact.
  const labelledNames = new Set<string>();
  let signedOff = false;
  let role: string | null = null;

  // A lookup field's code ("Agency: 4410732", "Affiliation Status: PA"): its description is the next line.
  let coded: 'agency' | 'agencyStatus' | null = null;
  // The columns of a certifications header table without rows, for the body table right after it.
  let headerOnly: Record<string, number> | null = null;
  for (const [index, line] of events.entries()) {
    // A status chip alone on its line ("Affiliated", also a label's word) took the next line as
    // its value: in the agency section it is a line of its own (the next line is read again).
    const chip: string | null = line.kind === 'pair' && (inAgencySection || pendingAgencyName !== null) && isPhrase(line.label, AGENCY_STATUS_WORDS) ? line.label : null;
    const event: PageLine = chip !== null ? { kind: 'title', text: chip } : line;
    if (event.kind !== 'table') headerOnly = null;
    const lookup = coded;
    coded = null;
    const signOff = signOffIn(event, role);
    role = signOff.role;
    if (signOff.given) signedOff = true;
    if (event.kind === 'title' && lookup === 'agency' && isNameLine(event.text) && !agencyStatusFrom(event.text)) {
      pendingAgencyName = event.text;
      labelledNames.add(event.text);
      sincePending = 0;
      continue;
    }
    const described = event.kind === 'title' && lookup === 'agencyStatus' ? agencyStatusFrom(event.text) : null;
    if (described && pendingAgencyName !== null) {
      agencies.push({ name: pendingAgencyName, status: described });
      pendingAgencyName = null;
      continue;
    }
    if (event.kind === 'heading') {
      // A status chip read as a caption ("Affiliated" after the item's title and its details): the named agency's.
      const chipStatus = inAgencySection && isPhrase(event.text, AGENCY_STATUS_WORDS) ? agencyStatusFrom(event.text) : null;
      const named = agencyLine ?? pendingAgencyName;
      if (chipStatus && named) {
        agencies.push({ name: named, status: chipStatus });
        agencyLine = pendingAgencyName = null;
        continue;
      }
      // Under a caption drawn without a heading tag (level 7: a card header's text), an item's heading of any level.
      // Or of the section's own level where its status chip follows within two lines (a card kit draws both as one size of title).
      const item = inAgencySection && agencyLine === null && (event.level > agencySectionLevel || agencySectionLevel === 7 || statusFollows(events, index)) && isNameLine(event.text) && !agencyStatusFrom(event.text);
      const before = chipBefore;
      chipBefore = null;
      if (item && !hasPhrase(event.text, AGENCY_SECTION)) {
        // A list item's title under the section ("<h4>Lowell General Ambulance</h4> Pending Approval"),
        // or after its status chip.
        if (before) agencies.push({ name: event.text, status: before });
        else agencyLine = event.text;
        continue;
      }
      agencyLine = null;
      captionLines = 0;
      // A section's caption is short: a post's title naming an affiliation ("Affiliation stuck on “Pending Approval” (NREMT)") opens none.
      inAgencySection = hasPhrase(event.text, AGENCY_SECTION) && wordsOf(event.text).length <= SECTION_WORDS;
      agencySectionLevel = event.level;
      if (inAgencySection) agencySectionSeen = true;
      continue;
    }
    if (event.kind === 'title') {
      const text = withoutIconWords(event.text);
      if (captionLines > 0 && --captionLines === 0 && inAgencySection) inAgencySection = false;
      if (!inAgencySection && isPhrase(text, AGENCY_CAPTION)) {
        inAgencySection = agencySectionSeen = true;
        agencySectionLevel = 7;
        agencyLine = null;
        captionLines = CAPTION_SECTION_LINES + 1;
        continue;
      }
      // "Agency Affiliation: Brewster Rescue Squad", then "Pending Approval — requested …" on the
      // next line (the name's own line, its town or its officer's line "Training Officer: R. Castellano" may stand
      // between; not a sign-off's label alone, its value on the next line: "Medical Director sign-off", "Pending").
      if (pendingAgencyName !== null && text !== pendingAgencyName && !isPlace(text) && !(startsWithPhrase(text, ROLE_LABELS) && text.includes(': ')) && ++sincePending <= 1 && startsWithPhrase(text, AGENCY_STATUS_WORDS) && isNameLine(pendingAgencyName) && !agencyStatusFrom(pendingAgencyName)) {
        const status = agencyStatusFrom(text);
        if (status) {
          agencies.push({ name: pendingAgencyName, status });
          pendingAgencyName = null;
          continue;
        }
      }
      // A label alone on its line in the section ("Agency" over "Cape Ann Regional EMS"): it names the next line.
      const label = inAgencySection ? sectionLabel(text) : null;
      if (label) coded = label;
      else if ((inAgencySection && hasPhrase(text, NO_AGENCY)) || startsWithPhrase(text, NO_AGENCY_LINE)) saysNoAgency = true;
      else if (inAgencySection) {
        // An item of the section: the agency's name on its own line, then its status word (a chip).
        const status = isPhrase(text, AGENCY_STATUS_WORDS) ? agencyStatusFrom(text) : null;
        const before = chipBefore;
        chipBefore = null;
        // "Island Fire Department — Active": the name and its status on one line (before a role's
        // detail run on: "Merrimack Ambulance Active Training Officer: K. Abernathy").
        // (And before the section's action run on after it: "… – Pending Approval Add or Remove Agency Affiliation".)
        const split = status ? null : splitAgencyValue(beforeRoleLabel(beforeAction(text) ?? text));
        // "Brewster, MA · Affiliation status: Active" under the name: the address and the name's status;
        // "Success: Active", a status indicator's type word and its message: the status alone.
        const place = split?.status ? isPlace(split.name) || isPhrase(split.name, NOTICE) : false;
        if (split?.status && place && agencyLine) {
          agencies.push({ name: agencyLine, status: split.status });
          agencyLine = null;
        } else if (split?.status && !place && isNameLine(split.name) && !agencyStatusFrom(split.name)) agencies.push({ name: split.name, status: split.status });
        else if (status && agencyLine) {
          agencies.push({ name: agencyLine, status });
          agencyLine = null;
        } else if (agencyLine && startsWithPhrase(text, AGENCY_STATUS_WORDS) && agencyStatusFrom(text)) {
          // A status chip that runs on into a sentence ("Pending Approval — requested …. Your …").
          agencies.push({ name: agencyLine, status: agencyStatusFrom(text)! });
          agencyLine = null;
        } else if (status) {
          // A chip with no name before it: the name on the very next line is its agency's.
          chipBefore = status;
        } else if (agencyLine === null) {
          // "Pioneer Valley Ambulance Northampton, MA · Training Officer: R. Szymanski": the name, then its details.
          const name = isNameLine(text) ? text : agencyNameOf(text);
          if (isNameLine(name) && before) agencies.push({ name, status: before });
          else if (isNameLine(name)) agencyLine = name;
        }
      }
      continue;
    }
    if (event.kind === 'table') {
      const table = event.table;
      const header = headerOnly;
      headerOnly = null;
      if (!table) continue;
      // A certifications header drawn as a table of its own: its body is the next table (jsGrid).
      if (isCertificationHeader(table)) {
        headerOnly = table.columns!;
        continue;
      }
      const columns = table.columns ?? (header && table.rows.every((cells) => cells.length > Math.max(...Object.values(header))) ? header : undefined);
      if (!columns) {
        const rows = agencyRows(table, inAgencySection);
        if (rows.length > 0) agencySectionSeen = true;
        agencies.push(...rows);
        continue;
      }
      const rows = table.rows;
      if (columns.agency !== undefined) {
        agencySectionSeen = true;
        for (const [index, cells] of rows.entries()) {
          const name = cells[columns.agency] ?? '';
          if (!name) continue;
          if (hasPhrase(table.texts?.[index] ?? '', NO_AGENCY)) {
            saysNoAgency = true;
            continue;
          }
          // A bare "Status" header maps to the first field that knows the word; in an agency table it is the agency's.
          const statusColumn = columns.agencyStatus ?? columns.certificationStatus;
          const statusText = statusColumn !== undefined ? (cells[statusColumn] ?? '') : '';
          const status = statusText ? agencyStatusFrom(statusText) : splitAgencyValue(name).status;
          // Its town and state beneath the name ("Westfield, MA") are its address, not its name.
          if (status) agencies.push({ name: withoutPlace(splitAgencyValue(name).name), status });
        }
      } else if (columns.expiresOn !== undefined && columns.level !== undefined && (!level || !expiresOn)) {
        // A certifications table: the active row that names a level and a date, else the first.
        const statusColumn = columns.certificationStatus ?? columns.agencyStatus;
        let chosen: string[] | null = null;
        for (const cells of rows) {
          if (!parseLevel(cells[columns.level] ?? '') || !parseDate(cells[columns.expiresOn] ?? '')) continue;
          const active = statusColumn !== undefined && hasPhrase(cells[statusColumn] ?? '', CURRENT);
          if (!chosen || active) chosen = cells;
          if (active) break;
        }
        if (chosen) {
          level ??= parseLevel(chosen[columns.level] ?? '');
          expiresOn ??= parseDate(chosen[columns.expiresOn] ?? '');
          if (columns.cycle !== undefined) cycleStart ??= parseDates(chosen[columns.cycle] ?? '')[0] ?? null;
          if (columns.cycleStart !== undefined) cycleStart ??= parseDate(chosen[columns.cycleStart] ?? '');
          // Hours count from the day after the last recertification.
          const last = columns.lastRecertified !== undefined ? parseDate(chosen[columns.lastRecertified] ?? '') : null;
          if (last) cycleStart ??= dayAfterIso(last);
        }
      }
      continue;
    }
    if (event.kind !== 'pair') continue;
    // An agency named just before: the "Status" that follows is the agency's.
    const fields = inAgencySection || pendingAgencyName !== null ? [...AGENCY_FIELDS, ...CERT_FIELDS] : [...CERT_FIELDS, 'agency' as const];
    const field = matchLabel(event.label, fields);
    switch (field) {
      case 'level':
        level ??= parseLevel(event.value);
        break;
      case 'expiresOn': {
        // "Expires: 2026-12-31 07:42 UTC": a moment (a paste's or a link's own end), no certification's date.
        if (isMoment(event.value)) break;
        // A countdown under the caption ("116 days"), the date on a line of its own after it.
        const dateLine = parseDates(event.value).length === 0 ? [events[index + 1], events[index + 2]].find((line) => (line?.kind === 'title' || line?.kind === 'heading') && line.text.length <= 20 && parseDate(line.text)) : undefined;
        if (dateLine && dateLine.kind !== 'pair' && dateLine.kind !== 'table') expiresOn ??= parseDate(dateLine.text);
        // "Expiration Date" over "Recertification cycle 04/01/2025 – 03/31/2027": a range ends at the expiration.
        const dates = parseDates(event.value).sort();
        expiresOn ??= dates.length > 1 ? dates[dates.length - 1]! : parseDate(event.value);
        break;
      }
      case 'cycle': {
        // A cycle label with its own dates ("Current cycle (4/1/2026 – 3/31/2028)") is a fact on
        // its own: the line after it is not its value (often "Previous cycle (…)").
        const own = parseDates(event.label);
        // A sentence under the caption naming its date's fact ("You last recertified on 27 March
        // 2026. …"): hours count from the day after the last recertification.
        const last = own.length ? null : textAfterPhrase(event.value, LAST_RECERT);
        const lastDate = last === null ? null : (parseDates(last)[0] ?? null);
        if (lastDate) cycleStart ??= dayAfterIso(lastDate);
        cycleStart ??= (own.length ? own : parseDates(event.value))[0] ?? null;
        break;
      }
      case 'cycleStart':
        if (dashboard || wordsOf(event.label).some((word) => CYCLE_WORDS.has(word))) cycleStart ??= parseDate(event.value);
        break;
      case 'lastRecertified': {
        // Hours count from the day after the last recertification (OEMS sheet).
        const last = parseDate(event.value);
        if (last) cycleStart ??= dayAfterIso(last);
        break;
      }
      case 'agency': {
        if (inCourseCard(events, index)) break;
        // A menu's item after two of the site's pages ("Manage Education", "Recertification Application", then
        // "Agency Affiliations" over "Documents & Cards"): the menu's next item, no agency.
        if ([events[index - 1], events[index - 2]].every((line) => line?.kind === 'title' && isPhrase(line.text, SITE_PAGES))) break;
        agencySectionSeen = true;
        // The whole section's text run on as its value, ending in its button ("… Pending Approval Add or Remove
        // Agency Affiliation"): without the button's words; its caption where its table follows (the value its cells' run).
        const ran = beforeAction(event.value);
        if (isCount(event.value) || startsWithPhrase(event.value, ACTION) || (ran && events[index + 1]?.kind === 'table')) {
          // "Agency Affiliation · 1 agency", "Agency Affiliation  Add or Remove …": the section's caption, its items follow.
          inAgencySection = true;
          agencySectionLevel = 0;
          agencyLine = null;
          break;
        }
        if (hasPhrase(event.value, NO_AGENCY)) {
          saysNoAgency = true;
          break;
        }
        if (isCode(event.value) && hasDigit(event.value)) {
          coded = 'agency';
          break;
        }
        // "Agency affiliation: Active" under the agency's name (a card's line): its status, the name the
        // line above; or over it, the status again after the name ("Agency Affiliation: Active",
        // "Westport Fire Department", "Active": a chip drawn first).
        // (A name: two words or more; above, no sentence's or greeting's stop after it: "Hi Deb," is none.)
        const isAgencyName = (line: PageLine | undefined): line is Extract<PageLine, { kind: 'title' }> =>
          line?.kind === 'title' && isNameLine(line.text) && !agencyStatusFrom(line.text) && wordsOf(line.text).length > 1;
        const [before, after, again] = [events[index - 1], events[index + 1], events[index + 2]];
        // Or the agency's own labelled line right above ("Agency: Hampden County Regional EMS", "Affiliation: Active").
        const labelledAbove = before?.kind === 'pair' && matchLabel(before.label, ['agency']) && isNameLine(before.value) && !agencyStatusFrom(before.value) ? before.value : null;
        const named = !isPhrase(event.value, AGENCY_STATUS_WORDS)
          ? null
          : isAgencyName(before) && !/[,:;.!?]$/.test(before.text.trim())
            ? before.text
            : labelledAbove ?? (isAgencyName(after) && again?.kind === 'title' && again.text === event.value ? after.text : null);
        if (named) {
          const status = agencyStatusFrom(event.value);
          if (status) agencies.push({ name: named, status });
          break;
        }
        const shown = ran ?? event.value;
        const value = beforeRoleLabel(shown);
        // The next line's sign-off, its label run on into this value ("… EMS Medical Director sign-off: Approved …").
        if (value !== shown) {
          const next = signOffIn({ kind: 'title', text: shown.slice(value.length).trim() }, null);
          role = next.role;
          if (next.given) signedOff = true;
        }
        const split = splitAgencyValue(value);
        // A name holds no colon: "… EMS Training Officer: R. Amaral" ran on into a detail of unknown length.
        if (split.name.includes(':')) break;
        if (split.status) agencies.push({ name: split.name, status: split.status });
        // Its status follows on a line of its own, the name cut from the line's details and address.
        else {
          pendingAgencyName = agencyNameOf(split.name);
          labelledNames.add(pendingAgencyName);
          sincePending = 0;
        }
        break;
      }
      case 'agencyStatus': {
        // The status of the agency named just before: by its label, or on its own line in the section.
        const status = agencyStatusFrom(event.value);
        if (!status && isCode(event.value)) coded = 'agencyStatus';
        const name = pendingAgencyName ?? agencyLine;
        if (status && name) {
          agencies.push({ name, status });
          pendingAgencyName = agencyLine = null;
        }
        break;
      }
      default:
        break;
    }
  }

  let agency: Agency | null = null;
  // The person's own name, a notice word, a date, a figure, a control is no agency's name, whatever stood beside it.
  const named = agencies
    .map((found) => ({ ...found, name: found.name === null ? null : withoutPlace(withoutEdgeLabels(found.name)) }))
    .filter((found) => found.name === null || (canBeAgencyName(found.name, person) && !isPhrase(found.name, AGENCY_STATUS_WORDS)));
  if (named.length > 0) agency = [...named].sort((a, b) => RANK[a.status ?? 'none'] - RANK[b.status ?? 'none'])[0]!;
  // A section seen but not read is unknown, not "no agency": only the page's own words say none.
  else if (saysNoAgency) agency = { name: null, status: 'none' };
  // "Agency: Cape Ann Regional EMS" and no status anywhere: the name alone (active when its officer signed off).
  else if (labelledNames.size === 1) {
    const name = [...labelledNames][0]!;
    if (isNameLine(name) && !agencyStatusFrom(name) && canBeAgencyName(name, person)) agency = signedOff ? { name, status: 'active' } : { name };
  }

  const missing: string[] = [];
  if (!level) missing.push('certification level');
  if (!expiresOn) missing.push('expiration date');
  return { certification: { level, expiresOn, cycleStart }, agency, missing };
}
