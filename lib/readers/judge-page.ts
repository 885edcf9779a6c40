// The judgements made over what a page read, that need no page: the courses its records hold,
// the dashboard's facts and agency
// and the application's status (from the page's lines and tables as text), the person, the facts
// it states in sentences, the signed-in person in its chrome (or an eLicensing page's licensee),
// how much of its course list it shows, the hours it requires and its own figures against the
// courses read. Pure: the background runs it on what a content script sends (so the content
// scripts carry none of it), readPage right after reading. The content scripts import nothing
// from here: a module they import is in their bundle.
import type { Certification, Course, OutlineLine, PageEvidence, PageSnapshot, RecordList } from '../model';
import { dateIn, hoursWithUnit } from './values';
import type { EducationRead } from './education';
import { lineRecords } from './line-records';
import { withColumnBlocks } from './column-blocks';
import { dashboardApplication, readApplication } from './application';
import { cardName, chromePerson, profileName, recordName, titleBlockName, titledName } from './chrome';
import { canBeAgencyName, readDashboard } from './dashboard';
import { pageLines, rowLine, type PageLine } from './page-lines';
import { coverageFrom } from './coverage';
import { laterStated, readStatedFacts } from './facts';
import { bylineName, licenseeFrom } from './licensee';
import { nameAfterLabel, readPersonEvidence, withLabelledName } from './person';
import { hasSiteWord, nameAtStart, nameIn } from './names';
import { disagreeingFigures, shownTotal } from './page-figures';
import { readLicensePageEvidence, renewalOnSite, renewalPageSnapshot } from './license-page';
import { isElicensingHost } from './license-signals';
import { readPageEvidence, type LicenseReaders, type PageRead } from './read-page';
import type { ScanEvent } from './scan';
import { readRequirements, type ShownFigure } from './requirements';
import { showsNoRecord } from './not-a-record';
import { registryNumbersShown, showsOwnCertification, typedFactsShown } from './typed-facts';
import { couldNotRead } from './text';
import { withDateOrder } from './date-order';
import { parseDates } from './parse-date';
import { coursesFromLists } from './record-courses';
import { codeLegend, withCodeLegend } from './code-legend';
import { withCellRuns } from './cell-runs';
import { judgeLicense } from './judge-license';
import { matchLabel } from './labels';
import { judgeKind, kindOfRead, printoutCourseTable } from './judge-kind';
import { printoutText } from './printout-text';

/** Reads any of our pages. Unvalidated: see readPage, and the background's zod check. */
export function readPageUnchecked(document: Document, url: string | null, licenseReaders?: LicenseReaders): PageSnapshot {
  if (!licenseReaders) return finishRead(readPageEvidence(document, url));
  // The printouts read into events here (the content script sends their text: judge-kind.ts tells their course tables).
  const printouts: string[] = [];
  const readPrintout = licenseReaders.preformatted;
  const preformatted = readPrintout && Object.assign((el: Element, table: Element | null): ScanEvent[] => (printouts.push(printoutText(el)), readPrintout(el, table)), { isListing: readPrintout.isListing });
  const finish = (read: PageRead, events: ScanEvent[], title: string, pageUrl: string | null): PageRead => {
    const signals = read.evidence?.signals;
    if (signals && printoutCourseTable(printouts, read.evidence?.outline ?? [])) signals.courseTable = true;
    if (signals && printouts.length > 0) signals.printout = true;
    return readAsKind(licenseReaders, read, events, title, pageUrl);
  };
  return finishRead(readPageEvidence(document, url, { ...licenseReaders, ...(preformatted ? { preformatted } : {}), finish }));
}

/**
 * A page read by a reader of both sites, as its kind makes it (the kind told here, kindOfRead):
 * an eLicensing license page by its reader; eLicensing's renewal application (it has its own
 * Submit: not NREMT's application page) by its reader, where it finds one.
 */
function readAsKind(readers: LicenseReaders, read: PageRead, events: ScanEvent[], title: string, url: string | null): PageRead {
  if (kindOfRead(read) !== 'elicensing-license') return readers.renewal(events, title, url) ?? read;
  // (A copy's grid of facts pasted a cell per line read as its pairs: cell-runs.ts.)
  return readers.license(withCellRuns(events), url, title);
}

