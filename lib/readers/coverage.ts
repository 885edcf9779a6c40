// Did the page show the whole course list? A read that saw only part of it (a pager, a
// virtualised grid holding only the rows on screen, a list still loading, a collapsed section,
// an active filter) must not be taken as the whole list: the merge then only adds and updates.
// Judged from what the page says and from ARIA state, never from class names or ids; no layout.
import type { ListCoverage } from '../model';

const SHOWING_RANGE = /\b(?:showing|displaying|viewing)?\s*(\d{1,5})\s*(?:[-–—]|to)\s*(\d{1,5})\s+of\s+(\d{1,5})\b/i;
const SHOWING_COUNT = /\b(?:showing|displaying|viewing)\s+(\d{1,5})\s+(?:of|out of)\s+(\d{1,5})\b/i;
const PAGE_OF = /\bpage\s+(\d{1,4})\s+of\s+(\d{1,4})\b/i;
// "Loading…", "Loading your courses...", "Please wait": not "Patient Loading and Transport".
const LOADING = /^(?:loading|please wait|fetching|retrieving)(?:\s+(?:your|the|my|more|all))?(?:\s+(?:courses?|education|transcript|data|records?|results?|content|page|list|items?|rows?))?\s*(?:\.{2,3}|…)?$/i;
const MORE_CONTROL = /^(?:load|show|view|see)\s+(?:more|all|remaining)\b|^more (?:courses|results|rows)\b/i;
const PAGER_LABEL = /^(?:\d{1,3}|…|\.\.\.|‹|«|<|<<|›|»|>|>>|prev(?:ious)?(?: page)?|next(?: page)?|first(?: page)?|last(?: page)?)$/i;
const NEXT_CONTROL = /^(?:next(?: page)?|›|»|>|>>)$/i;
const FILTER_ACTIVE = /\b(?:filtered by|filters? applied|active filters?)\b/i;
const FILTER_FIELD = /search|filter/i;
const SECTION_WORDS = /\b(?:national|local|state|individual|airway|cardio|trauma|medical|operations|courses?|transcript)\b/i;
const ALL_OPTION = /^(?:all\b|any\b|-+$|$|select\b)/i;

const HIDDEN = '[hidden], [aria-hidden="true"], template, script, style, noscript, [style*="display: none"], [style*="display:none"]';

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
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
  /** The short sentence that says how much of the list is shown, if any. */
  pagerText: string | null;
}

const CONTROL_TAGS = new Set(['A', 'BUTTON']);
const CONTROL_ROLES = new Set(['button', 'link']);

/** A "2" control whose container also holds a "1" and only pager labels (numbered page links). */
function numberedPages(two: Element): boolean {
  for (let box = two.parentElement, depth = 0; box && depth < 3; box = box.parentElement, depth++) {
    const labels = Array.from(box.querySelectorAll('a, button, [role="button"], [role="link"]'), controlText);
    if (labels.length > 40) return false;
    if (labels.includes('1') && labels.every((l) => PAGER_LABEL.test(l)) && shown(box)) return true;
  }
  return false;
}

