// Classifies a page by what it says and runs the matching reader. Pure function of a Document
// and a URL (the URL is only a hint); the result is validated against the shared model.
import { PageSnapshot } from '../model';
import { readApplication } from './application';
import { classify } from './classify';
import { readDashboard } from './dashboard';
import { readEducation } from './education';
import { readLicense } from './elicensing';
import { readPerson } from './person';
import { scanPage } from './scan';
import { normaliseSpace } from './text';

function couldNotRead(missing: string[]): string {
  return `Could not read this page: ${missing.join(', ')} not found`;
}

function read(document: Document, url: string | null): PageSnapshot {
  const root = document.body ?? document.documentElement;
  if (!root) return { url, kind: 'unknown' };
  const events = scanPage(root);
  const kind = classify(events, { title: normaliseSpace(document.title ?? ''), url });
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
    case 'elicensing-license': {
      const result = readLicense(events);
      const person = readPerson(events);
      if (result.license.number) person.licenseNumber = result.license.number;
      snapshot.person = person;
      snapshot.license = result.license;
      if (result.missing.length > 0) snapshot.readError = couldNotRead(result.missing);
      break;
    }
    case 'unknown':
      break;
  }
  return snapshot;
}

export function readPage(document: Document, url: string | null): PageSnapshot {
  try {
    return PageSnapshot.parse(read(document, url));
  } catch (error) {
    // A reader bug must not take the page down: report it as unreadable, with nothing guessed.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { url, kind: 'unknown', readError: `Could not read this page: ${message}` };
  }
}
