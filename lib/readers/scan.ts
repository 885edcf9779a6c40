// One pass over the page in reading order, collecting what a person anchors on: headings,
// "label: value" pairs (dt/dd, th/td, label elements, "Label: value" text), tables, buttons.
// Readers then work on this list instead of querying the document again (linear time).
import { LABEL_FIELDS, MAX_LABEL_LENGTH, PAIR_SEPARATOR, matchLabel, splitLabelled, splitLabelledAll, startsLabelled, type LabelField } from './labels';
import { cellsOf, isAriaTable, isColumnLetters, isLabelRow, isRowNumber, ownRows } from './table';
import { controlOf, controlValue, hasLayout, isChecked, isChoice, isHidden, isHiddenElement, keepsLineBreaks, renderedChildren, renderedElements, shadowOf } from './dom';
import { INLINE_TAGS, SKIPPED_TAGS, isInline, normaliseSpace, shortTextOf, textOf } from './text';
import { endsWithColon, withoutColon, withoutLeadingColon } from './cut';
import { drawnLines, placedTexts, type Placed } from './svg-text';

export interface HeadingEvent {
  kind: 'heading';
  level: number;
  text: string;
  el: Element;
}
export interface PairEvent {
  kind: 'pair';
  /** The label as the page wrote it (without the colon). */
  label: string;
  value: string;
  el: Element;
  /** The table the pair sits in, if any (a course table's cells are read by the table reader). */
  table: Element | null;
}
export interface TableEvent {
  kind: 'table';
  el: Element;
}
export interface TitleEvent {
  /** A line of text outside labels: a course title candidate in card layouts. */
  kind: 'title';
  text: string;
  el: Element;
  /** A bold line, a <dt>, or the first line of a block whose other lines are labelled. */
  prominent: boolean;
  /** A plain-text printout's (<pre>) whole text, read into its lines in the background (read-page.ts). */
  printout?: true;
  /** A card drawn in SVG: its words where they are placed, read into its lines in the background (read-page.ts). */
  drawn?: Placed[];
}
export interface ButtonEvent {
  kind: 'button';
  text: string;
  disabled: boolean;
  el: Element;
}
/**
 * A line whose "Label: value" pairs are read in the background (the NREMT content script carries
 * no pair reading: see PairReader): `mode` LINE, its pairs or else the line itself; PAIRS, its
 * pairs only; VALUES, its pairs with a value only.
 */
export interface SaidEvent {
  kind: 'said';
  text: string;
  mode: number;
  el: Element;
}
export type ScanEvent = HeadingEvent | PairEvent | TableEvent | TitleEvent | ButtonEvent | SaidEvent;

export const LINE = 0;
export const PAIRS = 1;
export const VALUES = 2;

/** How a line's "Label: value" pairs are read on the page (pairEvents); none: in the background (SaidEvent). */
export type PairReader = (text: string, el: Element, table: Element | null, mode: number, prominent: boolean) => ScanEvent[];

const ALL_FIELDS: readonly LabelField[] = LABEL_FIELDS;
export const HEADING_TAGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const VALUE_BUDGET = 300;
/** A list item's marker drawn as text (a note editor's bullet): no part of the line after it. */
const BULLET = /^[•◦‣∙*-]\s*/;
const TITLE_TAGS = new Set(['STRONG', 'B', 'LI', 'SUMMARY', 'P', 'DIV', 'SPAN', 'A']);

interface Segment {
  label: string | null;
  text: string;
}

/**
 * A leafish block cut into lines at <br> and at inline label elements
 * ("<b>Hours:</b> 2 <b>Approval #:</b> 25-…"). One segment means "nothing to cut".
 */
function segmentsOf(el: Element, blocks?: Element[], split = !!blocks): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { label: null, text: '' };
  const close = (): void => {
    const text = withoutLeadingColon(normaliseSpace(current.text));
    if (current.label || text) segments.push({ label: current.label, text });
    current = { label: null, text: '' };
  };
  const read = (parent: Element): void => {
    let row: number | null = null;
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Text whose line breaks the page keeps (pre-wrap: a pasted message): each line its own.
        const value = child.nodeValue ?? '';
        const lines = split ? value.split('\n') : [value];
        lines.forEach((line, at) => {
          if (at > 0) close();
          current.text += line;
        });
        continue;
      }
      if (child.nodeType !== 1) continue;
      const childEl = child as Element;
      const childTag = childEl.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(childTag)) continue;
      // An OCR layer's lines (hOCR: spans placed by a "bbox x0 y0 x1 y1" title): a box on another row starts a line.
      const top = boxTop(childEl);
      if (top !== null && row !== null && top !== row) close();
      if (top !== null) row = top;
      if (childTag === 'BR') {
        close();
        continue;
      }
      // A block among the kept lines (a message's time stamp box) is read on its own.
      if (blocks && (!isInline(childEl, childTag) || !isLeafish(childEl))) {
        close();
        blocks.push(childEl);
        continue;
      }
      // An inline wrapper around lines (a chat message's <span>, its lines broken by <br>): its lines are the block's.
      if (childEl.querySelector('br')) {
        if (!isHidden(childEl)) read(childEl);
        continue;
      }
      const childText = textOf(childEl);
      if (childTag !== 'A' && isLabelText(childText) && endsWithColon(childText + (child.nextSibling?.nodeValue ?? '').slice(0, 2))) {
        close();
        current.label = withoutColon(childText);
        continue;
      }
      current.text += ` ${childText} `;
    }
  };
  read(el);
  close();
  return segments;
}

