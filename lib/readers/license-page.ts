// eLicensing license pages. The eLicensing content script uses readLicensePageUnchecked alone:
// only license pages matter on that site, so it skips the NREMT readers (bundle budget).
import type { PageSnapshot } from '../model';
import { readLicense } from './elicensing';
import { ELICENSING_HEADING, cleanHeading, licenseEvidence } from './license-signals';
import { readPerson } from './person';
import { scanPage, type ScanEvent } from './scan';
import { couldNotRead } from './text';

/** The snapshot of a page already known to be a license page. */
export function licenseSnapshot(events: ScanEvent[], url: string | null): PageSnapshot {
  const result = readLicense(events);
  const person = readPerson(events);
  if (result.license.number) person.licenseNumber = result.license.number;
  const snapshot: PageSnapshot = { url, kind: 'elicensing-license', person, license: result.license };
  if (result.missing.length > 0) snapshot.readError = couldNotRead(result.missing);
  return snapshot;
}

/** A license page by its main heading or title, or by a license table on the eLicensing site. */
function isLicensePage(events: ScanEvent[], title: string, url: string | null): boolean {
  const named = (text: string) => ELICENSING_HEADING.test(cleanHeading(text));
  const mainHeading = events.find((e) => e.kind === 'heading' && e.level <= 2);
  if (mainHeading?.kind === 'heading' && named(mainHeading.text)) return true;
  if (named(title.split(/\s+[|–—-]\s+/)[0] ?? '')) return true;
  return licenseEvidence(events, title, url).licenseTable;
}

/** Unvalidated, like readPageUnchecked: the background validates what the content script sends. */
export function readLicensePageUnchecked(document: Document, url: string | null): PageSnapshot {
  const root = document.body ?? document.documentElement;
  if (!root) return { url, kind: 'unknown' };
  const events = scanPage(root);
  return isLicensePage(events, document.title ?? '', url) ? licenseSnapshot(events, url) : { url, kind: 'unknown' };
}
