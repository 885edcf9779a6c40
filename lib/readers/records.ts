// Records by repetition: the courses of a list are found by what each one holds (a date and
// an hours figure), whatever the tags: table rows, ARIA rows, cards, list items, custom
// elements, articles. Two passes over the rendered page, both linear:
//  1. bottom-up, count the dates and hours figures under every element; a "minimal" element
//     holds both and no child of it does; each is widened to its record while its parent
//     holds no other record (and is not a list container or a titled section);
//  2. in reading order, track the component/topic headings and read each record, plus the
//     siblings shaped like records that did not qualify (reported as unread, never dropped).
import { plainHeadingAssignment } from './education';
import { rowSpans, type CarriedCell } from './row-spans';
import { controlValue, hasLayout, isHidden, isHiddenElement, labelsOffChoice, renderedChildren, renderedElements, withArrangement } from './dom';
import { matchLabel, splitLabelled } from './labels';
import { RECORD_FIELDS } from '../vocabulary';
import type { RecordPiece } from '../model';
import { parseDates } from './parse-date';
import { SKIPPED_TAGS, isInline, isNoteMark, normaliseSpace, ownText, textOf } from './text';
import { approvalIn, assignmentIn, dateIn, firstValueIndex, hoursWithUnit, isAppliedHours, labelledHours, isBareHours, isValuePiece } from './values';
import { endsWithColon, hasDigit, trimChars, withoutColon } from './cut';
import { hasPhrase, isPhrase, phrases, wordsOf } from './words';
import { joinedCells, joinOverlayTables } from './overlay-tables';
import { arrangeByPosition } from './visual-rows';
import { cellsOf, isColumnLetters, isHeaderCell, isLabelRow, isRowNumber, spanOf, tag as tagOf } from './table';
import { BOLD_TAGS, HEADING_TAGS, isBoldLine } from './scan';

export type RecordField = (typeof RECORD_FIELDS)[number];

/** One piece of text inside a record: a cell, a line, a "Label: value" value. */
export interface Atom {
  text: string;
  /** The field its label, header cell or column header names, if any. */
  field: RecordField | null;
  /** The label/header words as written (evidence for dates: "Date Added" is not completion). */
  label: string | null;
  /** A heading or bold line: the likeliest title. */
  prominent: boolean;
}

/** A record's or an unread block's pieces (read into atoms in the background, record-pieces.ts) and how its text is told (see textTold). */
export interface RecordWalkItem {
  kind: 'record' | 'unread';
  el: Element;
  pieces: RecordPiece[];
  /** Its text as shown (a one-line record); else its atoms' (`side`: side by side), told in the background. */
  text?: string;
  side?: true;
  /** Not shown when none of its atoms has text (a sheet's numbered empty row). */
  quiet?: true;
  /** Marked for the `pop` that follows it (see popUnread). */
  g?: number;
}

export type WalkItem =
  | { kind: 'heading'; level: number; text: string }
  | RecordWalkItem
  | { kind: 'text'; text: string }
  | { kind: 'pop'; g: number };

interface Stats {
  dates: number;
  hours: number;
  minimal: number;
  /** Headings under it that name a component or topic: a section, never one course. */
  sections: number;
  /** Hours told by a unit or a label (a bare number alone may be a step's or a tile's). */
  sure: number;
  /** Hours figures that are progress ("13.25 of 30 credits"). */
  progress: number;
}

// Containers of records, never a record themselves.
const CONTAINER_TAGS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'UL', 'OL', 'DL', 'BODY', 'MAIN', 'FORM', 'HTML']);
const CONTAINER_ROLES = new Set(['grid', 'table', 'treegrid', 'rowgroup', 'list', 'main', 'tabpanel', 'feed', 'tree']);

function roleOf(el: Element): string {
  return el.hasAttributes() ? (el.getAttribute('role') ?? '').toLowerCase() : '';
}

export function headingLevel(el: Element): number | null {
  const tag = tagOf(el);
  if (tag in HEADING_TAGS) return HEADING_TAGS[tag]!;
  if (roleOf(el) === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  if (tag === 'CAPTION' || tag === 'LEGEND' || tag === 'SUMMARY' || tag === 'FIGCAPTION') return 7;
  // A disclosure's toggle (an accordion header without a heading): it names what it opens.
  if ((tag === 'BUTTON' || roleOf(el) === 'button') && el.hasAttribute('aria-expanded') && !isPicker(el)) return 7;
  return null;
}

/**
 * A select drawn as a button: it shows the value chosen, not a command. So does a button in a
 * column titled with a field a course is assigned ("Topic": "Operations ▾"), or with its title (a title drawn as a link button).
 */
function isPicker(el: Element, column: string | null = null): boolean {
  const field = column && headerField(column);
  return el.getAttribute('aria-haspopup') === 'listbox' || field === 'topic' || field === 'assignment' || field === 'courseTitle';
}

function isLeafBlock(el: Element): boolean {
  if (renderedChildren(el)) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const tag = tagOf(child);
    // A namespaced element (a word processor's <o:p>) is unknown to the browser: drawn inline.
    if (!isInline(child, tag) && tag !== 'BR' && !SKIPPED_TAGS.has(tag) && !tag.includes(':')) return false;
    if (child.firstElementChild && !isLeafBlock(child)) return false;
  }
  return true;
}

/** A bold line: <strong>/<b>, or a block whose only content is one (scan.ts's rule). */
function isBoldOnly(el: Element): boolean {
  return isBoldLine(el, tagOf(el));
}

export interface FoundRecords {
  items: WalkItem[];
  /** How many record elements the page holds (repeated or single). */
  records: number;
  /** The numeric date order its own rows prove where the page around them shows both (read-page.ts). */
  order?: number;
}

// A requirement stated in prose ("National requires 25 hours.") is no course's figure.
const REQUIREMENT_WORDS = phrases('requires', 'required', 'must complete', 'minimum of');

/**
 * Finds the course records of a page and lists them, in reading order, with the headings around
 * them. `arranged`: looking again, with the page's positioned boxes read as lines (visual-rows.ts).
 */
