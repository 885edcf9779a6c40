// The page's kind, decided in the background from what the NREMT content script sends (so the
// content script carries no classifier): the script reads every kind's evidence alike (read-page.ts),
// and this decides the kind (classify.ts) and keeps only the evidence that kind's reading judges.
// readPage runs it too (through finishRead), on the same read.
import type { OutlineLine, PageEvidence, PageKind, PageSnapshot, RecordList, SentEvidence } from '../model';
import { judgedEvidence, judgedList, saidLines } from './record-pieces';
import { classify } from './classify';
import { isConversation, pastedByOther, withoutLogTimes, withoutSender } from './speaker-lines';
import { withGluedGutter } from './glued-gutter';
import { columnField, labelsCourseColumns, namesCourse, namesCourseColumns, typedFactRows } from './grid-columns';
import { lineRecords } from './line-records';
import { carriesCourseValues } from './course-values';
import { withRunRows } from './run-rows';
import { runOnFacts } from './run-on-facts';
import { withGluedCells } from './glued-cells';
import { withMarkdownMarks } from './markdown-marks';
import { rowLine } from './page-lines';
import { printoutColumns, withPrintouts } from './preformatted';
import { showsOthers } from './others';
import { listPostedUnderOtherName, postedByOther, threadReadSignedOut, threadWithoutAccount } from './others-post';
import { chromePerson } from './chrome';
import { showsCourseSchedule } from './course-schedule';
import { seenAs } from './role';
import { registryNumbersShown } from './typed-facts';
import { isRegistryToken } from './names';
import type { PageRead } from './read-page';
import { findFirst, parseDates } from './parse-date';
import { LABEL_FIELDS, matchLabel, splitLabelledAll } from './labels';
import { RECORD_FIELDS } from '../vocabulary';

type Read = Pick<PageRead, 'snapshot' | 'evidence'>;

/** A read judged (its course lists read from their pieces), with the course records its kept outline's lines alone hold (line-records.ts), read when first asked. */
export type JudgedRead = { snapshot: PageSnapshot; evidence?: PageEvidence; lineRecords?: () => RecordList | null };

/** What classify told of a read's evidence, and the outline it told it from (printouts read into their lines). */
interface Told {
  url: string | null;
  verdict: ReturnType<typeof classify>;
  outline: readonly OutlineLine[];
  /** The outline's course records by its lines alone: classify may ask (a pasted list), finishRead too; read once. */
  lineRecords: () => RecordList | null;
  /** The course lists as sent, read from their pieces (record-pieces.ts). */
  lists: RecordList[];
  /** The outline as sent, its lines' pairs read (saidLines): the posts a thread's checks read. */
  said: OutlineLine[];
}

/**
 * A printout's table (fixed-width, pipe or box-drawn) whose column titles name a course's title and
 * hours, on a page stating one registry number (the person's own, beside their facts): a course
 * table, as a <table> with that header is. A schedule of classes pasted in a chat states none.
 */
export function printoutCourseTable(printouts: readonly string[], outline: readonly OutlineLine[]): boolean {
  // Counted only once a printout names a course's columns (most pages hold none).
  let registryNumbers: number | undefined;
  return printouts.some((printout) => printoutColumns(printout).some((titles) => {
    const fields = new Set(titles.map(columnField));
    if (!namesCourse(fields)) return false;
    registryNumbers ??= registryNumbersShown(outline);
    // Or none, where a column says where each course counts (Component: National, Local, Individual): the person's own log, no schedule of classes.
    return registryNumbers === 1 || (registryNumbers === 0 && (fields.has('assignment') || fields.has('topic')));
  }));
}

/**
 * The texts of the record finder's unread items that no outline line holds: a chat log drawn as a
 * table sends its messages as the records' pieces only ("ok pasting my NREMT transcript (copied off
 * the Transcript page)" beside a nick and a time). Classify reads them as lines; nothing else does.
 */
function unreadMessages(lists: readonly RecordList[], outline: readonly OutlineLine[]): OutlineLine[] {
  const shown = new Set(outline.map((line) => line.text));
  return lists.flatMap((list) => list.items.flatMap((item) => (item.kind === 'unread' ? item.atoms.filter((atom) => !shown.has(atom.text)).map((atom) => ({ text: atom.text })) : [])));
}

/**
 * A block of pasted text too long for a line of the outline (the content script sends none over
 * 300 characters), sent only as a piece of the record finder's items, its line breaks (or its wide
 * gaps: linesOf) kept in its text though the page runs them together (a spreadsheet's rows pasted
 * into a chat): a printout of its own, read into its lines after the outline's, where it holds two
 * dates or more and no outline line holds its first (its lines are read already). A piece whose
 * lines ran into one (a comment's paste) is a line of text, cut at its values later.
 */
