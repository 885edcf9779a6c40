// What an eLicensing page shows, as the license readers judge it in the background
// (elicensing.ts, renewal-application.ts): the scan's events with their elements read out as
// text, so the eLicensing content script carries none of the judging (bundle budget).
import type { LicenseEvent } from '../model';
import type { LabelField } from './labels';
import type { ScanEvent } from './scan';
import { bodyRows, cellsOf, laterLayout, ownRows, tableLayout } from './table';
import { INLINE_TAGS, normaliseSpace, SKIPPED_TAGS, textOf } from './text';
import { isHidden } from './dom';

export const LICENSE_FIELDS: readonly LabelField[] = ['licenseNumber', 'licenseType', 'licenseStatus', 'expiresOn', 'renewalStatus'];

/** A <dt>'s <dd> (a <dt> whose words are no known label, "Renewal fee", is read with it). */
function descriptionOf(el: Element): string | undefined {
  const dd = el.tagName.toUpperCase() === 'DT' ? el.nextElementSibling : null;
  return dd && dd.tagName.toUpperCase() === 'DD' ? textOf(dd) : undefined;
}

function tableEvent(table: Element, next: Element | undefined): LicenseEvent {
  // A fees table's first rows ("Renewal Fee | $125.00 | Amount Due").
  const event: LicenseEvent = { kind: 'table', rows: ownRows(table).slice(0, 50).map((row) => textOf(row)) };
  const layout = tableLayout(table, LICENSE_FIELDS) ?? laterLayout(table, LICENSE_FIELDS);
  if (layout) {
    event.columns = layout.columns;
    let body = bodyRows(table, layout);
    // A report's header row below its first: its rows end at the next empty row (another section follows).
    const end = body.findIndex((row) => !textOf(row));
    if (layout.headerRow !== ownRows(table)[0] && end >= 0) body = body.slice(0, end);
    // A grid drawing its header and its body as two tables (a fixed header over a scrolling
    // body): the body is the next table, when each of its rows is as wide as the header.
    const width = layout.headerTexts.length;
    if (body.length === 0 && next && ownRows(next).every((row) => cellsOf(row).length === width)) body = ownRows(next);
    event.cells = body.map((row) => cellsOf(row).map((cell) => textOf(cell)));
  } else {
    // A header its words do not name (or none): every row's cells, read by their values.
    event.cells = ownRows(table).slice(0, 50).map((row) => cellsOf(row).map((cell) => textOf(cell)));
  }
  return event;
}

interface Trailing {
  node: Node;
  text: string;
}

/**
 * Text after a block inside its box (Drupal's status message after its visually hidden heading:
 * "<h2>Status message</h2>Your payment … was received"): the scan reads only what comes before a
 * box's blocks. Each run of text and inline elements after a block (cut at <br>) is a line; a run
 * of elements only was read by the scan already.
 */
function linesAfterBlocks(box: Element, lines: Trailing[]): void {
  let after = false;
  let run: Trailing | null = null;
  let bare = false;
  const close = (): void => {
    if (run && bare && (run.text = normaliseSpace(run.text))) lines.push(run);
    run = null;
    bare = false;
  };
  for (let node = box.firstChild; node; node = node.nextSibling) {
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    // A comment is no text; a script's is none either.
    if (SKIPPED_TAGS.has(tag) || (!tag && node.nodeType !== 3)) continue;
    if (tag && !INLINE_TAGS.has(tag)) {
      close();
      after ||= tag !== 'BR';
      continue;
    }
    // Layout is asked only of the few inline elements after a block.
    if (!after || (tag && isHidden(node as Element))) continue;
    run ??= { node, text: '' };
    run.text += ` ${tag ? textOf(node) : node.nodeValue} `;
    bare ||= !tag && !!node.nodeValue?.trim();
  }
  close();
}

export function licenseEvents(events: readonly ScanEvent[]): LicenseEvent[] {
  const shown = events.map((event, index): LicenseEvent => {
    if (event.kind === 'table') return tableEvent(event.el, events.slice(index + 1).find((other) => other.kind === 'table')?.el);
    if (event.kind === 'pair') return { kind: 'pair', label: event.label, value: event.value, inTable: !!event.table };
    const dd = descriptionOf(event.el);
    const shown: Extract<LicenseEvent, { dd?: string }> =
      // (A line read on the page always has its pairs read there too: no 'said' event here.)
      event.kind === 'button' ? { kind: 'button', text: event.text, disabled: event.disabled } : { kind: event.kind === 'said' ? 'title' : event.kind, text: event.text };
    if (dd !== undefined) shown.dd = dd;
    return shown;
  });
  // The lines after blocks the scan left out, each before the first event after it.
  const known = JSON.stringify(shown);
  const lines: Trailing[] = [];
  for (const box of new Set(events.map((event) => event.el.parentElement))) if (box) linesAfterBlocks(box, lines);
  const left = lines.filter((line) => !known.includes(JSON.stringify(line.text).slice(1, -1))).sort((a, b) => (a.node.compareDocumentPosition(b.node) & 4 ? -1 : 1));
  if (left.length === 0) return shown;
  const all: LicenseEvent[] = [];
  let next = 0;
  const take = (): number => all.push({ kind: 'title', text: left[next++]!.text });
  events.forEach((event, index) => {
    // DOCUMENT_POSITION_FOLLOWING: the event comes after the line.
    while (next < left.length && left[next]!.node.compareDocumentPosition(event.el) & 4) take();
    all.push(shown[index]!);
  });
  while (next < left.length) take();
  return all;
}