export function findRecords(root: Element, arranged = false): FoundRecords {
  const live = hasLayout(root.ownerDocument);
  // Fixed-column grids: a row split over overlaid tables is read once, from its first table.
  const { folded, cells: joined } = joinOverlayTables(root, live);
  const stats = new Map<Element, Stats>();
  const parent = new Map<Element, Element>();
  const minimal: Element[] = [];
  const unsure = new Set<Element>();

  // Pass 1: counts, bottom-up.
  const ZERO: Stats = { dates: 0, hours: 0, minimal: 0, sections: 0, sure: 0, progress: 0 };
  // Each leaf's text, read once here and again when its record is read.
  const leafText = new Map<Element, string>();
  // A table pasted as text into a <pre>, its lines cut at tabs: every row a record of its own.
  const tabbed = new Map<Element, string[][]>();
  const classify = (el: Element, text: string, childHasBoth: boolean, dates: number, hours: number, minimalCount: number, sections: number, sure: number, progress: number): Stats => {
    // Lines a break separates are measured each on its own: a text-only page's "2.00" line is a
    // bare hours figure, though the lines before it hold a title and a date.
    for (const line of text.split(LINE_BREAK)) {
      const clean = line && normaliseSpace(line);
      // A requirement stated in prose ("National requires 25 hours.") is no course's figure.
      if (clean && hasDigit(clean) && !(clean.endsWith('.') && hasPhrase(clean, REQUIREMENT_WORDS))) {
        if (DATE_SHAPE.test(clean)) dates += parseDates(clean).length;
        // A bare figure is hours alone on its line, or as one of a line's fields ("Title | 01/09/2026 | 2.00").
        if (isBareHours(clean) || (clean.length <= 200 && piecesOf(clean).some(isBareHours))) hours += 1;
        else if (hoursWithUnit(clean) || isAppliedHours(clean) || labelledHours(clean)) {
          hours += 1;
          sure += 1;
          if (isAppliedHours(clean)) progress += 1;
        }
      } else if (clean && clean.length <= 24 && matchLabel(withoutColon(clean), ['hours'])) sure += 1;
    }
    if (headingLevel(el) !== null && isSectionHeading(el)) sections += 1;
    if (dates === 0 && hours === 0 && sections === 0 && sure === 0) return ZERO;
    // A <slot> only passes its host's children through (a card's <dl><slot>): its parent is the record.
    if (dates > 0 && hours > 0 && !childHasBoth && tagOf(el) !== 'SLOT') {
      // A definition list is one block of fields (a course's, or a certification summary's "Hours 38.25"), like a card.
      // Bare figures only, one or a summary table's several ("Required 8 | Logged 8"): hours only where its shape repeats.
      if (sure === 0 && !isRow(el) && (tagOf(el) === 'DL' || !CONTAINER_TAGS.has(tagOf(el))) && !(el.parentElement && isRow(el.parentElement))) unsure.add(el);
      minimal.push(el);
      minimalCount = 1;
    }
    const own: Stats = { dates, hours, minimal: minimalCount, sections, sure, progress };
    stats.set(el, own);
    return own;
  };
  const measure = (el: Element): Stats => {
    const rendered = renderedChildren(el);
    // A leaf (most cells): its whole text at once. A printout of text and coloured spans too: its
    // lines are read as lines (line-records.ts), its spans are no records (a highlighted CSV file's fields).
    if (!rendered && (el.children.length === 0 || (tagOf(el) === 'PRE' && Array.from(el.children).every((child) => isInline(child, tagOf(child)))))) {
      const text = el.textContent ?? '';
      leafText.set(el, text);
      const rows = tabbedRows(el, text);
      if (rows) tabbed.set(el, rows);
      return classify(el, rows ? rows.map((cells) => cells.join(' | ')).join(LINE_BREAK) : text, false, 0, 0, 0, 0, 0, 0);
    }
    let dates = 0;
    let hours = 0;
    let minimalCount = 0;
    let sections = 0;
    let sure = 0;
    let progress = 0;
    let childHasBoth = false;
    let direct = '';
    const firstMinimal = minimal.length;
    // Indexed access: happy-dom's nextSibling walks are several times slower on long lists.
    const nodes: ArrayLike<Node> = joined.get(el) ?? rendered ?? el.childNodes;
    const row = isRow(el);
    for (let i = 0, count = nodes.length; i < count; i++) {
      const node = nodes[i]!;
      const type = node.nodeType;
      if (type === 3) {
        direct += node.nodeValue ?? '';
        continue;
      }
      if (type !== 1) continue;
      const child = node as Element;
      const childTag = tagOf(child);
      // Text on either side of a line break is two lines ("… 2025<br>CAPCE 25-…"), not one word.
      if (childTag === 'BR') direct += LINE_BREAK;
      if (childTag === 'INPUT' || childTag === 'SELECT' || childTag === 'TEXTAREA') {
        // A read-only form shows its values in its controls.
        const value = controlValue(child);
        if (value && hasDigit(value) && !isHiddenElement(child, live)) {
          const date = parseDates(value).length;
          const hour = hoursWithUnit(value) || isBareHours(value.trim()) || isAppliedHours(value) ? 1 : 0;
          if (date || hour) {
            stats.set(child, { dates: date, hours: hour, minimal: 0, sections: 0, sure: hour, progress: 0 });
            parent.set(child, el);
            dates += date;
            hours += hour;
            sure += hour;
          }
        }
        continue;
      }
      if (SKIPPED_TAGS.has(childTag) || isHiddenElement(child, live) || isCollapsedGroup(child, el) || folded.has(child)) continue;
      if (row && isRowNumber(child)) continue;
      const s = measure(child);
      // A stepper (its current step marked): the steps of a process, their numbers and dates no
      // course's (unless the current step holds the courses).
      if (s.minimal === 0 && child.hasAttributes() && child.getAttribute('aria-current') === 'step') {
        minimal.length = firstMinimal;
        return ZERO;
      }
      if (s === ZERO) continue;
      parent.set(child, el);
      dates += s.dates;
      hours += s.hours;
      minimalCount += s.minimal;
      sections += s.sections;
      sure += s.sure;
      progress += s.progress;
      if (s.dates > 0 && s.hours > 0 && (s.minimal > 0 || childTag !== 'SLOT')) childHasBoth = true;
    }
    return classify(el, direct.trim(), childHasBoth, dates, hours, minimalCount, sections, sure, progress);
  };
  measure(root);

  // No record shows a date: rows of a table whose header names a course and its hours are still records
  // (a page without a date column, or with dates nobody can read).
  if (minimal.length === 0) {
    const headerCache = new Map<Element, string[] | null>();
    for (const [el, s] of stats) {
      if (s.hours === 0 || !isRow(el) || isHeaderRow(el)) continue;
      const header = rowHeader(el, headerCache);
      if (header && header.some((text) => headerField(text) === 'hours') && header.some((text) => headerField(text) === 'courseTitle')) minimal.push(el);
    }
  }

  // Widen each minimal element to its record.
  const recordSet = new Set<Element>();
  const tableHeaders = new Map<Element, string[] | null>();
  const dayOf = new Map<Element, string>();
  for (const start of minimal) {
    // The printout's rows are the records: it grows into nothing around it.
    if (tabbed.has(start)) {
      recordSet.add(start);
      continue;
    }
    const agenda = agendaItems(start, stats);
    if (agenda) {
      for (const item of agenda.items) {
        recordSet.add(item);
        dayOf.set(item, agenda.day);
      }
      continue;
    }
    let current = soleRecordTable(start, stats, tableHeaders) ?? pairTable(start) ?? start;
    for (let up = parent.get(current); up && up !== root && canWiden(up, current, stats); up = parent.get(current)) current = up;
    recordSet.add(current);
    if (unsure.has(start)) unsure.add(current);
  }
  // Records laid out by position (one box per field, rows split over panes): found again as shown.
  const visual = arranged ? null : arrangeByPosition(minimal, recordSet, parent, stats);
  if (visual) return withArrangement(visual, () => findRecords(root, true));
  // Bare numbers beside dates, outside a row, with no unit or hours label: hours figures
  // only where records of its shape repeat (a step's number or a summary tile's figure stands alone).
  const shapes = new Map<string, number>();
  const shapeOf = (el: Element): string => `${tagOf(el)}|${roleOf(el)}`;
  for (const record of recordSet) shapes.set(shapeOf(record), (shapes.get(shapeOf(record)) ?? 0) + 1);
  // A course's approval number beside them makes them a course's (a lone card under "Unassigned Courses").
  for (const record of recordSet) if (unsure.has(record) && shapes.get(shapeOf(record)) === 1 && approvalIn(textOf(record)) === null) recordSet.delete(record);
  // A block above a list of others (a heading card with the cycle's dates, an application's
  // sections) is the page's summary, not one of its records: the only one holding the page's main
  // heading, or alone in its shape and showing hours only as progress ("13.25 of 30 credits").
  if (recordSet.size > 2) {
    const headed = [...recordSet].filter((record) => record.querySelector('h1,[role=heading][aria-level="1"]'));
    for (const record of recordSet) {
      const s = stats.get(record)!;
      if (!isRow(record) && ((headed.length === 1 && headed[0] === record) || (shapes.get(shapeOf(record)) === 1 && s.progress === s.hours))) recordSet.delete(record);
    }
  }

  // Record siblings: same tag and role as a record, under the same parent.
  const siblingShapes = new Map<Element, Set<string>>();
  for (const record of recordSet) {
    const up = parent.get(record);
    if (!up) continue;
    const shapes = siblingShapes.get(up) ?? new Set<string>();
    shapes.add(`${tagOf(record)}|${roleOf(record)}`);
    siblingShapes.set(up, shapes);
  }

  // Records' shapes down to their children's tags: a course without hours elsewhere looks the same.
  const signatures = new Set<string>();
  for (const record of recordSet) signatures.add(signatureOf(record));

  // Pass 2: reading order.
  const headerCache = new Map<Element, string[] | null>();
  const items: WalkItem[] = [];
  let lastHeader: string[] | null = null;
  // Column letters over a sheet name no field: the list's own column titles, a row of the body, name its columns.
  const headerFor = (row: Element): string[] | null => {
    const own = rowHeader(row, headerCache);
    return isRow(row) && !own?.some(headerField) ? (lastHeader ?? own) : own;
  };
  const carriedInto = rowSpans();
  let rowsMore = 0;
  const walk = (el: Element, up: Element | null): void => {
    const tag = tagOf(el);
    if (SKIPPED_TAGS.has(tag) || isHiddenElement(el, live) || (up && isCollapsedGroup(el, up)) || folded.has(el)) return;
    const carried = tag === 'TR' ? carriedInto(el) : undefined;
    const rows = recordSet.has(el) ? tabbed.get(el) : undefined;
    if (rows) {
      const found = tabbedItems(el, rows);
      items.push(...found);
      rowsMore += found.filter((item) => item.kind === 'record').length - 1;
      return;
    }
    if (recordSet.has(el)) {
      const header = headerFor(el);
      // A description's terms name it (a glossary list: one course per term and description).
      const pieces = [...termsOf(el).flatMap((term) => [...recordPieces(term, null, leafText), NEXT]), ...recordPieces(el, header, leafText, carried)];
      // An agenda item's day, after its own values: a date of its own wins.
      const day = dayOf.get(el);
      if (day) pieces.push({ a: { text: day } });
      items.push({ kind: 'record', el, pieces, ...textTold(el) });
      return;
    }
    const shapes = up ? siblingShapes.get(up) : undefined;
    // Shaped like a record but holding records: a branch (a component of a tree), read inside.
    if (shapes && shapes.has(`${tag}|${roleOf(el)}`) && (stats.get(el)?.minimal ?? 0) === 0) {
      const text = textOf(el);
      // Column titles drawn as a block of lines, before any course: the blocks above them are the page's.
      if (text && !isRow(el) && isColumnTitles(el) && !items.some((item) => item.kind === 'record')) popUnread(items, el);
      // A row of column titles drawn with any tags is the list's header, not a course.
      else if (text && !isHeaderRow(el) && !isGroupRow(el) && !isColumnTitles(el)) {
        // A sheet's numbered empty row shows nothing (quiet: told in the background).
        items.push({ kind: 'unread', el, pieces: recordPieces(el, headerFor(el), leafText, carried), ...textTold(el), quiet: true });
        return;
      }
    }
    if (tag === 'DT' && isTermOfRecord(el, recordSet)) return;
    if (isHeaderRow(el)) {
      lastHeader = stackedHeader([el]);
      // The list's own column titles in the body of a table headed by nothing (or by a sheet's column
      // letters): the rows above them, before any course, are the sheet's title and facts.
      if (!rowHeader(el, headerCache)?.some(headerField)) popUnread(items, el);
      return;
    }
    // Alone under its own heading but shaped like the records, with a date and no hours: a course not read
    // (a table's rows are told by their siblings: another table's rows are a layout's, unless their header
    // names an hours column, its cell "TBD"; a date alone is a fact's value; a one-cell row is a note).
    const own = stats.get(el);
    const header = isRow(el) ? rowHeader(el, headerCache) : null;
    if (own && own.dates > 0 && own.minimal === 0 && (!isRow(el) || (el.children.length > 1 && header?.some((title) => headerField(title) === 'hours'))) && signatures.has(signatureOf(el)) && !isValuePiece(textOf(el))) {
      items.push({ kind: 'unread', el, pieces: recordPieces(el, header, leafText), ...textTold(el) });
      return;
    }
    const level = headingLevel(el);
    if (level !== null) {
      if (isLeafBlock(el)) {
        const text = textOf(el);
        if (text) items.push({ kind: 'heading', level, text });
        return;
      }
      // An unclosed heading that swallowed what follows (broken markup): its own words are
      // the heading, the blocks inside it are read as usual.
      const own = directText(el);
      if (own) items.push({ kind: 'heading', level, text: own });
      for (const child of renderedElements(el)) walk(child, el);
      return;
    }
    // A one-cell row that holds records is a layout table's, not a group row.
    if ((isGroupRow(el) || isLeafBlock(el)) && (stats.get(el)?.minimal ?? 0) === 0) {
      const text = textOf(el);
      if (text && text.length <= 120) items.push({ kind: 'text', text });
      return;
    }
    // A block with words of its own beside its children (a grid's group header: an icon, then
    // "National", then "(5 items)"): its words may name the component/topic of what follows.
    if ((stats.get(el)?.minimal ?? 0) === 0 && directText(el)) {
      const text = textOf(el);
      if (text.length <= 120) items.push({ kind: 'text', text });
    }
    const children = renderedElements(el);
    // A figure's caption names what it holds, drawn below it or above.
    if (tag === 'FIGURE') children.sort((a, b) => Number(tagOf(b) === 'FIGCAPTION') - Number(tagOf(a) === 'FIGCAPTION'));
    for (const child of children) walk(child, el);
  };
  walk(root, null);
  return { items, records: recordSet.size + Math.max(0, rowsMore) };
}