/**
 * An eLicensing page as the eLicensing content script reads it and the background judges it. Unvalidated.
 * The script runs on the site alone; a copy saved or pasted elsewhere is read with the copies' checks.
 */
export function readLicensePageUnchecked(document: Document, url: string | null): PageSnapshot {
  return finishRead(readLicensePageEvidence(document, url, isElicensingHost(url) ? renewalOnSite : renewalPageSnapshot));
}

/** The snapshot a page read makes once its evidence is judged. */
export function finishRead(sent: Pick<PageRead, 'snapshot' | 'evidence'>): PageSnapshot {
  // The page's kind first, and the evidence that kind's reading judges (the content script sends every kind's).
  const read = judgeKind(sent);
  const snapshot = read.snapshot;
  const evidence = read.evidence;
  if (!evidence) return snapshot;
  const outline = evidence.outline;
  // A sign-in page, a help article or a guide's samples: nobody's record, though it holds a record's parts.
  if (evidence.byContent && showsNoRecord(outline ?? [], evidence.title ?? '')) return { url: snapshot.url, kind: 'unknown' };
  // A dashboard told by its labelled facts: each value of its type, and with two of them, the others read too.
  const typed = evidence.typedFacts ? typedFactsShown(outline ?? []) : 3;
  if (typed < 2) return { url: snapshot.url, kind: 'unknown' };
  // A coded category column read by the key printed beside it (code-legend.ts); a page without records has none to read.
  const found = evidence.recordLists ? coursesFromLists(withCodeLegend(evidence.recordLists, codeLegend((outline ?? []).map((line) => line.text ?? line.said ?? '')))) : null;
  // A list pasted through another tool: its records found again in its lines alone, when they read more.
  // An application lists its courses so too (a PDF turned to lines: pdftohtml; a chat's note of the application page).
  const lines = snapshot.kind === 'nremt-education' || snapshot.kind === 'nremt-application';
  // The lines' records as judgeKind read them (once: classify may have asked for them already).
  const list = lines && outline ? betterRead(found, evidence.recordLists ?? [], read.lineRecords ? read.lineRecords() : lineRecords(outline, evidence.dayFirst ? 1 : 0)) : found;
  if (list && snapshot.kind === 'nremt-education') {
    snapshot.courses = list.courses;
    snapshot.unread = list.unread;
  } else if (list && list.courses.length > 0) {
    // The courses sent with an application: not the whole transcript, so they only add.
    snapshot.courses = list.courses;
    snapshot.unread = list.unread;
    snapshot.listCoverage = { complete: false, reason: 'the courses listed on the application' };
  }
  // Numeric dates in the order the page's own dates proved (see read-page.ts).
  if (outline) {
    withDateOrder(evidence.dayFirst ? 1 : 0, () => {
      const lines = pageLines(outline);
      if (snapshot.kind === 'nremt-dashboard') {
        // A card of the dashboard may show the application's status.
        const application = evidence.application && dashboardApplication(lines, evidence.application);
        if (application) snapshot.application = application;
      } else if (evidence.application) {
        const application = readApplication(lines, evidence.application);
        snapshot.application = application.application;
        if (application.missing.length > 0) snapshot.unreadReason = couldNotRead(application.missing);
      }
      statedFacts(snapshot, evidence, lines);
    });
  }
  // An eLicensing page: its license and renewal, and whether its licensee lines name its person.
  const named = evidence.license ? judgeLicense(snapshot, evidence.license) : true;
  if (evidence.licensee && named) {
    // A note or document of the person's own renewal: its byline names them, as a bare name does.
    const byline = evidence.license ? bylineName(evidence.license.events) : null;
    const name = licenseeFrom(byline ? [...evidence.licensee, { text: byline, bare: true }] : evidence.licensee);
    if (name) snapshot.person = { name, ...snapshot.person };
  }
  // Courses the page's lines alone hold (a printout, a code view: no record the content script's finder bounds) are its course list found.
  const fromLines = !!list && list !== found && list.courses.length > 0;
  if (evidence.education) judgeCourseList(snapshot, { ...evidence.education, foundCourseList: evidence.education.foundCourseList || fromLines, saysEmpty: list?.saysEmpty ?? false }, evidence.outline ?? []);
  if (typed < 3 && !showsOwnCertification(snapshot)) return { url: snapshot.url, kind: 'unknown' };
  // Course records on a page told only by naming NREMT: one person's whole certification makes them theirs.
  if (evidence.ownFacts && !(showsOwnCertification(snapshot) && snapshot.person?.registryNumber && registryNumbersShown(outline ?? []) === 1)) return { url: snapshot.url, kind: 'unknown' };
  // A sample registry number (a guide's walkthrough: "E0000000") names nobody: the page shows sample data.
  if (isSampleRegistry(snapshot.person?.registryNumber)) return { url: snapshot.url, kind: 'unknown' };
  return snapshot;
}

