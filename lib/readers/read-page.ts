// Classifies a page by what it says and runs the matching reader. Pure function of a Document
// and a URL (the URL is only a hint). No zod here: content scripts send the result to the
// background, which validates it at that boundary (and readPage validates for everyone else).
import type { Certification, ListCoverage, PageSnapshot, Person } from '../model';
import { readApplication } from './application';
import { classify } from './classify';
import { readListCoverage } from './coverage';
import { readDashboard } from './dashboard';
import { coursesFromRecords } from './record-courses';
import { findRecords, type FoundRecords } from './records';
import { readStatedFacts, type StatedFacts } from './facts';
import { readPerson } from './person';
import { readChromePerson } from './chrome';
import { disagreeingFigures, shownTotal } from './page-figures';
import { readRequirements, type ShownFigure } from './requirements';
import { readRole } from './role';
import { preformattedEvents } from './preformatted';
import { scanPage, type ScanEvent } from './scan';
import { couldNotRead, normaliseSpace } from './text';

/**
 * The eLicensing readers, passed in by whoever reads both sites (readPage, `recert`). The NREMT
 * content script leaves them out to stay within its size budget: on nremt.org an eLicensing
 * page cannot be ours, so without them one is read as unknown.
 */
export interface LicenseReaders {
  license: (events: ScanEvent[], url: string | null, title: string) => PageSnapshot;
  renewal: (events: ScanEvent[], title: string, url: string | null) => PageSnapshot | null;
}

/** Reads any of our pages. Unvalidated: see readPage, and the background's zod check. */
export function readPageUnchecked(document: Document, url: string | null, licenseReaders?: LicenseReaders): PageSnapshot {
  const root = document.body ?? document.documentElement;
  return judgePage(readPageParts(document, url, licenseReaders), (rowsRead) => readListCoverage(root as Element, rowsRead));
}

/**
 * What a page shows before the judgements made over its whole course list. A long page is read
 * in parts (lib/extension/sliced-read.ts): the parts join by putting their courses side by
 * side, and judgePage then weighs the joined courses against the page once.
 */
export interface PageRead {
  snapshot: PageSnapshot;
  /** Education pages: what the judgements over the whole course list need. */
  education?: {
    /** The hours figures the page shows itself (its "23.5 of 25"), in page order. */
    shown: ShownFigure[];
    foundCourseList: boolean;
    saysEmpty: boolean;
    /** Where its courses were read from (the record elements). */
    records?: FoundRecords;
  };
}

/** How much of the course list the page shows, given how many courses were read from it. */
export type CoverageOf = (rowsRead: number) => ListCoverage;

/** Everything a page shows but the judgements over its whole course list (see judgePage). */
export function readPageParts(document: Document, url: string | null, licenseReaders?: LicenseReaders): PageRead {
  const root = document.body ?? document.documentElement;
  if (!root) return { snapshot: { url, kind: 'unknown' } };
  const events = scanPage(root, preformattedEvents);
  let found: FoundRecords | null = null;
  const records = (): FoundRecords => (found ??= findRecords(root));
  const title = normaliseSpace(document.title ?? '');
  const kind = classify(events, { title, url, records: () => records().records });
  // eLicensing's renewal application has its own Submit: not NREMT's application page.
  if (licenseReaders && kind !== 'elicensing-license') {
    const renewal = licenseReaders.renewal(events, title, url);
    if (renewal) return { snapshot: renewal };
  }
  // A Training Officer's views show other people's names and courses: nothing of them is read.
  if (kind !== 'unknown' && kind !== 'elicensing-license' && readRole(root, shortLines(events)) === 'training-officer') {
    return { snapshot: { url, kind: 'unknown', role: 'training-officer' } };
  }
  const snapshot: PageSnapshot = { url, kind };
  const read: PageRead = { snapshot };
  const facts = kind === 'unknown' || kind === 'elicensing-license' ? {} : readStatedFacts(textLines(events), kind === 'nremt-dashboard');

  switch (kind) {
    case 'nremt-dashboard': {
      const result = readDashboard(events);
      snapshot.person = withFacts(readPerson(events), facts, root);
      const certification = result.certification;
      certification.level ??= facts.level ?? null;
      certification.expiresOn ??= facts.expiresOn ?? null;
      certification.cycleStart ??= facts.cycleStart ?? null;
      snapshot.certification = certification;
      const agency = result.agency ?? facts.agency;
      if (agency) snapshot.agency = agency;
      const missing: string[] = [];
      if (!certification.level) missing.push('certification level');
      if (!certification.expiresOn) missing.push('expiration date');
      if (missing.length > 0) snapshot.unreadReason = couldNotRead(missing);
      break;
    }
    case 'nremt-education': {
      const result = coursesFromRecords(records());
      snapshot.person = withFacts(readPerson(events), facts, root);
      statedCertification(snapshot, facts, events);
      snapshot.courses = result.courses;
      snapshot.unread = result.unread;
      const shown: ShownFigure[] = [];
      const requirements = readRequirements(events, shown);
      if (requirements) snapshot.requirements = requirements;
      read.education = { shown, foundCourseList: result.foundCourseList, saysEmpty: result.saysEmpty, records: records() };
      break;
    }
    case 'nremt-application': {
      const result = readApplication(events, root);
      snapshot.person = withFacts(readPerson(events), facts, root);
      statedCertification(snapshot, facts, events);
      snapshot.application = result.application;
      if (result.missing.length > 0) snapshot.unreadReason = couldNotRead(result.missing);
      // The courses sent with the application: not the whole transcript, so they only add.
      if (records().records > 0) {
        const courses = coursesFromRecords(records());
        if (courses.courses.length > 0) {
          snapshot.courses = courses.courses;
          snapshot.unread = courses.unread;
          snapshot.listCoverage = { complete: false, reason: 'the courses listed on the application' };
        }
      }
      break;
    }
    case 'elicensing-license':
      return { snapshot: licenseReaders ? licenseReaders.license(events, url, title) : { url, kind: 'unknown' } };
    case 'elicensing-renewal':
    case 'unknown':
      break;
  }
  return read;
}