function pastedBlocks(lists: NonNullable<SentEvidence['recordLists']>, outline: readonly OutlineLine[]): OutlineLine[] {
  const read = (date: string): boolean => outline.some((line) => [line.text, line.said, line.pre].some((text) => text?.includes(date)));
  return lists.flatMap((list) =>
    list.items.flatMap((item) =>
      (item.kind === 'unread' || item.kind === 'record' ? item.pieces : []).flatMap((piece): OutlineLine[] => {
        const text = 't' in piece ? linesOf(piece.t) : '';
        const first = text.length > 300 && parseDates(text).length > 1 ? findFirst(text) : null;
        if (!first || read(text.slice(first.index, first.index + first.length))) return [];
        // Its lines ran into one (a comment's paste): cut by run-rows.ts and run-on-facts.ts.
        if (!text.includes('\n')) return [{ text }];
        return item.kind === 'unread' ? [{ pre: text }] : [];
      }),
    ),
  );
}

/**
 * A labelled line running on into more labelled values (a note whose line breaks were lost: "My
 * Certification: … Registry Number: E… Expiration Date: 03/31/2027 Recertification Cycle: …"):
 * each pair its own line, where it holds three or more facts and no course's field (a course's
 * line of code is read as its record).
 */
function withRunOnPairs(outline: OutlineLine[]): OutlineLine[] {
  return outline.flatMap((line) => {
    // Or its labels' colons lost too (run-on-facts.ts).
    const facts = line.label === undefined && line.heading === undefined && line.text ? runOnFacts(line.text) : null;
    if (facts) return facts;
    const parts = line.label !== undefined && line.text ? splitLabelledAll(line.text, LABEL_FIELDS) : [];
    return parts.length > 2 && !parts.some((part) => (RECORD_FIELDS as readonly string[]).includes(part.field)) ? parts.map((part) => ({ text: `${part.label}: ${part.value}`, label: part.label })) : [line];
  });
}

/**
 * A pasted block's lines: as its text breaks them, or where a paste ran them together at gaps of
 * two spaces or more ("… Registry Number R4418263  Certification Status Active  Expiration Date …",
 * a phone's copy), at those gaps when there are five or more.
 */
function linesOf(text: string): string {
  if (text.includes('\n')) return text;
  const parts = text.split('  ').map((part) => part.trim()).filter(Boolean);
  return parts.length > 5 ? parts.join('\n') : text;
}

/**
 * The one name the page's own form fills in ("Name (optional): Sandra K.", a comment box the site
 * restores for its reader): who reads a thread where no account menu shows it. Null for none or several.
 */
function formName(outline: readonly OutlineLine[]): string | null {
  const names = new Set(outline.flatMap((line) => (line.label !== undefined && line.text?.startsWith(`${line.label}:`) && matchLabel(line.label, LABEL_FIELDS) === 'name' ? [line.text.slice(line.label.length + 1).trim()] : [])));
  return names.size === 1 ? [...names][0]! || null : null;
}

/** A code view's gutter drawn apart from its lines ("1", "2", … "33", then the code: CodeRay's table): a printout's. */
function hasGutter(outline: readonly OutlineLine[]): boolean {
  let next = 1;
  for (const line of outline) {
    if (line.text === String(next)) {
      if (++next > 5) return true;
    } else next = line.text === '1' ? 2 : 1;
  }
  return false;
}

/** `read`'s value, read when first asked and kept. */
function once<T>(read: () => T): () => T {
  let value: { read: T } | null = null;
  return () => (value ??= { read: read() }).read;
}

/** Kinds already told, by the evidence they were told from (readPage asks twice: kindOfRead, then judgeKind). */
const told = new WeakMap<SentEvidence, Told>();

