// Metamorphic transformations for the blind pages: each changes the markup of a parsed page but
// not what a person reads on it, so a reader must read the same values before and after. Each
// is deterministic (seeded by the page's name) and leaves alone the text of the values the
// page's expectation names (a course title that holds a date keeps it).
import { protectedSpans, walkElements, walkTextNodes, type Protected } from './perturb-dom';
import { HABIT_PERTURBATIONS } from './perturb-habits';
import { LAYOUT_PERTURBATIONS } from './perturb-layouts';
import { UNSEEN_PERTURBATIONS } from './perturb-unseen';

export interface Perturbation {
  name: string;
  /** One line on what it changes. */
  about: string;
  apply: (document: Document, context: PerturbContext) => void;
}

export interface PerturbContext {
  random: () => number;
  /** Strings the expectation holds (titles, names): their text is never changed. */
  keep: Protected;
}

/** mulberry32 over a string's hash: the same page and transformation give the same choices. */
export function seededRandom(seed: string): () => number {
  let state = 2166136261;
  for (const ch of seed) state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function gibberish(random: () => number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = '';
  for (let i = 0; i < 7; i++) word += letters[Math.floor(random() * letters.length)];
  return `${word}${Math.floor(random() * 1000)}`;
}

// ---------------------------------------------------------------- class and id names

const ID_REFERENCES = ['for', 'headers', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'list', 'form'];

const renameClassesAndIds: Perturbation = {
  name: 'rename',
  about: 'every class and id renamed to gibberish (references kept consistent)',
  apply(document, { random }) {
    const classes = new Map<string, string>();
    const ids = new Map<string, string>();
    const newName = (map: Map<string, string>, old: string) => {
      if (!map.has(old)) map.set(old, gibberish(random));
      return map.get(old)!;
    };
    const elements = walkElements(document);
    for (const el of elements) {
      const id = el.getAttribute('id');
      if (id) el.setAttribute('id', newName(ids, id));
      const cls = el.getAttribute('class');
      if (cls) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map((c) => newName(classes, c)).join(' '));
    }
    for (const el of elements) {
      for (const attr of ID_REFERENCES) {
        const value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.split(/\s+/).filter(Boolean).map((r) => ids.get(r) ?? r).join(' '));
      }
      const href = el.getAttribute('href');
      if (href?.startsWith('#') && ids.has(href.slice(1))) el.setAttribute('href', `#${ids.get(href.slice(1))}`);
    }
  },
};

// ---------------------------------------------------------------- semantic tags -> div/span + ARIA

interface Replacement {
  tag: 'div' | 'span';
  role?: string;
  style?: string;
}

const HEADING_SIZES = ['2em', '1.5em', '1.17em', '1em', '0.83em', '0.67em'];

