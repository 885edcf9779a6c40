// eLicensing license pages. The eLicensing content script uses readLicensePageEvidence alone:
// only license pages matter on that site, so it skips the NREMT readers (bundle budget). It tells
// a license or renewal page and sends what the page shows; the background reads the license, the
// renewal and whose license it is from that (judge-license.ts, from finishRead).
import type { PageEvidence, PageKind } from '../model';
import { dateOrder } from './date-order';
import { hasElicensingWords, isElicensingHeading, namesElicensing, isElicensingHost, licenseEvidence, titleHead } from './license-signals';
import { isRenewalApplicationName, namesRenewalApplication, renewalStateFromText, showsRenewalApplication } from './renewal-application';
import { isElicensingSubmitWording } from './submit-control';
import { matchLabel } from './labels';
import { tableLayout } from './table';
import { wordsOf } from './words';
import { licenseeLines } from './licensee';
import { licenseEvents } from './license-events';
import { drawingEvents, pairEvents, scanPage, type ScanEvent } from './scan';
import { preformattedEvents } from './preformatted';
import type { LicenseReaders, PageRead } from './read-page';

/**
 * A license or renewal page's read: what it shows, the numeric date order its own dates proved
 * (where readPage read it under one), and the lines that may name the licensee.
 */
function pageRead(kind: PageKind, events: ScanEvent[], url: string | null): PageRead {
  const license: NonNullable<PageEvidence['license']> = { events: licenseEvents(events) };
  if (dateOrder()) license.dateOrder = dateOrder();
  return { snapshot: { url, kind }, evidence: { license, licensee: licenseeLines(events) } };
}

/**
 * The page's main heading (its first heading, its first h1/h2, or any h1: a site's logo or a
 * hidden "Breadcrumb" may come first) or its title names a renewal application ("Paramedic -
 * Renewal Application", "View renewal application | …", "EMT - Renewal Application | …").
 */
function isRenewalPage(events: readonly ScanEvent[], title: string): boolean {
  // An app bar's heading naming the site is its logo, not the page's name.
  const main = events.find((e) => e.kind === 'heading' && e.level <= 2 && !hasElicensingWords(e.text));
  const first = events.find((e) => e.kind === 'heading');
  return (
    namesRenewalApplication(title) ||
    events.some((e) => e.kind === 'heading' && (e === main || e === first || e.level === 1) && namesRenewalApplication(e.text))
  );
}

/**
 * What only the renewal application itself shows, wherever its values live (read-only inputs,
 * aria-labels, positioned boxes): its own Submit control named as such ("Submit Application";
 * a bare "Submit" may be any form's), or its labelled status beside its labelled fee. A license
 * page offers to start a renewal or lists applications in a table, never these. Copied into a
 * post or a note, its name line above its labelled fields stands for the fee.
 */
function showsApplication(events: readonly ScanEvent[]): boolean {
  let status = false;
  let fee = false;
  for (const [at, event] of events.entries()) {
    if (event.kind === 'button' && wordsOf(event.text).length > 1 && isElicensingSubmitWording(event.text)) return true;
    // Copied into a post or a note: its own name line right above its labelled fields ("EMT - Renewal
    // Application"); a note's heading over them ("Renewal application").
    if ((event.kind === 'title' && events[at + 1]?.kind === 'pair') || event.kind === 'heading') fee ||= isRenewalApplicationName(event.text);
    if (event.kind !== 'pair') continue;
    // A label/value row of a table too ("Status | In Review"): a table of applications has no such rows.
    if (matchLabel(event.label, ['renewalStatus']) && renewalStateFromText(event.value)) status = true;
    if (matchLabel(event.label, ['payment'])) fee = true;
  }
  return status && fee;
}

/** The read of a page already known to be a license page (or a renewal page showing its license). */
export function licenseSnapshot(events: ScanEvent[], url: string | null, title = ''): PageRead {
  // A page its heading or title names the license page keeps that name: an expanded "Show
  // Details" panel may show the application on it.
  const renewal = isRenewalPage(events, title) || (!namesLicensePage(events, title) && showsApplication(events));
  return pageRead(renewal ? 'elicensing-renewal' : 'elicensing-license', events, url);
}

