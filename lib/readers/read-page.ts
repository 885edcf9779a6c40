// Gathers what a page shows, for every kind of page alike: the page's kind is decided by
// judgeKind (judge-kind.ts, classify.ts) from this evidence, in the background for the content
// scripts. Pure function of a Document and a URL (the URL is only a hint). No zod here: content
// scripts send the result to the background, which validates it at that boundary (and readPage
// validates for everyone else). What needs no page to judge (the page's kind, the courses the
// records hold, the dashboard's facts and agency, the application's status, the person, facts
// stated in sentences, how much of the course list is shown, the page's own figures and
// requirements) is only gathered here as evidence and judged by finishRead (judge-page.ts).
import type { OutlineLine, PageSnapshot, SentEvidence, SentRecordItem, SentRecordList } from '../model';
import { RECORD_FIELDS } from '../vocabulary';
import { readApplicationEvidence } from './application-evidence';
import { noCoverageSignals, scanForCoverage } from './coverage';
import { isSubmitWording } from './submit-control';
import { dashboardTable, registryColumn } from './table-text';
import { tableHead, laterLayout, tableLayout } from './table';
import { LICENSE_FIELDS } from './license-events';
import { findRecords, type FoundRecords } from './records';
import { topLines } from './top-lines';
import { roleEvidence } from './role';
import { scanPage, type DrawingReader, type PairReader, type PreformattedReader, type ScanEvent } from './scan';
import { placedTexts } from './svg-text';
import { isPrintoutBox, printoutText } from './printout-text';
import { normaliseSpace, SKIPPED_TAGS } from './text';
import { isHiddenElement, renderedChildren, withShadowTrees } from './dom';
import { dateOrder, withDateOrder } from './date-order';
import { provenOrder } from './parse-date';
import { hasDigit } from './cut';

/**
 * The eLicensing readers, passed in by whoever reads both sites (readPage, `recert`). The NREMT
 * content script leaves them out to stay within its size budget: on nremt.org an eLicensing
 * page cannot be ours, so without them one is read as unknown.
 */
export interface LicenseReaders {
  license: (events: ScanEvent[], url: string | null, title: string) => PageRead;
  renewal: (events: ScanEvent[], title: string, url: string | null) => PageRead | null;
  /**
   * The read as the page's kind makes it: an eLicensing page read by `license` or `renewal`
   * (readPageUnchecked passes it, judge-page.ts; the content scripts never do).
   */
  finish?: (read: PageRead, events: ScanEvent[], title: string, url: string | null) => PageRead;
  /** A printout's lines as events (preformatted.ts): the eLicensing readers read them as the scan gives them. */
  preformatted?: PreformattedReader;
  /** A card drawn in SVG as its lines (scan.ts drawingEvents). */
  drawing?: DrawingReader;
  /** A line's "Label: value" pairs read on the page (the eLicensing readers read the events): else read in the background. */
  pairs?: PairReader;
}

/**
 * A plain-text printout (<pre>) as its text: the background reads its lines (preformatted.ts
 * withPrintouts), so the content script carries none of that reading.
 */
const printout: PreformattedReader = /* @__PURE__ */ Object.assign((el: Element): ScanEvent[] => [{ kind: 'title', text: printoutText(el), el, prominent: false, printout: true }], { isListing: isPrintoutBox });

/** A card drawn in SVG as its words where they are placed: the background reads its lines (preformatted.ts withPrintouts). */
const drawing: DrawingReader = (el) => {
  const drawn = placedTexts(el);
  // Fewer than two words: an icon or an avatar, no lines.
  return drawn.length > 1 ? [{ kind: 'title', text: '', el, prominent: false, drawn }] : [];
};

/**
 * What was read of a page: the snapshot so far and the evidence finishRead judges. A long page is
 * read in parts (lib/extension/sliced-read.ts): the parts join by putting their courses side by
 * side, and the joined courses are weighed against the page once.
 */
export interface PageRead {
  snapshot: PageSnapshot;
  evidence?: SentEvidence;
  /** Where an education page's courses were read from (the record elements): never sent. */
  records?: FoundRecords;
}

/** Reads a page whole: what it shows and the evidence to judge (see judge-page.ts). Unvalidated. */
export function readPageEvidence(document: Document, url: string | null, licenseReaders?: LicenseReaders): PageRead {
  const read = readPageParts(document, url, licenseReaders);
  // Judged only on an education page (see judge-kind.ts and finishRead).
  const education = read.evidence?.education;
  if (education) {
    const all = (document.body ?? document.documentElement).getElementsByTagName('*');
    education.coverage = scanForCoverage(all, 0, all.length, noCoverageSignals());
  }
  return read;
}

/** Everything a page shows but how much of its course list it shows (see readPageEvidence). */
export function readPageParts(document: Document, url: string | null, licenseReaders?: LicenseReaders): PageRead {
  const root = document.body ?? document.documentElement;
  if (!root) return { snapshot: { url, kind: 'unknown' } };
  // Numeric dates in the order the page's own dates prove ("14/10/2025": day first).
  return withDateOrder(provenOrder(textsOf(root)), () => withShadowTrees(() => readRoot(root, url, licenseReaders)));
}

/**
 * Each shown text node's text that holds a figure (a date's only chance), open shadow trees
 * included (sibling cells' texts are not glued together): a hidden dialog's date proves nothing
 * about the order of the dates shown. A plain recursive walk over indexed children (a generator's
 * delegation costs per level, and this walks the whole page).
 */