function replacementFor(el: Element): Replacement | null {
  const tag = el.tagName.toLowerCase();
  switch (tag) {
    case 'table':
      return { tag: 'div', role: 'table', style: 'display:table' };
    case 'caption':
      return { tag: 'div', role: 'caption', style: 'display:table-caption' };
    case 'thead':
      return { tag: 'div', role: 'rowgroup', style: 'display:table-header-group' };
    case 'tbody':
      return { tag: 'div', role: 'rowgroup', style: 'display:table-row-group' };
    case 'tfoot':
      return { tag: 'div', role: 'rowgroup', style: 'display:table-footer-group' };
    case 'tr':
      return { tag: 'div', role: 'row', style: 'display:table-row' };
    case 'th': {
      const rowHeader = el.getAttribute('scope') === 'row' || (!!el.parentElement && Array.from(el.parentElement.children).some((c) => c.tagName === 'TD'));
      return { tag: 'div', role: rowHeader ? 'rowheader' : 'columnheader', style: 'display:table-cell;font-weight:bold' };
    }
    case 'td':
      return { tag: 'div', role: 'cell', style: 'display:table-cell' };
    case 'ul':
    case 'ol':
      return { tag: 'div', role: 'list' };
    case 'li':
      return { tag: 'div', role: 'listitem' };
    case 'dt':
      return { tag: 'div', role: 'term' };
    case 'dd':
      return { tag: 'div', role: 'definition', style: 'margin-left:40px' };
    case 'dl':
    case 'p':
    case 'section':
      return { tag: 'div' };
    case 'nav':
      return { tag: 'div', role: 'navigation' };
    case 'header':
      return { tag: 'div', role: 'banner' };
    case 'footer':
      return { tag: 'div', role: 'contentinfo' };
    case 'main':
      return { tag: 'div', role: 'main' };
    case 'aside':
      return { tag: 'div', role: 'complementary' };
    case 'article':
      return { tag: 'div', role: 'article' };
    case 'b':
    case 'strong':
      return { tag: 'span', style: 'font-weight:bold' };
    case 'i':
    case 'em':
      return { tag: 'span', style: 'font-style:italic' };
    case 'label':
    case 'time':
      return { tag: 'span' };
    case 'button':
      return { tag: 'div', role: 'button', style: 'display:inline-block;cursor:pointer' };
    default:
      if (/^h[1-6]$/.test(tag)) return { tag: 'div', role: 'heading', style: `font-size:${HEADING_SIZES[Number(tag[1]) - 1]};font-weight:bold` };
      return null;
  }
}

/** A table whose cells span rows or columns cannot be drawn by CSS table display: left a table. */
function spansCells(table: Element): boolean {
  return Array.from(table.querySelectorAll('td, th')).some(
    (c) => c.closest('table') === table && (Number(c.getAttribute('colspan') ?? 1) > 1 || Number(c.getAttribute('rowspan') ?? 1) > 1),
  );
}

const TABLE_PARTS = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);

function replaceElement(el: Element, with_: Replacement): Element {
  const document = el.ownerDocument;
  const next = document.createElement(with_.tag);
  for (const attr of Array.from(el.attributes)) {
    if (attr.name === 'disabled') next.setAttribute('aria-disabled', 'true');
    else if (attr.name !== 'scope' && attr.name !== 'type') next.setAttribute(attr.name, attr.value);
  }
  if (with_.role && !el.hasAttribute('role')) next.setAttribute('role', with_.role);
  if (with_.role === 'heading') next.setAttribute('aria-level', el.tagName.slice(1));
  if (with_.role === 'button') next.setAttribute('tabindex', '0');
  if (with_.style) next.setAttribute('style', `${with_.style};${el.getAttribute('style') ?? ''}`);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.replaceWith(next);
  return next;
}

/** Replaces the semantic tags (those `only` accepts, else all) by divs and spans with their roles. */
export function replaceSemanticTags(document: Document, only: (tag: string) => boolean = () => true): void {
    const keepTables = new Set(walkElements(document).filter((el) => el.tagName === 'TABLE' && spansCells(el)));
    for (const el of walkElements(document)) {
      if (el.closest('head') || !el.parentNode) continue;
      const tag = el.tagName.toLowerCase();
      if (TABLE_PARTS.has(tag)) {
        const table = tag === 'table' ? el : el.closest('table');
        if (table && keepTables.has(table)) continue;
      }
      const with_ = only(tag) ? replacementFor(el) : null;
      if (with_) replaceElement(el, with_);
    }
}

const semanticToDivs: Perturbation = {
  name: 'divs',
  about: 'semantic tags replaced by div/span with the equivalent ARIA role (b/strong by a bold span)',
  apply: (document) => replaceSemanticTags(document),
};

// ---------------------------------------------------------------- open shadow root

const shadowRootWrap: Perturbation = {
  name: 'shadow',
  about: "the main content (main, role=main, else the body) moved into a custom element's open shadow root",
  apply(document) {
    const target = document.querySelector('main, [role="main"]') ?? document.body;
    if (!target) return;
    const host = document.createElement('app-view');
    const root = (host as Element & { attachShadow: (o: { mode: 'open' }) => ShadowRoot }).attachShadow({ mode: 'open' });
    while (target.firstChild) root.appendChild(target.firstChild);
    target.appendChild(host);
  },
};

