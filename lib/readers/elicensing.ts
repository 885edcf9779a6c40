// eLicensing (healthprofessionlicensing.mass.gov): the EMS license's type, number, status, expiration.
// A license is told by its values first: a number with its level prefix (E, A, P), a status word
// (a cell, a chip), a date; column headers and labels say which date is the expiration. A card
// with no labels at all gives its number, its status chip and "Expired on …" / "Valid through …".
// Judged in the background from what the content script sends (license-events.ts).
import type { Level, License, LicenseEvent } from '../model';
import { matchLabel, type LabelField } from './labels';
import { levelFromLicenseNumber, parseLevel } from './level';
import { findFirst, leadingDate, parseDate, withLeadingDate } from './parse-date';
import { LICENSE_FIELDS } from './license-events';
import { hasDigit, trimChars } from './cut';
import { consistsOf, hasPhrase, phrases, textAfterPhrase, TITLE_PARTS, wordsOf, type Phrases } from './words';

type TableEvent = Extract<LicenseEvent, { kind: 'table' }>;
// The one value pattern: a level prefix and digits ("P902113", "E-0912345").
const LICENSE_NUMBER = /\b([EAP])-?(\d{3,9})\b/i;

type LicenseStatus = NonNullable<License['status']>;
// Checked in order: "Probation, Expired" is on probation; "Non-Disciplinary Condition" first.
const STATUS_FORMS: ReadonlyArray<[LicenseStatus, Phrases]> = [
  ['non-disciplinary-condition', phrases('non disciplinary', 'nondisciplin*')],
  ['probation', phrases('probation*')],
  ['revoked', phrases('revoked')],
  ['suspended', phrases('suspended')],
  ['surrendered', phrases('surrendered')],
  ['void', phrases('void*')],
  ['expired', phrases('expired', 'lapsed')],
  ['current', phrases('current', 'active')],
];
// A status chip holds nothing but status words ("Non-Disciplinary Condition/Restriction"), and
// may say the renewal under way beside them ("Current – Renewal in Progress").
const STATUS_CHIP = phrases(
  ...STATUS_FORMS.flatMap(([, forms]) => forms.list.flat()),
  'inactive', 'retired', 'condition', 'restriction', 'and', 'renewal in progress', 'renewal pending', 'pending renewal',
);

// A fixed-column row's words besides its number and dates: its level and its status (and the site's row control, "Show Details").
const ROW_WORDS = phrases(...STATUS_CHIP.list.flat(), 'paramedic', 'advanced', 'emergency', 'medical', 'technician', 'responder', 'emt', 'aemt', 'emr', 'show details');
// An expiration stated in a sentence: the date right after these words.
const EXPIRY_WORDS = phrases('expir*', 'expir* on', 'expir* date', 'valid through', 'valid thru', 'valid until', 'valid to', 'good through');
const RENEWAL = phrases('renew*');

// Statuses the site shows that are none of the model's own ("Retired", "Inactive").
const OTHER_STATUS = phrases('inactive', 'retired');

/**
 * The status the site's words name; "other" only for its own other statuses. Words that name no
 * license status (an application's "In Progress" under a bare "Status") say nothing: unknown.
 */
export function licenseStatusFrom(text: string): LicenseStatus | null {
  return namedStatus(text) ?? (hasPhrase(text, OTHER_STATUS) ? 'other' : null);
}

/** A status the text names, never "other" (a row of level words names none). */
function namedStatus(text: string | readonly string[]): LicenseStatus | null {
  return STATUS_FORMS.find(([, forms]) => hasPhrase(text, forms))?.[0] ?? null;
}

/**
 * What a license's own line says of it: a part that is a status chip and the date after expiry
 * words ("A441907 · Current · Expires 3/31/2026"); a fixed-column row of nothing but its number,
 * level and status words and two or more dates ("A7730164 ADVANCED EMT CURRENT 04/01/2022
 * 03/31/2026") gives its status and, as a row without titles, its latest date. Other words: nothing.
 */