function ownText(el: Element): string {
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) out += child.nodeValue ?? '';
  return out;
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
      if (!found.loading && /load|wait|fetch|retriev/i.test(own) && LOADING.test(text(el)) && shown(el)) found.loading = true;
      // "Showing <b>1</b>–<b>10</b> of <b>37</b>": the sentence spans the element's children.
      if (!found.pagerText && /\bof\b|\bpage\b|filter/i.test(own)) {
        const whole = text(el);
        if (whole.length <= 200 && (SHOWING_RANGE.test(whole) || SHOWING_COUNT.test(whole) || PAGE_OF.test(whole) || FILTER_ACTIVE.test(whole)) && shown(el)) {
          found.pagerText = whole;
        }
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
        if (label && LOADING.test(label.trim()) && shown(el)) found.loading = true;
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
    const control = CONTROL_TAGS.has(tag) || (role !== null && CONTROL_ROLES.has(role)) || (tag === 'INPUT' && /^(?:button|submit)$/i.test(el.getAttribute('type') ?? ''));
    if (!found.pager && control) {
      const label = controlText(el);
      if (label && label.length <= 40 && (MORE_CONTROL.test(label) || NEXT_CONTROL.test(label)) && enabled(el) && shown(el)) found.pager = true;
      else if (label === '2' && numberedPages(el)) found.pager = true;
    }
    if (!found.collapsed) {
      if (el.getAttribute('aria-expanded') === 'false') {
        const label = controlText(el);
        if (label.length <= 80 && SECTION_WORDS.test(label) && shown(el)) found.collapsed = true;
      } else if (tag === 'DETAILS' && !el.hasAttribute('open')) {
        if (SECTION_WORDS.test(text(el.querySelector('summary'))) && shown(el)) found.collapsed = true;
      }
    }
    if (!found.filter) {
      if (tag === 'INPUT' || role === 'searchbox') {
        const type = (el.getAttribute('type') ?? 'text').toLowerCase();
        const value = ((el as HTMLInputElement).value ?? el.getAttribute('value') ?? '').trim();
        if (value && (type === 'search' || role === 'searchbox' || (type === 'text' && FILTER_FIELD.test(fieldLabel(el)))) && shown(el)) found.filter = true;
      } else if (tag === 'SELECT' && /filter|show|year|status|component|topic/i.test(fieldLabel(el)) && shown(el)) {
        const chosen = chosenOption(el as HTMLSelectElement);
        // A page-size choice ("10 per page") is a pager, found by its own words.
        if (!ALL_OPTION.test(chosen) && !/^\d{1,3}(?: (?:per page|rows|items))?$/i.test(chosen)) found.filter = true;
      }
    }
  }
  return found;
}

function fieldLabel(el: Element): string {
  const labels = (el as HTMLInputElement).labels ? Array.from((el as HTMLInputElement).labels ?? [], (l) => text(l)) : [];
  const wrapping = el.closest('label');
  return [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('name'), ...labels, wrapping ? text(wrapping) : '']
    .filter(Boolean)
    .join(' ');
}

/** The chosen option's text (the `selected` attribute when the DOM has not settled a choice). */
export function chosenOption(select: HTMLSelectElement): string {
  const options = Array.from(select.options ?? []);
  const chosen = options[select.selectedIndex] ?? options.find((o) => o.hasAttribute('selected')) ?? options[0];
  return text(chosen);
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

/** The coverage a finished walk shows. */
export function coverageFrom(found: CoverageSignals, rowsRead: number): ListCoverage {
  if (found.loading) return { complete: false, shown: rowsRead, reason: 'loading' };
  const body = found.pagerText ?? '';
  const range = SHOWING_RANGE.exec(body);
  if (range) {
    const [from, to, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (from <= to && to <= total) {
      if (from === 1 && to === total) return counted(true, rowsRead, total);
      return counted(false, to - from + 1, total, 'pager');
    }
  }
  const count = SHOWING_COUNT.exec(body);
  if (count && Number(count[1]) < Number(count[2])) return counted(false, Number(count[1]), Number(count[2]), 'pager');
  if (found.virtual) {
    // aria-rowcount counts the header row too.
    const total = Math.max(found.virtual.total - (found.virtual.total > rowsRead ? 1 : 0), rowsRead);
    return counted(false, rowsRead, total, 'virtualised');
  }
  const pages = PAGE_OF.exec(body);
  if ((pages && Number(pages[2]) > 1) || found.pager) return counted(false, rowsRead, undefined, 'pager');
  if (found.collapsed) return counted(false, rowsRead, undefined, 'collapsed');
  if (found.filter || FILTER_ACTIVE.test(body)) return counted(false, rowsRead, undefined, 'filter');
  return counted(true, rowsRead, undefined);
}