// ---------------------------------------------------------------- chrome noise

const chromeNoise: Perturbation = {
  name: 'chrome',
  about: 'a site header with nav links, a footer, a cookie banner and a hidden session-timeout modal added',
  apply(document) {
    const body = document.body;
    if (!body) return;
    const header = document.createElement('header');
    header.innerHTML =
      '<a href="#content">Skip to main content</a><nav aria-label="Site"><ul><li><a href="/">Home</a></li><li><a href="/help">Help Center</a></li>' +
      '<li><a href="/contact">Contact Us</a></li><li><a href="/news">News</a></li></ul></nav>';
    body.insertBefore(header, body.firstChild);
    const footer = document.createElement('footer');
    footer.innerHTML =
      '<p>© 2026 All rights reserved.</p><ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li>' +
      '<li><a href="/accessibility">Accessibility</a></li></ul><p>Questions? Call 1-800-555-0100, Monday–Friday 8:00 AM – 5:00 PM ET.</p>';
    body.appendChild(footer);
    const cookies = document.createElement('div');
    cookies.setAttribute('role', 'region');
    cookies.setAttribute('aria-label', 'Cookie consent');
    cookies.setAttribute('style', 'position:fixed;bottom:0;left:0;right:0');
    cookies.innerHTML =
      '<p>We use cookies to improve your experience. By continuing you agree to our use of cookies.</p><button type="button">Accept all</button> <button type="button">Decline</button>';
    body.appendChild(cookies);
    const modal = document.createElement('div');
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('aria-modal', 'true');
    modal.setAttribute('style', 'display:none');
    modal.innerHTML =
      '<h2>Your session is about to expire</h2><p>For your security you will be signed out at 4:45 PM on 01/15/2026.</p>' +
      '<table><tr><th>Course</th><th>Date</th><th>Hours</th></tr><tr><td>Sample Course</td><td>01/02/2025</td><td>1.0</td></tr></table>' +
      '<button type="button">Stay signed in</button> <button type="button">Submit</button>';
    body.appendChild(modal);
  },
};

// ---------------------------------------------------------------- table column order

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

function rowsOf(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
}

function spans(cell: Element): boolean {
  return Number(cell.getAttribute('colspan') ?? 1) > 1 || Number(cell.getAttribute('rowspan') ?? 1) > 1;
}

/** The table's width when every row but full-width group rows has that many plain cells. */
function regularWidth(table: Element): number | null {
  const rows = rowsOf(table);
  const width = Math.max(0, ...rows.map((r) => cellsOf(r).length));
  const groupRow = (cells: Element[]) => cells.length === 1 && Number(cells[0]!.getAttribute('colspan') ?? 1) >= width;
  const regular = rows.every((r, i) => {
    const cells = cellsOf(r);
    return groupRow(cells) || (cells.length === width && !cells.some(spans) && (i === 0 || cells[0]!.tagName !== 'TH'));
  });
  // Cells hidden by position (the overlaid parts of a grid with frozen columns) keep their place.
  const overlaid = rows.some((r) => cellsOf(r).some((c) => (c.hasAttribute('hidden') || c.querySelector('[hidden]')) && c.textContent?.trim()));
  return regular && !overlaid && width >= 3 ? width : null;
}

function hasHeaderRow(table: Element): boolean {
  const first = rowsOf(table)[0];
  return !!first && (first.parentElement?.tagName === 'THEAD' || cellsOf(first).every((c) => c.tagName === 'TH'));
}

