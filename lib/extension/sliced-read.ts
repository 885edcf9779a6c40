// Reading a very long course list without blocking the page. The readers are synchronous and
// read a whole document; on a 5,000-course page that is one task of several hundred ms. So the
// page is read as slices: inert copies of it (documents without a browsing context: nothing
// loads, nothing runs) that keep everything but hold only some of the course-table rows each,
// and carry what the live page's layout hides and its open shadow roots. Each slice is read in
// its own task, the slices' courses are put back together in page order, and what is judged
// over the whole course list (how much of it the page shows, its own hours figures against the
// joined courses) is gathered once, from the live page, in short steps too, and judged with the
// rest of the evidence by the background (lib/readers/judge-page.ts). Content-script side: no
// storage, no zod.
import type { PageSnapshot } from '../model';
import { topLines } from '../readers/top-lines';
import { hasLayout, hiddenByLayout, isHiddenElement, lendLayout } from '../readers/dom';
import { noCoverageSignals, scanForCoverage } from '../readers/coverage';
import { readPageEvidence, readPageParts, type PageRead } from '../readers/read-page';
import { SKIPPED_TAGS } from '../readers/text';

/** Below this many course-table rows the page is read whole (one short task). */
export const SLICE_THRESHOLD = 500;

export interface SliceOptions {
  /** Rows below which the page is read whole. */
  threshold?: number;
  /** Rows in the first slice; later slices are sized from how long the last one took. */
  firstRows?: number;
  /** Rows in every slice, whatever the pace (tests). */
  sliceRows?: number;
  /** Longest a step should run before letting the page work (ms). */
  stepMs?: number;
  now?: () => number;
  /** The readers (tests watch which documents they read). */
  readers?: { parts: typeof readPageParts; whole: typeof readPageEvidence };
}

const MIN_ROWS = 10;
const MAX_ROWS = 2000;

/** Body rows of top-level tables with a <thead> (their header stays in every slice), in page order. */
function sliceableRows(body: Element): Element[] {
  const rows: Element[] = [];
  for (const table of Array.from(body.querySelectorAll('table'))) {
    if (table.parentElement?.closest('table')) continue; // nested tables travel with their row
    const sections = Array.from(table.children);
    if (!sections.some((section) => section.tagName.toUpperCase() === 'THEAD')) continue;
    for (const section of sections) {
      if (section.tagName.toUpperCase() !== 'TBODY') continue;
      for (const row of Array.from(section.children)) if (row.tagName.toUpperCase() === 'TR') rows.push(row);
    }
  }
  return rows;
}

/** Marks `node` and its ancestors (up to one already marked): the copy must go down to it. */
function markPath(node: Node | null, careful: Set<Node>): void {
  for (; node && !careful.has(node); node = node.parentNode) careful.add(node);
}

/**
 * One walk over the live page, in short steps: the elements its layout hides (the readers' walks
 * never go below one) and the nodes a copy must build one by one (those above a row, a hidden
 * element or a shadow host); everything else is copied by the browser in one deep import.
 */
