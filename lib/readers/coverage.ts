// Did the page show the whole course list? A read that saw only part of it (a pager, a
// virtualised grid holding only the rows on screen, a list still loading, a collapsed section,
// an active filter) must not be taken as the whole list: the merge then only adds and updates.
// Judged from what the page says and from ARIA state, never from class names or ids; no layout.
import type { ListCoverage } from '../model';
import { hasDigit } from './cut';
import { normaliseSpace, ownText } from './text';
import { controlValue } from './dom';
import { findPhrase, hasPhrase, isPhrase, phrases, startsWithPhrase, wordsOf } from './words';

// "Showing 1-10 of 42", "11 to 20 of 42" (a range: its verb may be left out), "Displaying 10 out of 42"
// (a count: its verb is needed: "2 of 3" alone says nothing of a list).
const SHOWN = /\b(showing|displaying|viewing)?\s*(?:(\d{1,5})\s*(?:[-–—]|to)\s*)?(\d{1,5})\s+(of|out of)\s+(\d{1,5})\b/gi;
const PAGE_OF = /\bpage\s+(\d{1,4})\s+of\s+(\d{1,4})\b/gi;
// "Loading…", "Loading your courses...", "Please wait": not "Patient Loading and Transport".
const LOADING_START = phrases('loading', 'please wait', 'fetching', 'retrieving');
const LOADING_WHOSE = phrases('your', 'the', 'my', 'more', 'all');
const LOADING_WHAT = phrases(
  'course', 'courses', 'education', 'transcript', 'data', 'record', 'records', 'result', 'results', 'content', 'page',
  'list', 'item', 'items', 'row', 'rows',
);
/** A control that shows more of the list: "Load more", "Show all", "More courses" (what follows may name the list). */
export const MORE_CONTROL = phrases(
  // Written out, not built by a call: the call would stay in the content scripts (judged in the background only).
  'load more', 'load all', 'load remaining', 'show more', 'show all', 'show remaining',
  'view more', 'view all', 'view remaining', 'see more', 'see all', 'see remaining',
  'more courses', 'more results', 'more rows',
);
const PAGE_WORDS = phrases('prev', 'previous', 'next', 'first', 'last', 'prev page', 'previous page', 'next page', 'first page', 'last page');
const PAGER_SYMBOLS = new Set(['…', '...', '‹', '«', '<', '<<', '›', '»', '>', '>>']);
const NEXT_SYMBOLS = new Set(['›', '»', '>', '>>']);
const NEXT_WORDS = phrases('next', 'next page');
const FILTER_ACTIVE = phrases('filtered by', 'filter applied', 'filters applied', 'active filter', 'active filters');
const SECTION_WORDS = phrases('national', 'local', 'state', 'individual', 'airway', 'cardio', 'trauma', 'medical', 'operations', 'course', 'courses', 'transcript');
const ALL_OPTION = phrases('all', 'any', 'select');
const PAGE_SIZE = phrases('per page', 'rows', 'items');

/** "Loading…", "Please wait", "Loading your courses": the whole text says the list is still coming. */
function isLoadingText(text: string): boolean {
  const words = wordsOf(text);
  const start = findPhrase(words, LOADING_START);
  if (!start || start.at !== 0) return false;
  let at = start.length;
  if (at < words.length && isPhrase([words[at]!], LOADING_WHOSE)) at += 1;
  if (at < words.length && isPhrase([words[at]!], LOADING_WHAT)) at += 1;
  return at === words.length;
}

/** A short number ("2", "10"): a page link. */
function isPageNumber(label: string): boolean {
  if (label.length === 0 || label.length > 3) return false;
  for (const char of label) if (char < '0' || char > '9') return false;
  return true;
}

function isPagerLabel(label: string): boolean {
  return isPageNumber(label) || PAGER_SYMBOLS.has(label) || isPhrase(label, PAGE_WORDS);
}

/** More numbered links than a pager draws before it elides ("1 2 3 … 40"). */
const MOST_PAGE_LINKS = 12;

/**
 * A code view's line numbers, each a link ("1" … "33" beside the lines of a pasted list): every
 * number from 1 on, more than a pager shows. Not the list's pages.
 */
function isLineNumberGutter(labels: readonly string[]): boolean {
  return labels.length > MOST_PAGE_LINKS && labels.every((label, i) => label === String(i + 1));
}

function isNextControl(label: string): boolean {
  return NEXT_SYMBOLS.has(label) || isPhrase(label, NEXT_WORDS);
}