const reorderColumns: Perturbation = {
  name: 'columns',
  about:
    'the columns of tables with a header row (no row headers, no spans but full-width group rows) reordered, the same way in every table of that width (a header drawn apart from its body)',
  apply(document, { random }) {
    const tables = walkElements(document).filter((el) => el.tagName === 'TABLE');
    const orders = new Map<number, number[]>();
    for (const table of tables) {
      const width = regularWidth(table);
      if (!width || !hasHeaderRow(table) || orders.has(width)) continue;
      const order = Array.from({ length: width }, (_, i) => i);
      for (let i = width - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      if (order.every((v, i) => v === i)) order.push(order.shift()!);
      orders.set(width, order);
      // A header may end in empty cells over the scroll bar that its body table does not have.
      const heads = cellsOf(rowsOf(table)[0]!);
      let shown = width;
      while (shown > 3 && !heads[shown - 1]!.textContent?.trim()) shown--;
      if (shown < width && !orders.has(shown)) orders.set(shown, order.filter((i) => i < shown));
    }
    for (const table of tables) {
      const width = regularWidth(table);
      const order = width ? orders.get(width) : undefined;
      // A table without a header row is reordered only as the body of a header of its width.
      if (!order || (!hasHeaderRow(table) && table.querySelector('th'))) continue;
      for (const row of rowsOf(table)) {
        const cells = cellsOf(row);
        if (cells.length !== width) continue;
        for (const index of order) row.appendChild(cells[index]!);
      }
    }
  },
};

// ---------------------------------------------------------------- date formats

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_WORD = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
export const DATE_PATTERN = new RegExp(
  [
    '\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b',
    '\\b(\\d{4})-(\\d{2})-(\\d{2})\\b',
    `\\b${MONTH_WORD}\\.? (\\d{1,2}),? (\\d{4})\\b`,
    `\\b(\\d{1,2}) ${MONTH_WORD}\\.?,? (\\d{4})\\b`,
  ].join('|'),
  'g',
);

type DateFormat = 'us' | 'long' | 'short' | 'iso';
const DATE_FORMATS: DateFormat[] = ['us', 'long', 'short', 'iso'];

function monthOf(word: string): number {
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase()) + 1;
}

export function parseDateMatch(m: RegExpExecArray): { y: number; mo: number; d: number; format: DateFormat } | null {
  let y: number, mo: number, d: number, format: DateFormat;
  if (m[1]) [mo, d, y, format] = [Number(m[1]), Number(m[2]), Number(m[3]!.length === 2 ? `20${m[3]}` : m[3]), 'us'];
  else if (m[4]) [y, mo, d, format] = [Number(m[4]), Number(m[5]), Number(m[6]), 'iso'];
  else if (m[7]) [mo, d, y, format] = [monthOf(m[7]), Number(m[8]), Number(m[9]), m[7].length > 4 ? 'long' : 'short'];
  else [d, mo, y, format] = [Number(m[10]), monthOf(m[11]!), Number(m[12]), 'long'];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900) return null;
  return { y, mo, d, format };
}

function formatDate({ y, mo, d }: { y: number; mo: number; d: number }, format: DateFormat): string {
  const two = (n: number) => String(n).padStart(2, '0');
  switch (format) {
    case 'us':
      return `${two(mo)}/${two(d)}/${y}`;
    case 'iso':
      return `${y}-${two(mo)}-${two(d)}`;
    case 'long':
      return `${MONTHS[mo - 1]} ${d}, ${y}`;
    case 'short':
      return `${MONTHS[mo - 1]!.slice(0, 3)} ${d}, ${y}`;
  }
}

/** Rewrites every match of `pattern` outside the kept spans of each text node and shown attribute. */
function rewriteText(document: Document, keep: Protected, pattern: RegExp, rewrite: (m: RegExpExecArray) => string | null): void {
  const apply = (text: string) => {
    const spans = protectedSpans(text, keep);
    return text.replace(pattern, (...args) => {
      const offset = args[args.length - 2] as number;
      const match = args[0] as string;
      if (spans.some(([s, e]) => offset < e && offset + match.length > s)) return match;
      const m = Object.assign([...args.slice(0, -2)], { index: offset, input: text }) as unknown as RegExpExecArray;
      return rewrite(m) ?? match;
    });
  };
  for (const node of walkTextNodes(document)) {
    const next = apply(node.data);
    if (next !== node.data) node.data = next;
  }
  for (const el of walkElements(document)) {
    for (const attr of ['aria-label', 'title']) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, apply(value));
    }
    if (el.tagName === 'INPUT' && !['date', 'hidden', 'number'].includes((el.getAttribute('type') ?? 'text').toLowerCase())) {
      const value = el.getAttribute('value');
      if (value) el.setAttribute('value', apply(value));
    }
  }
}