/** A registry number no one holds: its digits all one figure ("E0000000", "A1111111"). ("A1234567" stays: pages use it as a real one.) */
function isSampleRegistry(number: string | null | undefined): boolean {
  const digits = [...(number ?? '')].filter((ch) => ch >= '0' && ch <= '9');
  return digits.length >= 6 && new Set(digits).size === 1;
}

/**
 * The courses the page's lines alone hold (line-records.ts) instead of the record finder's, where
 * the record finder saw no record's bounds: it read fewer than two courses, or it sent one flat
 * run holding several records' dates (a table turned to lines of text), and the lines read at
 * least as many courses with at least as many of their fields; or the same courses with more
 * of their fields. `lines`: the records the lines hold (lineRecords), as judgeKind read them.
 */
function betterRead(found: EducationRead | null, lists: readonly RecordList[], lines: RecordList | null): EducationRead | null {
  const before = found?.courses ?? [];
  // A pre-wrap block's lines joined into one piece count each of its dates ("… 4 March 2026 2 hrs … 2 April 2026 1 hr").
  // (A grid drawn column by column is bounded once read as its rows: see column-blocks.ts.)
  const flat = lists.some((list) => withColumnBlocks(list.items).some((item) => (item.kind === 'record' || item.kind === 'unread') && item.atoms.reduce((sum, atom) => sum + parseDates(atom.text).length, 0) >= 2));
  if (!lines) return found;
  const read = coursesFromLists([lines]);
  const fields = (courses: readonly Course[]): number =>
    courses.reduce((sum, course) => sum + [course.completedOn, course.component, course.topic, course.approvalNumber].filter((value) => value !== null).length, 0);
  // Records the record finder bounded, their lines joined into one piece (a chat bubble's lines
  // inside an inline wrapper; every record has a piece holding its date and hours): the same
  // courses, more of their fields read from the lines. A grid's cells are never so joined.
  const same = read.courses.length === before.length && read.courses.every((course, at) => course.completedOn === before[at]!.completedOn && course.hours === before[at]!.hours);
  const records = lists.flatMap((list) => list.items.flatMap((item) => (item.kind === 'record' ? [item] : [])));
  const joined = records.length > 0 && records.every((item) => item.atoms.some((atom) => dateIn(atom.text) !== null && hoursWithUnit(atom.text) !== null));
  // Records none of which has a date, where the lines show dated ones (a code view's line numbers read as the hours): the lines'.
  const dated = (courses: readonly Course[]): number => courses.filter((course) => course.completedOn !== null).length;
  const undated = dated(before) === 0 && dated(read.courses) >= 2;
  // Or the lines agree with every field the finder read and add where each counts (a nested list's
  // group names, which the finder's items do not carry: a comment's bullets under their topic).
  const adds = same && read.courses.every((course, at) => (['component', 'topic', 'approvalNumber'] as const).every((field) => before[at]![field] === null || before[at]![field] === course[field]));
  if (before.length >= 2 && !flat && !undated) return same && (joined || adds) && fields(read.courses) > fields(before) ? { ...read, unread: found!.unread, saysEmpty: found!.saysEmpty } : found;
  // In a flat run, a "course" without a date beside dated ones is a line around the list misread
  // (its heading, a total): the dated courses are compared.
  const count = (courses: readonly Course[]): number => (flat ? dated(courses) : courses.length);
  const better = undated || count(read.courses) > count(before) || (count(read.courses) === count(before) && fields(read.courses) >= fields(before));
  return better ? { ...read, saysEmpty: found?.saysEmpty ?? read.saysEmpty } : found;
}

const ROLE_WORDS = new Set(['candidate', 'applicant', 'member', 'learner', 'participant', 'student', 'trainee', 'employee', 'owner', 'provider']);

