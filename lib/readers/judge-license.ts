// An eLicensing license or renewal page judged from what its content script sent
// (license-events.ts): the license, the renewal application, and whose license it is. Runs in
// the background (from finishRead), never in the content script.
import type { LicenseEvent, PageEvidence, PageSnapshot } from '../model';
import { readLicense } from './elicensing';
import { withDateOrder } from './date-order';
import { DONE, readRenewalApplication, readRenewalShown, renewalStateFromText } from './renewal-application';
import { couldNotRead } from './text';
import { matchLabel } from './labels';
import { registryFrom } from './person';

/** The person's NREMT registry number beside its label ("NREMT Registry #: A1958364"), not the license's own number. */
function registryNumberOf(events: readonly LicenseEvent[], licenseNumber: string): string | null {
  for (const event of events) {
    if (event.kind !== 'pair' || matchLabel(event.label, ['registryNumber', 'licenseNumber']) !== 'registryNumber') continue;
    const number = registryFrom(event.value);
    if (number && number !== licenseNumber) return number;
  }
  return null;
}

/**
 * Fills the snapshot of a license or renewal page. Returns whether the licensee lines name its
 * person: a renewal page that shows no license number has no person (a greeting alone is not an
 * identity the routing can match; the tab's owner, the license page read before it, is whose it is).
 */
export function judgeLicense(snapshot: PageSnapshot, shown: NonNullable<PageEvidence['license']>): boolean {
  return withDateOrder(shown.dateOrder ?? 0, () =>
    snapshot.kind === 'elicensing-license' ? licensePage(snapshot, shown.events) : renewalPage(snapshot, shown.events),
  );
}

function licensePage(snapshot: PageSnapshot, events: readonly LicenseEvent[]): boolean {
  const result = readLicense(events);
  const number = result.license.number;
  const registryNumber = number ? registryNumberOf(events, number) : null;
  snapshot.person = number ? { licenseNumber: number, ...(registryNumber ? { registryNumber } : {}) } : {};
  snapshot.license = result.license;
  // The license page may show the renewal too: a status in its applications table, or the
  // "Start a … - Renewal Application" control.
  // What the page shows of the application itself wins when it is the paid-not-submitted trap,
  // unless the status says the office has it ("In Review" in the applications table beside
  // "$125.00 – Paid": a receipt, no trap), no Submit control is left and no line says "not submitted".
  const status = result.license.renewalStatus ? renewalStateFromText(result.license.renewalStatus) : null;
  const { renewal: shown, saysNotSubmitted } = readRenewalShown(events);
  const received = status !== null && DONE.has(status) && !shown?.submitControl && !saysNotSubmitted;
  const renewal = status && (shown?.state !== 'paid-not-submitted' || received) ? { state: status, paid: received ? (shown?.paid ?? null) : null, submitControl: false } : shown;
  if (renewal) snapshot.renewal = renewal;
  if (result.missing.length > 0) snapshot.unreadReason = couldNotRead(result.missing);
  return true;
}

function renewalPage(snapshot: PageSnapshot, events: readonly LicenseEvent[]): boolean {
  // The license being renewed, when the page shows its number: then whose renewal it is is
  // known from the page itself.
  const { license } = readLicense(events);
  const renewal = readRenewalApplication(events, license.renewalStatus ? renewalStateFromText(license.renewalStatus) : null);
  if (license.number) {
    snapshot.person = { licenseNumber: license.number };
    delete license.renewalStatus;
    snapshot.license = license;
  }
  if (renewal) snapshot.renewal = renewal;
  else snapshot.unreadReason = couldNotRead(['renewal application status']);
  return license.number !== null;
}