const swapDateFormats: Perturbation = {
  name: 'dates',
  about: 'every date written in another documented format (MM/DD/YYYY, "March 31, 2027", "Mar 31, 2027", ISO), one per page',
  apply(document, { random, keep }) {
    let target: DateFormat | null = null;
    rewriteText(document, keep, DATE_PATTERN, (m) => {
      const date = parseDateMatch(m);
      if (!date) return null;
      target ??= pick(random, DATE_FORMATS.filter((f) => f !== date.format));
      return formatDate(date, target);
    });
  },
};

// ---------------------------------------------------------------- hour formats

type HoursFormat = 'plain' | 'decimal' | 'hrs' | 'ceh';
const HOURS_FORMATS: HoursFormat[] = ['plain', 'decimal', 'hrs', 'ceh'];
const HOURS_UNIT = '(?:hrs?\\.?|hours?|credits?|CEHs?|CE hours?|credit hours?)';
const NUMBER = '(\\d{1,3}(?:\\.\\d{1,2})?)';
const HOURS_WORDS = /\b(hours?|hrs?|credits?|CEH|CE)\b/i;

function formatHours(value: number, format: HoursFormat, hadUnit: boolean): string {
  switch (format) {
    case 'plain':
      return hadUnit ? `${value} hours` : `${value}`;
    case 'decimal':
      return hadUnit ? `${value.toFixed(2)} hours` : value.toFixed(2);
    case 'hrs':
      return `${value} ${value === 1 ? 'hr' : 'hrs'}`;
    case 'ceh':
      return `${Number.isInteger(value) ? value.toFixed(1) : value} CEH`;
  }
}

/** The header text of the column `cell` sits in, when its table has a header row of the same width. */
function columnHeader(cell: Element): string | null {
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return null;
  const header = rowsOf(table)[0];
  if (!header || header === row) return null;
  const cells = cellsOf(row);
  const heads = cellsOf(header);
  if (cells.length !== heads.length) return null;
  return heads[cells.indexOf(cell)]?.textContent ?? null;
}

const swapHourFormats: Perturbation = {
  name: 'hours',
  about: 'hours figures written another way ("2" / "2.00" / "2 hrs" / "2.0 CEH"): figures with a unit, after an hours label, or in an hours column',
  apply(document, { random, keep }) {
    const format = pick(random, HOURS_FORMATS);
    const withUnit = new RegExp(`^(\\s*)${NUMBER}\\s*${HOURS_UNIT}(\\s*)$`, 'i');
    const afterLabel = new RegExp(`^(\\s*(?:Credit Hours|Hours|Credits|CEH|CE Hours)\\s*:\\s*)${NUMBER}(\\s*)$`, 'i');
    const bare = new RegExp(`^(\\s*)${NUMBER}(\\s*)$`);
    for (const node of walkTextNodes(document)) {
      if (protectedSpans(node.data, keep).length) continue;
      let m: RegExpExecArray | null;
      if ((m = withUnit.exec(node.data))) node.data = `${m[1]}${formatHours(Number(m[2]), format, true)}${m[3]}`;
      else if ((m = afterLabel.exec(node.data))) node.data = `${m[1]}${formatHours(Number(m[2]), format, false)}${m[3]}`;
      else if ((m = bare.exec(node.data))) {
        const cell = node.parentElement?.closest('td');
        if (!cell || cell.textContent?.trim() !== node.data.trim()) continue;
        if (!HOURS_WORDS.test(columnHeader(cell) ?? '')) continue;
        node.data = `${m[1]}${formatHours(Number(m[2]), format, false)}${m[3]}`;
      }
    }
  },
};

// ---------------------------------------------------------------- label synonyms

