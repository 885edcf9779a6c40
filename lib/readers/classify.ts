// Which page is this? Decided by what the page says (its main heading, title, labels, tables,
// buttons); the URL only breaks ties. A page that merely mentions the words is "unknown".
import type { PageKind } from '../model';
import { RECORD_FIELDS } from '../vocabulary';
import { isSubmitWording } from './submit-control';
import { tableLayout } from './table';
import { matchLabel } from './labels';
import { cleanHeading, hostOf, isElicensingHeading, isElicensingHost, licenseEvidence } from './license-signals';
import type { ScanEvent } from './scan';
import { findPhrase, hasPhrase, isPhrase, phrases, runTogetherWordsOf, startsWithPhrase, TITLE_PARTS, wordsOf } from './words';
import { TYPED_FACTS, typedFact } from './typed-facts';

// Specific names only: a bare "Education" or "Courses" heading is also a handbook's or a dashboard widget's.
// Each may start with "My" ("My Transcript").
const EDUCATION_HEADING = phrases(
  'manage education',
  'manage my education',
  'transcript',
  'education transcript',
  'ce transcript',
  'course transcript',
  'continuing education transcript',
  'education history',
  'course history',
  'continuing education history',
  'ce history',
  // A record kept of one's continuing education, as exported documents title it.
  'education record',
  'continuing education record',
  'ce record',
  'recertification education record',
);
// Only as "My …": alone they are a widget's or a handbook's.
const MY_EDUCATION_HEADING = phrases('courses', 'education', 'continuing education');
const APPLICATION_HEADING = phrases('recertification application', 'recert application', 'application for recertification', 'national recertification application');
const DASHBOARD_HEADING = phrases('dashboard', 'my certification', 'certification dashboard', 'certification', 'certifications');
const MY = phrases('my');
// A scaffolded page names itself with its action first ("Show Recertification Application").
const ACTION = phrases('show', 'view', 'edit');
const BARE_STATUS = phrases('status');
const NREMT_WORDS = phrases('nremt', 'national registry');

export interface PageSignals {
  title: string;
  url: string | null;
  /** How many course records the page holds (counted only when the page's words do not tell). */
  records?: () => number;
}

/** A table whose header names a course title and hours: a course table wherever it is. */
function isCourseTable(table: Element): boolean {
  const columns = tableLayout(table, RECORD_FIELDS)?.columns;
  return !!columns && columns.courseTitle !== undefined && columns.hours !== undefined;
}

/** The page a heading names, by the whole heading or, failing that, by one of its parts. */
export function kindFromHeading(text: string): PageKind | null {
  const whole = kindFromWholeHeading(text);
  if (whole) return whole;
  const parts = text.split(TITLE_PARTS);
  for (const part of parts.length > 1 ? parts : []) {
    const kind = kindFromWholeHeading(part);
    if (kind) return kind;
  }
  return null;
}

/**
 * The page a `<title>` names: as a heading names it, else by the part after a colon, where a
 * portal or a transcoder puts the page's own name after its own ("Provider Portal : Manage
 * Education", "Text only: Transcript").
 */
export function kindFromTitle(title: string): PageKind | null {
  const kind = kindFromHeading(title);
  if (kind) return kind;
  for (const part of title.split(TITLE_PARTS)) {
    const colon = part.indexOf(':');
    const after = colon > 0 ? part.slice(colon + 1) : '';
    const named = after.trim() ? kindFromWholeHeading(after) : null;
    if (named) return named;
  }
  return null;
}

function kindFromWholeHeading(text: string): PageKind | null {
  const heading = cleanHeading(text);
  let words = wordsOf(heading);
  // "NREMT Continuing Education Transcript": the site's name before the page's.
  const site = findPhrase(words, NREMT_WORDS);
  if (site?.at === 0) words = words.slice(site.length);
  // "2026 Recertification Application": the cycle's year before the page's name.
  if (isYear(words[0] ?? '')) words = words.slice(1);
  if (startsWithPhrase(words, ACTION)) words = words.slice(1);
  const mine = startsWithPhrase(words, MY);
  if (mine) words = words.slice(1);
  if (isPhrase(words, EDUCATION_HEADING) || (mine && isPhrase(words, MY_EDUCATION_HEADING))) return 'nremt-education';
  if (isPhrase(words, APPLICATION_HEADING)) return 'nremt-application';
  if (isElicensingHeading(heading)) return 'elicensing-license';
  if (isPhrase(words, DASHBOARD_HEADING)) return 'nremt-dashboard';
  return null;
}

function identifierKind(title: string): PageKind | null {
  const words = runTogetherWordsOf(title);
  for (let from = 0; from < words.length; from++) {
    for (let to = words.length; to > from; to--) {
      const kind = kindFromWholeHeading(words.slice(from, to).join(' '));
      if (kind) return kind;
    }
  }
  return null;
}

function isYear(word: string): boolean {
  const year = Number(word);
  return word.length === 4 && Number.isInteger(year) && year >= 1990 && year <= 2100;
}

/**
 * The page's kind, and whether only what it holds told it (no heading or title names it): such a
 * page may still be a sign-in page, a help article or a guide's samples, which the background
 * judges from its outline (not-a-record.ts).
 */
export function classify(events: ScanEvent[], signals: PageSignals): { kind: PageKind; byContent?: true; typedFacts?: true } {
  const kind = kindOf(events, signals);
  return typeof kind === 'string' ? { kind } : { kind: kind[0], byContent: true, ...(kind[1] ? { typedFacts: true } : {}) };
}

