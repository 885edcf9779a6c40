// Which page is this? Decided by what the page says (its main heading, title, labels, tables,
// buttons); the URL only breaks ties. A page that merely mentions the words is "unknown".
// Judged in the background from what the content script sends (the page's outline and signals:
// see judge-kind.ts), so the content script carries none of it.
import type { OutlineLine, PageEvidence, PageKind } from '../model';
import { matchLabel, splitLabelled } from './labels';
import { withoutBrackets } from './cut';
import { cleanHeading, hasElicensingWords, hostOf, isElicensingHeading, isElicensingHost, namesElicensingSite } from './license-signals';
import { findPhrase, FIRST_PERSON, hasPhrase, isPhrase, phrases, runTogetherWordsOf, startsWithPhrase, TITLE_PARTS, wordsOf } from './words';
import { TYPED_FACTS, typedFact } from './typed-facts';
import { selfNamed } from './facts';
import { RECORD_FIELDS } from '../vocabulary';
import { sentencesOf } from './cut';
import { namesSchedule } from './course-schedule';
import { isRunOnLicenseRow } from './cell-runs';

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
  'completed education',
  // The person's own log of their courses, as a spreadsheet or a database tool names its table.
  'ce log',
  'continuing education log',
  'education log',
  // A learning system's record of what the learner completed (Totara's, Moodle's, Cornerstone's).
  'record of learning',
  'learning record',
  'learning history',
  'learning transcript',
  'training record',
  'training history',
  'training transcript',
);
// Only as "My …": alone they are a widget's or a handbook's.
const MY_EDUCATION_HEADING = phrases('courses', 'education', 'continuing education');
// "App" is what a writer calls it ("my recert app page").
const APPLICATION_PAGE = phrases('application page', 'app page');
const APPLICATION_HEADING = phrases('recertification application', 'recert application', 'application for recertification', 'national recertification application');
const DASHBOARD_HEADING = phrases('dashboard', 'my certification', 'certification dashboard', 'certification', 'certifications');
const MY = phrases('my');
// A scaffolded page names itself with its action first ("Show Recertification Application").
const ACTION = phrases('show', 'view', 'edit');
// The site's pages other than the course list: a copy of one holds none ("Copied from my NREMT dashboard").
const NOT_THE_LIST = phrases('dashboard', 'application');
// A bare "Status" or "State" (a help desk ticket's "State: open") names no application by itself.
const BARE_STATUS = phrases('status', 'state');
const NREMT_WORDS = phrases('nremt', 'national registry');
const NREMT_PAGE = phrases('manage education');
// Whose record a line names: another person's ("Mike's NREMT transcript", "her transcript") is not the reader's.
const OTHERS = phrases('his', 'her', 'their', 'someone', 'somebody');
// Contractions that end like a possessive and name nobody ("it's one per block").
// "View Today's Posts": a time's, no person's. "I need everybody's list": the reader's among all.
const NOT_POSSESSIVE = new Set(["it's", "that's", "here's", "there's", "what's", "let's", "who's", "where's", "today's", "yesterday's", "tonight's", "tomorrow's", "week's", "month's", "year's", "everybody's", "everyone's"]);
// What someone else's line must name to be about their record ("Dana's hours", "her CE log").
const RECORD_MATTER = phrases('hours', 'hrs', 'ce', 'ceu', 'ceus', 'course', 'courses', 'classes', 'transcript', 'education', 'training', 'log', 'list', 'record', 'records', 'credits', 'recert', 'recertification', 'nremt', 'national registry', 'certification', 'cert');
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every', 'any']);
// Saying the text was taken from a page ("copied from", "copying it out of", "pasted below").
const COPIED = phrases('copied', 'copying', 'copy', 'pasted', 'pasting', 'paste', 'exported', 'typed out', 'retyped', 'transcribed');
const SOURCE = phrases('from', 'out of', 'off');
// "Copy" is the writer's only where they speak ("select all + copy, I trimmed the menu"); a help article says it too.
const COPY = phrases('copy');
// Saying the text is the writer's own page, or was taken from it: "my NREMT dashboard", "a paste
// of", "Copied by hand from the NREMT Manage Education page" (a help article says "your", "copy").
const COPIED_OWN = phrases('copied', 'pasted', 'exported', 'a paste');
// "Copied from my NREMT account": the writer's own account's pages.
const ACCOUNT = phrases('account');
const DASHBOARD_WORD = phrases('dashboard');
// The state's renewal application (Step B) in its own words: whoever shows it (a published
// document, a note, a mail) shows no NREMT application.
const STATE_OFFICES = phrases('department of public health', 'office of emergency medical services');
const RENEWAL_APPLICATION = phrases('renewal application');
const LICENSE_WORD = phrases('license', 'licence');
const LICENSE_NUMBER = ['licenseNumber'] as const;
// The dashboard's own sections, as NREMT names them: no other page of the provider's shows them.
const DASHBOARD_SECTIONS = phrases('agency affiliation', 'agency affiliations', 'message center', 'recertification ce summary');