/** A reader of renewal pages: an eLicensing renewal application page (not the license page), or null. */
export type RenewalReader = (events: ScanEvent[], title: string, url: string | null) => PageRead | null;

/** A renewal application page on the eLicensing site itself, as the content script (which runs nowhere else) reads it. */
export const renewalOnSite: RenewalReader = (events, title, url) => (isElicensingHost(url) && showsRenewalApplication(events, title) ? pageRead('elicensing-renewal', events, url) : null);

/** A renewal application page wherever it was saved or copied (the background and the recert command read such pages too), or null. */
export function renewalPageSnapshot(events: ScanEvent[], title: string, url: string | null): PageRead | null {
  // Pasted or published elsewhere, a line of any length names the site ("Pasted from
  // healthprofessionlicensing.mass.gov → …").
  const onSite = isElicensingHost(url) || namesElicensing(events, title) || events.some((e) => e.kind === 'title' && hasElicensingWords(e.text));
  // Copied into a mail or a note without the site's name: the license's own labelled facts (its
  // number and its status) under the application's name line stand for the site.
  const copied = !onSite && statesLicense(events) && namesApplicationLine(events);
  // The application may be a row of the pasted license page ("Advanced EMT – Renewal Application — Incomplete Paid").
  if (!copied && (!onSite || !(showsRenewalApplication(events, title) || namesApplicationLine(events)))) return null;
  return pageRead('elicensing-renewal', events, url);
}

/**
 * A license number and a license status, each beside its label or under its column (a database
 * tool's record of the renewal: "license_no", "license_status"); no NREMT page shows a license's status.
 */
function statesLicense(events: readonly ScanEvent[]): boolean {
  const labelled = (field: 'licenseNumber' | 'licenseStatus'): boolean =>
    events.some((e) => (e.kind === 'pair' && matchLabel(e.label, [field]) !== null) || (e.kind === 'table' && tableLayout(e.el, [field])?.columns[field] !== undefined));
  return labelled('licenseNumber') && labelled('licenseStatus');
}

/** A line, a value or a table's cell that is the renewal application's name ("Paramedic - Renewal Application"). */
function namesApplicationLine(events: readonly ScanEvent[]): boolean {
  return events.some((e) => {
    if (e.kind === 'title' || e.kind === 'pair') return isRenewalApplicationName(e.kind === 'title' ? e.text : e.value);
    if (e.kind !== 'table') return false;
    for (const cell of e.el.querySelectorAll('td,th,[role=cell],[role=gridcell]')) if (isRenewalApplicationName(cell.textContent ?? '')) return true;
    return false;
  });
}

/** The main heading or the title names a license page ("Manage My Licenses and Applications"). */
function namesLicensePage(events: readonly ScanEvent[], title: string): boolean {
  const mainHeading = events.find((e) => e.kind === 'heading' && e.level <= 2);
  return (mainHeading?.kind === 'heading' && isElicensingHeading(mainHeading.text)) || isElicensingHeading(titleHead(title));
}

/** A license page by its main heading or title, or by a license table on the eLicensing site. */
function isLicensePage(events: ScanEvent[], title: string, url: string | null): boolean {
  return namesLicensePage(events, title) || licenseEvidence(events, title, url).licenseTable;
}

/**
 * What the eLicensing content script reads and sends: the background validates and judges it. The
 * script runs on the site alone, so it tells renewal pages as the site shows them (renewalOnSite:
 * no copy's checks in its bundle); a reader of saved pages passes renewalPageSnapshot.
 */
export function readLicensePageEvidence(document: Document, url: string | null, renewal: RenewalReader = renewalOnSite): PageRead {
  const root = document.body ?? document.documentElement;
  if (!root) return { snapshot: { url, kind: 'unknown' } };
  const events = scanPage(root, undefined, drawingEvents, pairEvents);
  const title = document.title ?? '';
  if (isLicensePage(events, title, url)) return licenseSnapshot(events, url, title);
  return renewal(events, title, url) ?? { snapshot: { url, kind: 'unknown' } };
}

/** The eLicensing readers for readers of both sites (see LicenseReaders). */
export const LICENSE_READERS: LicenseReaders = { license: licenseSnapshot, renewal: renewalPageSnapshot, preformatted: preformattedEvents, drawing: drawingEvents, pairs: pairEvents };
