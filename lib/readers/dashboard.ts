// NREMT dashboard ("My Certification"): level, expiration, cycle start, agency affiliation.
import type { Agency, Certification, Level } from '../model';
import { matchLabel, type LabelField } from './labels';
import { parseLevel } from './level';
import { dayAfterIso, parseDate, parseDates } from './parse-date';
import type { ScanEvent } from './scan';
import { bodyRows, cellsOf, tableLayout } from './table';
import { normaliseSpace, textOf } from './text';
import { endsWithColon, trimChars } from './cut';
import { hasPhrase, isPhrase, phrases, wordsOf } from './words';

export interface DashboardRead {
  certification: Certification;
  agency: Agency | null;
  missing: string[];
}

const CERT_FIELDS: readonly LabelField[] = ['level', 'expiresOn', 'cycleStart', 'cycle', 'lastRecertified'];
const AGENCY_FIELDS: readonly LabelField[] = ['agency', 'agencyStatus'];

const PENDING = phrases('pending', 'requested', 'awaiting');
const ACTIVE = phrases('active', 'approved', 'affiliated', 'current');
const INACTIVE = phrases('inactive', 'removed', 'denied', 'declined', 'rejected', 'expired', 'ended', 'none', 'no agency', 'not affiliated');
const NO_AGENCY = phrases('no agency', 'not affiliated', 'no affiliation', 'no affiliations', 'no current affiliation', 'no current affiliations', 'not currently affiliated');
const AGENCY_SECTION = phrases('agenc*', 'affiliat*');
// The status words an agency value may carry before or after the name.
const VALUE_STATUS = phrases('active', 'pending', 'pending approval', 'approved', 'inactive', 'affiliated');
const CURRENT = phrases('active', 'current');

export function agencyStatusFrom(text: string): Agency['status'] | null {
  const words = wordsOf(text);
  if (hasPhrase(words, PENDING)) return 'pending';
  if (hasPhrase(words, INACTIVE)) return 'none';
  if (hasPhrase(words, ACTIVE)) return 'active';
  return null;
}

/** "Pioneer Valley Ambulance (Pending Approval)", "Pending Approval: Hilltown Ambulance" -> name and status. */
function splitAgencyValue(value: string): { name: string; status: Agency['status'] | null } {
  const tokens = normaliseSpace(value).split(' ');
  // The status last ("… (Pending Approval)", "… – Active").
  for (const length of [2, 1]) {
    if (tokens.length <= length) continue;
    const tail = tokens.slice(-length).join(' ');
    if (isPhrase(tail, VALUE_STATUS)) {
      const name = trimChars(tokens.slice(0, -length).join(' '), '(–—-');
      if (name) return { name, status: agencyStatusFrom(tail) };
    }
  }
  // The status first, then a colon or a dash.
  for (const length of [2, 1]) {
    const head = tokens.slice(0, length).join(' ');
    const rest = tokens.slice(length).join(' ');
    if (isPhrase(head, VALUE_STATUS) && (endsWithColon(head) || ['–', '—', '-'].includes(rest[0] ?? ''))) {
      const name = trimChars(rest, ':–—-');
      if (name) return { name, status: agencyStatusFrom(head) };
    }
  }
  return { name: value.trim(), status: null };
}

const RANK: Record<Agency['status'], number> = { active: 0, pending: 1, none: 2 };

