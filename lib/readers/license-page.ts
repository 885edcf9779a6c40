// eLicensing license pages. The eLicensing content script uses readLicensePageEvidence alone:
// only license pages matter on that site, so it skips the NREMT readers (bundle budget). Whose
// license it is (the licensee's name) is judged from the lines it finds by the background.
import type { PageSnapshot } from '../model';
import { readLicense } from './elicensing';
import { isElicensingHeading, namesElicensing, isElicensingHost, licenseEvidence, titleHead } from './license-signals';
import { namesRenewalApplication, readRenewalApplication, renewalStateFromText, showsRenewalApplication } from './renewal-application';
import { licenseeLines } from './licensee';
import { scanPage, type ScanEvent } from './scan';
import { couldNotRead } from './text';
import type { LicenseReaders, PageRead } from './read-page';

/** The license's person: its number, and the lines that may name the licensee (see finishRead). */
function withPerson(snapshot: PageSnapshot, events: ScanEvent[], licenseNumber: string | null): PageRead {
  snapshot.person = licenseNumber ? { licenseNumber } : {};
  return { snapshot, evidence: { licensee: licenseeLines(events) } };
}

/**
 * The page's main heading (its first heading, its first h1/h2, or any h1: a site's logo or a
 * hidden "Breadcrumb" may come first) or its title names a renewal application ("Paramedic -
 * Renewal Application", "View renewal application | …", "EMT - Renewal Application | …").
 */
function isRenewalPage(events: readonly ScanEvent[], title: string): boolean {
  const main = events.find((e) => e.kind === 'heading' && e.level <= 2);
  const first = events.find((e) => e.kind === 'heading');
  return (
    namesRenewalApplication(title) ||
    events.some((e) => e.kind === 'heading' && (e === main || e === first || e.level === 1) && namesRenewalApplication(e.text))
  );
}

/** The snapshot of a page already known to be a license page (or a renewal page showing its license). */
export function licenseSnapshot(events: ScanEvent[], url: string | null, title = ''): PageRead {
  if (isRenewalPage(events, title)) return renewalSnapshot(events, url);
  const result = readLicense(events);
  const snapshot: PageSnapshot = { url, kind: 'elicensing-license' };
  const read = withPerson(snapshot, events, result.license.number);
  snapshot.license = result.license;
  // The license page may show the renewal too: a status in its applications table, or the
  // "Start a … - Renewal Application" control.
  // What the page shows of the application itself wins when it is the paid-not-submitted trap.
  const status = result.license.renewalStatus ? renewalStateFromText(result.license.renewalStatus) : null;
  const shown = readRenewalApplication(events);
  const renewal = status && shown?.state !== 'paid-not-submitted' ? { state: status, paid: null, submitControl: false } : shown;
  if (renewal) snapshot.renewal = renewal;
  if (result.missing.length > 0) snapshot.unreadReason = couldNotRead(result.missing);
  return read;
}

function renewalSnapshot(events: ScanEvent[], url: string | null): PageRead {
  const renewal = readRenewalApplication(events);
  const snapshot: PageSnapshot = { url, kind: 'elicensing-renewal' };
  let read: PageRead = { snapshot };
  // The license being renewed, when the page shows its number: then whose renewal it is is
  // known from the page itself. Without it, no person: a greeting alone is not an identity the
  // routing can match, and the tab's owner (the license page read before it) is whose it is.
  const { license } = readLicense(events);
  if (license.number) {
    read = withPerson(snapshot, events, license.number);
    delete license.renewalStatus;
    snapshot.license = license;
  }
  if (renewal) snapshot.renewal = renewal;
  else snapshot.unreadReason = couldNotRead(['renewal application status']);
  return read;
}

/** An eLicensing renewal application page (not the license page), or null. */
export function renewalPageSnapshot(events: ScanEvent[], title: string, url: string | null): PageRead | null {
  const onSite = isElicensingHost(url) || namesElicensing(events, title);
  if (!onSite || !showsRenewalApplication(events, title)) return null;
  return renewalSnapshot(events, url);
}

/** A license page by its main heading or title, or by a license table on the eLicensing site. */
function isLicensePage(events: ScanEvent[], title: string, url: string | null): boolean {
  const mainHeading = events.find((e) => e.kind === 'heading' && e.level <= 2);
  if (mainHeading?.kind === 'heading' && isElicensingHeading(mainHeading.text)) return true;
  if (isElicensingHeading(titleHead(title))) return true;
  return licenseEvidence(events, title, url).licenseTable;
}

/** What the eLicensing content script reads and sends: the background validates and judges it. */
export function readLicensePageEvidence(document: Document, url: string | null): PageRead {
  const root = document.body ?? document.documentElement;
  if (!root) return { snapshot: { url, kind: 'unknown' } };
  const events = scanPage(root);
  const title = document.title ?? '';
  if (isLicensePage(events, title, url)) return licenseSnapshot(events, url, title);
  return renewalPageSnapshot(events, title, url) ?? { snapshot: { url, kind: 'unknown' } };
}

/** The eLicensing readers for readers of both sites (see LicenseReaders). */
export const LICENSE_READERS: LicenseReaders = { license: licenseSnapshot, renewal: renewalPageSnapshot };
