// Classifies a page by what it says and runs the matching reader. Pure function of a Document
// and a URL (the URL is only a hint). No zod here: content scripts send the result to the
// background, which validates it at that boundary (and readPage validates for everyone else).
import type { Certification, ListCoverage, PageRole, PageSnapshot, Person } from '../model';
import { readApplication } from './application';
import { classify } from './classify';
import { readListCoverage } from './coverage';
import { readDashboard } from './dashboard';
import { coursesFromRecords } from './record-courses';
import { findRecords, type FoundRecords } from './records';
import { licenseSnapshot, renewalPageSnapshot } from './license-page';
import { readStatedFacts, type StatedFacts } from './facts';
import { readPerson } from './person';
import { disagreeingFigures, shownTotal } from './page-figures';
import { readRequirements, type ShownFigure } from './requirements';
import { readRole } from './role';
import { scanPage, type ScanEvent } from './scan';
import { couldNotRead, normaliseSpace } from './text';

/** Reads any of our pages. Unvalidated: see readPage, and the background's zod check. */
export function readPageUnchecked(document: Document, url: string | null): PageSnapshot {
  const root = document.body ?? document.documentElement;
  const read = readPageParts(document, url);
  return judgePage(read, {
    coverage: (rowsRead) => readListCoverage(root as Element, rowsRead),
    role: () => readRole(root as Element),
  });
}

/**
 * What a page shows before the judgements made over it as a whole. A long page is read in parts
 * (see lib/extension/sliced-read.ts): these parts join by putting their courses side by side,
 * and judgePage then weighs the joined courses against the page once.
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
  /** Whether the page's NREMT role is asked (not for eLicensing or unrecognised pages). */
  asksRole: boolean;
}

/** The page-wide evidence judgePage needs, read from the live page however is cheapest. */
export interface PageEvidence {
  /** How much of the course list the page shows, given how many courses were read from it. */
  coverage(rowsRead: number): ListCoverage;
  role(): PageRole | undefined;
}

/** Everything a page shows but the judgements over the whole page (see judgePage). */
export function readPageParts(document: Document, url: string | null): PageRead {
  const root = document.body ?? document.documentElement;
  if (!root) return { snapshot: { url, kind: 'unknown' }, asksRole: false };
  const events = scanPage(root);
  let found: FoundRecords | null = null;
  const records = (): FoundRecords => (found ??= findRecords(root));
  const title = normaliseSpace(document.title ?? '');
  const kind = classify(events, { title, url, records: () => records().records });
  // eLicensing's renewal application has its own Submit: not NREMT's application page.
  if (kind !== 'elicensing-license') {
    const renewal = renewalPageSnapshot(events, title, url);
    if (renewal) return { snapshot: renewal, asksRole: false };
  }
  const snapshot: PageSnapshot = { url, kind };
  const read: PageRead = { snapshot, asksRole: kind !== 'unknown' };
  const facts = kind === 'unknown' || kind === 'elicensing-license' ? {} : readStatedFacts(textLines(events), kind === 'nremt-dashboard');

  switch (kind) {
    case 'nremt-dashboard': {
      const result = readDashboard(events);
      snapshot.person = withFacts(readPerson(events), facts);
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
      snapshot.person = withFacts(readPerson(events), facts);
      statedCertification(snapshot, facts);
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
      snapshot.person = withFacts(readPerson(events), facts);
      statedCertification(snapshot, facts);
      snapshot.application = result.application;
      if (result.missing.length > 0) snapshot.unreadReason = couldNotRead(result.missing);
      break;
    }
    case 'elicensing-license':
      return { snapshot: licenseSnapshot(events, url), asksRole: false };
    case 'elicensing-renewal':
    case 'unknown':
      break;
  }
  return read;
}

/** The judgements over the whole page: how much of the list it shows, its own figures against the courses read, its role. */
export function judgePage(read: PageRead, evidence: PageEvidence): PageSnapshot {
  const snapshot = read.snapshot;
  const education = read.education;
  if (education) {
    const courses = snapshot.courses ?? [];
    // Only a partial list is marked: absent means whole, as every reader has always meant.
    const coverage = education.foundCourseList || education.saysEmpty ? evidence.coverage(courses.length) : null;
    if (coverage && !coverage.complete) snapshot.listCoverage = coverage;
    const figures = disagreeingFigures(courses, education.shown);
    if (figures.length > 0) snapshot.pageFigures = figures;
    if (!education.foundCourseList && !education.saysEmpty) {
      snapshot.unreadReason = couldNotRead(['course table or course list']);
    } else if (courses.length === 0 && (education.foundCourseList || shownTotal(education.shown) > 0) && !education.saysEmpty) {
      // Repeated records or hours shown, and not one course read: never "nothing done" as truth.
      snapshot.unreadReason = 'Could not read this page: it shows courses but none could be read';
    }
  }
  if (read.asksRole && evidence.role() === 'training-officer') snapshot.role = 'training-officer';
  return snapshot;
}

/** The page's lines of text (headings and free lines), in reading order. */
function textLines(events: readonly ScanEvent[]): string[] {
  const lines: string[] = [];
  for (const event of events) if (event.kind === 'title' || event.kind === 'heading') lines.push(event.text);
  return lines;
}

function withFacts(person: Person, facts: StatedFacts): Person {
  if (!person.name && facts.name) person.name = facts.name;
  if (!person.registryNumber && facts.registryNumber) person.registryNumber = facts.registryNumber;
  return person;
}

/** The certification facts an education or application page states about its person. */
function statedCertification(snapshot: PageSnapshot, facts: StatedFacts): void {
  const certification: Certification = {};
  if (facts.level) certification.level = facts.level;
  if (facts.expiresOn) certification.expiresOn = facts.expiresOn;
  if (facts.cycleStart) certification.cycleStart = facts.cycleStart;
  if (Object.keys(certification).length > 0) snapshot.certification = certification;
}
