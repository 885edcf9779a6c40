// Did the page show the whole course list? A read that saw only part of it (a pager, a
// virtualised grid holding only the rows on screen, a list still loading, a collapsed section,
// an active filter) must not be taken as the whole list: the merge then only adds and updates.
// Judged from what the page says and from ARIA state, never from class names or ids; no layout.
import type { ListCoverage } from '../model';
import { textOf } from './text';

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

/** "Loading…", a busy region, or a spinner that says nothing of progress. */
function stillLoading(root: Element): boolean {
  for (const el of root.querySelectorAll('[aria-busy="true"]')) if (shown(el)) return true;
  for (const el of root.querySelectorAll('progress:not([value]), [role="progressbar"]:not([aria-valuenow])')) if (shown(el)) return true;
  for (const el of root.querySelectorAll('[aria-label], [title]')) {
    const label = (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '').trim();
    if (LOADING.test(label) && shown(el)) return true;
  }
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > 60 || !/load|wait|fetch|retriev/i.test(value)) continue;
    const parent = node.parentElement;
    if (parent && LOADING.test(text(parent)) && shown(parent)) return true;
  }
  return false;
}

/** A grid that says it has more rows than it holds (virtualised: off-screen rows are absent). */
function virtualRows(root: Element): { present: number; total: number } | null {
  for (const grid of root.querySelectorAll('[aria-rowcount]')) {
    const total = Number(grid.getAttribute('aria-rowcount'));
    if (!Number.isFinite(total) || total < 0) continue; // -1: unknown count
    const present = grid.querySelectorAll('[role="row"], tr').length;
    if (total > present) return { present, total };
  }
  return null;
}

function pagerControls(root: Element): boolean {
  for (const el of root.querySelectorAll('a, button, [role="button"], [role="link"], input[type="button"], input[type="submit"]')) {
    const label = controlText(el);
    if (!label || label.length > 40) continue;
    if ((MORE_CONTROL.test(label) || NEXT_CONTROL.test(label)) && enabled(el) && shown(el)) return true;
  }
  // Numbered page links: a "2" control whose container also holds a "1" and only pager labels.
  for (const two of root.querySelectorAll('a, button, [role="button"], [role="link"]')) {
    if (controlText(two) !== '2') continue;
    for (let box = two.parentElement, depth = 0; box && depth < 3; box = box.parentElement, depth++) {
      const labels = Array.from(box.querySelectorAll('a, button, [role="button"], [role="link"]'), controlText);
      if (labels.length > 40) break;
      if (labels.includes('1') && labels.every((l) => PAGER_LABEL.test(l)) && shown(box)) return true;
    }
  }
  return false;
}

function collapsedSection(root: Element): boolean {
  for (const el of root.querySelectorAll('[aria-expanded="false"]')) {
    if (SECTION_WORDS.test(controlText(el)) && controlText(el).length <= 80 && shown(el)) return true;
  }
  for (const details of root.querySelectorAll('details:not([open])')) {
    if (SECTION_WORDS.test(text(details.querySelector('summary'))) && shown(details)) return true;
  }
  return false;
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

function filterActive(root: Element, body: string): boolean {
  if (FILTER_ACTIVE.test(body)) return true;
  for (const input of root.querySelectorAll('input[type="search"], input:not([type]), input[type="text"], [role="searchbox"]')) {
    const value = ((input as HTMLInputElement).value ?? '').trim();
    if (value && (input.getAttribute('type') === 'search' || FILTER_FIELD.test(fieldLabel(input))) && shown(input)) return true;
  }
  for (const select of root.querySelectorAll('select')) {
    if (!/filter|show|year|status|component|topic/i.test(fieldLabel(select)) || !shown(select)) continue;
    const chosen = chosenOption(select as HTMLSelectElement);
    // A page-size choice ("10 per page") is a pager, found by its own words.
    if (!ALL_OPTION.test(chosen) && !/^\d{1,3}(?: (?:per page|rows|items))?$/i.test(chosen)) return true;
  }
  return false;
}

function counted(complete: boolean, shownCount: number, total: number | undefined, reason?: string): ListCoverage {
  return { complete, shown: shownCount, ...(total !== undefined ? { total } : {}), ...(reason ? { reason } : {}) };
}

/**
 * Whether `root` showed the whole course list. `rowsRead` is how many courses the reader took
 * from it (shown when the page does not say).
 */
export function readListCoverage(root: Element, rowsRead: number): ListCoverage {
  if (stillLoading(root)) return { complete: false, shown: rowsRead, reason: 'loading' };
  const body = textOf(root);
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
  const virtual = virtualRows(root);
  if (virtual) {
    // aria-rowcount counts the header row too.
    return counted(false, rowsRead, Math.max(virtual.total - (virtual.total > rowsRead ? 1 : 0), rowsRead), 'virtualised');
  }
  const pages = PAGE_OF.exec(body);
  if (pages && Number(pages[2]) > 1) return counted(false, rowsRead, undefined, 'pager');
  if (pagerControls(root)) return counted(false, rowsRead, undefined, 'pager');
  if (collapsedSection(root)) return counted(false, rowsRead, undefined, 'collapsed');
  if (filterActive(root, body)) return counted(false, rowsRead, undefined, 'filter');
  return counted(true, rowsRead, undefined);
}