/** The top of the box an OCR layer places an element in (hOCR's title "bbox 150 90 493 134; …"), or null. */
function boxTop(el: Element): number | null {
  const parts = (el.getAttribute('title') ?? '').split(' ');
  return parts[0] === 'bbox' && parts.length > 4 ? Number(parts[2]) : null;
}

/** Own text broken into lines that the page shows as lines (`white-space: pre-wrap`: a pasted message). */
function keepsLines(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim().includes('\n')) return keepsLineBreaks(el);
  }
  return false;
}

/** Own text after a <br> beside blocks: a converter's page (pdftohtml) ends every run of text with <br>. */
function brokenText(el: Element): boolean {
  let br = false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeName === 'BR') br = true;
    else if (br && child.nodeType === 3 && child.nodeValue!.trim()) return true;
  }
  return false;
}

/** An empty element's aria-label: all a canvas app's semantics node says. */
function spokenOnly(el: Element): string {
  return el.firstChild ? '' : normaliseSpace(el.getAttribute('aria-label') ?? '');
}

/** The text before an element's first child element ("License Number" in "License Number<p>…"). */
function leadingText(el: Element): string {
  let lead = '';
  for (let child = el.firstChild; child && child.nodeType !== 1; child = child.nextSibling) lead += child.nodeValue ?? '';
  return normaliseSpace(lead);
}

export function isLabelText(text: string): boolean {
  const bare = withoutColon(text);
  // "Status: Current" is a label and its value, even when "Status Current" would read as a label.
  if (bare.includes(':')) return false;
  return bare.length > 0 && bare.length <= MAX_LABEL_LENGTH && matchLabel(bare, ALL_FIELDS) !== null;
}

/** A child whose whole text is a field's label ("<span>License Status</span>"). */
function hasLabelChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (isLabelText(shortTextOf(child, MAX_LABEL_LENGTH + 4) ?? '')) return true;
  return false;
}

function isLeafish(el: Element): boolean {
  if (renderedChildren(el)) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    // An icon's drawing (<svg><circle/></svg>) is skipped; a card drawn with words is a block.
    if (SKIPPED_TAGS.has(tag)) {
      if (isDrawnCard(child)) return false;
      continue;
    }
    // An empty custom element (a web component's status symbol, `<rux-status>`) holds no words;
    // one labelled for screen readers (a canvas app's semantics node) says them there, and a
    // shadow host holds its words in its shadow root.
    if (tag.includes('-') && !child.firstChild && !child.hasAttribute('aria-label') && !shadowOf(child)) continue;
    // A hidden box (a margin note's check box toggle) shows nothing: the words around it are one text.
    if (!isInline(child, tag) && tag !== 'BR' && !isHidden(child)) return false;
    // An inline wrapper around blocks (<a><div>…</div></a>) is not leafish either.
    if (child.firstElementChild && !isLeafish(child)) return false;
  }
  return true;
}

/** An SVG drawing with words in it (two or more texts): a card, not an icon or an avatar's initials. */
function isDrawnCard(el: Element): boolean {
  return el.tagName.toUpperCase() === 'SVG' && el.querySelectorAll('text').length > 1;
}

export const BOLD_TAGS = new Set(['STRONG', 'B']);

/**
 * A bold line: <strong>/<b> itself, or a block whose only content is one bold element
 * (a card header <div><strong>Title</strong></div>), however deeply wrapped.
 */
export function isBoldLine(el: Element, tag: string): boolean {
  if (BOLD_TAGS.has(tag)) return true;
  const only = el.firstElementChild;
  if (!only || only.nextElementSibling) return false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim() !== '') return false;
  }
  return isBoldLine(only, only.tagName.toUpperCase());
}