/** The lines of a <pre>'s text cut at its tabs (a table pasted as text), when two or more have cells; else null. */
function tabbedRows(el: Element, text: string): string[][] | null {
  if (!text.includes('\t') || !el.closest('pre')) return null;
  const rows = text.split('\n').map((line) => line.split('\t').map(normaliseSpace));
  return rows.filter((cells) => cells.length > 1).length >= 2 ? rows : null;
}

/**
 * A table pasted as tab-separated lines: a line of column names heads the rows after it, each
 * row with cells is a record, its cells named by the column above them; a line of one piece
 * ("Showing 1 - 4 of 4") is a line of text.
 */
function tabbedItems(el: Element, rows: readonly string[][]): WalkItem[] {
  const items: WalkItem[] = [];
  let header: readonly string[] | null = null;
  for (const cells of rows) {
    const text = cells.filter(Boolean).join(' ');
    if (cells.length < 2) {
      if (text) items.push({ kind: 'text', text });
    } else if (cells.every((cell) => !cell || headerField(cell))) header = cells;
    else {
      const pieces = cells.flatMap((cell, i): RecordPiece[] => {
        const field = header?.[i] ? headerField(header[i]!) : null;
        const label = header?.[i] || null;
        return cell ? [{ a: { text: cell, ...(field ? { field } : {}), ...(label !== null ? { label } : {}) } }] : [];
      });
      items.push({ kind: 'record', el, pieces, text });
    }
  }
  return items;
}

