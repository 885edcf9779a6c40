// The judgements made over what a page read, that need no page: the facts it states in
// sentences, the signed-in person in its chrome, how much of its course list it shows and its
// own hours figures against the courses read. Pure: the background runs it on what a content
// script sends (so the content scripts carry none of it), readPage right after reading.
import type { Certification, PageSnapshot } from '../model';
import { chromePerson } from './chrome';
import { coverageFrom } from './coverage';
import { readStatedFacts } from './facts';
import { disagreeingFigures, shownTotal } from './page-figures';
import type { PageRead } from './read-page';
import { couldNotRead } from './text';

/** The snapshot a page read makes once its evidence is judged. */
export function finishRead(read: Pick<PageRead, 'snapshot' | 'evidence'>): PageSnapshot {
  const snapshot = read.snapshot;
  const evidence = read.evidence;
  if (!evidence) return snapshot;
  if (evidence.lines) statedFacts(snapshot, evidence);
  if (evidence.education) judgeCourseList(snapshot, evidence.education);
  return snapshot;
}

/** A label's value first, then what a sentence states, then (for the person) the page's chrome. */
function statedFacts(snapshot: PageSnapshot, evidence: NonNullable<PageRead['evidence']>): void {
  const facts = readStatedFacts(evidence.lines ?? [], snapshot.kind === 'nremt-dashboard');
  const person = (snapshot.person ??= {});
  if (!person.name && facts.name) person.name = facts.name;
  if (!person.registryNumber && facts.registryNumber) person.registryNumber = facts.registryNumber;
  if ((!person.name || !person.registryNumber) && evidence.top) {
    const chrome = chromePerson(evidence.top);
    if (!person.name && chrome.name) person.name = chrome.name;
    if (!person.registryNumber && chrome.registryNumber) person.registryNumber = chrome.registryNumber;
  }
  if (snapshot.kind === 'nremt-dashboard') {
    const certification = (snapshot.certification ??= {});
    certification.level ??= facts.level ?? null;
    certification.expiresOn ??= facts.expiresOn ?? null;
    certification.cycleStart ??= facts.cycleStart ?? null;
    if (!snapshot.agency && facts.agency) snapshot.agency = facts.agency;
    const missing: string[] = [];
    if (!certification.level) missing.push('certification level');
    if (!certification.expiresOn) missing.push('expiration date');
    if (missing.length > 0) snapshot.unreadReason = couldNotRead(missing);
    return;
  }
  // Education and application pages: beside their labels (as on the dashboard), else in sentences.
  const labelled = evidence.labelled ?? {};
  const certification: Certification = {};
  const level = labelled.level ?? facts.level;
  const expiresOn = labelled.expiresOn ?? facts.expiresOn;
  const cycleStart = labelled.cycleStart ?? facts.cycleStart;
  if (level) certification.level = level;
  if (expiresOn) certification.expiresOn = expiresOn;
  if (cycleStart) certification.cycleStart = cycleStart;
  if (Object.keys(certification).length > 0) snapshot.certification = certification;
}

/** How much of the course list the page shows, and its own figures against the courses read. */
function judgeCourseList(snapshot: PageSnapshot, education: NonNullable<NonNullable<PageRead['evidence']>['education']>): void {
  const courses = snapshot.courses ?? [];
  // Only a partial list is marked: absent means whole, as every reader has always meant.
  const coverage = (education.foundCourseList || education.saysEmpty) && education.coverage ? coverageFrom(education.coverage, courses.length) : null;
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
