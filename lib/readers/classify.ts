// Which page is this? Decided by what the page says (its main heading, title, labels, tables,
// buttons); the URL only breaks ties. A page that merely mentions the words is "unknown".
import type { PageKind } from '../model';
import { RECORD_FIELDS } from './records';
import { isSubmitWording } from './submit-control';
import { tableLayout } from './table';
import { matchLabel, type LabelField } from './labels';
import { cleanHeading, hostOf, isElicensingHeading, isElicensingHost, licenseEvidence } from './license-signals';
import type { ScanEvent } from './scan';
import { findPhrase, hasPhrase, isPhrase, phrases, startsWithPhrase, wordsOf } from './words';
import { parseLevel } from './level';
import { parseDate } from './parse-date';
import { registryFrom } from './person';

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
// A guide or help article shows made-up values as samples: two of these kinds of words say so
// (one "e.g." placeholder on a real page does not).
const SAMPLE_WORDS = [phrases('sample*'), phrases('example*'), phrases('made up', 'fictional', 'fictitious')];
const BARE_STATUS = phrases('status');
// A help or knowledge-base article explains the pages with examples: it is none of them.
const HELP = phrases('help center', 'help centre', 'knowledge base', 'faq', 'faqs', 'frequently asked questions', 'support article');
// A help site names itself in the title: "Entering courses - NREMT Help", "Recertification Help | …".
const HELP_SITE = phrases('help', 'support', 'docs', 'documentation', 'wiki');
// A sign-in page ("Sign in to your NREMT account", "NREMT Login") shows nobody's record.
const SIGN_IN = phrases('sign in', 'signin', 'log in', 'login', 'log on', 'sign on');
const NREMT_WORDS = phrases('nremt', 'national registry');
// The certification facts a value's type confirms (a level word, a date, a registry number).
const TYPED_FACTS = ['registryNumber', 'expiresOn', 'cycle', 'cycleStart', 'lastRecertified', 'level'] as const;
const typeFits = (field: LabelField, value: string): boolean =>
  field === 'level' ? !!parseLevel(value) : field === 'registryNumber' ? !!registryFrom(value) : !!parseDate(value);

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

// "Transcript | NREMT", "NATIONAL REGISTRY — MY CERTIFICATION - SUMMARY": the parts of a title line.
const TITLE_PARTS = /\s+[|·•–—-]\s+/;

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

function kindFromWholeHeading(text: string): PageKind | null {
  const heading = cleanHeading(text);
  let words = wordsOf(heading);
  // "NREMT Continuing Education Transcript": the site's name before the page's.
  const site = findPhrase(words, NREMT_WORDS);
  if (site?.at === 0) words = words.slice(site.length);
  if (startsWithPhrase(words, ACTION)) words = words.slice(1);
  const mine = startsWithPhrase(words, MY);
  if (mine) words = words.slice(1);
  if (isPhrase(words, EDUCATION_HEADING) || (mine && isPhrase(words, MY_EDUCATION_HEADING))) return 'nremt-education';
  if (isPhrase(words, APPLICATION_HEADING)) return 'nremt-application';
  if (isElicensingHeading(heading)) return 'elicensing-license';
  if (isPhrase(words, DASHBOARD_HEADING)) return 'nremt-dashboard';
  return null;
}

export function classify(events: ScanEvent[], signals: PageSignals): PageKind {
  const host = hostOf(signals.url);
  const onElicensing = isElicensingHost(signals.url);
  const onNremt = host === 'nremt.org' || host.endsWith('.nremt.org');

  // 1. The page's main heading: the first h1/h2 that names a page kind (an h1 is often just
  // the site's logo), else the <title>.
  const headings = events.filter((e) => e.kind === 'heading' && e.level <= 6);
  // An h1 naming the page outranks an h2 before it (a side menu's "My Certification").
  let byHeading: PageKind | null = null;
  for (const level of [1, 2]) {
    for (const heading of headings) {
      // A navigation menu's heading names the menu ("My Certification" over its links), not the page.
      if (heading.kind !== 'heading' || heading.level !== level || heading.el.closest('nav,[role=navigation]')) continue;
      byHeading ??= kindFromHeading(heading.text);
    }
  }
  // A report names its page in one word ("ManageEducation"): its capitals start the words.
  const byTitle = kindFromHeading(signals.title) ?? kindFromHeading(signals.title.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 '));
  const { elicensingWords, licenseTable } = licenseEvidence(events, signals.title, signals.url);

  let courseTable = false;
  let submitButton = false;
  let registryOrExpiry = 0;
  let applicationStatus = false;
  const typedFacts = new Set<string>();
  let namesNremt = hasPhrase(signals.title, NREMT_WORDS);
  const samples = new Set<number>();
  for (const event of events) {
    // A guide's example is often drawn as label/value lines ("Name: Jordan A. Sample").
    const said = event.kind === 'title' ? event.text : event.kind === 'pair' ? `${event.label} ${event.value}` : '';
    if (said) SAMPLE_WORDS.forEach((forms, at) => hasPhrase(said, forms) && samples.add(at));
    if ((event.kind === 'title' || event.kind === 'heading') && !namesNremt) namesNremt = hasPhrase(event.text, NREMT_WORDS);
    if (event.kind === 'table') {
      if (isCourseTable(event.el)) courseTable = true;
    } else if (event.kind === 'button' && isSubmitWording(event.text)) {
      submitButton = true;
    } else if (event.kind === 'pair') {
      const field = matchLabel(event.label, TYPED_FACTS);
      if (field) registryOrExpiry += 1;
      if (field && typeFits(field, event.value)) typedFacts.add(field === 'lastRecertified' || field === 'cycle' ? 'cycleStart' : field);
      if (matchLabel(event.label, ['applicationStatus']) && !isPhrase(event.label, BARE_STATUS)) applicationStatus = true;
    }
  }

  const heading = byHeading ?? byTitle;
  if (heading === 'elicensing-license' || ((onElicensing || elicensingWords) && licenseTable)) return 'elicensing-license';
  if (heading === 'nremt-education') return 'nremt-education';
  if (heading === 'nremt-application') return 'nremt-application';
  if (heading === 'nremt-dashboard') return 'nremt-dashboard';

  // 2. No telling heading: what the page holds. A help article's examples are nobody's.
  const helpHeading = headings.some((e) => e.kind === 'heading' && e.level <= 2 && hasPhrase(e.text, HELP));
  const main = headings.find((e): e is Extract<ScanEvent, { kind: 'heading' }> => e.kind === 'heading' && e.level <= 2);
  const titleParts = signals.title.split(TITLE_PARTS);
  if ((main && startsWithPhrase(wordsOf(main.text), SIGN_IN)) || titleParts.some((part) => hasPhrase(part, SIGN_IN))) return 'unknown';
  if (helpHeading || samples.size >= 2 || hasPhrase(signals.title, HELP) || titleParts.some((part) => isPhrase(wordsOf(part).slice(-1), HELP_SITE))) return 'unknown';
  if (submitButton || applicationStatus) return 'nremt-application';
  // Without a heading, only courses actually read make an education page (a handbook's table does not).
  // Courses by repetition: one course-like line (a sign-in page's example) is not a list.
  if (courseTable || (onNremt && (signals.records?.() ?? 0) >= 2)) return 'nremt-education';
  if (onNremt && registryOrExpiry >= 2) return 'nremt-dashboard';
  // A saved page: three certification facts beside their labels, each value of its type, on a page naming NREMT.
  if (namesNremt && typedFacts.size >= 3) return 'nremt-dashboard';
  return 'unknown';
}