/**
 * The unread blocks just before `el` under its parent stand above the list's column titles: marked
 * and dropped in the background (a section's header drawn like its courses still names what follows).
 */
function popUnread(items: WalkItem[], el: Element): void {
  const g = items.length;
  for (let at = items.length - 1; at >= 0; at--) {
    const item = items[at]!;
    if (item.kind === 'pop') continue;
    if (item.kind !== 'unread' || item.el.parentElement !== el.parentElement) break;
    item.g = g;
  }
  items.push({ kind: 'pop', g });
}

// Between the pieces of two elements: a label of the one does not name the other's text.
const NEXT: RecordPiece = { z: true };

/** The terms just before a description that is a record; a field label ("Completed") is no title. */
function termsOf(el: Element): Element[] {
  const terms: Element[] = [];
  if (tagOf(el) !== 'DD') return terms;
  for (let prev = el.previousElementSibling; prev && tagOf(prev) === 'DT'; prev = prev.previousElementSibling) {
    if (matchLabel(trimEndColon(textOf(prev)), RECORD_FIELDS)) return [];
    terms.unshift(prev);
  }
  return terms;
}

function isTermOfRecord(term: Element, records: ReadonlySet<Element>): boolean {
  let next = term.nextElementSibling;
  while (next && tagOf(next) === 'DT') next = next.nextElementSibling;
  return !!next && records.has(next) && termsOf(next).includes(term);
}

/**
 * How a record's text is reported: a row's cells side by side, a one-line record as written,
 * else its pieces with their labels (the atoms' texts are joined in the background, record-pieces.ts).
 */
function textTold(el: Element): { text?: string; side?: true } {
  if (isRow(el)) return { side: true };
  return isLeafBlock(el) && !hasBreak(el) ? { text: textOf(el) } : {};
}

// Where a <br> broke an element's own text (a character no page text holds).
const LINE_BREAK = '\u2028';

// Cheap first look before the date parser: numbers with separators, or a month's name by a number
// ("May/22/2025", "22.May.2025", SAS's "22MAY2025").
const DATE_SHAPE = /\d[/.-]\d{1,2}[/.-]\d|\d{4}-\d|[a-z]{3}[a-z]*\.?[\s/-]+\d|\d[\s./-]*[a-z]{3}/i;

function directText(el: Element): string {
  return normaliseSpace(ownText(el));
}

function hasBreak(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (tagOf(child) === 'BR') return true;
  return false;
}

function isRow(el: Element): boolean {
  return tagOf(el) === 'TR' || roleOf(el) === 'row';
}