function ownLine(text: string): Pick<Candidate, 'status' | 'expiresOn'> {
  const parts = text.split(TITLE_PARTS);
  const chip = parts.find((part) => consistsOf(part, STATUS_CHIP));
  // Expiry words in another part than the chip ("Expired | Expiration date 03/31/2026").
  const after = parts.map((part) => (part === chip ? null : textAfterPhrase(part, EXPIRY_WORDS))).find((rest) => rest !== null);
  const own = { status: chip ? licenseStatusFrom(chip) : null, expiresOn: after ? leadingDate(after) : null };
  // The row's dates, in any writing ("04/01/2022", "Jun 14, 2015"), and its words without them.
  const dates: string[] = [];
  let rest = text;
  let words: string[] = [];
  for (let found = findFirst(rest); found; found = findFirst(rest)) {
    if (found.iso) dates.push(found.iso);
    words.push(...wordsOf(rest.slice(0, found.index)));
    rest = rest.slice(found.index + found.length);
  }
  words = [...words, ...wordsOf(rest)].filter((word) => !hasDigit(word));
  const [latest, next] = dates.sort().reverse();
  if (parts.length > 1 || !consistsOf(words, ROW_WORDS) || next === undefined || !(latest! > next)) return own;
  return { status: namedStatus(words), expiresOn: latest! };
}

interface Candidate {
  number: string | null;
  level: Level | null;
  status: LicenseStatus | null;
  expiresOn: string | null;
}

function levelOf(typeText: string, number: string | null): Level | null {
  return parseLevel(typeText) ?? levelFromLicenseNumber(number);
}

export function numberFrom(text: string): string | null {
  const match = LICENSE_NUMBER.exec(text);
  // As shown: "A-108842" keeps its hyphen (the site's own writing of it).
  return match ? match[0].toUpperCase() : writtenPrefixNumber(text);
}

/** "EMTP-0614227", "AEMT-0412233": the level written out before the digits; the number as shown. */
function writtenPrefixNumber(text: string): string | null {
  for (const raw of text.split(' ')) {
    const token = trimChars(raw, '()[],.:;#');
    const dash = token.indexOf('-');
    const prefix = token.slice(0, dash);
    const digits = token.slice(dash + 1);
    if (dash >= 2 && prefix === prefix.toUpperCase() && parseLevel(prefix) && digits.length >= 3 && digits.length <= 9 && [...digits].every((d) => d >= '0' && d <= '9')) return token;
  }
  return null;
}

/** A cell that holds a license number and nothing else ("P-448120"). */
function wholeNumber(text: string): string | null {
  const number = numberFrom(text);
  return number && wordsOf(text).join('').toUpperCase() === number.replace('-', '') ? number : null;
}

/** A level's name followed by its license number, nothing else ("Advanced EMT A418832", "Paramedic / P513874"). */
function typedNumber(text: string): boolean {
  const number = numberFrom(text) ?? '';
  const at = number ? text.toUpperCase().lastIndexOf(number) : -1;
  return at > 0 && text.trimEnd().length === at + number.length && parseLevel(text.slice(0, at)) !== null;
}

/** EMS rows first, then current ones, then the latest expiration. */
function best(candidates: Candidate[]): Candidate | null {
  const ems = candidates.filter((c) => c.level !== null);
  const pool = ems.length > 0 ? ems : candidates;
  return (
    [...pool].sort((a, b) => {
      const current = Number(b.status === 'current') - Number(a.status === 'current');
      if (current !== 0) return current;
      return (b.expiresOn ?? '').localeCompare(a.expiresOn ?? '');
    })[0] ?? null
  );
}

export interface LicenseRead {
  license: License;
  missing: string[];
}

/**
 * A table whose header its words do not name (a word processor's export, "Credential | Lic. No.
 * | Standing | Valid Through"), or that has none: a row is a license by its values, a cell that is
 * a license number beside a status word or a date. A header cell naming the expiration says which
 * date it is; else the row's latest date (later than its others) is; one bare date is nobody's.
 */
function readByValues(rows: readonly string[][], found: Candidate[]): void {
  let titles: readonly string[] = [];
  for (const texts of rows) {
    const numberAt = texts.findIndex((text) => wholeNumber(text) !== null);
    // A row of words only is the header (the last one before the licenses).
    if (numberAt < 0 && !texts.some(hasDigit)) titles = texts;
    if (numberAt < 0) continue;
    const dates = texts.map((text) => (text.length <= 20 ? parseDate(text) : null));
    const statusAt = texts.findIndex((text) => consistsOf(text, STATUS_CHIP));
    const named = dates.findIndex((date, at) => date && hasPhrase(titles[at] ?? '', EXPIRY_WORDS));
    const [latest, next] = dates.filter((date) => date !== null).sort().reverse();
    if (statusAt < 0 && !latest) continue;
    const number = wholeNumber(texts[numberAt]!);
    found.push({
      number,
      level: levelOf(texts.find((text, at) => at !== numberAt && parseLevel(text)) ?? '', number),
      status: statusAt < 0 ? null : licenseStatusFrom(texts[statusAt]!),
      expiresOn: named >= 0 ? dates[named]! : next && latest! > next ? latest! : null,
    });
  }
}