/** What classify tells from a read's outline and signals (the content script's evidence), leaving the evidence as sent. */
function classified(evidence: SentEvidence, signals: NonNullable<PageEvidence['signals']>, url: string | null): Told {
  const known = told.get(evidence);
  if (known && known.url === url) return known;
  // A printout sent as its text, a drawn card as its placed words: read into their lines first (preformatted.ts).
  // A chat log's lines read without their sender's name (a paste sent a line per message), a log's
  // without their times (speaker-lines.ts).
  const said = saidLines(evidence.outline ?? []);
  const sent = withoutSender(withoutLogTimes(withRunOnPairs(withGluedCells(withMarkdownMarks([...said, ...pastedBlocks(evidence.recordLists ?? [], evidence.outline ?? [])])))));
  // A course table flattened into one run of text (a PDF's text layer): one line per course (run-rows.ts).
  const printout = !!signals.printout || sent.some((line) => line.pre !== undefined) || hasGutter(sent);
  // A code view's gutter numbers glued to its lines: the lines cut again (glued-gutter.ts).
  const outline = withRunRows([...withGluedGutter(printout || sent.some((line) => line.drawn) ? withMarkdownMarks(withPrintouts(sent)) : sent)]);
  const records = once(() => lineRecords(outline, evidence.dayFirst ? 1 : 0));
  const lines = (): number => records()?.items.filter((item) => item.kind === 'record').length ?? 0;
  // Records read as courses by their values alone are the user's only where the page names no
  // one else: a page stating two or more registry numbers (a crew's notes) holds others' classes.
  const lists = (evidence.recordLists ?? []).map(judgedList);
  const registryShown = once(() => registryNumbersShown(outline));
  // The lines' records are weaker evidence: only on a page stating no registry number, in its
  // lines or its tables' cells (a digest mailed to a Training Officer states their providers').
  const lineList = once(() => {
    const tableWords = outline.flatMap((line) => line.table?.rows.flat().flatMap((cell) => cell.split(/[\s·|,]+/)) ?? []);
    return lines() >= 3 && registryShown() === 0 && !tableWords.some(isRegistryToken) ? records() : null;
  });
  // Values alone never make a list pasted into a conversation the reader's: its sender's, whoever reads it.
  const conversation = once(() => isConversation(outline));
  const courseValues = (assigned?: boolean): boolean => {
    const fromLines = lineList();
    return registryShown() <= 1 && (assigned || !conversation()) && (carriesCourseValues(lists, assigned) || (!!fromLines && carriesCourseValues([fromLines], assigned)));
  };
  // A grid of boxes whose column titles name a course's title and hours is a course table like a
  // <table> with such a header (a database tool's table editor: its own rows, by repetition).
  // Classify weighs it against a line naming someone else's (their log kept in a tool).
  // Not where the page states two or more registry numbers (several people's tables in one export).
  const courseGrid = (): boolean => !signals.courseTable && (labelsCourseColumns(lists) || namesCourseColumns(lists, true)) && registryShown() <= 1;
  const courseTable = !!signals.courseTable || printoutCourseTable(sent.flatMap((line) => (line.pre === undefined ? [] : [line.pre])), outline);
  const result = { url, verdict: classify([...outline, ...unreadMessages(lists, outline)], { ...signals, courseTable, courseGrid, title: evidence.title ?? '', url, lineRecords: lines, courseValues, printout }), outline, lineRecords: records, lists, said };
  told.set(evidence, result);
  return result;
}

/** The kind classify tells from a read's outline and signals (the read's own kind when it has none). */
export function kindOfRead(read: Read): PageKind {
  const evidence = read.evidence;
  return evidence?.signals ? classified(evidence, evidence.signals, read.snapshot.url).verdict.kind : read.snapshot.kind;
}

/**
 * A read with its kind decided and its evidence cut to what that kind's reading judges (what the
 * content script sent when it classified the page itself). A read without signals (an eLicensing
 * page, a reader that failed) is already decided.
 */