function cellsOfRow(row: Element): Element[] {
  const joined = joinedCells(row);
  if (joined) return joined;
  // A <tr>'s own <td>/<th> children, each once (a table's column count of 0: colspans not repeated).
  if (tagOf(row) === 'TR') return cellsOf(row, 0);
  return renderedElements(row).filter((cell) => {
    const tag = tagOf(cell);
    const role = roleOf(cell);
    return tag === 'TD' || tag === 'TH' || role === 'cell' || role === 'gridcell' || role === 'columnheader' || role === 'rowheader';
  });
}

function isHeaderRow(el: Element): boolean {
  if (!isRow(el)) return false;
  if (el.parentElement && tagOf(el.parentElement) === 'THEAD') return true;
  const cells = cellsOfRow(el);
  // A header drawn with plain cells is one by its words ("Topic | Course Title | Completed"); a sheet's column letters head it too.
  return cells.length > 1 && (cells.every(isHeaderCell) || isLabelRow(el, RECORD_FIELDS) || isColumnLetters(el));
}

/** A row of one cell (a group row: "National – Trauma"), or whose only cell with words spans columns beside empty ones. */
function isGroupRow(el: Element): boolean {
  if (!isRow(el)) return false;
  const cells = cellsOfRow(el);
  const shown = cells.filter((cell) => textOf(cell));
  return cells.length === 1 || (shown.length === 1 && spanOf(shown[0]!, 'colspan') > 1);
}

/** The header cells' words of the table this row belongs to (its own header row), or null. */
function rowHeader(el: Element, cache: Map<Element, string[] | null>): string[] | null {
  if (!isRow(el)) return null;
  const section = el.parentElement;
  if (section && cache.has(section)) return cache.get(section)!;
  const header = tableHeader(el, cache);
  if (section) cache.set(section, header);
  return header;
}

function tableHeader(el: Element, cache: Map<Element, string[] | null>): string[] | null {
  let table: Element | null = el.parentElement;
  while (table && tagOf(table) !== 'TABLE' && !['grid', 'table', 'treegrid'].includes(roleOf(table))) table = table.parentElement;
  if (!table) return null;
  if (cache.has(table)) return cache.get(table)!;
  let header: string[] | null = null;
  if (tagOf(table) === 'TABLE') {
    // The last row of <thead>, else a first row of header cells (looked up by children: a
    // selector over a 5,000-row table is slow in happy-dom).
    for (let i = 0, sections = table.children; i < sections.length && !header; i++) {
      const section = sections[i]!;
      const sectionTag = tagOf(section);
      const rows = sectionTag === 'TR' ? [section] : Array.from(section.children).slice(0, 3);
      const heads = rows.filter((row) => tagOf(row) === 'TR' && isHeaderRow(row));
      if (heads.length) header = stackedHeader(heads);
    }
  } else {
    const head = table.querySelector('[role=columnheader]');
    const row = head?.closest('[role=row]');
    if (row) header = stackedHeader([row]);
  }
  cache.set(table, header);
  return header;
}

/**
 * Header rows stacked as drawn (rowspan, colspan): each column's words top to bottom, a line
 * apart, so a group header is read with every column beneath it ("Completion" over "Date").
 */
function stackedHeader(rows: Element[]): string[] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    // Hidden cells at its end are no column the rows draw (a loader's, aria-hidden).
    const cells = [...cellsOfRow(row)];
    while (cells.length && isHidden(cells.at(-1)!)) cells.pop();
    for (const cell of cells) {
      while (grid[r]![column] !== undefined) column += 1;
      const across = spanOf(cell, 'colspan');
      for (let down = r; down < Math.min(rows.length, r + spanOf(cell, 'rowspan')); down++) {
        for (let i = 0; i < across; i++) grid[down]![column + i] = textOf(cell);
      }
      column += across;
    }
  });
  const width = Math.max(...grid.map((line) => line.length));
  return Array.from({ length: width }, (_, c) => [...new Set(grid.map((line) => line[c]).filter(Boolean))].join('\n'));
}

/**
 * The column headers a cell names by id (`headers`): the header may sit anywhere, in another
 * row or position. Row and group headers it names too are the row's own, not its column's.
 */
function namedHeaders(cell: Element): string | null {
  const ids = cell.hasAttributes() ? cell.getAttribute('headers') : null;
  const root = cell.getRootNode() as Document | ShadowRoot;
  if (!ids || typeof root.getElementById !== 'function') return null;
  const texts = ids.split(' ').flatMap((id) => {
    const head = id ? root.getElementById(id) : null;
    const scope = head?.getAttribute('scope') ?? '';
    return head && (scope.startsWith('col') || head.closest('thead')) ? [textOf(head)] : [];
  });
  return texts.length ? texts.join('\n') : null;
}

/** The child group of a collapsed tree branch (aria-expanded="false"): not shown, even in a saved page. */
function isCollapsedGroup(child: Element, parent: Element): boolean {
  return parent.hasAttributes() && parent.getAttribute('aria-expanded') === 'false' && roleOf(child) === 'group' && roleOf(parent) === 'treeitem';
}

/**
 * A row that is the only record of a header-less table of several rows (old pages nest one
 * small table per course: a title row, then a row of labelled values): the table is the record.
 */
function soleRecordTable(row: Element, stats: Map<Element, Stats>, cache: Map<Element, string[] | null>): Element | null {
  if (!isRow(row) || tagOf(row) !== 'TR') return null;
  let table = row.parentElement;
  if (table && tagOf(table) !== 'TABLE') table = table.parentElement;
  if (!table || tagOf(table) !== 'TABLE' || (stats.get(table)?.minimal ?? 0) !== 1) return null;
  const rows = table.querySelectorAll('tr');
  if (rows.length < 2 || tableHeader(row, cache) !== null) return null;
  // Its other rows are one cell wide (the title across the table), never a row of header words.
  for (const other of rows) if (other !== row && cellsOfRow(other).length !== 1) return null;
  return table;
}

/** A table of label/value rows (a card's "Completed | 03/14/2026"): one block of fields, like a <dl>, widened as one. */
function pairTable(el: Element): Element | null {
  const table = tagOf(el) === 'TBODY' ? el.parentElement! : el;
  const rows = Array.from(table.querySelectorAll('tr'));
  const labels = rows.map((row) => cellsOfRow(row).length === 2 && textOf(cellsOfRow(row)[0]!));
  return tagOf(table) === 'TABLE' && rows.length > 1 && labels.every((t) => t && !hasDigit(t)) && labels.some((t) => matchLabel(withoutColon(t as string), RECORD_FIELDS)) ? table : null;
}