/** A select's choice that filters nothing: "All", "Any", "Select…", "—", nothing. */
function choosesAll(chosen: string): boolean {
  const words = wordsOf(chosen);
  return words.length === 0 || startsWithPhrase(words, ALL_OPTION);
}

/** A page-size choice ("10", "25 per page") is a pager, found by its own words. */
function isPageSize(chosen: string): boolean {
  const words = wordsOf(chosen);
  return words.length > 0 && isPageNumber(words[0]!) && (words.length === 1 || isPhrase(words.slice(1), PAGE_SIZE));
}

// Cheap substring tests first: most of a long list's elements say none of these.
const LOADING_HINTS = ['load', 'wait', 'fetch', 'retriev'];
const PAGER_HINTS = [' of ', 'page', 'filter'];
const MORE_HINTS = ['more', 'all', 'remaining', 'next', '›', '»', '>'];
const FILTER_FIELD = ['search', 'filter'];
const FILTER_SELECT = ['filter', 'show', 'year', 'status', 'component', 'topic'];
const BUTTON_TYPES = new Set(['button', 'submit']);

function includesAny(text: string, parts: readonly string[]): boolean {
  const low = text.toLowerCase();
  return parts.some((part) => low.includes(part));
}

const HIDDEN = '[hidden], [aria-hidden="true"], template, script, style, noscript, [style*="display: none"], [style*="display:none"]';

function text(el: Element | null | undefined): string {
  return normaliseSpace(el?.textContent ?? '');
}

function shown(el: Element): boolean {
  return el.closest(HIDDEN) === null;
}

function enabled(el: Element): boolean {
  return !el.hasAttribute('disabled') && el.getAttribute('aria-disabled') !== 'true';
}

function controlText(el: Element): string {
  return text(el) || (el.getAttribute('aria-label') ?? '').trim() || ((el as HTMLInputElement).value ?? '').trim();
}

interface Found {
  loading: boolean;
  virtual: { present: number; total: number } | null;
  pager: boolean;
  collapsed: boolean;
  filter: boolean;
  /** The short sentence that says how much of the list is shown, if any (see pagerTextOf). */
  pagerText: string | null;
  /** Shown short texts with a figure or a filter that may say how much of the list is shown: judged by pagerTextOf. */
  pagerTexts?: string[];
  /** Shown texts and labels of a loading line's few words that may say so ("Loading your courses"): judged by coverageFrom. */
  loadingTexts?: string[];
  /** Shown selects that may narrow the list (a component, topic, year…): label and chosen option, judged by coverageFrom. */
  filterSelects?: Array<[string, string]>;
  /** The controls' labels of shown boxes around a "2" control that may be numbered page links: judged by coverageFrom. */
  pageLinks?: string[][];
  /** Shown, enabled controls' short labels that may show more of the list ("Load more", "Next ›"): judged by coverageFrom. */
  moreLabels?: string[];
  /** Shown closed toggles' labels (aria-expanded="false", a closed <details>' summary) that may name a section: judged by coverageFrom. */
  closedLabels?: string[];
}

const CONTROL_TAGS = new Set(['A', 'BUTTON']);
const CONTROL_ROLES = new Set(['button', 'link']);

/**
 * The controls' labels of each shown box around a "2" control that also holds a "1" (three levels
 * up, while a box holds at most 40 controls): numbered page links when they are only pager labels
 * (judged in the background, coverageFrom).
 */
function pageLinkBoxes(found: CoverageSignals, two: Element): void {
  for (let box = two.parentElement, depth = 0; box && depth < 3; box = box.parentElement, depth++) {
    const labels = Array.from(box.querySelectorAll('a, button, [role="button"], [role="link"]'), controlText);
    if (labels.length > 40) return;
    if (labels.includes('1') && shown(box)) (found.pageLinks ??= []).push(labels);
  }
}

/** What a coverage walk has found so far (the walk can be split: see scanForCoverage). */
export type CoverageSignals = Found;

export function noCoverageSignals(): CoverageSignals {
  return { loading: false, virtual: null, pager: false, collapsed: false, filter: false, pagerText: null };
}

/**
 * One walk over the page's elements (a 5,000-course page has ~40,000): every signal is an
 * attribute or a short own text, so no element's whole text is gathered more than once. Walks
 * `all[from..to)` into `found`: consecutive ranges in page order find what one walk finds.
 */