export function judgeKind(read: Read): JudgedRead {
  const evidence = read.evidence;
  if (!evidence?.signals) return { snapshot: read.snapshot, ...(evidence ? { evidence: judgedEvidence(evidence) } : {}) };
  const url = read.snapshot.url;
  const { verdict, outline, lineRecords: outlineRecords, lists, said } = classified(evidence, evidence.signals, url);
  const { kind, byContent, typedFacts, ownFacts } = verdict;
  // Nobody's record here: a page of no kind, an eLicensing page (its readers are not NREMT's), a
  // Training Officer's view. A sign-in or sign-out page is told by the content script.
  const signInOrOut = read.snapshot.signInOrOut ? { signInOrOut: true } : {};
  if (kind === 'unknown' || kind === 'elicensing-license' || kind === 'elicensing-renewal') return { snapshot: { url, kind: 'unknown', ...signInOrOut } };
  // The page's short lines (headings, lines, labelled values) may say the role it is seen under,
  // and so may its top lines (a `<header>`'s own text, "MY ROLES: Training Officer", is no outline line),
  // but not a closed menu's last item after its toggle ("MY ROLES" + "Training Officer"): an offer.
  const lines = outline.flatMap((line) => (line.text === undefined ? [] : [line.text]));
  for (const line of evidence.top ?? []) if (!line.menu) lines.push(line.text);
  if (seenAs(evidence.signals.role, lines) === 'training-officer') return { snapshot: { url, kind: 'unknown', role: 'training-officer', ...signInOrOut } };
  // Someone else's record (a member under review, a roster's several members): nobody's own page.
  // A post of another member's holding the list, in a thread the user reads, or a thread of
  // several authors read signed out (others-post.ts).
  const [posts, top] = [said, evidence.top ?? []];
  if (showsOthers(evidence.title ?? '', lines, lists) || postedByOther(posts, top) || threadReadSignedOut(posts, top) || threadWithoutAccount(posts, top) || listPostedUnderOtherName(posts, chromePerson(top).name ?? formName(outline))) return { snapshot: { url, kind: 'unknown', ...signInOrOut } };
  // Several people's records (a station's roster pasted with each member's registry number): nobody's own list.
  // (Three numbers at least: the person's own beside a license number or a year range reads as two.)
  // (Or in the records' own cells: a roster's rows, "Abernathy, Colleen · EMT · E2219034 · 20.00 …".)
  const listed = (): number => new Set(lists.flatMap((list) => list.items.flatMap((item) => ('atoms' in item ? item.atoms.map((atom) => atom.text.trim().toUpperCase()).filter(isRegistryToken) : [])))).size;
  const registries = kind === 'nremt-education' ? Math.max(registryNumbersShown(outline), listed()) : 1;
  if (registries > 2) return { snapshot: { url, kind: 'unknown', ...signInOrOut } };
  // A chat marking its reader ("dlopez (you)") where another member's message holds the list: theirs.
  if (kind === 'nremt-education' && pastedByOther(evidence.outline ?? [])) return { snapshot: { url, kind: 'unknown', ...signInOrOut } };
  // Classes offered on a public schedule (a city's CE calendar), not the person's: no registry number says
  // whose, or several do (a newsletter's list of members who are done).
  if (kind === 'nremt-education' && registries !== 1 && showsCourseSchedule(outline, evidence.title, lists)) return { snapshot: { url, kind: 'unknown', ...signInOrOut } };
  const snapshot: PageSnapshot = { url, kind };
  const dashboard = kind === 'nremt-dashboard';
  const kept: PageEvidence = {};
  // A dashboard reads its application card; the application page its status.
  if (kind !== 'nremt-education') kept.application = evidence.application;
  if (kind === 'nremt-education') kept.education = evidence.education;
  // An application's courses only add to the list: kept where it shows some; so do a dashboard's,
  // kept where a table's header names a course's title and hours (a panel of the person's courses),
  // or a row of column titles drawn as blocks above the records does.
  const listsCourses = kind === 'nremt-application' ? evidence.signals.records > 0 : dashboard && (!!evidence.signals.courseTable || namesCourseColumns(lists));
  // A one-row table of the person's facts under a typed header (a database export) is their labelled facts, no course.
  const { lists: recordLists, lines: factLines } = typedFactRows(lists, outline);
  if ((kind === 'nremt-education' || listsCourses) && evidence.recordLists) kept.recordLists = recordLists;
  if (evidence.dayFirst) kept.dayFirst = true;
  if (byContent) kept.byContent = true;
  if (typedFacts) kept.typedFacts = true;
  if (ownFacts) kept.ownFacts = true;
  // Other pages than the dashboard read only a certifications table (a level and an expiration
  // column) of its tables as text: not an agency table, nor one without a header. A one-row
  // table without a header (the person's facts drawn as a grid's row) is the line it shows.
  let turned = false;
  kept.outline = outline.map((line) => {
    const table = line.table;
    if (!table || dashboard || (table.columns && !table.texts)) return line;
    const { table: _table, ...rest } = line;
    // A headerless one: short cells side by side (not a layout table's one cell around the whole page) are its line.
    const text = !table.columns && !rest.registry ? rowLine(table, true) : null;
    if (text === null) return rest;
    turned = true;
    return { text };
  });
  kept.outline = [...factLines, ...kept.outline];
  kept.top = evidence.top;
  if (evidence.title) kept.title = evidence.title;
  // The lines' records are classify's unless a table became a line (line-records.ts reads only the lines' text).
  const keptOutline = kept.outline;
  return { snapshot, evidence: kept, lineRecords: turned ? () => lineRecords(keptOutline, evidence.dayFirst ? 1 : 0) : outlineRecords };
}