/** License rows of a table, and the renewal status of an applications table. */
function readTable(table: TableEvent, candidates: Candidate[], apart: Candidate[], valued: Candidate[]): string | null {
  if (!table.cells) return null;
  // A header naming no license column (a sortable grid's titles run into their sort controls'
  // words, "License Number Sort table by License Number …") is read like no header: by values.
  if (!table.columns || Object.keys(table.columns).length === 0) {
    readByValues(table.cells, valued);
    return null;
  }
  const columns = table.columns as Partial<Record<LabelField, number>>;
  const rows = table.cells;
  let found = false;
  const rowsApart: Candidate[] = [];
  for (const texts of rows) {
    const cell = (index: number | undefined): string => (index === undefined ? '' : (texts[index] ?? ''));
    // The number column by its header, else (in a table with an expiration column, not a list
    // of applications) the cell that is a license number.
    // A "License Type / Number" column shows both: the level, then the number ("Advanced EMT A418832").
    const numberAt =
      columns.licenseNumber ?? (columns.expiresOn === undefined ? -1 : texts.findIndex((text) => wholeNumber(text) !== null || typedNumber(text)));
    const number = numberAt >= 0 ? numberFrom(cell(numberAt)) : null;
    const expiresOn = parseDate(cell(columns.expiresOn));
    const status = (at: number): LicenseStatus | null => (at >= 0 ? licenseStatusFrom(cell(at)) : null);
    // A row of a grid whose number column is drawn in another table (a frozen column): its other cells.
    if (!number && expiresOn) rowsApart.push({ number: null, level: parseLevel(cell(columns.licenseType)), status: status(columns.licenseStatus ?? -1), expiresOn });
    if (!number) continue;
    found = true;
    candidates.push({
      number,
      level: levelOf(cell(columns.licenseType ?? numberAt), number),
      status: status(columns.licenseStatus ?? texts.findIndex((text) => consistsOf(text, STATUS_CHIP))),
      expiresOn,
    });
  }
  // Only a table that shows no number at all is a part of a grid drawn apart.
  if (!found) apart.push(...rowsApart);
  // An applications table: the status of a renewal application, in eLicensing's words; a row
  // holding both the license and its renewal, under a column of the renewal's own status (a
  // database tool's record: "license_no", "application", "app_status").
  if (columns.renewalStatus === undefined && (found || columns.licenseStatus === undefined)) return null;
  const statusColumn = columns.renewalStatus ?? columns.licenseStatus!;
  for (const texts of rows) {
    if (!hasPhrase(texts.join(' '), RENEWAL)) continue;
    const statusText = texts[statusColumn] ?? '';
    if (statusText) return statusText;
  }
  return null;
}

/** A column title of a date ("Issue Date", "Last Issue/Renewal Date", "Expiration Date"); a title holds no figures ("Date Submitted 02/09/2027" is a value). */
function isDateTitle(text: string): boolean {
  return text.length <= 40 && !hasDigit(text) && (wordsOf(text).includes('date') || matchLabel(text, ['expiresOn']) !== null);
}

/**
 * A license row shown without its column titles: the cells on the lines after its number, up to
 * a heading, a labelled value, a sentence, another record's figures ("APP-2024-004417") or a
 * renewal's name. A license expires after it was issued and last renewed: of two or more bare
 * dates, the latest (later than every other) is its expiration.
 */
class UntitledRow {
  private dates: string[] = [];
  private open = true;

  /** One more line after the number (nothing once the row has ended). */
  add(event: LicenseEvent, text: string): void {
    if (!this.open) return;
    // A bare date: nothing before or after it ("Issued 06/14/2021" is labelled).
    const date = withLeadingDate(text);
    if (date && wordsOf(date[1]).length === 0) this.dates.push(date[0]);
    else if (event.kind !== 'title' || text.length > 40 || hasDigit(text) || hasPhrase(text, RENEWAL)) this.open = false;
  }

  expiresOn(): string | null {
    const [latest, next] = [...this.dates].sort().reverse();
    return next !== undefined && latest! > next ? latest! : null;
  }
}

/**
 * A license shown without labels (a card): its number where it stands alone or in a title, its
 * status as a chip, its expiration in a sentence. What comes before the first number belongs
 * to it (a card's status above its number); each further number starts another license.
 * A grid drawn without table markup (custom elements, no roles) shows its column titles, then
 * each row's values in the same order: when a row shows as many bare dates as the titles name
 * dates, the date in the expiration's place is its expiration.
 */