function signatureOf(el: Element): string {
  let signature = `${tagOf(el)}|${roleOf(el)}`;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) signature += ` ${tagOf(child)}`;
  return signature;
}

/**
 * An agenda's day (an event calendar's list): a group whose first counted child is a date alone,
 * then several alike children with hours and no date. The children are the records, the day their date.
 */
function agendaItems(group: Element, stats: Map<Element, Stats>): { items: Element[]; day: string } | null {
  // A table row's cells are one record's fields, whatever their order.
  if (isRow(group)) return null;
  let day: Element | null = null;
  const items: Element[] = [];
  for (const child of renderedElements(group)) {
    const s = stats.get(child);
    if (!s) continue;
    if (!day && !items.length && s.dates > 0 && s.hours === 0) day = child;
    // An item is a course with its own title: a bare figure after a date is a row's next field.
    else if (!day || s.dates > 0 || s.hours === 0 || isValuePiece(textOf(child)) || (items[0] && tagOf(items[0]) + roleOf(items[0]) !== tagOf(child) + roleOf(child))) return null;
    else items.push(child);
  }
  const text = day && items.length > 1 ? textOf(day) : '';
  // The day is a date alone (a weekday beside it), never a labelled field ("Date Completed 07/08/2026").
  return dateIn(text) && isValuePiece(text) && !matchLabel(trimChars(text.slice(0, firstValueIndex(text)), ' ,'), RECORD_FIELDS) ? { items, day: text } : null;
}

/** A parent the record may grow into: it holds no other record, and is not a list or a titled section. */
function canWiden(up: Element, current: Element, stats: Map<Element, Stats>): boolean {
  if ((stats.get(up)?.minimal ?? 0) !== 1) return false;
  const tag = tagOf(up);
  // A row or a tree item is one node of its list: a tree item's parent is the branch that names it.
  if (CONTAINER_TAGS.has(tag) || CONTAINER_ROLES.has(roleOf(up)) || isRow(current) || roleOf(current) === 'treeitem') return false;
  // A meta line of values only ("National / Cardiology • 10/17/2025 • 1 hr"): the words beside it
  // are its own title, even one opening with a topic's name ("Cardiology: 12-Lead Acquisition").
  const untitled = isValuesOnly(textOf(current));
  // A component or topic heading anywhere beside the record (in a header wrapper too): a section
  // (beside a meta line, the lines below tell a heading naming a section from a title).
  if (!untitled && (stats.get(up)?.sections ?? 0) > (stats.get(current)?.sections ?? 0)) return false;
  const shape = `${tagOf(current)}|${roleOf(current)}`;
  let alike = 0;
  for (const child of renderedElements(up)) {
    if (child === current) continue;
    const level = headingLevel(child);
    // A page or section heading above a lone record: the record stops below it.
    if (level !== null && level <= 2) return false;
    const text = textOf(child);
    const named = untitled && hasDigit(text) && !showsProgress(text) ? '' : text;
    if (level !== null && isSectionName(named)) return false;
    // A group's title line with its progress ("National · Cardiology (2.0 of 6 hrs)"): the group names its courses.
    if ((stats.get(child)?.dates ?? 0) === 0 && isGroupTitle(named)) return false;
    // A row of column titles beside it (a div grid repeated per section): the record is a row.
    if (isColumnTitles(child)) return false;
    if (`${tagOf(child)}|${roleOf(child)}` === shape && (stats.get(child)?.dates ?? 0) > 0) alike += 1;
  }
  // Another sibling shaped like this one and holding a date: a record without hours, a sibling.
  return alike === 0;
}

/** A line whose every piece is a course's value, a component/topic name or a labelled field: no title in it. */
function isValuesOnly(text: string): boolean {
  const pieces = piecesOf(text);
  return pieces.length > 1 && pieces.every((piece) => isValuePiece(piece) || assignmentIn(piece) !== null || splitLabelled(piece, RECORD_FIELDS) !== null);
}

// What a group's figure counts ("Not assigned 1 course", "Trauma 3 items").
const COUNTED = phrases('course', 'courses', 'item', 'items', 'class', 'classes');
const PROGRESS_MARKS = ['/', '%', ' of ', ')'];
/** Figures after a name that are a group's progress or count ("(2.0 of 6 hrs)", "4 / 5", "1 course"), not a title's ("12-Lead"). */
function showsProgress(text: string): boolean {
  const tail = text.slice([...text].findIndex((ch) => hasDigit(ch)));
  return PROGRESS_MARKS.some((mark) => tail.includes(mark)) || hoursWithUnit(tail) !== null || hasPhrase(tail, COUNTED);
}

function isColumnTitles(el: Element): boolean {
  let named = 0;
  let cells = renderedElements(el);
  // The titles' row inside a holder box of its own (a div grid's header row).
  while (cells.length === 1 && !ownText(el).trim()) cells = renderedElements((el = cells[0]!));
  for (const cell of cells) {
    const text = textOf(cell);
    if (text && !headerField(text)) return false;
    if (text) named += 1;
  }
  return named >= 2;
}

// A status badge after a title or an hours figure, the whole of its own element ("Possible duplicate", "(split)").
export const BADGES = phrases('new', 'split', 'duplicate', 'possible duplicate', 'likely duplicate', 'flagged', 'needs approval', 'needs review');
/** A title element's text without a badge in its first element ("<span>New</span> Title"), and where a remark in its last
 * element starts ("Title <span>Outside cycle</span>"): the background decides whether that remark is a flag. */
function titleAndRemark(el: Element): [string, number] {
  const first = textOf(el.firstElementChild);
  let text = textOf(el);
  if (first && text !== first && text.startsWith(first) && isPhrase(first, BADGES)) text = text.slice(first.length).trim();
  const last = textOf(el.lastElementChild);
  return [text, last && text !== last && text.endsWith(last) ? text.length - last.length : text.length];
}
const SECTION_WORDS = phrases('component', 'transcript', 'education', 'courses');
/** A heading that names a component or topic ("Trauma", "National 3.00 of 20 hours"). */
function isSectionHeading(el: Element): boolean {
  return isSectionHeadingText(textOf(el));
}

/** A component or topic name with a figure (its progress): a group's title, not a course's chip. */
function isGroupTitle(text: string): boolean {
  return hasDigit(text) && isSectionHeadingText(text);
}