function textsOf(node: Node, texts: string[] = []): string[] {
  const children = renderedChildren(node) ?? node.childNodes;
  for (let i = 0, count = children.length; i < count; i++) {
    const child = children[i]!;
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      if (hasDigit(text)) texts.push(text);
    } else if (child.nodeType === 1 && !SKIPPED_TAGS.has((child as Element).tagName.toUpperCase()) && !isHiddenElement(child as Element, false)) textsOf(child, texts);
  }
  return texts;
}

function readRoot(root: Element, url: string | null, licenseReaders?: LicenseReaders): PageRead {
  const document = root.ownerDocument;
  const events = scanPage(root, licenseReaders?.preformatted ?? printout, licenseReaders?.drawing ?? drawing, licenseReaders?.pairs);
  let found = findRecords(root);
  // A page showing both orders (notes in one locale around a grid exported in another): the list's own rows prove its order.
  const own = dateOrder() > 2 ? provenOrder(found.items.flatMap((item) => ('pieces' in item ? item.pieces.map((piece) => ('t' in piece ? piece.t : '')) : []))) : 0;
  if (own === 1) found = withDateOrder(1, () => ({ ...findRecords(root), order: 1 }));
  const title = normaliseSpace(document.title ?? '');
  // Every kind's evidence: the background decides the kind and keeps what that kind reads.
  const snapshot: PageSnapshot = { url, kind: 'unknown' };
  const signals: NonNullable<SentEvidence['signals']> = { records: found.records };
  const current = (events.find((event) => event.el.isConnected) ?? events[0])?.el.ownerDocument.querySelector('[aria-current=page]')?.textContent;
  if (current) signals.current = current;
  for (const event of events) {
    if (event.kind === 'table') {
      // Its column titles in its head, or in a row of its body (a sheet's, under its title and facts).
      const columns = (tableLayout(event.el, RECORD_FIELDS) ?? laterLayout(event.el, RECORD_FIELDS))?.columns;
      // A course table's "#" column counts its rows: no license number.
      if (columns?.courseTitle !== undefined && columns.hours !== undefined) signals.courseTable = true;
      else if ((tableLayout(event.el, ['licenseNumber', 'expiresOn']) ?? laterLayout(event.el, LICENSE_FIELDS))?.columns.licenseNumber !== undefined) signals.licenseTable = true;
    } else if (event.kind === 'button' && isSubmitWording(event.text)) signals.submitButton = true;
  }
  // A Training Officer's views show other people's names and courses: what the page shows of its
  // role is judged in the background with the outline's lines (role.ts seenAs).
  const role = roleEvidence(root, events.flatMap((event) => (event.kind === 'button' ? [event.text] : [])));
  if (role) signals.role = role;
  const evidence: SentEvidence = {
    signals,
    // The dashboard's application card, the application page's status and Submit control.
    application: readApplicationEvidence(events, root),
    // The courses its records hold are read by finishRead.
    education: { foundCourseList: found.records > 0 },
    recordLists: [recordList(found)],
    outline: outlineOf(events, found),
    top: topLines(root),
  };
  // The judge reads the page's sentences and labelled values in the same order.
  if (dateOrder() === 1) evidence.dayFirst = true;
  if (title) evidence.title = title;
  const read: PageRead = { snapshot, evidence, records: found };
  // Whoever reads both sites (readPage, `recert`) knows the kind here (judge-page.ts).
  return licenseReaders?.finish ? licenseReaders.finish(read, events, title, url) : read;
}

/**
 * The record finder's items as sent: a record's element only tells whether it is a table row; its
 * pieces of text are read into atoms in the background (record-pieces.ts).
 */
function recordList(found: FoundRecords): SentRecordList {
  const items = found.items.map((item): SentRecordItem => {
    if (item.kind !== 'record' && item.kind !== 'unread') return item;
    const { el, ...sent } = item;
    return el.tagName === 'TR' || el.getAttribute('role') === 'row' ? { ...sent, row: true } : sent;
  });
  return { dateOrder: found.order ?? dateOrder(), items };
}

/** A line of the site's menu or a tab list (a timeline's "Local", a contents' "National Component", a tab "By month") names no section of the page. */
function navOf(el: Element): { nav?: true } {
  return el.closest('nav,[role=navigation],[role=tablist]') ? { nav: true } : {};
}

/**
 * The page's headings, lines of text, labelled values and tables, in reading order; a table a
 * fact may sit in as text (see table-text.ts): a dashboard's agency and header-less tables unless
 * they hold course records (the background keeps those only on a dashboard, judge-kind.ts).
 */
function outlineOf(events: readonly ScanEvent[], found: FoundRecords): OutlineLine[] {
  // The elements holding a record (a course table's rows are never sent as text).
  const holders = new Set<Node>();
  for (const item of found.items) {
    if (item.kind !== 'record' && item.kind !== 'unread') continue;
    for (let node: Node | null = item.el; node && !holders.has(node); node = node.parentNode) holders.add(node);
  }
  const outline: OutlineLine[] = [];
  for (const event of events) {
    if (event.kind === 'heading') outline.push({ heading: event.level, text: event.text, ...navOf(event.el) });
    else if (event.kind === 'title') outline.push(event.printout ? { pre: event.text, ...navOf(event.el) } : event.drawn ? { drawn: event.drawn } : { text: event.text, ...navOf(event.el) });
    else if (event.kind === 'pair') outline.push({ text: `${event.label}: ${event.value}`, label: event.label });
    else if (event.kind === 'said') outline.push({ said: event.text, ...(event.mode ? { m: event.mode } : {}) });
    else if (event.kind === 'table') {
      // Its header rows, found once for both readings.
      const head = tableHead(event.el);
      const table = dashboardTable(event.el, !holders.has(event.el), head);
      const registry = registryColumn(event.el, head);
      outline.push({ ...(table ? { table } : {}), ...(registry ? { registry } : {}) });
    }
  }
  return outline;
}