function readUnlabelled(events: readonly LicenseEvent[]): Candidate[] {
  const found: Candidate[] = [];
  const before: Candidate = { number: null, level: null, status: null, expiresOn: null };
  let titles: string[] = [];
  let columns: string[] = [];
  let dates: string[] = [];
  // Each license's row when no date titles were shown before it (by its number's index).
  const untitled = new Map<number, UntitledRow>();
  const byColumn = (): void => {
    const current = found[found.length - 1];
    const at = columns.findIndex((title) => matchLabel(title, ['expiresOn']) !== null);
    if (current && current.expiresOn === null && at >= 0 && dates.length === columns.length) current.expiresOn = dates[at]!;
  };
  for (const event of events) {
    const text = event.kind === 'pair' ? event.label : event.kind === 'title' || event.kind === 'heading' ? event.text : '';
    if (isDateTitle(text)) titles.push(text);
    untitled.get(found.length - 1)?.add(event, text);
    const current = found[found.length - 1] ?? before;
    if (event.kind === 'pair') {
      // A card's own labelled values ("Expiration Date Mar. 31, 2026"): its license's, not another card's.
      const field = matchLabel(event.label, ['expiresOn', 'licenseStatus']);
      if (field === 'expiresOn') current.expiresOn ??= parseDate(event.value);
      if (field === 'licenseStatus' && consistsOf(event.value, STATUS_CHIP)) current.status ??= licenseStatusFrom(event.value);
    }
    if (event.kind !== 'title' && event.kind !== 'heading') continue;
    const number = text.length <= 80 ? numberFrom(text) : null;
    if (number) {
      byColumn();
      if (titles.length > 0) columns = titles;
      titles = [];
      dates = [];
      const base = found.length === 0 ? before : { status: null, expiresOn: null };
      if (columns.length === 0 && wholeNumber(text)) untitled.set(found.length, new UntitledRow());
      const own = ownLine(text);
      found.push({ number, level: levelOf(text, number), status: own.status ?? base.status, expiresOn: own.expiresOn ?? base.expiresOn });
      continue;
    }
    const date = parseDate(text);
    if (date && text.length <= 20) {
      dates.push(date);
      // The row's dates are all there: later dates are another list's ("My Applications … 02/24/2026").
      if (dates.length === columns.length) byColumn();
    }
    if (current.status === null && consistsOf(text, STATUS_CHIP)) current.status = licenseStatusFrom(text);
    // "License Status: Current" as a line of text (a plain-text note keeps no labels' markup).
    const colon = text.indexOf(':');
    const chip = colon > 0 ? text.slice(colon + 1).trim() : '';
    if (current.status === null && chip && matchLabel(text.slice(0, colon), ['licenseStatus']) && consistsOf(chip, STATUS_CHIP)) current.status = licenseStatusFrom(chip);
    if (current.expiresOn === null) {
      const after = textAfterPhrase(text, EXPIRY_WORDS);
      if (after !== null) current.expiresOn = leadingDate(after);
    }
  }
  byColumn();
  // Nothing else gave the expiration: the untitled row's own dates.
  for (const [index, row] of untitled) found[index]!.expiresOn ??= row.expiresOn();
  return found;
}

type TitleEvent = Extract<LicenseEvent, { kind: 'title' }>;
const isChip = (event: LicenseEvent | undefined): event is TitleEvent => event?.kind === 'title' && consistsOf(event.text, STATUS_CHIP);

/**
 * A status chip beside a labelled license (a card's badge, "Probation"): among its card's header
 * lines back to the heading, control or value before its number, among its labelled fields, or
 * right after them. Another credential's card (a self-reported BLS card's own "Current") lies
 * beyond a heading, another number or a line of its own; unknown beats its status.
 */
function chipBeside(events: readonly LicenseEvent[], at: number): LicenseStatus | null {
  const chips: string[] = [];
  for (let i = at - 1; events[i]?.kind === 'title'; i--) {
    const event = events[i];
    if (isChip(event)) chips.push(event.text);
  }
  let last = at;
  // A field's value may be drawn again as a line of its own after its pair.
  const values = new Set<string>();
  for (let i = at + 1; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind === 'heading' || event.kind === 'table' || (event.kind === 'pair' && matchLabel(event.label, ['licenseNumber']))) break;
    if (event.kind === 'pair' && matchLabel(event.label, LICENSE_FIELDS)) {
      last = i;
      values.add(event.value);
    }
  }
  const echo = (event: LicenseEvent | undefined): boolean => event?.kind === 'title' && values.has(event.text);
  for (let i = at + 1; i <= last || isChip(events[i]) || echo(events[i]); i++) {
    const event = events[i];
    if (isChip(event)) chips.push(event.text);
  }
  return chips.length > 0 ? licenseStatusFrom(chips.join(' ')) : null;
}