/** "Candidate Tobias K. Mercer" -> "Tobias K. Mercer": a role's word before a name of two or more words. */
function withoutRoleWord(name: string): string {
  const [first, ...rest] = name.split(' ');
  return rest.length >= 2 && ROLE_WORDS.has(first!.toLowerCase()) ? rest.join(' ') : name;
}

/**
 * "Daniel Okafor" (the chrome's) written "Daniel R. Okafor" on the page (a card's heading): the
 * page's fuller writing of the same first and last name, when it shows only one.
 */
function fullerWriting(name: string, lines: readonly string[]): string | null {
  const words = name.split(' ');
  if (words.length !== 2) return null;
  const found = new Set<string>();
  for (const line of lines) {
    const other = nameIn(line)?.split(' ');
    const middle = other?.[1] ?? '';
    if (other?.length === 3 && other[0] === words[0] && other[2] === words[1] && middle.length <= 2 && middle.endsWith('.') === (middle.length === 2)) found.add(other.join(' '));
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** A label's value first, then what a sentence states, then (for the person) the page's chrome. */
function statedFacts(snapshot: PageSnapshot, evidence: PageEvidence, pageLines: readonly PageLine[]): void {
  // A one-row table of the person's facts (a header drawn as a grid's row) reads as a header line:
  // any one-row table (other pages than the dashboard keep only their certifications tables, judge-kind.ts).
  const lines = (evidence.outline ?? []).flatMap((line) => {
    const text = line.text ?? (line.table ? rowLine(line.table) : null);
    return text === null ? [] : [text];
  });
  const facts = readStatedFacts(lines, snapshot.kind === 'nremt-dashboard');
  // A header line of bold labels between their values ("<b>EMT</b> · <b>Recert Cycle</b> 04/01/2025 – …")
  // reaches the outline in pieces; the page's top lines hold it whole.
  // So does a note's sentence with the number in inline code ("NREMT # <code>A1865024</code>").
  if (evidence.top && (!facts.expiresOn || !facts.cycleStart || !facts.registryNumber)) {
    const top = readStatedFacts(
      evidence.top.map((line) => line.text),
      false,
    );
    facts.expiresOn ??= top.expiresOn;
    facts.cycleStart ??= top.cycleStart;
    facts.level ??= top.level;
    facts.registryNumber ??= top.registryNumber;
  }
  // A labelled name first (when it is a name), then a greeting, a sentence, the page's chrome.
  const found = readPersonEvidence(pageLines);
  const person = (snapshot.person = withLabelledName(found.person, found.names));
  // A greeting runs on into the menu beside it ("Welcome, Priya Raghunathan My Profile"): the name is its start.
  if (person.name && hasSiteWord(person.name)) {
    const name = nameAtStart(person.name);
    if (name) person.name = name;
    else delete person.name;
  }
  if (!person.name && facts.name) person.name = facts.name;
  if (!person.registryNumber && facts.registryNumber) person.registryNumber = facts.registryNumber;
  if ((!person.name || !person.registryNumber) && evidence.top) {
    const chrome = chromePerson(evidence.top);
    if (!person.registryNumber && chrome.registryNumber) person.registryNumber = chrome.registryNumber;
    // The record's own name beside its registry number outranks the chrome's (a pasted record's
    // chat or workspace shows its account's name there).
    const name = person.name ? null : (recordName([...lines, ...evidence.top.map((line) => line.text)], person.registryNumber) ?? chrome.name);
    if (name) person.name = name;
  }
  // A profile card after the main heading: a name, then the person's registry number.
  if (!person.name) {
    const name = cardName(lines, person.registryNumber);
    if (name) person.name = name;
  }
  if (!person.name) {
    const headings = (evidence.outline ?? []).flatMap((line) => (line.heading && line.heading <= 2 && line.text ? [line.text] : []));
    const name = titledName([...headings, evidence.title ?? ''], evidence.top ?? []) ?? profileName(headings, evidence.title ?? '');
    if (name) person.name = name;
  }
  // A document's title block (title, author, date): not a course's title over its date.
  if (!person.name) {
    const name = titleBlockName(evidence.top ?? []);
    if (name && !snapshot.courses?.some((course) => course.title === name)) person.name = name;
  }
  // A printout's "Name           Theresa M. Okafor": the label and the name, the gap between them lost.
  if (!person.name) {
    const name = lines.map(nameAfterLabel).find(Boolean);
    if (name) person.name = name;
  }
  // A role's word drawn as the name's caption beside it ("<small>Candidate</small>Tobias K. Mercer").
  if (person.name) person.name = fullerWriting(person.name, lines) ?? withoutRoleWord(person.name);
  // The dashboard's facts beside their labels (also an education or application page's), read once
  // the person is known: the person's own name is never the agency's.
  const shown = readDashboard(pageLines, person.name, snapshot.kind === 'nremt-dashboard');
  if (snapshot.kind === 'nremt-dashboard') {
    const certification = (snapshot.certification = shown.certification);
    certification.level ??= facts.level ?? null;
    certification.expiresOn ??= facts.expiresOn ?? null;
    certification.cycleStart ??= facts.cycleStart ?? null;
    if (shown.agency) snapshot.agency = shown.agency;
    else if (facts.agency && (facts.agency.name === null || canBeAgencyName(facts.agency.name, person.name))) snapshot.agency = facts.agency;
    const missing: string[] = [];
    if (!certification.level) missing.push('certification level');
    if (!certification.expiresOn) missing.push('expiration date');
    if (missing.length > 0) snapshot.unreadReason = couldNotRead(missing);
    return;
  }
  // Education and application pages: beside their labels (as on the dashboard), else in sentences.
  const labelled = shown.certification;
  // The application carries the provider's agency affiliation (its profile section).
  // An education page's header of labelled facts may name it too ("Agency Affiliation: …", or a
  // lookup field's code and its description): only where a label names it, never from the page's
  // tables alone (a course's sponsoring agency).
  const besideLabel = (line: PageLine): boolean => line.kind === 'pair' && matchLabel(line.label, ['agency']) !== null;
  // A name without its status there is as likely a course's sponsor: only the application's is read so.
  if (shown.agency?.name && (snapshot.kind === 'nremt-application' || (shown.agency.status && pageLines.some(besideLabel)))) snapshot.agency = shown.agency;
  // A line saying there is none ("Agency: none on file", "Not affiliated with any agency"): no course's sponsor says so.
  else if (shown.agency?.status === 'none' && shown.agency.name === null) snapshot.agency = shown.agency;
  // Else the person's own header sentence ("Affiliated with X (approved, …)"), its status with it.
  else if (facts.agency?.name && canBeAgencyName(facts.agency.name, person.name)) snapshot.agency = facts.agency;
  const certification: Certification = {};
  const level = labelled.level ?? facts.level;
  // A labelled date other than a March 31 gives way to a sentence's or a stated cycle's March 31 ("Expires: 1 June 2027", a draft's own).
  const expiresOn = laterStated(labelled.expiresOn ?? undefined, facts.expiresOn);
  const cycleStart = labelled.cycleStart ?? facts.cycleStart;
  if (level) certification.level = level;
  if (expiresOn) certification.expiresOn = expiresOn;
  if (cycleStart) certification.cycleStart = cycleStart;
  if (Object.keys(certification).length > 0) snapshot.certification = certification;
}

/** What the content script found of the course list, and whether the page says in words that it is empty. */
type CourseListEvidence = NonNullable<PageEvidence['education']> & { saysEmpty: boolean };

/** The hours the page requires, how much of the course list it shows, its own figures against the courses read. */
function judgeCourseList(snapshot: PageSnapshot, education: CourseListEvidence, outline: readonly OutlineLine[]): void {
  const shown: ShownFigure[] = [];
  const requirements = readRequirements(outline, shown);
  if (requirements) snapshot.requirements = requirements;
  const courses = snapshot.courses ?? [];
  // Only a partial list is marked: absent means whole, as every reader has always meant.
  const coverage = (education.foundCourseList || education.saysEmpty) && education.coverage ? coverageFrom(education.coverage, courses.length) : null;
  if (coverage && !coverage.complete) snapshot.listCoverage = coverage;
  const figures = disagreeingFigures(courses, shown);
  if (figures.length > 0) snapshot.pageFigures = figures;
  if (!education.foundCourseList && !education.saysEmpty) {
    snapshot.unreadReason = couldNotRead(['course table or course list']);
  } else if (courses.length === 0 && (education.foundCourseList || shownTotal(shown) > 0) && !education.saysEmpty) {
    // Repeated records or hours shown, and not one course read: never "nothing done" as truth.
    snapshot.unreadReason = 'Could not read this page: it shows courses but none could be read';
  }
}
