// The page's kind, decided in the background from what the NREMT content script sends (so the
// content script carries no classifier): the script reads every kind's evidence alike (read-page.ts),
// and this decides the kind (classify.ts) and keeps only the evidence that kind's reading judges.
// readPage runs it too (through finishRead), on the same read.
import type { PageEvidence, PageKind, PageSnapshot, RecordList } from '../model';
import { RECORD_FIELDS } from '../vocabulary';
import { matchLabel } from './labels';
import { classify } from './classify';
import { lineRecords } from './line-records';
import { withPrintouts } from './preformatted';
import { seenAs } from './role';
import type { PageRead } from './read-page';

type Read = Pick<PageRead, 'snapshot' | 'evidence'>;

/** Kinds already told, by the evidence they were told from (readPage asks twice: kindOfRead, then judgeKind). */
const told = new WeakMap<PageEvidence, { url: string | null; kind: ReturnType<typeof classify> }>();

/** What classify tells from a read's outline and signals (the content script's evidence). */
function classified(evidence: PageEvidence, signals: NonNullable<PageEvidence['signals']>, url: string | null) {
  const known = told.get(evidence);
  if (known && known.url === url) return known.kind;
  // A printout sent as its text, a drawn card as its placed words: read into their lines first (preformatted.ts).
  if (evidence.outline?.some((line) => line.pre !== undefined || line.drawn)) evidence.outline = withPrintouts(evidence.outline);
  const outline = evidence.outline ?? [];
  const lines = (): number => lineRecords(outline, evidence.dayFirst ? 1 : 0)?.items.filter((item) => item.kind === 'record').length ?? 0;
  const kind = classify(outline, { ...signals, title: evidence.title ?? '', url, lineRecords: lines });
  told.set(evidence, { url, kind });
  return kind;
}

/**
 * A list whose records follow a run of column titles naming a course's title and hours (a panel
 * drawn as plain boxes, "Course · Completed · Hours · Approval"): a table of courses without the
 * table's markup.
 */
function titledColumns(list: RecordList): boolean {
  const first = list.items.findIndex((item) => item.kind === 'record');
  const fields = new Set<string>();
  for (let at = first - 1; at >= 0; at--) {
    const item = list.items[at]!;
    const field = item.kind === 'text' ? matchLabel(item.text, RECORD_FIELDS) : null;
    if (!field) break;
    fields.add(field);
  }
  return fields.has('courseTitle') && fields.has('hours');
}

/** The kind classify tells from a read's outline and signals (the read's own kind when it has none). */
export function kindOfRead(read: Read): PageKind {
  const evidence = read.evidence;
  return evidence?.signals ? classified(evidence, evidence.signals, read.snapshot.url).kind : read.snapshot.kind;
}

/**
 * A read with its kind decided and its evidence cut to what that kind's reading judges (what the
 * content script sent when it classified the page itself). A read without signals (an eLicensing
 * page, a reader that failed) is already decided.
 */
export function judgeKind(read: Read): Read {
  const evidence = read.evidence;
  if (!evidence?.signals) return read;
  const url = read.snapshot.url;
  const { kind, byContent, typedFacts, ownFacts } = classified(evidence, evidence.signals, url);
  // Nobody's record here: a page of no kind, an eLicensing page (its readers are not NREMT's), a
  // Training Officer's view. A sign-in or sign-out page is told by the content script.
  const signInOrOut = read.snapshot.signInOrOut ? { signInOrOut: true } : {};
  if (kind === 'unknown' || kind === 'elicensing-license' || kind === 'elicensing-renewal') return { snapshot: { url, kind: 'unknown', ...signInOrOut } };
  // The page's short lines (headings, lines, labelled values) may say the role it is seen under,
  // and so may its top lines (a `<header>`'s own text, "MY ROLES: Training Officer", is no outline line).
  const lines = (evidence.outline ?? []).flatMap((line) => (line.text === undefined ? [] : [line.text]));
  for (const line of evidence.top ?? []) lines.push(line.text);
  if (seenAs(evidence.signals.role, lines) === 'training-officer') return { snapshot: { url, kind: 'unknown', role: 'training-officer', ...signInOrOut } };
  const snapshot: PageSnapshot = { url, kind };
  const dashboard = kind === 'nremt-dashboard';
  const kept: PageEvidence = {};
  // A dashboard reads its application card; the application page its status.
  if (kind !== 'nremt-education') kept.application = evidence.application;
  if (kind === 'nremt-education') kept.education = evidence.education;
  // An application's courses only add to the list: kept where it shows some; so do a dashboard's,
  // kept where a table's header names a course's title and hours (a panel of the person's courses).
  const listsCourses = kind === 'nremt-application' ? evidence.signals.records > 0 : dashboard && (!!evidence.signals.courseTable || (evidence.recordLists ?? []).some(titledColumns));
  if (kind === 'nremt-education' || listsCourses) kept.recordLists = evidence.recordLists;
  if (evidence.dayFirst) kept.dayFirst = true;
  if (byContent) kept.byContent = true;
  if (typedFacts) kept.typedFacts = true;
  if (ownFacts) kept.ownFacts = true;
  // Other pages than the dashboard read only a certifications table (a level and an expiration
  // column) of its tables as text: not an agency table, nor one without a header. A one-row
  // table without a header (the person's facts drawn as a grid's row) is the line it shows.
  kept.outline = (evidence.outline ?? []).map((line) => {
    const table = line.table;
    if (!table || dashboard || (table.columns && !table.texts)) return line;
    const { table: _table, ...rest } = line;
    const row = table.rows.length === 1 && !table.columns && !rest.registry ? table.rows[0]! : null;
    // Short cells side by side, not a layout table's one cell around the whole page.
    return row && row.length > 1 && row.every((cell) => cell.length <= 80) ? { text: row.join(' · ') } : rest;
  });
  kept.top = evidence.top;
  if (evidence.title) kept.title = evidence.title;
  return { snapshot, evidence: kept };
}