export function readLicense(events: readonly LicenseEvent[]): LicenseRead {
  const candidates: Candidate[] = [];
  let renewalStatus: string | null = null;
  const pairs: Partial<Record<LabelField, string>> = {};
  const bare = new Set<LabelField>();

  const apart: Candidate[] = [];
  // License rows of tables whose headers did not name them: after the labelled license.
  const valued: Candidate[] = [];
  // Where the labelled number stands (its card's chips are beside it).
  let numberAt = -1;
  let typeAt = -1;
  for (const [index, event] of events.entries()) {
    if (event.kind === 'table') {
      renewalStatus ??= readTable(event, candidates, apart, valued);
      continue;
    }
    if (event.kind !== 'pair' || (event.inTable && candidates.length > 0)) continue;
    const field = matchLabel(event.label, LICENSE_FIELDS);
    if (field === 'licenseType' && typeAt < 0 && numberFrom(event.value)) typeAt = index;
    // A bare "Status" (a renewal page's application status) gives way to a later "License Status".
    const qualified = wordsOf(event.label).length > 1;
    if (field && (pairs[field] === undefined || (qualified && bare.has(field)))) {
      pairs[field] = event.value;
      if (field === 'licenseNumber') numberAt = index;
      if (qualified) bare.delete(field);
      else bare.add(field);
    }
  }

  // A column's title beside its cells ("License #: E100200 A731925") labels no one number.
  const several = (pairs.licenseNumber ?? '').split(' ').filter((word) => wholeNumber(word)).length > 1;
  // No number label: a "License" label's value may show the level and the number together
  // ("License: Advanced EMT · A40712"; a breadcrumb's "My Licenses" names no number).
  const typed = events[typeAt];
  const typedValue = typed?.kind === 'pair' ? typed.value : undefined;
  const numbered = pairs.licenseNumber ?? typedValue;
  if (candidates.length === 0 && numbered && !several) {
    // A printout may space a number's digits apart ("P51 2078"): the labelled value is one number.
    const number = numberFrom(numbered) ?? numberFrom(numbered.split(' ').join(''));
    if (number) {
      // The value may be the license's own line ("A441907 · Current · Expires 3/31/2026").
      const line = ownLine(numbered);
      candidates.push({
        number,
        level: levelOf((pairs.licenseNumber ? pairs.licenseType : typedValue) ?? '', number),
        // A bare "Status" may be the application's ("In Progress"): then the chip beside the license.
        status: (pairs.licenseStatus ? licenseStatusFrom(pairs.licenseStatus) : null) ?? chipBeside(events, pairs.licenseNumber ? numberAt : typeAt) ?? line.status,
        expiresOn: (pairs.expiresOn ? parseDate(pairs.expiresOn) : null) ?? line.expiresOn,
      });
    }
  }
  if (candidates.length === 0) candidates.push(...valued);
  const unlabelled = candidates.length === 0;
  if (unlabelled) candidates.push(...readUnlabelled(events));
  // The labelled number's own row elsewhere (a note's pasted grid row): what its label's neighbours did not say.
  else if (candidates.some((candidate) => !candidate.status || !candidate.expiresOn)) {
    const rows = readUnlabelled(events);
    for (const candidate of candidates) {
      const row = rows.find((own) => own.number === candidate.number && (own.status || own.expiresOn));
      candidate.status ??= row?.status ?? null;
      candidate.expiresOn ??= row?.expiresOn ?? null;
    }
  }
  // Rows drawn apart from their numbers (a frozen column, another table): row for row, when as
  // many; their columns say more than the lines read after a bare number.
  if (apart.length === candidates.length) {
    candidates.forEach((candidate, index) => {
      const row = apart[index]!;
      for (const key of ['level', 'status', 'expiresOn'] as const) if (row[key] && (unlabelled || !candidate[key])) Object.assign(candidate, { [key]: row[key] });
    });
  }
  if (pairs.renewalStatus && renewalStatus === null) renewalStatus = pairs.renewalStatus.trim();

  const chosen = best(candidates);
  const license: License = {
    number: chosen?.number ?? null,
    level: chosen?.level ?? null,
    status: chosen?.status ?? null,
    expiresOn: chosen?.expiresOn ?? null,
  };
  if (renewalStatus) license.renewalStatus = renewalStatus;
  const missing: string[] = [];
  if (!license.number) missing.push('license number');
  if (!license.status) missing.push('license status');
  if (!license.expiresOn) missing.push('expiration date');
  return { license, missing };
}