export function readDashboard(events: ScanEvent[]): DashboardRead {
  let level: Level | null = null;
  let expiresOn: string | null = null;
  let cycleStart: string | null = null;
  let inAgencySection = false;
  let agencySectionSeen = false;
  let saysNoAgency = false;
  const agencies: Agency[] = [];
  let pendingAgencyName: string | null = null;

  for (const event of events) {
    if (event.kind === 'heading') {
      inAgencySection = hasPhrase(event.text, AGENCY_SECTION);
      if (inAgencySection) agencySectionSeen = true;
      continue;
    }
    if (event.kind === 'title') {
      if (inAgencySection && hasPhrase(event.text, NO_AGENCY)) saysNoAgency = true;
      continue;
    }
    if (event.kind === 'table') {
      const layout = tableLayout(event.el, ['certificationStatus', ...AGENCY_FIELDS, ...CERT_FIELDS]);
      if (!layout) continue;
      const { columns } = layout;
      const rows = bodyRows(event.el, layout);
      if (columns.agency !== undefined) {
        agencySectionSeen = true;
        for (const row of rows) {
          const cells = cellsOf(row);
          const name = textOf(cells[columns.agency]);
          if (!name) continue;
          if (hasPhrase(textOf(row), NO_AGENCY)) {
            saysNoAgency = true;
            continue;
          }
          // A bare "Status" header maps to the first field that knows the word; in an agency table it is the agency's.
          const statusColumn = columns.agencyStatus ?? columns.certificationStatus;
          const statusText = statusColumn !== undefined ? textOf(cells[statusColumn]) : '';
          const status = statusText ? agencyStatusFrom(statusText) : splitAgencyValue(name).status;
          if (status) agencies.push({ name: splitAgencyValue(name).name, status });
        }
      } else if (columns.expiresOn !== undefined && columns.level !== undefined && (!level || !expiresOn)) {
        // A certifications table: the active row that names a level and a date, else the first.
        const statusColumn = columns.certificationStatus ?? columns.agencyStatus;
        let chosen: Element[] | null = null;
        for (const row of rows) {
          const cells = cellsOf(row);
          if (!parseLevel(textOf(cells[columns.level])) || !parseDate(textOf(cells[columns.expiresOn]))) continue;
          const active = statusColumn !== undefined && hasPhrase(textOf(cells[statusColumn]), CURRENT);
          if (!chosen || active) chosen = cells;
          if (active) break;
        }
        if (chosen) {
          level ??= parseLevel(textOf(chosen[columns.level]));
          expiresOn ??= parseDate(textOf(chosen[columns.expiresOn]));
          if (columns.cycle !== undefined) cycleStart ??= parseDates(textOf(chosen[columns.cycle]))[0] ?? null;
          if (columns.cycleStart !== undefined) cycleStart ??= parseDate(textOf(chosen[columns.cycleStart]));
        }
      }
      continue;
    }
    if (event.kind !== 'pair') continue;
    const fields = inAgencySection ? [...AGENCY_FIELDS, ...CERT_FIELDS] : [...CERT_FIELDS, 'agency' as const];
    const field = matchLabel(event.label, fields);
    switch (field) {
      case 'level':
        level ??= parseLevel(event.value);
        break;
      case 'expiresOn':
        expiresOn ??= parseDate(event.value);
        break;
      case 'cycle':
        cycleStart ??= parseDates(event.value)[0] ?? null;
        break;
      case 'cycleStart':
        cycleStart ??= parseDate(event.value);
        break;
      case 'lastRecertified': {
        // Hours count from the day after the last recertification (OEMS sheet).
        const last = parseDate(event.value);
        if (last) cycleStart ??= dayAfterIso(last);
        break;
      }
      case 'agency': {
        agencySectionSeen = true;
        if (hasPhrase(event.value, NO_AGENCY)) {
          saysNoAgency = true;
          break;
        }
        const split = splitAgencyValue(event.value);
        if (split.status) agencies.push({ name: split.name, status: split.status });
        else pendingAgencyName = split.name;
        break;
      }
      case 'agencyStatus': {
        const status = agencyStatusFrom(event.value);
        if (status && pendingAgencyName) {
          agencies.push({ name: pendingAgencyName, status });
          pendingAgencyName = null;
        }
        break;
      }
      default:
        break;
    }
  }

  let agency: Agency | null = null;
  if (agencies.length > 0) agency = [...agencies].sort((a, b) => RANK[a.status] - RANK[b.status])[0]!;
  else if (saysNoAgency || (agencySectionSeen && !pendingAgencyName)) agency = { name: null, status: 'none' };

  const missing: string[] = [];
  if (!level) missing.push('certification level');
  if (!expiresOn) missing.push('expiration date');
  return { certification: { level, expiresOn, cycleStart }, agency, missing };
}