function isSectionHeadingText(text: string): boolean {
  return text.length <= 80 && plainHeadingAssignment(text) !== null;
}

// A course titled "Airway Update" or "Trauma Review" names a topic without naming a section.
function isSectionName(text: string): boolean {
  return text.length <= 80 && ((hasPhrase(text, SECTION_WORDS) && wordsOf(text).length <= 4) || plainHeadingAssignment(text) !== null);
}

const PAIR_CUT = /\s*[|·•]\s*/;

/**
 * A line cut into its values: at bullets and bars always; at a dash only where a value follows
 * ("Trauma Review — 10/02/2025 — 2 hrs"), never inside a title ("Town of Hadley — Rehab SOP").
 */
export function piecesOf(line: string): string[] {
  return line.split(PAIR_CUT).flatMap((piece) => {
    const parts = piece.split(' — ');
    return parts.length > 1 && parts.slice(1).some(isValuePiece) ? withTitleHours(parts) : valuesCut(piece);
  }).filter(Boolean);
}

/**
 * An hours figure right after a title's words ("ECG 101 — 4 hrs") stays with them: it is the
 * course's hours only when the course shows none of its own, which its other pieces tell.
 */
function withTitleHours(parts: string[]): string[] {
  const kept: string[] = [];
  for (const part of parts) {
    const before = kept.at(-1);
    if (before !== undefined && isWordsOnly(before) && isValuePiece(part) && hoursWithUnit(part) !== null && dateIn(part) === null) kept[kept.length - 1] = `${before} — ${part}`;
    else kept.push(part);
  }
  return kept;
}

/** Words that show no value of a course (a date or hours figure among them is a line's, not a title's). */
function isWordsOnly(text: string): boolean {
  return dateIn(text) === null && hoursWithUnit(text) === null && !isValuePiece(text);
}

// Plain-text records separate their fields with dashes or commas ("Title - 01/09/2026 - 2.00").
const VALUE_CUTS = [' – ', ' - ', ', '];

/**
 * A piece cut where two or more values follow (a title may hold one: "… - 2.5 hrs bundle"); the
 * words before the first value stay one title.
 */
function valuesCut(piece: string): string[] {
  for (const cut of VALUE_CUTS) {
    const parts = piece.split(cut);
    const first = parts.findIndex((part, i) => i > 0 && isValuePiece(part));
    if (first > 0 && parts.filter(isValuePiece).length >= 2) return [parts.slice(0, first).join(cut), ...parts.slice(first)];
  }
  return [piece];
}

/**
 * The pieces of text of one record, with the column header that names each, in reading order:
 * read into atoms (a label's field, a line's values) in the background (record-pieces.ts).
 */
export function recordPieces(
  record: Element,
  header: string[] | null,
  leafText: ReadonlyMap<Element, string> = new Map(),
  carried: readonly CarriedCell[] = [],
): RecordPiece[] {
  const pieces: RecordPiece[] = [];
  // `remark`: where a remark after the text starts (a flag, left out in the background when it is one).
  const push = (text: string, prominent: boolean, columnLabel: string | null, remark = text.length): void => {
    pieces.push({ t: text.slice(0, remark), ...(prominent ? { p: true } : {}), ...(columnLabel !== null ? { c: columnLabel } : {}), ...(remark < text.length ? { f: text.slice(remark) } : {}) });
  };

  const visit = (el: Element, columnLabel: string | null): void => {
    const known = leafText.get(el);
    if (known !== undefined) {
      push(known, false, columnLabel);
      return;
    }
    const tag = tagOf(el);
    // An option left unchosen ("○ Local ● National") is not the record's value.
    if ((SKIPPED_TAGS.has(tag) && tag !== 'SELECT') || isHidden(el) || labelsOffChoice(el)) return;
    // The usual cell: text only.
    if (el.childElementCount === 0 && !renderedChildren(el)) {
      if (tag === 'INPUT' || tag === 'TEXTAREA') {
        const value = controlValue(el);
        if (value) push(value, false, columnLabel);
      } else if (tag !== 'BUTTON' || isPicker(el, columnLabel)) push(el.textContent ?? '', tag in HEADING_TAGS || tag === 'LEGEND', columnLabel);
      return;
    }
    const cells = isRow(el) ? cellsOfRow(el) : null;
    if (cells && cells.length) {
      let index = carried.length ? 0 : leadingGap(header, cells);
      let next = 0;
      // A field block's row (a row header's label, then its value): the label names the value too.
      const rowLabel = !header && cells.length === 2 && tagOf(cells[0]!) === 'TH' ? textOf(cells[0]!) : null;
      // A cell merged down from a row above sits in its column, before the cells after it.
      const carryUpTo = (column: number): void => {
        // Each merged cell carried in moves the next cell's column on: compare with both.
        for (; next < carried.length && carried[next]!.column <= Math.max(column, index); next++) {
          const cell = carried[next]!;
          push(cell.text, false, header?.[cell.column] ?? null);
          if (cell.column === index) index += 1;
        }
      };
      for (const cell of cells) {
        carryUpTo(index);
        const span = spanOf(cell, 'colspan');
        const first = pieces.length;
        // (A field's own label is said by its value's: not said again.)
        if (!isRowNumber(cell) && !(cell === cells[0] && rowLabel && headerField(rowLabel))) visit(cell, namedHeaders(cell) ?? header?.[index] ?? (cell === cells[1] ? rowLabel : null));
        // The cell's end: its atoms are weighed together in the background (a cell holding a table of its own holds rows, not lines).
        if (pieces.length > first) pieces.push({ n: pieces.length - first, ...(cell.firstElementChild && cell.querySelector('tr,[role=row]') ? { r: true } : {}) });
        index += span;
      }
      carryUpTo(Number.POSITIVE_INFINITY);
      return;
    }
    // A control is one line; a tap target holding lines of its own (a mobile list's whole row) is read,
    // and so is an item a list lets one drag (dnd-kit's "sortable" card: a button by its role).
    if ((tag === 'BUTTON' || roleOf(el) === 'button') && !isPicker(el, columnLabel) && isLeafBlock(el) && !el.hasAttribute('aria-roledescription')) return;
    // A value kept in an attribute: <time datetime>, <input readonly value>.
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      const value = controlValue(el);
      if (value) push(value, false, columnLabel);
      return;
    }
    if (isLeafBlock(el)) {
      const prominent = headingLevel(el) !== null || isBoldOnly(el);
      // Side-by-side inline pieces without text between them (chips, spans) are separate values.
      if (!directText(el) && el.childElementCount > 1 && !hasBreak(el)) {
        for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
          // A flag after the title in its own element ("Title <span>Split</span>") remarks on the course.
          if (!SKIPPED_TAGS.has(tagOf(child)) && !isHidden(child)) {
            const [text, remark] = titleAndRemark(child);
            push(text, prominent || isBoldOnly(child), columnLabel, remark);
          }
        }
        return;
      }
      // Lines split at <br>, each its own piece.
      let line = '';
      let remark: number | undefined;
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 1 && tagOf(child as Element) === 'BR') {
          push(line, prominent, columnLabel, remark);
          line = '';
          remark = undefined;
        } else if (child.nodeType === 3) line += child.nodeValue ?? '';
        else if (child.nodeType === 1) {
          const childEl = child as Element;
          if (SKIPPED_TAGS.has(tagOf(childEl)) || isHidden(childEl) || isNoteMark(childEl, tagOf(childEl))) continue;
          const childText = textOf(childEl);
          // A label before the value in its own element ("<span>Hours</span>2.0": a stacked
          // table's column title repeated in every cell, a card's caption) is evidence, not value.
          if (!line.trim() && childText && hasTextAfter(childEl)) {
            const bare = trimEndColon(childText);
            const field = sameWords(bare, columnLabel) ? undefined : bare.length <= 40 ? matchLabel(bare, RECORD_FIELDS) : null;
            if (field !== null) {
              if (field && !(columnLabel && headerField(columnLabel))) pieces.push({ l: bare, lf: field });
              continue;
            }
          }
          // A badge before the title in its own element ("<span>New</span> Airway Review") remarks on the course.
          if (!line.trim() && hasTextAfter(childEl) && isPhrase(childText, BADGES)) continue;
          // A bold label inside a line ("<b>Hours:</b> 2") starts a new piece.
          if (BOLD_TAGS.has(tagOf(childEl)) && endsWithColon(childText)) {
            push(line, prominent, columnLabel);
            line = '';
            push(childText, false, columnLabel);
            continue;
          }
          if (BOLD_TAGS.has(tagOf(childEl)) && el.firstChild === childEl && childText && !childText.includes(':') && !childText.includes('：')) {
            const [title, remark] = titleAndRemark(childEl);
            push(title, true, columnLabel, remark);
            continue;
          }
          // A flag after the title in its own element ("Out of Date", "before cycle") may remark on the course.
          if (line.trim() && !hasTextAfter(childEl) && childText) remark = line.length;
          // A superscript or subscript is part of its word ("Bleed<sup>®</sup>", "EtCO<sub>2</sub>").
          line += ['SUP', 'SUB'].includes(tagOf(childEl)) ? childText : ` ${childText} `;
        }
      }
      push(line, prominent, columnLabel, remark);
      return;
    }

    const text = ownText(el);
    if (text.trim()) push(text, false, columnLabel);
    for (const child of renderedElements(el)) visit(child, columnLabel);
  };
  const transposed = transposedAtoms(record);
  if (transposed) return transposed;
  visit(record, null);
  return pieces;
}

