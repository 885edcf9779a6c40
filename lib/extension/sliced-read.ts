// Reading a very long course list without blocking the page. The readers are synchronous and
// read a whole document; on a 5,000-course page that is one task of several hundred ms. So the
// page is read as slices: inert copies of it (documents without a browsing context: nothing
// loads, nothing runs) that keep everything but hold only some hundreds of the course-table rows
// each; each slice is read in its own task, and the slices' courses are put back together in
// page order. Content-script side: no storage, no zod.
import type { PageSnapshot } from '../model';

/** Rows per slice: well under 50 ms of reading in Chromium even on a busy machine. */
export const SLICE_ROWS = 250;
/** Below this many rows the page is read whole (one short task). */
export const SLICE_THRESHOLD = 500;

type Read = (doc: Document, url: string) => PageSnapshot;

interface Sliceable {
  rows: Element[];
  /** For each row, the index of its <tbody> among the template's <tbody> elements. */
  sectionIndex: number[];
}

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

/** A copy of `node` in `into`, without the `skip` subtrees; records where each skipped row's section went. */
function copyWithout(node: Node, into: Document, skip: Set<Node>, sections: Map<Node, Node>): Node {
  const copy = into.importNode(node, false);
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (skip.has(child)) continue;
    copy.appendChild(copyWithout(child, into, skip, sections));
  }
  if (sections.has(node)) sections.set(node, copy);
  return copy;
}

function slicePlan(body: Element, rows: Element[], template: Document): Sliceable & { templateBody: Node } {
  const sections = new Map<Node, Node>();
  for (const row of rows) if (row.parentNode) sections.set(row.parentNode, row.parentNode);
  const templateBody = copyWithout(body, template, new Set(rows), sections);
  const templateSections = Array.from((templateBody as Element).querySelectorAll('tbody'));
  const sectionIndex = rows.map((row) => templateSections.indexOf(sections.get(row.parentNode as Node) as HTMLTableSectionElement));
  return { rows, sectionIndex, templateBody };
}

// What a slice's read may hold and still be joined: fields about the page as a whole that no row
// changes, plus the rows' courses and unread rows. A field judged over all rows (how many
// courses the page says it shows against how many were read) cannot be joined from slices: then
// the page is read whole.
const JOINABLE = new Set(['url', 'kind', 'person', 'certification', 'agency', 'courses', 'unread', 'application', 'license', 'requirements', 'unreadReason']);

/** Puts the slices' reads back together; null when they cannot be (then read the page whole). */
export function joinSlices(parts: readonly PageSnapshot[]): PageSnapshot | null {
  const [first] = parts;
  if (!first || parts.some((part) => part.kind !== first.kind)) return null;
  if (parts.some((part) => Object.keys(part).some((key) => !JOINABLE.has(key)))) return null;
  const joined: PageSnapshot = { ...first };
  if (parts.some((part) => part.courses)) joined.courses = parts.flatMap((part) => part.courses ?? []);
  if (parts.some((part) => part.unread)) joined.unread = parts.flatMap((part) => part.unread ?? []);
  const error = parts.find((part) => part.unreadReason)?.unreadReason;
  if (error) joined.unreadReason = error;
  return joined;
}

/**
 * Reads `doc` with `read`, in slices with `pause()` between them when its course tables are long.
 * Same result as read(doc, url) (see the test), in tasks of a few hundred rows each.
 */
export async function readInSlices(doc: Document, url: string, read: Read, pause: () => Promise<void>): Promise<PageSnapshot> {
  const body = doc.body;
  const rows = body ? sliceableRows(body) : [];
  if (!body || rows.length < SLICE_THRESHOLD) return read(doc, url);
  const implementation = doc.implementation;
  const plan = slicePlan(body, rows, implementation.createHTMLDocument(''));
  const parts: PageSnapshot[] = [];
  for (let start = 0; start < rows.length; start += SLICE_ROWS) {
    await pause();
    const slice = implementation.createHTMLDocument(doc.title);
    const sliceBody = slice.importNode(plan.templateBody, true) as HTMLElement;
    const sections = Array.from(sliceBody.querySelectorAll('tbody'));
    for (let i = start; i < Math.min(rows.length, start + SLICE_ROWS); i++) {
      sections[plan.sectionIndex[i] as number]?.appendChild(slice.importNode(rows[i] as Element, true));
    }
    slice.documentElement.replaceChild(sliceBody, slice.body);
    const part = read(slice, url);
    // A whole-page judgement in the first slice: slices cannot be joined, read whole at once.
    if (parts.length === 0 && joinSlices([part]) === null) break;
    parts.push(part);
  }
  await pause();
  return (parts.length > 0 ? joinSlices(parts) : null) ?? read(doc, url);
}