/**
 * Wordings the reference says a site uses for the same thing (NREMT's topic and component names,
 * "credits" for hours) and the field labels of NREMT's help pages. Phrases match whole words;
 * labels match a whole text (with an optional colon).
 */
const PHRASE_SYNONYMS: string[][] = [
  ['Airway, Respiration & Ventilation', 'Airway/Respiration/Ventilation'],
  ['Cardiovascular', 'Cardiology'],
  ['EMS Operations', 'Operations'],
  ['State/Local', 'Local'],
];
const LABEL_SYNONYMS: string[][] = [
  ['Hours', 'Credits', 'Credit Hours', 'CEH'],
  ['Expiration Date', 'Expires', 'Exp. Date'],
  ['Date Completed', 'Completed', 'Completion Date'],
  ['Approval Number', 'Approval #', 'Approval No.'],
  ['Registry Number', 'Registry #', 'Registry No.'],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const swapLabelWordings: Perturbation = {
  name: 'labels',
  about: 'labels and topic/component names replaced by documented synonyms (one choice per group and page)',
  apply(document, { random, keep }) {
    for (const group of PHRASE_SYNONYMS) {
      const target = pick(random, group);
      // Longer wordings first so "EMS Operations" is not read as "Operations".
      const alternatives = [...group].sort((a, b) => b.length - a.length).map(escapeRegExp);
      const pattern = new RegExp(`(?<![\\w/])(?:${alternatives.join('|')})(?![\\w/])`, 'gi');
      rewriteText(document, keep, pattern, (m) => (m[0].toLowerCase() === m[0] ? target.toLowerCase() : m[0] === m[0].toUpperCase() ? target.toUpperCase() : target));
    }
    for (const group of LABEL_SYNONYMS) {
      const target = pick(random, group);
      const pattern = new RegExp(`^(\\s*)(${group.map(escapeRegExp).join('|')})(\\s*:?\\s*)$`, 'i');
      for (const node of walkTextNodes(document)) {
        const m = pattern.exec(node.data);
        if (!m) continue;
        const upper = m[2] === m[2]!.toUpperCase();
        node.data = `${m[1]}${upper ? target.toUpperCase() : target}${m[3]}`;
      }
    }
  },
};

// ---------------------------------------------------------------- wrapper elements

const BLOCKS = new Set(['TD', 'TH', 'DD', 'DT', 'LI', 'DIV', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'CAPTION']);
const NO_WRAP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'OPTION', 'SELECT', 'TEXTAREA', 'TITLE', 'BUTTON', 'svg', 'SVG', 'HTML', 'HEAD', 'BODY', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'DL']);

const wrapperElements: Perturbation = {
  name: 'wrappers',
  about: 'the content of cells, list items and leaf elements wrapped in one or two extra div (block) or span (inline) elements',
  apply(document, { random }) {
    for (const el of walkElements(document)) {
      if (NO_WRAP.has(el.tagName) || el.closest('head, svg') || !el.textContent?.trim()) continue;
      const leaf = el.children.length === 0;
      if (!leaf && !['TD', 'TH', 'DD', 'LI'].includes(el.tagName)) continue;
      if (random() < 0.3) continue;
      const tag = BLOCKS.has(el.tagName) ? 'div' : 'span';
      const depth = random() < 0.5 ? 1 : 2;
      let inner: Element = el;
      for (let i = 0; i < depth; i++) {
        const wrapper = document.createElement(tag);
        while (inner.firstChild) wrapper.appendChild(inner.firstChild);
        inner.appendChild(wrapper);
        inner = wrapper;
      }
    }
  },
};

export const PERTURBATIONS: readonly Perturbation[] = [
  renameClassesAndIds,
  semanticToDivs,
  shadowRootWrap,
  chromeNoise,
  reorderColumns,
  swapDateFormats,
  swapHourFormats,
  swapLabelWordings,
  wrapperElements,
  ...LAYOUT_PERTURBATIONS,
  ...UNSEEN_PERTURBATIONS,
  ...HABIT_PERTURBATIONS,
];