/** The judgements over an education page's whole course list: how much of it the page shows, its own figures against the courses read. */
export function judgePage(read: PageRead, coverageOf: CoverageOf): PageSnapshot {
  const snapshot = read.snapshot;
  const education = read.education;
  if (!education) return snapshot;
  const courses = snapshot.courses ?? [];
  // Only a partial list is marked: absent means whole, as every reader has always meant.
  const coverage = education.foundCourseList || education.saysEmpty ? coverageOf(courses.length) : null;
  if (coverage && !coverage.complete) snapshot.listCoverage = coverage;
  const figures = disagreeingFigures(courses, education.shown);
  if (figures.length > 0) snapshot.pageFigures = figures;
  if (!education.foundCourseList && !education.saysEmpty) {
    snapshot.unreadReason = couldNotRead(['course table or course list']);
  } else if (courses.length === 0 && (education.foundCourseList || shownTotal(education.shown) > 0) && !education.saysEmpty) {
    // Repeated records or hours shown, and not one course read: never "nothing done" as truth.
    snapshot.unreadReason = 'Could not read this page: it shows courses but none could be read';
  }
  return snapshot;
}

/** Short lines and buttons' words: where a role switcher shows its chosen value. */
function shortLines(events: readonly ScanEvent[]): string[] {
  const lines: string[] = [];
  for (const event of events) {
    if (event.kind === 'title' || event.kind === 'button' || event.kind === 'heading') lines.push(event.text);
    else if (event.kind === 'pair') lines.push(`${event.label}: ${event.value}`);
  }
  return lines;
}


/** The page's lines of text (headings, free lines, labelled values), in reading order. */
function textLines(events: readonly ScanEvent[]): string[] {
  const lines: string[] = [];
  for (const event of events) {
    if (event.kind === 'title' || event.kind === 'heading') lines.push(event.text);
    else if (event.kind === 'pair') lines.push(`${event.label}: ${event.value}`);
  }
  return lines;
}

function withFacts(person: Person, facts: StatedFacts, root: Element): Person {
  if (!person.name && facts.name) person.name = facts.name;
  if (!person.registryNumber && facts.registryNumber) person.registryNumber = facts.registryNumber;
  if (!person.name || !person.registryNumber) {
    // No label names them: the page's chrome (header, user menu, profile card) does.
    const chrome = readChromePerson(root);
    if (!person.name && chrome.name) person.name = chrome.name;
    if (!person.registryNumber && chrome.registryNumber) person.registryNumber = chrome.registryNumber;
  }
  return person;
}

/**
 * The certification facts an education or application page states about its person: beside
 * their labels (as on the dashboard), else in sentences.
 */
function statedCertification(snapshot: PageSnapshot, facts: StatedFacts, events: ScanEvent[]): void {
  const labelled = readDashboard(events).certification;
  const certification: Certification = {};
  const level = labelled.level ?? facts.level;
  const expiresOn = labelled.expiresOn ?? facts.expiresOn;
  const cycleStart = labelled.cycleStart ?? facts.cycleStart;
  if (level) certification.level = level;
  if (expiresOn) certification.expiresOn = expiresOn;
  if (cycleStart) certification.cycleStart = cycleStart;
  if (Object.keys(certification).length > 0) snapshot.certification = certification;
}
