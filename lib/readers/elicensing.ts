// eLicensing (healthprofessionlicensing.mass.gov): the EMS license's type, number, status, expiration.
import type { Level, License } from '../model';
import { matchLabel, type LabelField } from './labels';
import { levelFromLicenseNumber, parseLevel } from './level';
import { parseDate } from './parse-date';
import type { ScanEvent } from './scan';
import { bodyRows, cellsOf, tableLayout } from './table';
import { textOf } from './text';

const LICENSE_FIELDS: readonly LabelField[] = ['licenseNumber', 'licenseType', 'licenseStatus', 'expiresOn', 'renewalStatus'];
const LICENSE_NUMBER = /\b([EAP]-?\d{3,9})\b/i;

type LicenseStatus = NonNullable<License['status']>;
const STATUS_FORMS: ReadonlyArray<[LicenseStatus, RegExp]> = [
  ['non-disciplinary-condition', /non[- ]?disciplinary/i],
  ['probation', /probation/i],
  ['revoked', /revoked/i],
  ['suspended', /suspended/i],
  ['surrendered', /surrendered/i],
  ['void', /\bvoid/i],
  ['expired', /expired|lapsed/i],
  ['current', /\bcurrent\b|\bactive\b/i],
];

export function licenseStatusFrom(text: string): LicenseStatus | null {
  const clean = text.trim();
  if (!clean) return null;
  for (const [status, form] of STATUS_FORMS) if (form.test(clean)) return status;
  return 'other';
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

function numberFrom(text: string): string | null {
  return LICENSE_NUMBER.exec(text)?.[1]?.replace('-', '').toUpperCase() ?? null;
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

export function readLicense(events: ScanEvent[]): LicenseRead {
  const candidates: Candidate[] = [];
  let renewalStatus: string | null = null;
  const pairs: Partial<Record<LabelField, string>> = {};

  for (const event of events) {
    if (event.kind === 'table') {
      const layout = tableLayout(event.el, LICENSE_FIELDS);
      if (!layout) continue;
      const { columns } = layout;
      const rows = bodyRows(event.el, layout);
      if (columns.licenseNumber !== undefined) {
        for (const row of rows) {
          const cells = cellsOf(row);
          const cell = (index: number | undefined): string => (index === undefined ? '' : textOf(cells[index]));
          const number = numberFrom(cell(columns.licenseNumber));
          if (!number) continue;
          candidates.push({
            number,
            level: levelOf(cell(columns.licenseType), number),
            status: licenseStatusFrom(cell(columns.licenseStatus)),
            expiresOn: parseDate(cell(columns.expiresOn)),
          });
        }
      } else if (columns.licenseStatus !== undefined || columns.renewalStatus !== undefined) {
        // An applications table: the status of a renewal application, in eLicensing's words.
        const statusColumn = columns.renewalStatus ?? columns.licenseStatus!;
        for (const row of rows) {
          if (!/renew/i.test(textOf(row))) continue;
          const statusText = textOf(cellsOf(row)[statusColumn]);
          if (statusText) renewalStatus ??= statusText;
        }
      }
      continue;
    }
    if (event.kind !== 'pair' || (event.table && candidates.length > 0)) continue;
    const field = matchLabel(event.label, LICENSE_FIELDS);
    if (field && pairs[field] === undefined) pairs[field] = event.value;
  }

  if (candidates.length === 0 && pairs.licenseNumber) {
    const number = numberFrom(pairs.licenseNumber);
    if (number) {
      candidates.push({
        number,
        level: levelOf(pairs.licenseType ?? '', number),
        status: pairs.licenseStatus ? licenseStatusFrom(pairs.licenseStatus) : null,
        expiresOn: pairs.expiresOn ? parseDate(pairs.expiresOn) : null,
      });
    }
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