/** Blocks wrapped around one line of text (<h1><div><div>Title</div></div></h1>): still that line. */
function wrapsOneLine(el: Element): boolean {
  const only = el.firstElementChild;
  if (!only || only.nextElementSibling || renderedChildren(el)) return false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim() !== '') return false;
  }
  return isLeafish(only) || wrapsOneLine(only);
}

function isButton(el: Element, tag: string): boolean {
  if (tag === 'BUTTON') return true;
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return type === 'submit' || type === 'button';
  }
  // A kit's button (<goa-button>, <sl-button>, <md-filled-button>) has its role only in its
  // shadow root; a "…-button-group" is no button.
  return tag.endsWith('-BUTTON') || (el.getAttribute('role') ?? '').toLowerCase() === 'button';
}

function buttonText(el: Element, tag: string): string {
  if (tag === 'INPUT') return (el.getAttribute('value') ?? '').trim();
  return textOf(el) || (el.getAttribute('aria-label') ?? '').trim();
}

function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || (el.getAttribute('aria-disabled') ?? '').toLowerCase() === 'true';
}

/**
 * A value wrapped in boxes of one child each (<div><span>Darnell J. Whitaker</span></div>) is
 * that value; a control (a section's "Add or Remove …" button) is none.
 */
function unwrapped(box: Element | null): Element | null {
  for (let only = box?.firstElementChild; box && only && !isLeafish(box) && box.children.length === 1 && !renderedChildren(box) && !isButton(only, only.tagName.toUpperCase()); only = box.firstElementChild) box = only;
  return box;
}

/** The next sibling the page shows: a hidden tooltip or help text beside a label is no value. */
function shownAfter(el: Element | null): Element | null {
  let next = el?.nextElementSibling ?? null;
  while (next && isHidden(next)) next = next.nextElementSibling;
  return next;
}

/** Whether the element is the only child its parent shows. */
function onlyShownChild(el: Element): boolean {
  const parent = el.parentElement;
  return !!parent && Array.from(parent.children).every((child) => child === el || isHidden(child));
}

/**
 * A read-only field, bare or wrapped in its own box: the only control, when the box shows no text
 * of its own or only after it (a lookup field's description: "[4410732] Nashoba Valley EMS").
 */
function onlyControlValue(box: Element): string | null {
  const controls = box.querySelectorAll('input, select, textarea');
  const only = controlValue(box) ?? (controls.length === 1 ? controlValue(controls[0]!) : null);
  return only && (textOf(box) === '' || box.firstElementChild === controls[0]) ? normaliseSpace(only) : null;
}

/**
 * The control a form's label names: <label for> (the block itself or the one label inside it,
 * when the label is all its text), a control inside the label or the block, or the one right after it.
 */
function controlOfLabel(el: Element, text: string): Element | null {
  const label = el.tagName.toUpperCase() === 'LABEL' ? el : el.querySelector('label');
  return label && textOf(label) === text ? (controlOf(label) ?? el.querySelector('input, select, textarea') ?? shownAfter(label)) : null;
}

/**
 * What a form's label and the control it names show, whatever the label's words ("Cycle End
 * Date"): the control's value beside the label; a check box's state beside a field's label
 * ("Fee paid ☑" -> Fee paid: Yes), another statement or option as a line only when it is on.
 * null: nothing to show; undefined: the control shows nothing (the label is read as usual).
 */
function controlEvent(el: Element, text: string, control: Element, table: Element | null): ScanEvent | null | undefined {
  if (isChoice(control)) {
    const on = isChecked(control);
    if (isLabelText(text)) return { kind: 'pair', label: withoutColon(text), value: on ? 'Yes' : 'No', el, table };
    return on ? { kind: 'title', text, el, prominent: false } : null;
  }
  const value = controlValue(control);
  return value?.trim() ? { kind: 'pair', label: withoutColon(text), value: normaliseSpace(value), el, table } : undefined;
}

