// Classifies a page by what it says and runs the matching reader. Pure function of a Document
// and a URL (the URL is only a hint). No zod here: content scripts send the result to the
// background, which validates it at that boundary (and readPage validates for everyone else).
import type { Certification, PageSnapshot, Person } from '../model';
import { readApplication } from './application';
import { classify } from './classify';
import { readListCoverage } from './coverage';
import { readDashboard } from './dashboard';
import { readEducation, type EducationRead } from './education';
import { coursesFromRecords } from './record-courses';
import { findRecords } from './records';
import { licenseSnapshot } from './license-page';
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
  if (!root) return { url, kind: 'unknown' };
  const events = scanPage(root);
  const kind = classify(events, { title: normaliseSpace(document.title ?? ''), url });
  const snapshot: PageSnapshot = { url, kind };
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
      if (missing.length > 0) snapshot.readError = couldNotRead(missing);
      break;
    }
    case 'nremt-education': {
      // Records by repetition first; the header-and-label reading only for what they leave unread.
      const byRecords = coursesFromRecords(findRecords(root));
      const clean = byRecords.courses.length > 0;
      const result = clean ? byRecords : bestReading(readEducation(events), byRecords);
      snapshot.person = withFacts(readPerson(events), facts);
      statedCertification(snapshot, facts);
      snapshot.courses = result.courses;
      snapshot.unread = result.unread;
      // Only a partial list is marked: absent means whole, as every reader has always meant.
      const coverage = result.foundCourseList || result.saysEmpty ? readListCoverage(root, result.courses.length) : null;
      if (coverage && !coverage.complete) snapshot.listCoverage = coverage;
      const shown: ShownFigure[] = [];
      const requirements = readRequirements(events, shown);
      if (requirements) snapshot.requirements = requirements;
      const figures = disagreeingFigures(result.courses, shown);
      if (figures.length > 0) snapshot.pageFigures = figures;
      if (!result.foundCourseList && !result.saysEmpty) {
        snapshot.readError = couldNotRead(['course table or course list']);
      } else if (result.courses.length === 0 && (result.foundCourseList || shownTotal(shown) > 0) && !result.saysEmpty) {
        // Repeated records or hours shown, and not one course read: never "nothing done" as truth.
        snapshot.readError = 'Could not read this page: it shows courses but none could be read';
      }
      break;
    }
    case 'nremt-application': {
      const result = readApplication(events, root);
      snapshot.person = withFacts(readPerson(events), facts);
      statedCertification(snapshot, facts);
      snapshot.application = result.application;
      if (result.missing.length > 0) snapshot.readError = couldNotRead(result.missing);
      break;
    }
    case 'elicensing-license':
      return licenseSnapshot(events, url);
    case 'unknown':
      break;
  }
  if (kind !== 'unknown' && readRole(root) === 'training-officer') snapshot.role = 'training-officer';
  return snapshot;
}


/** How much of a page a reading made sense of: courses, then their filled fields, less rows left unread. */
function quality(read: EducationRead): number {
  let score = 0;
  for (const course of read.courses) {
    score += 4 + Number(course.completedOn !== null) + Number(course.approvalNumber !== null) + Number(course.component !== null) + Number(course.topic !== null);
  }
  return score - 2 * read.unread.length;
}

/**
 * The header-and-label reading and the records-by-repetition reading of the same page: the
 * one that made more sense of it (the first on a tie).
 */
export function bestReading(byLabels: EducationRead, byRecords: EducationRead): EducationRead {
  const chosen = byRecords.courses.length > 0 && quality(byRecords) > quality(byLabels) ? byRecords : byLabels;
  return { ...chosen, saysEmpty: byLabels.saysEmpty || byRecords.saysEmpty, foundCourseList: byLabels.foundCourseList || byRecords.foundCourseList };
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