/**
 * A transposed table (field names down the first column, one column per course): its cells
 * column by column, each named by its row's label, so that a repeated field starts the next course.
 */
function transposedAtoms(record: Element): RecordPiece[] | null {
  // The same table drawn as divs with ARIA roles is read the same way.
  if (!['TABLE', 'TBODY', 'table', 'grid', 'rowgroup'].includes(tagOf(record) === 'DIV' ? roleOf(record) : tagOf(record))) return null;
  const rows = Array.from(record.querySelectorAll('tr, [role=row]')).map((row) => cellsOfRow(row));
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 3 || rows.some((cells) => cells.length !== width)) return null;
  const labels = rows.map((cells) => withoutColon(textOf(cells[0]!)));
  const fields = labels.map((label) => (label.length <= 40 ? matchLabel(label, RECORD_FIELDS) : null));
  if (!fields.includes('courseTitle') || fields.filter(Boolean).length < 2) return null;
  const atoms: RecordPiece[] = [];
  for (let column = 1; column < width; column++) {
    rows.forEach((cells, row) => {
      const text = textOf(cells[column]!);
      const field = fields[row];
      if (text) atoms.push({ a: { text, ...(field ? { field } : {}), label: labels[row]! } });
    });
  }
  return atoms;
}

/**
 * A header wider than its rows by empty cells at its start (a drag handle's column the rows do not
 * draw): the rows' cells sit under the header's last columns, not its first.
 */
function leadingGap(header: string[] | null, cells: readonly Element[]): number {
  let gap = header?.length ?? 0;
  for (const cell of cells) gap -= spanOf(cell, 'colspan');
  return gap > 0 && header!.slice(0, gap).every((text) => !text) ? gap : 0;
}

// Header words repeat on every row: each is matched once.
const HEADER_FIELDS = new Map<string, RecordField | null>();
export function headerField(text: string): RecordField | null {
  let field = HEADER_FIELDS.get(text);
  if (field === undefined) {
    // Stacked header words: the whole column's, else the cell nearest the values ("Completion" over "Credits").
    field = matchLabel(withoutColon(text), RECORD_FIELDS) ?? (text.includes('\n') ? headerField(text.slice(text.lastIndexOf('\n') + 1)) : null);
    if (HEADER_FIELDS.size < 500) HEADER_FIELDS.set(text, field);
  }
  return field;
}

/** A date that a value finder accepts in this atom (the first one). */
export function atomDate(atom: Atom): string | null {
  return dateIn(atom.text);
}

function sameWords(a: string, b: string | null): boolean {
  return b !== null && wordsOf(a).join(' ') === wordsOf(b).join(' ');
}

/** Some text follows this element inside its parent. */
function hasTextAfter(el: Element): boolean {
  for (let next = el.nextSibling; next; next = next.nextSibling) if ((next.textContent ?? '').trim()) return true;
  return false;
}

/** "Credits :" -> "Credits" (a star stays: it is not a label's colon here). */
export function trimEndColon(text: string): string {
  return endsWithColon(text) ? text.trimEnd().slice(0, -1).trimEnd() : text;
}
