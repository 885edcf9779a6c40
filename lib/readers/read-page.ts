// Classifies a page by what it says and runs the matching reader. Pure function of a Document
// and a URL (the URL is only a hint). No zod here: content scripts send the result to the
// background, which validates it at that boundary (and readPage validates for everyone else).
import type { PageSnapshot } from '../model';
import { readApplication } from './application';
import { classify } from './classify';
import { readDashboard } from './dashboard';
import { readEducation } from './education';
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
      const result = readEducation(events);
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
      const result = readApplication(events);
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

