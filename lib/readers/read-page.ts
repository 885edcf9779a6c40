// Classifies a page by what it says and runs the matching reader. Pure function of a Document
// and a URL (the URL is only a hint). No zod here: content scripts send the result to the
// background, which validates it at that boundary (and readPage validates for everyone else).
import type { PageSnapshot } from '../model';
import { readApplication } from './application';
import { classify } from './classify';
import { readDashboard } from './dashboard';
import { readEducation, type EducationRead } from './education';
import { coursesFromRecords } from './record-courses';
import { findRecords } from './records';
import { licenseSnapshot, renewalPageSnapshot } from './license-page';
import { readPerson } from './person';
import { readRequirements } from './requirements';
import { scanPage } from './scan';
import { couldNotRead, normaliseSpace } from './text';

/** Reads any of our pages. Unvalidated: see readPage, and the background's zod check. */
export function readPageUnchecked(document: Document, url: string | null): PageSnapshot {
  const root = document.body ?? document.documentElement;
  if (!root) return { url, kind: 'unknown' };
  const events = scanPage(root);
  const title = normaliseSpace(document.title ?? '');
  const kind = classify(events, { title, url });
  // eLicensing's renewal application has its own Submit: not NREMT's application page.
  if (kind !== 'elicensing-license') {
    const renewal = renewalPageSnapshot(events, title, url);
    if (renewal) return renewal;
  }
  const snapshot: PageSnapshot = { url, kind };

  switch (kind) {
    case 'nremt-dashboard': {
      const result = readDashboard(events);
      snapshot.person = readPerson(events);
      snapshot.certification = result.certification;
      if (result.agency) snapshot.agency = result.agency;
      if (result.missing.length > 0) snapshot.readError = couldNotRead(result.missing);
      break;
    }
    case 'nremt-education': {
      // Records by repetition first; the header-and-label reading only for what they leave unread.
      const byRecords = coursesFromRecords(findRecords(root));
      const clean = byRecords.courses.length > 0 && byRecords.unread.length === 0;
      const result = clean ? byRecords : bestReading(readEducation(events), byRecords);
      snapshot.person = readPerson(events);
      snapshot.courses = result.courses;
      snapshot.unread = result.unread;
      const requirements = readRequirements(events);
      if (requirements) snapshot.requirements = requirements;
      if (!result.foundCourseList && !result.saysEmpty) {
        snapshot.readError = couldNotRead(['course table or course list']);
      }
      break;
    }
    case 'nremt-application': {
      const result = readApplication(events, root);
      snapshot.person = readPerson(events);
      snapshot.application = result.application;
      if (result.missing.length > 0) snapshot.readError = couldNotRead(result.missing);
      break;
    }
    case 'elicensing-license':
      return licenseSnapshot(events, url);
    case 'elicensing-renewal':
    case 'unknown':
      break;
  }
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