export function scanForCoverage(all: ArrayLike<Element>, from: number, to: number, found: CoverageSignals): CoverageSignals {
  for (let i = from; i < to; i++) {
    const el = all[i]!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
    // Most elements of a long list are bare cells and rows: only their own text is looked at.
    const own = ownText(el);
    if (own && own.length <= 200) {
      if (!found.loading && includesAny(own, LOADING_HINTS)) maySayLoading(found, text(el), el);
      // "Showing <b>1</b>–<b>10</b> of <b>37</b>": the sentence spans the element's children.
      // Every such sentence needs a figure, or says "filter".
      if (includesAny(` ${normaliseSpace(own)} `, PAGER_HINTS)) {
        const whole = text(el);
        if (whole.length <= 200 && (hasDigit(whole) || includesAny(whole, ['filter'])) && shown(el)) (found.pagerTexts ??= []).push(whole);
      }
    }
    const isControl = tag === 'A' || tag === 'BUTTON' || tag === 'INPUT' || tag === 'SELECT' || tag === 'DETAILS' || tag === 'PROGRESS';
    if (!isControl && !el.hasAttributes()) continue;
    const role = el.getAttribute('role');
    if (!found.loading) {
      if (el.getAttribute('aria-busy') === 'true' && shown(el)) found.loading = true;
      else if ((tag === 'PROGRESS' && !el.hasAttribute('value')) || (role === 'progressbar' && !el.hasAttribute('aria-valuenow'))) found.loading = shown(el);
      else {
        const label = el.getAttribute('aria-label') ?? el.getAttribute('title');
        if (label && includesAny(label, LOADING_HINTS)) maySayLoading(found, label, el);
      }
    }
    if (!found.virtual && el.hasAttribute('aria-rowcount')) {
      const total = Number(el.getAttribute('aria-rowcount'));
      // -1: the grid does not know its count.
      if (Number.isFinite(total) && total >= 0) {
        const present = el.querySelectorAll('[role="row"], tr').length;
        if (total > present) found.virtual = { present, total };
      }
    }
    const control = CONTROL_TAGS.has(tag) || (role !== null && CONTROL_ROLES.has(role)) || (tag === 'INPUT' && BUTTON_TYPES.has((el.getAttribute('type') ?? '').toLowerCase()));
    if (control) {
      const label = controlText(el);
      // Every label a "more" or "next" control's words can start with holds one of these.
      if (label && label.length <= 40 && includesAny(label, MORE_HINTS) && enabled(el) && shown(el)) (found.moreLabels ??= []).push(label);
      else if (label === '2') pageLinkBoxes(found, el);
    }
    // A closed toggle's short label, a closed <details>' summary.
    let closed = '';
    if (el.getAttribute('aria-expanded') === 'false') {
      const label = controlText(el);
      if (label.length <= 80) closed = label;
    } else if (tag === 'DETAILS' && !el.hasAttribute('open')) closed = text(el.querySelector('summary'));
    if (closed && shown(el)) (found.closedLabels ??= []).push(closed);
    if (!found.filter) {
      if (tag === 'INPUT' || role === 'searchbox') {
        const type = (el.getAttribute('type') ?? 'text').toLowerCase();
        const value = ((el as HTMLInputElement).value ?? el.getAttribute('value') ?? '').trim();
        if (value && (type === 'search' || role === 'searchbox' || (type === 'text' && includesAny(fieldLabel(el), FILTER_FIELD))) && shown(el)) found.filter = true;
      } else if (tag === 'SELECT' && (found.filterSelects?.length ?? 0) < 10) {
        const label = fieldLabel(el);
        if (includesAny(label, FILTER_SELECT) && shown(el)) (found.filterSelects ??= []).push([label, chosenOption(el as HTMLSelectElement)]);
      }
    }
  }
  return found;
}

/** A shown text no longer than a loading line (four words): kept for coverageFrom to judge (isLoadingText). */
function maySayLoading(found: CoverageSignals, said: string, el: Element): void {
  if (wordsOf(said).length <= 4 && shown(el)) (found.loadingTexts ??= []).push(said);
}

function fieldLabel(el: Element): string {
  const labels = (el as HTMLInputElement).labels ? Array.from((el as HTMLInputElement).labels ?? [], (l) => text(l)) : [];
  const wrapping = el.closest('label');
  return [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('name'), ...labels, wrapping ? text(wrapping) : '']
    .filter(Boolean)
    .join(' ');
}

/** The chosen option's text, as the browser shows it (controlValue). */
export function chosenOption(select: HTMLSelectElement): string {
  return normaliseSpace(controlValue(select) ?? '');
}