async function survey(root: Element, rows: readonly Element[], live: boolean, step: Stepper): Promise<{ hidden: Set<Element>; careful: Set<Node> }> {
  const hidden = new Set<Element>();
  const careful = new Set<Node>();
  for (const row of rows) markPath(row.parentNode, careful);
  const stack: Element[] = [root];
  for (let seen = 1; stack.length > 0; seen++) {
    if (seen % 256 === 0) await step.maybePause();
    const el = stack.pop() as Element;
    if (isHiddenElement(el, false)) continue; // hidden by its own attributes: the same in a copy
    if (live && hiddenByLayout(el)) {
      hidden.add(el);
      markPath(el.parentNode, careful);
      continue;
    }
    if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) continue;
    const shadow = el.shadowRoot;
    if (shadow) {
      markPath(el, careful);
      for (let child = shadow.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return { hidden, careful };
}

interface CopyContext {
  into: Document;
  skip: ReadonlySet<Node>;
  /** Nodes with a row, a hidden element or a shadow root below them (see survey). */
  careful: ReadonlySet<Node>;
  /** Live elements the page's layout hides, and the copies made of them. */
  hidden: ReadonlySet<Element>;
  hiddenCopies: WeakSet<Element>;
  /** The live row sections (<tbody>), mapped to their copies as they are made. */
  sections: Map<Node, Node | null>;
  /** What each row section holds besides its rows and the white space between them. */
  sectionKeeps: ReadonlyMap<Node, readonly Node[]>;
}

/** A deep copy of `node` without the `skip` subtrees; open shadow roots are copied as shadow roots. */
function copyOf(node: Node, context: CopyContext): Node {
  if (!context.careful.has(node)) {
    // Nothing below needs care: the browser's deep import (a template's content included).
    const copy = context.into.importNode(node, true);
    if (context.hidden.has(node as Element)) context.hiddenCopies.add(copy as Element);
    return copy;
  }
  const copy = context.into.importNode(node, false);
  const shadow = (node as Element).shadowRoot;
  if (shadow) {
    const copiedShadow = (copy as Element).attachShadow({ mode: 'open' });
    for (let child = shadow.firstChild; child; child = child.nextSibling) copiedShadow.appendChild(copyOf(child, context));
  }
  const kept = context.sectionKeeps.get(node);
  if (kept) {
    // A row section: what it holds besides rows (thousands of them, copied one slice at a time).
    for (const child of kept) copy.appendChild(copyOf(child, context));
    context.sections.set(node, copy);
    return copy;
  }
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (!context.skip.has(child)) copy.appendChild(copyOf(child, context));
  }
  return copy;
}

/** An inert copy of the page holding only `rows` of its sliceable rows (their copies in `copiedRows`). */
function sliceOf(doc: Document, body: HTMLElement, page: Survey, rows: readonly Element[], copiedRows: Set<Node>, live: boolean): Document {
  const slice = doc.implementation.createHTMLDocument(doc.title);
  const sections = new Map<Node, Node | null>();
  const context: CopyContext = { into: slice, skip: page.rows, careful: page.careful, hidden: page.hidden, hiddenCopies: new WeakSet(), sections, sectionKeeps: page.sectionKeeps };
  const copiedBody = copyOf(body, context);
  for (const row of rows) {
    const copy = copyOf(row, context);
    copiedRows.add(copy);
    const section = row.parentNode ? sections.get(row.parentNode) : null;
    section?.appendChild(copy);
  }
  slice.documentElement.replaceChild(copiedBody, slice.body);
  if (live) lendLayout(slice, context.hiddenCopies);
  return slice;
}

interface Survey {
  rows: ReadonlySet<Node>;
  hidden: ReadonlySet<Element>;
  careful: ReadonlySet<Node>;
  /** Each row section (<tbody>) with what it holds besides its rows. */
  sectionKeeps: ReadonlyMap<Node, readonly Node[]>;
}

interface Stepper {
  /** Pauses when the step has run its time. */
  maybePause(): Promise<void>;
  /** Pauses now, and starts a new step. */
  pauseNow(): Promise<void>;
}

/** Pauses once a step has run `stepMs` (state in a closure: the minifier shortens its names). */
function stepper(pause: () => Promise<void>, stepMs: number, now: () => number): Stepper {
  let started = now();
  const pauseNow = async (): Promise<void> => {
    await pause();
    started = now();
  };
  return {
    maybePause: async () => {
      if (now() - started >= stepMs) await pauseNow();
    },
    pauseNow,
  };
}

/** Whether every course (and unread row) of a slice's read comes from one of its sliced rows. */
function coursesOnlyFrom(part: PageRead, rows: ReadonlySet<Node>): boolean {
  for (const item of part.records?.items ?? []) {
    if (item.kind !== 'record' && item.kind !== 'unread') continue;
    let node: Node | null = item.el;
    while (node && !rows.has(node)) node = node.parentNode;
    if (!node) return false;
  }
  return true;
}

/**
 * The page-wide fields of a slice's read: equal in every slice, or the slices cannot be joined.
 * The top lines are not compared: the joined read takes them from the live page.
 */
function pageFields(read: PageRead): string {
  const { courses: _courses, unread: _unread, ...rest } = read.snapshot;
  const { top: _top, education: _education, recordLists: _lists, signals, ...evidence } = read.evidence ?? {};
  const { records: _records, ...page } = signals ?? { records: 0 };
  return JSON.stringify([rest, evidence, page]);
}

/** Puts the slices' reads back together, in page order; null when they disagree about the page. */
export function joinSlices(parts: readonly PageRead[]): PageRead | null {
  const [first] = parts;
  // Only a course list is joined: a page that long showing the Submit control (an application
  // listing hundreds of courses) reads controls whose visibility only the live page knows.
  if (!first || parts.some((part) => part.evidence?.application?.control)) return null;
  const fields = pageFields(first);
  if (parts.some((part) => pageFields(part) !== fields)) return null;
  const joined: PageRead = { snapshot: { ...first.snapshot } };
  if (first.evidence) {
    joined.evidence = { ...first.evidence };
    // Each slice's course list is read on its own (its headings, its date order), in page order.
    if (first.evidence.recordLists) joined.evidence.recordLists = parts.flatMap((part) => part.evidence?.recordLists ?? []);
    if (first.evidence.education) joined.evidence.education = { foundCourseList: parts.some((part) => part.evidence?.education?.foundCourseList) };
    const signals = first.evidence.signals;
    if (signals) joined.evidence.signals = { ...signals, records: parts.reduce((sum, part) => sum + (part.evidence?.signals?.records ?? 0), 0) };
  }
  return joined;
}

/**
 * Reads `doc` as readPageEvidence does, in steps with `pause()` between them when its course
 * tables are long: the same result (see the test), in tasks of a few milliseconds each.
 */
export async function readInSlices(doc: Document, url: string, pause: () => Promise<void>, options: SliceOptions = {}): Promise<PageRead> {
  const { parts: readParts, whole: readWhole } = options.readers ?? { parts: readPageParts, whole: readPageEvidence };
  const body = doc.body;
  const rows = body ? sliceableRows(body) : [];
  if (!body || rows.length < (options.threshold ?? SLICE_THRESHOLD)) return readWhole(doc, url);
  const now = options.now ?? (() => Date.now());
  const step = stepper(pause, options.stepMs ?? 10, now);
  await step.pauseNow();
  const live = hasLayout(doc);
  const { hidden, careful } = await survey(body, rows, live, step);
  const rowSet = new Set<Node>(rows);
  const sectionKeeps = new Map<Node, Node[]>();
  for (const section of new Set(rows.map((row) => row.parentNode as Node))) {
    const kept: Node[] = [];
    for (let child = section.firstChild; child; child = child.nextSibling) {
      if (!rowSet.has(child) && !(child.nodeType === 3 && (child.nodeValue ?? '').trim() === '')) kept.push(child);
    }
    sectionKeeps.set(section, kept);
  }
  const page: Survey = { rows: rowSet, hidden, careful, sectionKeeps };
  const parts: PageRead[] = [];
  let size = options.sliceRows ?? options.firstRows ?? 25;
  const target = options.stepMs ?? 10;
  for (let start = 0; start < rows.length; ) {
    await step.pauseNow();
    const began = now();
    const end = Math.min(rows.length, start + size);
    const copiedRows = new Set<Node>();
    const part = readParts(sliceOf(doc, body, page, rows.slice(start, end), copiedRows, live), url);
    // A course read from outside the sliced rows would be in every slice: only a whole read can say.
    if (!coursesOnlyFrom(part, copiedRows)) return readWhole(doc, url);
    // The slice's elements are not needed any more: let them go.
    delete part.records;
    parts.push(part);
    const took = now() - began;
    // The next slice as large as fits the target at this slice's pace.
    size = options.sliceRows ?? Math.max(MIN_ROWS, Math.min(MAX_ROWS, took > 0 ? Math.floor(((end - start) * target) / took) : size * 2));
    start = end;
  }
  const joined = joinSlices(parts);
  // The slices disagree about the page itself: only a whole read can say what it shows.
  if (!joined) return readWhole(doc, url);
  await step.pauseNow();
  // Judged only on an education page (see judge-kind.ts and finishRead).
  const education = joined.evidence?.education;
  if (education) {
    let coverage = noCoverageSignals();
    const all = Array.from(body.getElementsByTagName('*'));
    for (let from = 0; from < all.length; from += 2000) {
      await step.maybePause();
      coverage = scanForCoverage(all, from, Math.min(all.length, from + 2000), coverage);
    }
    education.coverage = coverage;
  }
  // The person in the page's chrome: from the live page's top lines, as a whole read finds them.
  if (joined.evidence?.top) joined.evidence.top = topLines(body);
  return joined;
}