/**
 * The kind a heading names, else the kind what the page holds tells (a tuple; its second item:
 * a saved dashboard the background confirms by its values' types, see typed-facts.ts).
 */
function kindOf(events: ScanEvent[], signals: PageSignals): PageKind | [PageKind, true?] {
  const host = hostOf(signals.url);
  const onElicensing = isElicensingHost(signals.url);
  const onNremt = host === 'nremt.org' || host.endsWith('.nremt.org');

  // 1. The page's main heading: the first h1/h2 that names a page kind (an h1 is often just
  // the site's logo), else the <title>.
  const headings = events.filter((e) => e.kind === 'heading' && e.level <= 6);
  // A report names its page in one identifier ("ManageEducation", "NRP_TRANSCRIPT_R01"): its
  // capitals or underscores part the words, and the page's name is among them.
  const told = kindFromTitle(signals.title);
  const byId = told || signals.title.includes(' ') ? null : identifierKind(signals.title);
  const byTitle = told ?? byId;
  // The page the site's menu or breadcrumb marks as the current one.
  const current = (events.find((event) => event.el.isConnected) ?? events[0])?.el.ownerDocument.querySelector('[aria-current=page]')?.textContent;
  const byMenu = current ? kindFromHeading(current.trim()) : null;
  // An h1 naming the page outranks an h2 before it (a side menu's "My Certification"); of cards'
  // headings of one level ("Certification", then "Manage Education"), the one the title names,
  // else the one the menu marks as current.
  let byHeading: PageKind | null = null;
  let byCard = false;
  for (const level of [1, 2]) {
    const kinds: Array<PageKind | null> = [];
    for (const heading of headings) {
      // A navigation menu's heading names the menu ("My Certification" over its links), not the page.
      if (heading.kind !== 'heading' || heading.level !== level || heading.el.closest('nav,[role=navigation]')) continue;
      kinds.push(kindFromHeading(heading.text));
    }
    if (byHeading) continue;
    byHeading = kinds.find((kind) => kind && kind === (byTitle ?? byMenu)) ?? kinds.find(Boolean) ?? null;
    byCard = level > 1;
  }
  const { elicensingWords, licenseTable } = licenseEvidence(events, signals.title, signals.url);

  let courseTable = false;
  let submitButton = false;
  let registryOrExpiry = 0;
  let applicationStatus = false;
  const typedFacts = new Set<string>();
  let namesNremt = hasPhrase(signals.title, NREMT_WORDS);
  let namesApplication = hasPhrase(signals.title, APPLICATION_HEADING);
  let bareStatus = false;
  for (const event of events) {
    if ((event.kind === 'title' || event.kind === 'heading') && !namesNremt) namesNremt = hasPhrase(event.text, NREMT_WORDS);
    if (event.kind === 'heading' && !namesApplication) namesApplication = hasPhrase(event.text, APPLICATION_HEADING);
    if (event.kind === 'table') {
      if (isCourseTable(event.el)) courseTable = true;
    } else if (event.kind === 'button' && isSubmitWording(event.text)) {
      submitButton = true;
    } else if (event.kind === 'pair') {
      const field = matchLabel(event.label, TYPED_FACTS);
      if (field) registryOrExpiry += 1;
      if (field && event.value) typedFacts.add(typedFact(field));
      if (matchLabel(event.label, ['applicationStatus'])) {
        if (isPhrase(event.label, BARE_STATUS)) bareStatus = true;
        else applicationStatus = true;
      }
    }
  }

  // A portal's windows (portlets, widgets, panels) each carry a heading: one of them ("My
  // Certification") does not name the page the title or the menu names, when that page's
  // course list is what the page holds.
  const named = byTitle ?? byMenu;
  const courses = (): boolean => courseTable || (signals.records?.() ?? 0) >= 2;
  const heading = byCard && named === 'nremt-education' && byHeading !== named && courses() ? named : (byHeading ?? byTitle);
  // An identifier is weaker than words: the background still weighs it a sign-in page or a help export.
  if (heading && heading === byId && heading !== byHeading) return [heading];
  if (heading === 'elicensing-license' || ((onElicensing || elicensingWords) && licenseTable)) return 'elicensing-license';
  if (heading === 'nremt-education') return 'nremt-education';
  if (heading === 'nremt-application') return 'nremt-application';
  if (heading === 'nremt-dashboard') return 'nremt-dashboard';

  // 2. No telling heading: what the page holds (a help article's examples are nobody's: judged
  // in the background, see not-a-record.ts).
  // A bare "Status" beside its value tells the application's only where the page names the
  // application (a notification message: "Recertification Application Returned Incomplete", then "Status: …").
  if (submitButton || applicationStatus || (bareStatus && namesApplication)) return ['nremt-application'];
  // Without a heading, only courses actually read make an education page (a handbook's table does not).
  // Courses by repetition: one course-like line (a sign-in page's example) is not a list.
  if (courseTable || (onNremt && (signals.records?.() ?? 0) >= 2)) return ['nremt-education'];
  if (onNremt && registryOrExpiry >= 2) return ['nremt-dashboard'];
  // A saved page naming NREMT: three certification facts beside their labels, or two and no course
  // records (a kit draws the level and number as bare lines); the background confirms by what it reads.
  if (namesNremt && (typedFacts.size > 2 || (typedFacts.size > 1 && (signals.records?.() ?? 0) < 2))) return ['nremt-dashboard', true];
  return 'unknown';
}