/** The value shown next to a label element, by the usual arrangements. */
function valueNextTo(el: Element, labelText: string): string | null {
  // <label for="x"> (this element, one around it or the one inside it) names the control with
  // that id; else a control right after the label.
  const target = (el.closest('label[for]') ?? el.querySelector('label[for]'))?.getAttribute('for');
  const root = el.getRootNode() as Document | ShadowRoot;
  const control = target && typeof root.getElementById === 'function' ? root.getElementById(target) : el.nextElementSibling;
  const shown = control ? controlValue(control) : null;
  if (shown) return normaliseSpace(shown);
  // <li><small>Agency</small>Valley EMS <span>Pending</span></li>: the text after the label is the value's start.
  const parent = el.parentElement;
  const after = el.nextSibling;
  if (parent && after?.nodeType === 3 && (after.nodeValue ?? '').trim()) {
    const rest = restAfter(parent, labelText);
    if (rest) return rest;
  }
  let next = shownAfter(el);
  // A colon of its own between label and value ("<span>Cycle</span><span>:</span><span>Apr 1, …</span>").
  if (next && (textOf(next) === ':' || textOf(next) === '：')) next = shownAfter(next);
  next = unwrapped(next);
  // A read-only field wrapped in its own box: the box's only control and no text of its own.
  const field = next ? onlyControlValue(next) : null;
  if (field) return field;
  if (next && !SKIPPED_TAGS.has(next.tagName.toUpperCase())) {
    // A value is a short leaf ("03/31/2027"), never a block of further fields (a <dl>, a table).
    if (!isLeafish(next)) return null;
    const value = shortTextOf(next, VALUE_BUDGET);
    if (value === null) return null;
    // "Agency Affiliation" heading followed by "Agency: …": the next line has its own label.
    if (value !== '' && splitLabelled(value, ALL_FIELDS)) return null;
    if (value !== '' && !isLabelText(value)) return value;
  }
  if (!parent) return null;
  // <p><b>Hours</b> 2</p>: the rest of the parent's text.
  const rest = restAfter(parent, labelText);
  if (rest) return rest;
  // <div><span>Expires</span></div><div>03/31/2027</div>: the only child's parent's sibling.
  // However deeply the label sits in its own box (a report's <div><table><tr><td><span>).
  let own = parent;
  while (!shownAfter(own) && own.parentElement && onlyShownChild(own)) own = own.parentElement;
  const box = unwrapped(shownAfter(own));
  // Not a table or a grid: a section's rows have labels of their own.
  if (!next && parent.firstElementChild === el && box && box.tagName.toUpperCase() !== 'TABLE' && !isAriaTable(box)) {
    const value = shortTextOf(box, VALUE_BUDGET) || onlyControlValue(box);
    if (value && !isLabelText(value)) return value;
  }
  // <figure><b>03/31/2027</b><figcaption>Expiration Date</figcaption></figure>: a caption under
  // its value, the two alone in their block; a floating label after its read-only field.
  // An icon before them (a stat tile) changes nothing.
  const previous = el.previousElementSibling;
  if (!next && previous && onlySkippedBefore(previous) && isLeafish(previous)) {
    const value = shortTextOf(previous, VALUE_BUDGET) || onlyControlValue(previous);
    if (value && !isLabelText(value)) return value;
  }
  return null;
}

/** The parent's text after the label that starts it, when that is not a label too. */
function restAfter(parent: Element, labelText: string): string | null {
  const parentText = shortTextOf(parent, VALUE_BUDGET)?.replace(BULLET, '');
  if (!parentText || !parentText.startsWith(labelText) || parentText.length <= labelText.length) return null;
  const rest = withoutLeadingColon(parentText.slice(labelText.length)).trim();
  return rest && !isLabelText(rest) ? rest : null;
}

function onlySkippedBefore(el: Element): boolean {
  for (let before = el.previousElementSibling; before; before = before.previousElementSibling) {
    if (!SKIPPED_TAGS.has(before.tagName.toUpperCase())) return false;
  }
  return true;
}

/** A table whose first row is a header of three or more cells: a data table, not label/value rows. */
function isDataTable(table: Element): boolean {
  if (isAriaTable(table)) {
    const first = ownRows(table)[0];
    if (!first) return false;
    const cells = cellsOf(first);
    return cells.length >= 3 && cells.every((cell) => (cell.getAttribute('role') ?? '').toLowerCase() === 'columnheader') && !isCoordinates(first);
  }
  let first: Element | null = null;
  for (let section = table.firstElementChild; section && !first; section = section.nextElementSibling) {
    const sectionTag = section.tagName.toUpperCase();
    if (sectionTag === 'TR') first = section;
    else if (sectionTag === 'THEAD' || sectionTag === 'TBODY') first = section.firstElementChild;
  }
  if (!first || !(isHeaderRow(first) || isLabelRow(first, ALL_FIELDS)) || isCoordinates(first)) return false;
  let cells = 0;
  for (let cell = first.firstElementChild; cell; cell = cell.nextElementSibling) cells += 1;
  return cells >= 3;
}


/** A sheet's column letters (or a row of no words): they head its rows of label/value facts as well as its list. */
function isCoordinates(row: Element): boolean {
  return isColumnLetters(row) || !textOf(row);
}

function isHeaderRow(row: Element | null): boolean {
  if (!row) return false;
  if (row.parentElement?.tagName.toUpperCase() === 'THEAD') return true;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.tagName.toUpperCase() === 'TD') return false;
  }
  return true;
}

