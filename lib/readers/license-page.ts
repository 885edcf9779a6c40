// eLicensing license pages. The eLicensing content script uses readLicensePageUnchecked alone:
// only license pages matter on that site, so it skips the NREMT readers (bundle budget).
import type { PageSnapshot } from '../model';
import { readLicense } from './elicensing';
import { hasElicensingWords, isElicensingHeading, isElicensingHost, licenseEvidence, titleHead } from './license-signals';
import { readRenewalApplication, renewalStateFromText, showsRenewalApplication } from './renewal-application';
import { readLicensee } from './licensee';
import { readPerson } from './person';
import { scanPage, type ScanEvent } from './scan';
import { couldNotRead } from './text';

/** The snapshot of a page already known to be a license page. */
export function licenseSnapshot(events: ScanEvent[], url: string | null): PageSnapshot {
  const result = readLicense(events);
  const person = readPerson(events);
  if (!person.name) {
    const name = readLicensee(events);
    if (name) person.name = name;
  }
  if (result.license.number) person.licenseNumber = result.license.number;
  const snapshot: PageSnapshot = { url, kind: 'elicensing-license', person, license: result.license };
  // The license page may show the renewal too: a status in its applications table, or the
  // "Start a … - Renewal Application" control.
  const status = result.license.renewalStatus ? renewalStateFromText(result.license.renewalStatus) : null;
  const renewal = status ? { state: status, paid: null, submitControl: false } : readRenewalApplication(events);
  if (renewal) snapshot.renewal = renewal;
  if (result.missing.length > 0) snapshot.unreadReason = couldNotRead(result.missing);
  return snapshot;
}

/** An eLicensing renewal application page (not the license page), or null. */
export function renewalPageSnapshot(events: ScanEvent[], title: string, url: string | null): PageSnapshot | null {
  const onSite = isElicensingHost(url) || hasElicensingWords(title) || events.some((e) => e.kind === 'heading' && hasElicensingWords(e.text));
  if (!onSite || !showsRenewalApplication(events, title)) return null;
  const renewal = readRenewalApplication(events);
  // No person: a greeting on the renewal page is not an identity the routing can match; the
  // tab's owner (the license page read before it) is whose renewal it is.
  const snapshot: PageSnapshot = { url, kind: 'elicensing-renewal' };
  if (renewal) snapshot.renewal = renewal;
  else snapshot.unreadReason = couldNotRead(['renewal application status']);
  return snapshot;
}

/** A license page by its main heading or title, or by a license table on the eLicensing site. */
function isLicensePage(events: ScanEvent[], title: string, url: string | null): boolean {
  const mainHeading = events.find((e) => e.kind === 'heading' && e.level <= 2);
  if (mainHeading?.kind === 'heading' && isElicensingHeading(mainHeading.text)) return true;
  if (isElicensingHeading(titleHead(title))) return true;
  return licenseEvidence(events, title, url).licenseTable;
}

/** Unvalidated, like readPageUnchecked: the background validates what the content script sends. */
export function readLicensePageUnchecked(document: Document, url: string | null): PageSnapshot {
  const root = document.body ?? document.documentElement;
  if (!root) return { url, kind: 'unknown' };
  const events = scanPage(root);
  const title = document.title ?? '';
  if (isLicensePage(events, title, url)) return licenseSnapshot(events, url);
  return renewalPageSnapshot(events, title, url) ?? { url, kind: 'unknown' };
}
