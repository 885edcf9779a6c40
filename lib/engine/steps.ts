// Step A (NREMT Training Profile) and Step B (eLicensing state application) status.
import type { Cycle, ProviderRecord, Report, Settings } from '../model';

export type StepAStatus = Report['stepA']['status'];
export type StepBStatus = Report['stepB']['status'];

/** Anything at all was read from NREMT.org. */
export function nremtWasRead(record: ProviderRecord): boolean {
  const cert = record.certification;
  const certKnown = !!cert && (cert.level != null || cert.expiresOn != null || cert.cycleStart != null);
  return (
    record.readAt.nremt !== undefined ||
    certKnown ||
    record.agency !== undefined ||
    record.courses.length > 0 ||
    record.application !== undefined
  );
}

/**
 * A course list was read at least once: a merged education page leaves its courses or its
 * (possibly empty) list of unread rows (lib/merge.ts). Until then the hours are unknown, not 50 left.
 */
export function coursesWereRead(record: ProviderRecord): boolean {
  return record.courses.length > 0 || record.unread !== undefined;
}

export interface StepAInput {
  record: ProviderRecord;
  settings: Settings;
  cycle: Cycle | null;
  totalRemaining: number | null;
  hoursCredited: boolean;
  /** After a renewal the stored application belongs to the previous cycle: ignore it. */
  applicationApplies: boolean;
  /** NREMT's own figures disagree with the courses read: "no hours left" is not evidence enough. */
  figuresDisagree?: boolean;
}

export function stepAStatus(input: StepAInput): StepAStatus {
  const { record, settings, cycle } = input;
  if (!nremtWasRead(record)) return 'unknown';
  const application = input.applicationApplies ? record.application?.status ?? null : null;
  const nremtExpiresOn = record.certification?.expiresOn ?? null;
  if (cycle && nremtExpiresOn !== null && nremtExpiresOn >= cycle.renewsTo) return 'complete';
  if (application === 'approved' || settings.recertifiedByExam === true) return 'complete';
  if (application === 'submitted') return 'submitted';
  if (input.totalRemaining === 0 && !input.figuresDisagree) return 'ready-to-submit';
  if (input.hoursCredited) return 'in-progress';
  if (application === 'in-progress' || application === 'not-submitted' || application === 'returned') {
    return 'in-progress';
  }
  return 'not-started';
}

/** "done" only when eLicensing shows the new expiration; "unknown" when it was never read. */
export function stepBStatus(record: ProviderRecord, cycle: Cycle | null): StepBStatus {
  const licenseExpiresOn = record.license?.expiresOn ?? null;
  if (licenseExpiresOn === null || cycle === null) return 'unknown';
  return licenseExpiresOn >= cycle.renewsTo ? 'done' : 'not-done';
}