function isLayoutTable(table: Element | null): boolean {
  const role = table?.getAttribute('role');
  return role === 'presentation' || role === 'none';
}

function shownCells(row: Element): number {
  let shown = 0;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) if (!isRowNumber(cell) && shortTextOf(cell, 1) !== '') shown += 1;
  return shown;
}

/**
 * A row of label and value cells side by side ("Name | Jo Ng | Registry Number | E1234567"): a print
 * header's, a sheet's (its row number and a cell holding a whole "Label: value" of its own aside).
 */
function pairedCells(row: Element): boolean {
  const cells = Array.from(row.children).filter((cell) => shortTextOf(cell, 1) !== '' && !isRowNumber(cell) && !splitLabelled(shortTextOf(cell, VALUE_BUDGET) ?? '', ALL_FIELDS)?.value);
  return cells.length % 2 < 1 && cells.every((cell, i) => isLabelText(shortTextOf(cell, VALUE_BUDGET) ?? '') === i % 2 < 1);
}

/** A cell that shows a value: some text that is not itself a label. */
function isValueCell(cell: Element): boolean {
  const value = shortTextOf(cell, VALUE_BUDGET);
  return !!value && !isLabelText(value);
}

function firstChildIsLabelOfValue(el: Element): boolean {
  const first = el.firstElementChild;
  if (!first || !first.nextElementSibling) return false;
  if (!isLabelText(shortTextOf(first, MAX_LABEL_LENGTH + 4) ?? '')) return false;
  let rest = '';
  for (let child: Element | null = first.nextElementSibling; child; child = child.nextElementSibling) rest += ` ${shortTextOf(child, VALUE_BUDGET) ?? ''}`;
  rest = rest.trim();
  return rest !== '' && !isLabelText(rest);
}

/**
 * Reads a plain-text printout (<pre>) as lines of labels, headings and rows. Passed in by the
 * NREMT readers only (lib/readers/preformatted.ts): the eLicensing script does without it (its
 * size budget), and there a <pre> is read as text.
 */
export interface PreformattedReader {
  (el: Element, table: Element | null): ScanEvent[];
  /** A box that is a printout too, not a <pre> (printout-text.ts isPrintoutBox): carried by the reader, so the eLicensing script carries none of it. */
  isListing: (el: Element) => boolean;
}

/**
 * Reads a card drawn in SVG (its words placed by coordinates) as its lines: `drawingEvents`, passed
 * in by the eLicensing readers and readPage; the NREMT content script sends the placed words
 * instead (read-page.ts), and the background reads them (preformatted.ts withPrintouts).
 */
export type DrawingReader = (svg: Element, table: Element | null) => ScanEvent[];

/** A drawn card's lines: labels with their values, other words as lines. */
export const drawingEvents: DrawingReader = (el, table) =>
  drawnLines(placedTexts(el), isLabelText).map((line): ScanEvent => (line.label ? { kind: 'pair', label: withoutColon(line.label), value: line.text, el, table } : { kind: 'title', text: line.text, el, prominent: false }));

/**
 * A line's "Label: value" pairs read on the page, one event each (the eLicensing readers read the
 * events): LINE, its pairs or else the line itself; PAIRS, its pairs only; VALUES, its pairs with a value only.
 */
export const pairEvents: PairReader = (text, el, table, mode, prominent) => {
  const parts = splitLabelledAll(text, ALL_FIELDS).filter((part) => mode !== VALUES || part.value);
  const events: ScanEvent[] = parts.map((part) => ({ kind: 'pair', label: part.label, value: part.value, el, table }));
  if (!parts.length && mode === LINE) events.push({ kind: 'title', text, el, prominent });
  return events;
};