function counted(complete: boolean, shownCount: number, total: number | undefined, reason?: string): ListCoverage {
  return { complete, shown: shownCount, ...(total !== undefined ? { total } : {}), ...(reason ? { reason } : {}) };
}

/**
 * Whether `root` showed the whole course list. `rowsRead` is how many courses the reader took
 * from it (shown when the page does not say).
 */
export function readListCoverage(root: Element, rowsRead: number): ListCoverage {
  const all = root.getElementsByTagName('*');
  return coverageFrom(scanForCoverage(all, 0, all.length, noCoverageSignals()), rowsRead);
}

/** The first range and the first count of the list shown that the text states. */
function shownIn(text: string): { range?: [number, number, number]; count?: [number, number] } {
  const out: { range?: [number, number, number]; count?: [number, number] } = {};
  for (const [, verb, from, to, of, total] of text.matchAll(SHOWN)) {
    if (from !== undefined && of!.toLowerCase() === 'of') out.range ??= [Number(from), Number(to), Number(total)];
    else if (from === undefined && verb !== undefined) out.count ??= [Number(to), Number(total)];
  }
  return out;
}

const isShownText = (text: string): boolean => {
  const { range, count } = shownIn(text);
  return !!(range || count);
};

/**
 * The first text that says how much of the list is shown; a report's later "Page k of M" footers
 * are kept too (an export may hold every page).
 */
function pagerTextOf(found: CoverageSignals): string | null {
  let said = found.pagerText;
  for (const whole of found.pagerTexts ?? []) {
    if (said && said.search(PAGE_OF) < 0) break;
    if (said ? whole.search(PAGE_OF) >= 0 : isShownText(whole) || whole.search(PAGE_OF) >= 0 || hasPhrase(whole, FILTER_ACTIVE)) {
      said = said ? `${said.slice(0, 2000)} · ${whole}` : whole;
    }
  }
  return said;
}

/** The coverage a finished walk shows. */
export function coverageFrom(found: CoverageSignals, rowsRead: number): ListCoverage {
  if (found.loading || found.loadingTexts?.some(isLoadingText)) return { complete: false, shown: rowsRead, reason: 'loading' };
  const body = pagerTextOf(found) ?? '';
  const { range, count } = shownIn(body);
  if (range) {
    const [from, to, total] = range;
    if (from <= to && to <= total) {
      if (from === 1 && to === total) return counted(true, rowsRead, total);
      return counted(false, to - from + 1, total, 'pager');
    }
  }
  if (count && count[0] < count[1]) return counted(false, count[0], count[1], 'pager');
  if (found.virtual) {
    // aria-rowcount counts the header row too.
    const total = Math.max(found.virtual.total - (found.virtual.total > rowsRead ? 1 : 0), rowsRead);
    return counted(false, rowsRead, total, 'virtualised');
  }
  const footers = Array.from(body.matchAll(PAGE_OF));
  const pages = footers[0];
  // Every page's footer shown ("Page 1 of 2" … "Page 2 of 2"): a report exported whole.
  const every = pages && new Set(footers.filter((m) => m[2] === pages[2]).map((m) => m[1])).size >= Number(pages[2]);
  // Numbered page links: a box around a "2" control holding a "1" and only pager labels.
  const numbered = found.pageLinks?.some((labels) => labels.every(isPagerLabel) && !isLineNumberGutter(labels));
  const more = found.moreLabels?.some((label) => startsWithPhrase(label, MORE_CONTROL) || isNextControl(label));
  if ((pages && Number(pages[2]) > 1 && !every) || found.pager || numbered || more) return counted(false, rowsRead, undefined, 'pager');
  // A closed toggle naming a section of the list ("National", "Transcript courses").
  if (found.collapsed || found.closedLabels?.some((label) => hasPhrase(label, SECTION_WORDS))) return counted(false, rowsRead, undefined, 'collapsed');
  // A select that narrows the list is one of its kind; one repeated on every record ("Topic" per
  // course of an editable list) is that record's own field.
  // A page-size choice ("10 per page") is a pager, found by its own words; "All topics" narrows nothing.
  const filters = (found.filterSelects ?? []).filter(([, chosen]) => !choosesAll(chosen) && !isPageSize(chosen)).map(([label]) => label);
  const narrowed = filters.some((label) => filters.indexOf(label) === filters.lastIndexOf(label));
  if (found.filter || narrowed || hasPhrase(body, FILTER_ACTIVE)) return counted(false, rowsRead, undefined, 'filter');
  return counted(true, rowsRead, undefined);
}