/** What the page holds besides its outline (see PageEvidence.signals): its title and address too. */
export type PageSignals = Omit<NonNullable<PageEvidence['signals']>, 'role'> & {
  title: string;
  url: string | null;
  /** Course records the page's lines alone hold (line-records.ts): a list pasted as text. Asked
   * only of a page that names a pasted NREMT list, so other pages are not read line by line. */
  lineRecords?: () => number;
  /** Whether the records read as courses carrying a date, hours and an approval number together (course-values.ts). */
  /** Records carrying a course's values together; `assigned`: a component each was put under says it was taken too. */
  courseValues?: (assigned?: boolean) => boolean;
  /** Whether a grid of boxes' column titles name a course's title and hours (grid-columns.ts): a
   * course table unless a short line names someone else's (their log kept in a tool). Asked only
   * where no table's header tells. */
  courseGrid?: () => boolean;
};

/** The page a heading names, by the whole heading or, failing that, by one of its parts. */
export function kindFromHeading(text: string): PageKind | null {
  const whole = kindFromWholeHeading(text);
  if (whole) return whole;
  const parts = text.split(TITLE_PARTS);
  for (const part of parts.length > 1 ? parts : []) {
    // (Or the page's own name in brackets after the part's: "Step A (NREMT Manage Education)".)
    const kind = kindFromWholeHeading(part) ?? (part.trim().endsWith(')') ? kindFromWholeHeading(part.slice(part.indexOf('(') + 1, part.lastIndexOf(')'))) : null);
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
  let heading = cleanHeading(text);
  if (heading.startsWith('[') && heading.includes(']')) heading = heading.slice(heading.indexOf(']') + 1).trim();
  // "Recertification Application (snapshot)": a remark in brackets beside the page's name.
  let words = wordsOf(withoutBrackets(heading));
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

/**
 * Whose NREMT course list a line names: the reader's own ("Copied from NREMT Manage Education"),
 * someone else's ("Here is Mike's NREMT transcript", "her transcript"), or none (null).
 */
function namedCourseList(text: string, own?: ReadonlySet<string>): 'own' | 'other' | null {
  const words = wordsOf(text);
  const site = hasPhrase(words, NREMT_WORDS);
  const page = hasPhrase(words, EDUCATION_HEADING);
  // The list's page named with the site or as copied ("Manage Education copy", "copied from Manage
  // Education"), or a copy taken from the site ("copying it out of the NREMT app"; "pasted below,
  // accepted by NREMT" is any paste).
  if (!(page && (site || hasPhrase(words, COPIED))) && !copiedFromSite(words)) return null;
  // A copy of another of the site's pages ("Copied from my NREMT dashboard", "… application") is no course list.
  if (!page && hasPhrase(words, NOT_THE_LIST)) return null;
  // Whose it is, the clause naming the list or the site tells ("check your state's rules" after it is another's matter).
  const clauses = sentencesOf(text).flatMap((sentence) => sentence.split(';')).map(wordsOf);
  const naming = clauses.filter((clause) => hasPhrase(clause, NREMT_WORDS) || hasPhrase(clause, EDUCATION_HEADING) || hasPhrase(clause, COPIED));
  return (naming.length ? naming : [words]).some((clause) => namesOthers(clause, own)) ? 'other' : 'own';
}

/** A copy word, then where from ("from", "out of", "off"), then the site. */
function copiedFromSite(words: readonly string[]): boolean {
  const copied = findPhrase(words, COPIED);
  const from = copied && findPhrase(words, SOURCE, copied.at + 1);
  return !!from && findPhrase(words, NREMT_WORDS, from.at + 1) !== null;
}

/**
 * A sentence of the line names the writer's own NREMT page as theirs or as copied ("Below is a
 * paste of my NREMT dashboard", "Copied by hand from the NREMT Manage Education page"), and names
 * nobody else's in that sentence ("Tove's page." before it is another sentence). `siteNamed`: another
 * sentence of the writer's names the site ("NREMT now shows my AEMT … I copied my Transcript …").
 * `application`: the application page counts too ("Here's what my application page looks like").
 */
export function namesOwnNremtPage(text: string, siteNamed = false, application = false): boolean {
  return sentencesOf(text).some((sentence) => {
    const words = wordsOf(sentence);
    const page = hasPhrase(words, EDUCATION_HEADING) || hasPhrase(words, DASHBOARD_HEADING) || hasPhrase(words, ACCOUNT) || (application && hasPhrase(words, NOT_THE_LIST));
    const copied = hasPhrase(words, COPIED_OWN) || (hasPhrase(words, COPY) && hasPhrase(words, FIRST_PERSON));
    // "Manage Education" is the site's own page's name: said copied, it names the site ("Here's what Manage Education
    // looks like (select all + copy, I trimmed …)"); "what is in my Manage Education" asks of it.
    return page && (siteNamed || hasPhrase(words, NREMT_WORDS) || (copied && hasPhrase(words, NREMT_PAGE))) && (copied || hasPhrase(words, MY)) && !namesOthers(words);
  });
}

/** The line names NREMT in any of its sentences. */
export function namesNremt(text: string): boolean {
  return hasPhrase(text, NREMT_WORDS);
}

/**
 * A sentence of the line says the writer looked at their own NREMT dashboard ("I logged into NREMT
 * and went through the Dashboard"), naming nobody else's in that sentence.
 */
export function namesOwnDashboard(text: string): boolean {
  return sentencesOf(text).some((sentence) => {
    const words = wordsOf(sentence);
    return hasPhrase(words, DASHBOARD_WORD) && hasPhrase(words, NREMT_WORDS) && hasPhrase(words, FIRST_PERSON) && !namesOthers(words);
  });
}

function namesOthers(words: readonly string[], own: ReadonlySet<string> = new Set()): boolean {
  // "Opinions mine, not my employer's": the writer's own thing's, owning nothing named after it (a signature).
  const ownThings = (at: number): boolean => at === words.length - 1 && (words[at - 1] === 'my' || words[at - 1] === 'our');
  // "the row's date", "each course's hours": a thing's, after its article; a person's name stands without one.
  const thing = (at: number): boolean => DETERMINERS.has(words[at - 1] ?? '');
  return hasPhrase(words, OTHERS) || words.some((word, at) => (word.endsWith("'s") || word.endsWith('’s')) && !NOT_POSSESSIVE.has(word.replace('’', "'")) && !own.has(word.slice(0, -2)) && !ownThings(at) && !thing(at));
}

/**
 * The first names the page states beside a name's label ("Name: Dana R. Whitcomb" -> "dana"): a
 * possessive of one ("(Dana's laptop)" on Dana's own transcript) names the person's own, nobody else's.
 */
function ownFirstNames(outline: readonly OutlineLine[]): Set<string> {
  const names = new Set<string>();
  for (const line of outline) {
    // "Name: Kayla Brennan-Ortiz", or the writer's own "I'm Kayla Brennan-Ortiz" ("Kayla's field notes" are theirs).
    const value = splitLabelled(line.text ?? '', ['name'])?.value ?? selfNamed(line.text ?? '');
    const first = value ? wordsOf(value)[0] : undefined;
    if (first) names.add(first);
  }
  return names;
}

/** A short line of parts, one of which names the course list's page ("Training Profile - Completed Education"). */
function namesList(line: OutlineLine): boolean {
  const parts = line.label === undefined ? (line.text ?? '').split(TITLE_PARTS) : [];
  return parts.length > 1 && (line.text ?? '').length <= 80 && parts.some((part) => kindFromWholeHeading(part) === 'nremt-education');
}

/**
 * A run of short lines each a course field's column title, among them the title's and the hours'
 * ("Course Title", "Completed", "Hours", "Component"): a grid of boxes' header row, read as lines.
 */
function namesCourseColumns(outline: readonly OutlineLine[]): boolean {
  let run = new Set<string>();
  for (const line of outline) {
    // A title alone on its line; the first may take the titles after it as its value ("Course Title: Completed Hours …").
    const text = line.label === undefined ? line.text : run.size ? undefined : line.label;
    const field = text !== undefined && text.length <= 40 ? matchLabel(text, RECORD_FIELDS) : null;
    run = field ? run.add(field) : new Set();
    if (run.size > 2 && run.has('courseTitle') && run.has('hours')) return true;
  }
  return false;
}

/** The dashboard's section a short line names at its start ("Agency Affiliation", "Message Center (2 unread)"). */
function addSection(sections: Set<string>, text: string): void {
  const words = text.length <= 60 ? wordsOf(text) : [];
  const section = findPhrase(words, DASHBOARD_SECTIONS);
  if (section?.at === 0) sections.add(words.slice(0, section.length).join(' '));
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
export function classify(outline: readonly OutlineLine[], signals: PageSignals): { kind: PageKind; byContent?: true; typedFacts?: true; ownFacts?: true } {
  const kind = kindOf(outline, signals);
  return typeof kind === 'string' ? { kind } : { kind: kind[0], byContent: true, ...(kind[1] ? { [kind[1]]: true } : {}) };
}

/** What the background confirms of a kind told by content, from what it reads (judge-page.ts). */
type Confirm = 'typedFacts' | 'ownFacts';

/**
 * The kind a heading names, else the kind what the page holds tells (a tuple; its second item:
 * what the background confirms from what it reads, see typed-facts.ts).
 */
function kindOf(outline: readonly OutlineLine[], signals: PageSignals): PageKind | [PageKind, Confirm?] {
  const host = hostOf(signals.url);
  const onElicensing = isElicensingHost(signals.url);
  const onNremt = host === 'nremt.org' || host.endsWith('.nremt.org');

  // 1. The page's main heading: the first h1/h2 that names a page kind (an h1 is often just
  // the site's logo), else the <title>.
  const headings = outline.filter((line) => line.heading !== undefined && line.heading <= 6);
  // A report names its page in one identifier ("ManageEducation", "NRP_TRANSCRIPT_R01"): its
  // capitals or underscores part the words, and the page's name is among them.
  const told = kindFromTitle(signals.title);
  const byId = told || signals.title.includes(' ') ? null : identifierKind(signals.title);
  const byTitle = told ?? byId;
  // The page the site's menu or breadcrumb marks as the current one.
  const current = signals.current;
  const byMenu = current ? kindFromHeading(current.trim()) : null;
  // An h1 naming the page outranks an h2 before it (a side menu's "My Certification"); of cards'
  // headings of one level ("Certification", then "Manage Education"), the one the title names,
  // else the one the menu marks as current.
  let byHeading: PageKind | null = null;
  let byCard = false;
  let pageHeading = false;
  for (const level of [1, 2]) {
    const kinds: Array<PageKind | null> = [];
    for (const heading of headings) {
      // A navigation menu's heading names the menu ("My Certification" over its links), not the page.
      if (heading.heading !== level || heading.nav) continue;
      kinds.push(kindFromHeading(heading.text ?? ''));
    }
    // A page heading above the cards (a portal's name) or one naming the course list: the cards' first heading names the page.
    if (kinds.includes('nremt-education') || (level === 1 && kinds.length > 0)) pageHeading = true;
    if (byHeading) continue;
    byHeading = kinds.find((kind) => kind && kind === (byTitle ?? byMenu)) ?? kinds.find(Boolean) ?? null;
    // Three or more top headings are a document's sections (a man page's NAME, CERTIFICATION,
    // COURSES), each naming its part as a card's heading does, not the page.
    byCard = level > 1 || kinds.length > 2;
  }
  // The site's own name in the title, a heading or a short line (a letterhead, an account card).
  const isTitleLine = (line: OutlineLine): boolean => line.heading === undefined && line.label === undefined;
  const elicensingWords =
    namesElicensingSite(signals.title) ||
    outline.some((line) => line.text !== undefined && (line.heading !== undefined ? namesElicensingSite(line.text) : isTitleLine(line) && line.text.length <= 80 && hasElicensingWords(line.text)) && !namesOthers(wordsOf(line.text)));
  // A table with a License Number column, or a "License Number" label on an eLicensing page.
  // A header cell drawn as a line of its own (a PDF turned to positioned boxes: "License #" alone) labels too.
  const licenseLabel = outline.some((line) => matchLabel(line.label ?? line.text ?? '', ['licenseNumber']) !== null);
  const licenseTable = !!signals.licenseTable || ((onElicensing || elicensingWords) && licenseLabel);

  const submitButton = !!signals.submitButton;
  let registryOrExpiry = 0;
  // Each application status label's words, and how often the page shows them.
  const statusLabels = new Map<string, number>();
  const typedFacts = new Set<string>();
  let namesNremt = hasPhrase(signals.title, NREMT_WORDS);
  let namesApplication = hasPhrase(signals.title, APPLICATION_HEADING);
  let bareStatus = false;
  let othersLine = false;
  const own = ownFirstNames(outline);
  let pastedLicense = false;
  let runOnLicense = false;
  let licenseLine = false;
  const dashboardSections = new Set<string>();
  let agencyLabel = false;
  const byTitleList = namedCourseList(signals.title);
  let pastedCourses = byTitleList === 'own';
  let othersCourses = byTitleList === 'other';
  // A line (no heading) naming someone else's NREMT course list ("Checked Sam's NREMT transcript").
  let othersListLine = false;
  let dashboardCopy = false;
  // A line saying the page is a copy of the person's own application page ("Copied off the NREMT Recertification Application page").
  let applicationCopy = false;
  // The line before said it was copied from the site.
  let copiedAbove = false;
  // Pieces of the state's renewal: its site, its department or office, a renewal application, a license label.
  const state = new Set<string>();
  for (const line of outline) {
    const text = line.text;
    if (text === undefined) continue;
    const namesSite = hasElicensingWords(text);
    if (namesSite) state.add('site');
    if (hasPhrase(text, STATE_OFFICES)) state.add('office');
    if (line.label !== undefined && hasPhrase(line.label, LICENSE_WORD)) state.add('license');
    else if (hasPhrase(text, RENEWAL_APPLICATION)) state.add('renewal');
    if (line.label === undefined) {
      const words = wordsOf(text);
      // "Manage Education" is NREMT's own page's name (domain.md): naming it names the site.
      if (!namesNremt) namesNremt = hasPhrase(words, NREMT_WORDS) || hasPhrase(words, NREMT_PAGE);
      // "Copied from Health Professions Licensing → Manage My Licenses" in a letter or a note.
      // Or by its nickname beside a copy word ("eLicensing still shows this (copied 12/4):", a note's first line).
      if (!pastedLicense) pastedLicense = (namesSite || (namesElicensingSite(text) && hasPhrase(words, COPIED))) && !namesOthers(words);
      // "License Number: A23418" as a line of text (a plain-text note keeps no labels' markup).
      if (!licenseLine) licenseLine = !!splitLabelled(text, LICENSE_NUMBER)?.value;
      // Or the license grid's row run on after its column titles, as a note keeps a copied grid (cell-runs.ts).
      if (!runOnLicense) runOnLicense = isRunOnLicenseRow(text);
      // "Dana's hours – can you check?": a short line naming someone's (a shared note's title).
      // Only one naming a record's matter: "I cover his 12/27 day" (a shift swap in the next note) names nobody's hours.
      if (!othersLine && text.length <= 80 && namesOthers(words, own) && hasPhrase(words, RECORD_MATTER)) othersLine = true;
      // Or a heading naming it a copy on a page naming NREMT ("dashboard copy (11/22/26)" in a wiki's "NREMT + Mass recert").
      if (!dashboardCopy) dashboardCopy = (copiedFromSite(words) || (line.heading !== undefined && namesNremt && hasPhrase(words, COPIED))) && hasPhrase(words, DASHBOARD_HEADING) && !hasPhrase(words, APPLICATION_HEADING);
      // "Pasted from the NREMT application page": the site's application, named so.
      // So is "here's what my NREMT recert app page says (copy/paste)": the writer's own page, a copy word anywhere.
      // (Not one naming the course list it copies: "My NREMT transcript, pasted below before I submit the recertification application".)
      // So is the page's name alone right under a line saying it was copied from the site ("Copied from NREMT after paying (11/28):").
      // A sentence says so, whoever another sentence names ("Every cycle somebody pays and walks away. Here is what my
      // Recertification Application page says, typed out from the NREMT site.").
      if (!applicationCopy) applicationCopy = [words, ...sentencesOf(text).map(wordsOf)].some((said) => (copiedFromSite(said) || (hasPhrase(said, MY) && hasPhrase(said, NREMT_WORDS) && hasPhrase(said, COPIED) && !hasPhrase(said, EDUCATION_HEADING))) && (hasPhrase(said, APPLICATION_HEADING) || hasPhrase(said, APPLICATION_PAGE)) && !namesOthers(said, own));
      if (!applicationCopy) applicationCopy = copiedAbove && isPhrase(words, APPLICATION_HEADING);
      copiedAbove = copiedFromSite(words) && !namesOthers(words, own);
      const whose = namedCourseList(text, own);
      if (whose === 'own') pastedCourses = true;
      // Only a heading tells whose the page is: a line may be a note about another list. A line
      // (a post's or a message's sentence) tells it where no heading names the page and no line
      // names the person's own: "Went through Sam's NREMT transcript" above the list (weighed below).
      else if (whose === 'other') {
        if (line.heading !== undefined) othersCourses = true;
        else if (text.length <= 200) othersListLine = true;
      }
      if (line.heading !== undefined && !namesApplication) namesApplication = hasPhrase(text, APPLICATION_HEADING);
      addSection(dashboardSections, text);
      continue;
    }
    // A labelled value's text is "label: value"; its label may name the site ("National Registry Number").
    const label = line.label;
    if (!namesNremt) namesNremt = hasPhrase(label, NREMT_WORDS);
    const field = matchLabel(label, TYPED_FACTS);
    if (field) registryOrExpiry += 1;
    if (field && text.length > label.length + 2) typedFacts.add(typedFact(field));
    if (!agencyLabel) agencyLabel = matchLabel(label, ['agency']) !== null;
    // A section's caption read as its first line's label ("Agency Affiliation: Lowell Ambulance — Active").
    addSection(dashboardSections, label);
    // "State/" over "Local" is one name broken where it may wrap ("State/Local"), no label.
    if (matchLabel(label, ['applicationStatus']) && !label.endsWith('/')) {
      if (isPhrase(label, BARE_STATUS)) bareStatus = true;
      else {
        const key = wordsOf(label).join(' ');
        statusLabels.set(key, (statusLabels.get(key) ?? 0) + 1);
      }
    }
  }

  // A grid's column titles are weaker than a table's header: not where a short line or a heading
  // names someone else's ("Mike's CE log": their log, not the reader's; unknown beats wrong).
  let grid: boolean | undefined;
  const courseTable = (): boolean => !!signals.courseTable || (grid ??= !othersLine && !othersCourses && !!signals.courseGrid?.());

  // A portal's windows (portlets, widgets, panels) each carry a heading: one of them ("My
  // Certification") does not name the page the title or the menu names, when that page's
  // course list is what the page holds.
  // A line naming the user's own NREMT page as copied names the course list it holds, over a card's
  // heading (a wiki's "My certification" section above the list copied from Manage Education).
  const ownList = (): boolean => byHeading !== null && pastedCourses && outline.some((line) => line.label === undefined && line.text !== undefined && namesOwnNremtPage(line.text));
  const named = byTitle ?? byMenu ?? (ownList() ? 'nremt-education' : null);
  const courses = (): boolean => courseTable() || signals.records >= 2;
  // A dashboard's card about the application (its step and status) when the title and the menu's
  // current item both name the dashboard: the card does not name the page.
  const dashboardCard = byCard && byHeading === 'nremt-application' && byTitle === 'nremt-dashboard' && byMenu === 'nremt-dashboard';
  const heading = (byCard && named === 'nremt-education' && byHeading !== named && courses()) || dashboardCard ? named : (byHeading ?? byTitle);
  // A tool's panel of the person's certification ("My certification" over their facts, a Kibana or
  // Grafana board) beside a course table holding the records: the board is their course list when
  // nothing names the dashboard and none of its own sections (agency, messages) is there; under a
  // page heading, or where a heading names the course list, the first heading names the page, as before.
  const certificationPanel = byCard && heading === 'nremt-dashboard' && !named && !byMenu && !pageHeading && courseTable() && signals.records >= 2 && dashboardSections.size === 0 && !agencyLabel;
  if (certificationPanel) return ['nremt-education'];
  // A learning site's "My Dashboard" of course cards (Skilljar): off NREMT, with none of the
  // dashboard's labelled facts, sections or agency, its course records make it the person's list.
  if (heading === 'nremt-dashboard' && !onNremt && registryOrExpiry === 0 && dashboardSections.size === 0 && !agencyLabel && signals.records >= 2) return ['nremt-education'];
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
  // Two pieces of the state's renewal make it Step B's page, never Step A's (unknown beats wrong).
  // A dashboard copied into a document (a note, a draft, an export) shows its application card's
  // status too: it is still the dashboard where it names NREMT, states the certification's facts
  // beside their labels and shows two of the dashboard's own sections (its agency, its messages).
  if (!submitButton && namesNremt && typedFacts.size > 2 && dashboardSections.size > 1) return ['nremt-dashboard', 'typedFacts'];
  // A line saying the dashboard was copied here ("Here is what my dashboard shows (copied straight off
  // nremt.org)") above two of its sections, in a thread of posts whose records carry no course's values.
  if (!submitButton && dashboardCopy && dashboardSections.size > 1 && !courseTable() && !signals.courseValues?.()) return ['nremt-dashboard', 'ownFacts'];
  // A status label repeated in the records' cards (a content manager's "State: Published", a course's
  // own "Recert status: Counted") is each record's field; the application shows its status once.
  // A status among facts a line says were copied off the NREMT dashboard ("# copied off the NREMT
  // dashboard") is the dashboard card's, naming no application page.
  const applicationStatus = !dashboardCopy && [...statusLabels.values()].some((count) => count === 1 || signals.records < 2);
  if ((submitButton || applicationStatus || (bareStatus && namesApplication) || applicationCopy) && state.size < 2) return ['nremt-application'];
  // A note or a document that names someone else's course list in its title or a heading ("Mike's
  // NREMT transcript") holds their courses, not the reader's: unknown beats wrong.
  // So does a post's or a message's line showing another person's list, its author reviewing it
  // ("Went through Sam's NREMT transcript", a Training Officer's post): the page names no list by
  // its heading here, and no line names the person's own.
  // A line naming the list without saying whose ("TO review: J. Ferreira (NREMT …) — transcript")
  // is no claim of the person's own: only one saying it is theirs or copied is ("My NREMT transcript").
  if (othersCourses && !pastedCourses) return 'unknown';
  if (othersListLine && !outline.some((line) => line.label === undefined && line.text !== undefined && namesOwnNremtPage(line.text))) return 'unknown';
  // Without a heading, only courses actually read make an education page (a handbook's table does not).
  // Courses by repetition: one course-like line (a sign-in page's example) is not a list.
  if (courseTable() || (onNremt && signals.records >= 2)) return ['nremt-education'];
  // A printout's records are its lines' (the record finder sees one block of text), and so are a
  // block's lines broken by <br> (a docstring, a signature's CE log): three or more of them.
  const printoutCourses = (): boolean => !!signals.printout && (signals.lineRecords?.() ?? 0) >= 2;
  const linesHoldRecords = (): boolean => printoutCourses() || (signals.lineRecords?.() ?? 0) >= 3;
  // A printout's section line names the list its records are ("Training Profile - Completed
  // Education", a PDF turned to a document: no heading left), beside the profile's facts.
  if (namesNremt && signals.records >= 2 && outline.some(namesList)) return ['nremt-education'];
  // Not where lines of text hold the records (the list shown as a printout or a message): read below as such.
  if (onNremt && registryOrExpiry >= 2 && !linesHoldRecords()) return ['nremt-dashboard'];
  // The person's own course list pasted into another site (a chat, a notes tool): a line names it
  // as NREMT's ("Pasted my NREMT transcript", "Copied from NREMT Manage Education"), and it shows
  // two or more course records (the record finder's, or the lines' alone: a table turned to text).
  // The line may leave the site to another line ("Copied from Manage Education" under "NREMT recert
  // notes"). The lines' records are weaker evidence: not where a short line names someone else's.
  if (pastedCourses && namesNremt && (signals.records >= 2 || (!othersLine && (signals.lineRecords?.() ?? 0) >= 2))) return ['nremt-education'];
  // The person's own license row pasted into a letter or a note, a line naming the site it was
  // copied from (any length: a sentence of the letter), and nobody else's.
  // (A run-on row beside the renewal application's words is the renewal page's license box: its reader tells.)
  if (pastedLicense && (!!signals.licenseTable || licenseLabel || licenseLine || (runOnLicense && !state.has('renewal')))) return ['elicensing-license'];
  // A saved page naming NREMT: three certification facts beside their labels, or two and no course
  // records (a kit draws the level and number as bare lines); the background confirms by what it reads.
  // Not where its records stand under a run of column titles naming a course's title and hours: the
  // person's own course grid kept in a tool, its certification card beside it (read below).
  // Nor where a printout's lines hold course records (Manage Education copied as text, its header with them).
  if (namesNremt && (typedFacts.size > 2 || (typedFacts.size > 1 && signals.records < 2)) && !(signals.records >= 2 && namesCourseColumns(outline)) && !printoutCourses()) return ['nremt-dashboard', 'typedFacts'];
  // A page naming NREMT that holds course records (a notes tool's or a wiki's page of the user's
  // own courses) and names nobody else's: the user's own list when the background reads one
  // person's whole certification from it (registry number, level, expiration).
  const records = signals.records >= 2 || linesHoldRecords();
  // Where its records also carry a course's values together and the component each was put under
  // (a blog post of what the writer "entered on NREMT": date, hours, "National / Airway", CAPCE
  // number), they are that list without the certification's facts beside it; not where the page
  // names a schedule or calendar (classes offered carry the component they count toward too).
  // Records without a course's values under a sentence saying the dashboard is copied there are its facts (below).
  const ownDashboard = (): boolean => !submitButton && !othersCourses && state.size === 0 && outline.some((line) => line.label === undefined && line.heading === undefined && line.text !== undefined && namesOwnDashboard(line.text));
  if ((namesNremt || onNremt) && records && !othersLine && !othersCourses) {
    if (!submitButton && state.size === 0 && !namesSchedule(outline, signals.title, true) && signals.courseValues?.(true)) return ['nremt-education'];
    if (!ownDashboard()) return ['nremt-education', 'ownFacts'];
  }
  // Nothing names the site or the list (a reference manager's table, a spreadsheet kept by the
  // person): its records are courses when they carry a course's values together (course-values.ts).
  // So are the lines' records (a JSON viewer's tree of "key: value" rows, a file the person exported).
  if (records && !othersLine && !othersCourses && !submitButton && state.size === 0 && !elicensingWords && signals.courseValues?.()) return ['nremt-education'];
  // A post or a note stating in sentences what the writer's own NREMT dashboard shows ("I went
  // through the Dashboard … it says my certification expires …"): the dashboard, when the
  // background reads one person's whole certification from it (registry number, level, expiration).
  if (ownDashboard()) return ['nremt-dashboard', 'ownFacts'];
  return 'unknown';
}