export function scanPage(root: Element, readPreformatted?: PreformattedReader, readDrawing?: DrawingReader, readPairs?: PairReader): ScanEvent[] {
  const events: ScanEvent[] = [];
  const live = hasLayout(root.ownerDocument);
  // One line may hold several pairs ("Completed: … · Hours: 1.5"): one event each (read here or in the background).
  const pushPairs = (text: string, el: Element, table: Element | null, mode: number, prominent = false): void => {
    if (readPairs) events.push(...readPairs(text, el, table, mode, prominent));
    else events.push({ kind: 'said', text, mode, el });
  };

  // A block's lines, each a labelled value or a line of text ("<strong>Completion Date:</strong> 03/12/2026<br><strong>Hours:</strong> 2").
  const pushSegments = (segments: Segment[], el: Element, table: Element | null): void => {
    // "<strong>Completion Date:</strong> 03/12/2026<br><strong>Hours:</strong> 2" in one block.
    let lineLabel: string | null = null;
    segments.forEach((segment, index) => {
      if (segment.label) {
        if (segment.text) events.push({ kind: 'pair', label: segment.label, value: segment.text, el, table });
        return;
      }
      // "Name<br>Darnell W. Price": a label alone on its line names the next line.
      if (lineLabel !== null) {
        events.push({ kind: 'pair', label: lineLabel, value: segment.text, el, table });
        lineLabel = null;
        return;
      }
      const next = segments[index + 1];
      // A run of column titles ("Date<br>Hours<br>Approval #") names no line: the row's first cell follows.
      // A word and a comma runs on (a letter's "Cap,"): no label.
      if (next && !next.label && !segment.text.endsWith(',') && isLabelText(segment.text) && !isLabelText(next.text) && !isLabelText(segments[index - 1]?.text ?? '')) {
        lineLabel = withoutColon(segment.text);
        return;
      }
      // A later line of its own ("Submitted 02/14/2026 · Expiration date: 03/31/2026") is read too.
      pushPairs(segment.text, el, table, LINE, index === 0);
    });
  };

  const visit = (el: Element, table: Element | null): void => {
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) && !isDrawnCard(el)) return;
    if (isHiddenElement(el, live)) return;
    if (tag === 'SVG') {
      // A card drawn in SVG: its words placed by coordinates, read in rows, labels with their values.
      if (readDrawing) for (const event of readDrawing(el, table)) events.push(event);
      return;
    }

    if (el.getAttribute('role') === 'progressbar') {
      // A bar's numbers are the page's own figure ("9.5 / 30"); a bare percentage says no hours.
      const now = Number(el.getAttribute('aria-valuenow'));
      const max = Number(el.getAttribute('aria-valuemax'));
      if (el.hasAttribute('aria-valuenow') && Number.isFinite(now) && max > 0 && max !== 100) {
        events.push({ kind: 'title', text: `${now} / ${max}`, el, prominent: false });
      }
    }
    if (tag in HEADING_TAGS || (el.getAttribute('role') ?? '') === 'heading') {
      if (!isLeafish(el) && !wrapsOneLine(el)) {
        // An unclosed heading swallowed what follows (broken markup): its own words are the
        // heading, the blocks inside it are read as usual.
        const own: string[] = [];
        let child: ChildNode | null = el.firstChild;
        for (; child; child = child.nextSibling) {
          if (child.nodeType === 1 && !INLINE_TAGS.has((child as Element).tagName.toUpperCase())) break;
          own.push(child.nodeType === 1 ? textOf(child) : (child.nodeValue ?? ''));
        }
        const ownText = normaliseSpace(own.join(' '));
        const level = HEADING_TAGS[tag] ?? (Number(el.getAttribute('aria-level')) || 2);
        if (ownText) events.push({ kind: 'heading', level, text: ownText, el });
        for (; child; child = child.nextSibling) if (child.nodeType === 1) visit(child as Element, table);
        return;
      }
      // An empty node labelled for screen readers (a canvas app's semantics tree) says its heading there.
      const text = textOf(el) || spokenOnly(el);
      const level = HEADING_TAGS[tag] ?? (Number(el.getAttribute('aria-level')) || 2);
      if (text) events.push({ kind: 'heading', level, text, el });
      // A heading can itself be a label ("<h4>Expiration Date</h4><p>…</p>").
      if (text && isLabelText(text)) {
        const value = valueNextTo(el, text);
        if (value) events.push({ kind: 'pair', label: withoutColon(text), value, el, table });
      } else if (text.includes(':')) pushPairs(text, el, table, VALUES);
      return;
    }
    if (tag === 'CAPTION' || tag === 'LEGEND') {
      const text = textOf(el);
      if (text) events.push({ kind: 'heading', level: 7, text, el });
      // A fieldset's legend may label its one value (<legend>Recert Cycle</legend><div>April 1, 2024 - …</div>).
      const value = tag === 'LEGEND' && isLabelText(text) ? valueNextTo(el, text) : null;
      if (value) events.push({ kind: 'pair', label: withoutColon(text), value, el, table });
      return;
    }
    // A page builder's block made clickable for its editor holds labels, headings, tables or controls: a box, no control.
    if (isButton(el, tag) && !el.querySelector('label,h1,h2,h3,h4,h5,h6,table,[role=button]')) {
      events.push({ kind: 'button', text: buttonText(el, tag), disabled: isDisabled(el), el });
      return;
    }
    if (tag === 'TABLE' || isAriaTable(el)) {
      events.push({ kind: 'table', el });
      if (!isLayoutTable(el) && isDataTable(el)) {
        // A table with a header row of 3+ columns is read by its header (table.ts); only
        // its buttons matter here. Skipping per-cell label checks keeps big transcripts fast.
        for (const button of Array.from(el.querySelectorAll('button, input[type=submit], input[type=button], [role=button]'))) {
          visit(button, el);
        }
        return;
      }
      for (const child of renderedElements(el)) visit(child, el);
      return;
    }
    if (tag === 'DT') {
      const text = textOf(el);
      let dd = el.nextElementSibling;
      while (dd && dd.tagName.toUpperCase() !== 'DD' && dd.tagName.toUpperCase() !== 'DT') dd = dd.nextElementSibling;
      if (dd && dd.tagName.toUpperCase() === 'DD' && isLabelText(text)) {
        // A form's description may be its read-only field (<dd><input value="A1902258" readonly></dd>).
        const control = dd.querySelector('input, select, textarea');
        events.push({ kind: 'pair', label: withoutColon(text), value: textOf(dd) || normaliseSpace((control && controlValue(control)) ?? ''), el, table });
      } else if (text) {
        events.push({ kind: 'title', text, el, prominent: true });
      }
      return;
    }
    // A layout table's cell (role="presentation": email templates, old page frames) is a block.
    if ((tag === 'TH' || tag === 'TD') && !isLayoutTable(table)) {
      const row = el.parentElement;
      const text = shortTextOf(el, VALUE_BUDGET);
      if (text && !isHeaderRow(row)) {
        const next = el.nextElementSibling;
        if (tag === 'TH' && next && isLabelText(text)) {
          // A row header: <tr><th>Expiration Date</th><td>03/31/2027</td></tr>.
          events.push({ kind: 'pair', label: withoutColon(text), value: textOf(next), el, table });
          return;
        }
        // "Label:" and its value cell: alone in their row, or side by side with other pairs (a
        // sheet); without the colon, only a row of a field's name and a value (a sheet's empty cells and row number aside).
        const colon = endsWithColon(text);
        if (tag === 'TD' && next && row && isLabelText(text) && (colon || shownCells(row) === 2 || pairedCells(row)) && isValueCell(next)) {
          events.push({ kind: 'pair', label: withoutColon(text), value: textOf(next), el, table });
          return;
        }
        if (isLeafish(el) && startsLabelled(text, ALL_FIELDS)) {
          // "Provider Name:" alone in its cell: the value is in the box after the label's own.
          if (!PAIR_SEPARATOR.test(text) && !splitLabelled(text, ALL_FIELDS)!.value) events.push({ kind: 'pair', label: text.slice(0, text.indexOf(':')).trim(), value: valueNextTo(el, text) ?? '', el, table });
          else pushPairs(text, el, table, PAIRS);
          return;
        }
      }
      // A cell of lines broken by <br> (a mail's column: title, "Completed …", "CAPCE # …") is read as a block's.
      if (!brokenText(el)) {
        for (const child of renderedElements(el)) visit(child, table);
        return;
      }
    }

    // A plain-text printout: its lines are its labels, headings and table rows. A text file exported
    // with its syntax colours (Notepad++: spans in a `white-space: pre` box) is one too.
    // So is a note being edited (a notes app's plain editor): not a form's field (a reply being written), nor a read-only copy of what the page shows (a paste site's raw box).
    if (readPreformatted && (tag === 'PRE' || (tag === 'TEXTAREA' && !el.closest('form,[readonly]')) || readPreformatted.isListing(el))) {
      for (const event of readPreformatted(el, table)) events.push(event);
      return;
    }
    // A canvas app's semantics node, or a report's card drawn in SVG: what it shows is in its label.
    if (el.hasAttribute('aria-label') && (!el.firstChild || (!textOf(el) && el.querySelector('svg,canvas')))) {
      // Its lines ("Expiration Date\nMar 31, 2027"), or its value and then what it is ("3/31/2028, Expiration Date").
      let lines = (el.getAttribute('aria-label') ?? '').split('\n').map(normaliseSpace).filter(Boolean);
      const cut = lines.length === 1 ? lines[0]!.lastIndexOf(', ') : -1;
      if (cut > 0 && isLabelText(lines[0]!.slice(cut + 2))) lines = [lines[0]!.slice(cut + 2), lines[0]!.slice(0, cut)];
      if (lines.length === 2 && isLabelText(lines[0]!)) events.push({ kind: 'pair', label: withoutColon(lines[0]!), value: lines[1]!, el, table });
      else for (const text of lines) events.push({ kind: 'title', text, el, prominent: false });
      return;
    }
    // Text whose line breaks the page keeps beside blocks (a pasted message and its time stamp box): its lines, then the blocks.
    const keeps = keepsLines(el);
    if (!isLeafish(el) && (keeps || brokenText(el))) {
      const blocks: Element[] = [];
      pushSegments(segmentsOf(el, blocks, keeps), el, table);
      for (const block of blocks) visit(block, table);
      return;
    }
    if (isLeafish(el)) {
      // A chip or badge that names its value only to screen readers ("Affiliation status: Active").
      const spoken = el.getAttribute('aria-label');
      if (spoken?.includes(':')) pushPairs(spoken, el, table, PAIRS);
      const segments = segmentsOf(el, keepsLines(el) ? [] : undefined);
      if (segments.length > 1) {
        pushSegments(segments, el, table);
      } else {
        const text = shortTextOf(el, VALUE_BUDGET);
        if (text) {
          // <div><span>Status</span><span>Current</span></div>: "Status Current" also reads as a
          // label (a qualifier word is also a value), so a first child that is a label and a rest
          // that is not make a pair of their own, read from the children.
          // "License Status <span class="badge">Current</span>": a label as text, its value a chip.
          const lead = leadingText(el);
          const rest = normaliseSpace(text.slice(lead.length));
          if (rest && text.startsWith(lead) && !lead.endsWith(':') && isLabelText(lead) && !isLabelText(rest)) {
            events.push({ kind: 'pair', label: lead, value: rest, el, table });
            return;
          }
          // <td><span><label>Provider</label><span>Bartholomew J. Nguyen</span></span></td>: a wrapper around the pair.
          const only = el.childElementCount === 1 ? el.firstElementChild! : null;
          if (only && textOf(only) === text && firstChildIsLabelOfValue(only)) {
            visit(only, table);
            return;
          }
          if (firstChildIsLabelOfValue(el)) {
            for (const child of renderedElements(el)) visit(child, table);
            return;
          }
          const control = controlOfLabel(el, text);
          if (control) {
            const event = controlEvent(el, text, control, table);
            if (event !== undefined) {
              if (event) events.push(event);
              return;
            }
          }
          if (isLabelText(text)) {
            const value = valueNextTo(el, text);
            // A label with no value beside it captions what follows (a card's header).
            events.push(value ? { kind: 'pair', label: withoutColon(text), value, el, table } : { kind: 'heading', level: 7, text, el });
            return;
          }
          if (startsLabelled(text, ALL_FIELDS)) {
            pushPairs(text, el, table, PAIRS);
            return;
          }
          // <div><span>Level</span><span>Paramedic</span></div>: the label is a child.
          if (hasLabelChild(el)) {
            for (const child of renderedElements(el)) visit(child, table);
            return;
          }
          // A list item stays plain: education.ts reads a plain <li> as a possible course line.
          // A description not paired with a label term is a line of its own: a second one under
          // its term ("Recert cycle Apr 1, 2024 – …"), or one under a term of other words ("Cycle end").
          const term = el.previousElementSibling;
          if (TITLE_TAGS.has(tag) || tag.includes('-') || (tag === 'DD' && !(term?.tagName.toUpperCase() === 'DT' && isLabelText(textOf(term))))) events.push({ kind: 'title', text, el, prominent: tag !== 'LI' && isBoldLine(el, tag) });
        } else if (tag === 'P') {
          // A long paragraph: a table flattened to one run of text, maybe (a PDF's text layer; run-rows.ts).
          events.push({ kind: 'title', text: textOf(el), el, prominent: false });
        } else if (hasLabelChild(el)) {
          // A grid of label and value boxes side by side, too long for one line: its pairs.
          for (const child of renderedElements(el)) visit(child, table);
          return;
        }
      }
      // Inline children are part of this text; buttons inside (inline ones have a role), however wrapped, still count.
      for (const child of Array.from(el.querySelectorAll('[role=button]'))) visit(child, table);
      return;
    }
    // <label>Expiration <input value="…"></label>: a label around its control.
    if (tag === 'LABEL') {
      const text = shortTextOf(el, VALUE_BUDGET);
      const control = text ? controlOfLabel(el, text) : null;
      const event = control && el.contains(control) ? controlEvent(el, text!, control, table) : undefined;
      if (event !== undefined) {
        if (event) events.push(event);
        return;
      }
    }
    // "<li>License Number<p>A740218</p></li>": text before blocks (a list cell's caption) is a
    // line too, or the label of the block after it.
    const lead = leadingText(el);
    if (lead && lead.length <= VALUE_BUDGET) {
      const value = isLabelText(lead) && el.firstElementChild ? textOf(el.firstElementChild) : '';
      events.push(value ? { kind: 'pair', label: withoutColon(lead), value, el, table } : { kind: 'title', text: lead, el, prominent: false });
    }
    for (const child of renderedElements(el)) visit(child, table);
  };

  visit(root, null);
  return events;
}
