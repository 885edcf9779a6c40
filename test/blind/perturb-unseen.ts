// Perturbations modelled on how unseen real pages draw the same records (perturb.ts): a web
// component kit's custom elements in place of every table, list and box; records and lists inside
// declarative shadow roots whose slots project the light-DOM text; and the page as a text browser
// (w3m -dump, lynx -dump) or OCR renders it, one <pre> of lines and aligned columns. The words and
// values a person reads stay the same.
import { isHiddenElement, renderedChildren } from '../../lib/readers/dom';
import { walkElements } from './perturb-dom';
import type { Perturbation } from './perturb-transforms';

function moveChildren(from: Element, to: Element | DocumentFragment): Element | DocumentFragment {
  while (from.firstChild) to.appendChild(from.firstChild);
  return to;
}

const cellsOf = (row: Element) => Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
const rowsOf = (table: Element) => Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);

// ---------------------------------------------------------------- custom elements everywhere

/** What a kit's element stands for: its role (as kits set them) and its display (from the kit's stylesheet). */
const CUSTOM: Record<string, { role?: string; display: string }> = {
  TABLE: { role: 'table', display: 'table' },
  CAPTION: { role: 'caption', display: 'table-caption' },
  THEAD: { role: 'rowgroup', display: 'table-header-group' },
  TBODY: { role: 'rowgroup', display: 'table-row-group' },
  TFOOT: { role: 'rowgroup', display: 'table-footer-group' },
  TR: { role: 'row', display: 'table-row' },
  TH: { role: 'columnheader', display: 'table-cell' },
  TD: { role: 'cell', display: 'table-cell' },
  UL: { role: 'list', display: 'block' },
  OL: { role: 'list', display: 'block' },
  LI: { role: 'listitem', display: 'list-item' },
  DIV: { display: 'block' },
  P: { display: 'block' },
  SECTION: { display: 'block' },
  ARTICLE: { display: 'block' },
  SPAN: { display: 'inline' },
};

const PREFIXES = ['x', 'acme', 'ui', 'app', 'mx'];
const NAMES = ['box', 'frame', 'item', 'part', 'unit', 'cell', 'block', 'view', 'pane', 'slab', 'node', 'tile'];

const customElements: Perturbation = {
  name: 'custom',
  about: "tables, lists, divs, paragraphs and spans replaced by a kit's hyphenated custom elements (a name per tag and page), each table or list part with its ARIA role, displayed by the kit's stylesheet",
  apply(document, { random }) {
    const prefix = PREFIXES[Math.floor(random() * PREFIXES.length)]!;
    const names = new Map<string, string>();
    const used = new Set<string>();
    const nameFor = (tag: string) => {
      let name = names.get(tag);
      while (!name || (used.has(name) && names.get(tag) !== name)) name = `${prefix}-${NAMES[Math.floor(random() * NAMES.length)]}-${Math.floor(random() * 90) + 10}`;
      names.set(tag, name);
      used.add(name);
      return name;
    };
    // A cell that spans rows or columns cannot be drawn by CSS table display: its table stays a table.
    const keep = new Set(walkElements(document).filter((el) => el.tagName === 'TABLE' && el.querySelector('[colspan]:not([colspan="1"]), [rowspan]:not([rowspan="1"])')));
    for (const el of walkElements(document)) {
      const kind = CUSTOM[el.tagName];
      if (!kind || el.closest('head, svg') || !el.parentNode) continue;
      const table = el.tagName === 'TABLE' ? el : ['CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD'].includes(el.tagName) ? el.closest('table') : null;
      if (table && keep.has(table)) continue;
      const next = document.createElement(nameFor(el.tagName));
      for (const attr of Array.from(el.attributes)) if (!['scope', 'colspan', 'rowspan'].includes(attr.name)) next.setAttribute(attr.name, attr.value);
      if (kind.role && !el.hasAttribute('role')) next.setAttribute('role', el.tagName === 'TH' && el.parentElement?.querySelector('td') ? 'rowheader' : kind.role);
      moveChildren(el, next);
      el.replaceWith(next);
    }
    const style = document.createElement('style');
    style.textContent = [...names].map(([tag, name]) => `${name} { display: ${CUSTOM[tag]!.display}${tag === 'TH' ? '; font-weight: bold' : ''} }`).join('\n');
    document.head?.appendChild(style);
  },
};

// ---------------------------------------------------------------- declarative shadow DOM with slots

function declarativeHost(document: Document, tag: string): { host: Element; root: DocumentFragment } {
  const host = document.createElement(tag);
  const template = document.createElement('template') as HTMLTemplateElement;
  template.setAttribute('shadowrootmode', 'open');
  host.appendChild(template);
  return { host, root: template.content };
}

/** Each child of `from` projected into its own named slot of a shadow tree laid out as `from` was. */
function projectChildren(document: Document, from: Element, into: Element, root: DocumentFragment, prefix: string): void {
  let n = 0;
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 3 && !(child.textContent ?? '').trim()) continue;
    if (child.nodeType !== 1 && child.nodeType !== 3) continue;
    const name = `${prefix}${n++}`;
    const light = child.nodeType === 1 ? (child as Element) : document.createElement('span');
    if (child.nodeType === 3) {
      child.replaceWith(light);
      light.appendChild(child);
    }
    light.setAttribute('slot', name);
    into.appendChild(light);
    const slot = document.createElement('slot');
    slot.setAttribute('name', name);
    root.appendChild(slot);
  }
}

const declarativeShadow: Perturbation = {
  name: 'dsd',
  about:
    'tables and lists drawn inside declarative shadow roots (<template shadowrootmode="open">) whose cells and items project the light-DOM text through named slots; the page as saved, the template left unparsed',
  apply(document) {
    const targets = walkElements(document).filter((el) => !el.closest('head, svg, template') && (el.tagName === 'TABLE' || el.tagName === 'UL' || el.tagName === 'OL'));
    let id = 0;
    for (const list of targets.reverse()) {
      if (!list.isConnected || list.parentElement?.closest('table, ul, ol')) continue;
      const { host, root } = declarativeHost(document, list.tagName === 'TABLE' ? 'data-table' : 'item-list');
      list.replaceWith(host);
      // The list's frame lives in the shadow tree; what a person reads in each cell or item stays light and is slotted in.
      root.appendChild(list);
      const parts = list.tagName === 'TABLE' ? rowsOf(list).flatMap(cellsOf) : Array.from(list.children).filter((c) => c.tagName === 'LI');
      for (const part of parts) {
        const holder = document.createDocumentFragment();
        const light = document.createElement('div');
        projectChildren(document, part, light, holder, `p${id++}-`);
        part.appendChild(holder);
        moveChildren(light, host);
      }
    }
  },
};

// ---------------------------------------------------------------- the page as plain text

const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'INPUT', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SELECT', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BUTTON', 'OUTPUT', 'METER', 'PROGRESS', 'SLOT']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'DATALIST', 'OPTION']);
const NO_VALUE = new Set(['hidden', 'checkbox', 'radio', 'password', 'file', 'image', 'submit', 'reset', 'button']);

/** Lines of text as a text browser lays them out. */
// Inline tags a browser draws glued to the text beside them ("Cardio<b>vascular</b>").
const GLUED = new Set(['B', 'I', 'EM', 'U', 'SUP', 'SUB', 'SMALL', 'MARK', 'ABBR', 'CODE', 'S', 'WBR', 'FONT', 'STRONG', 'BR']);

class TextLayout {
  readonly lines: string[] = [];
  private line = '';

  text(t: string): void {
    if (t === '  ') {
      if (this.line.trim()) this.line = `${this.line.trimEnd()}  `;
      return;
    }
    const flat = t.replace(/\s+/g, ' ');
    if (!this.line || this.line.endsWith(' ')) this.line += flat.trimStart();
    else this.line += flat;
  }

  break(): void {
    const done = this.line.trim();
    if (done) this.lines.push(done);
    this.line = '';
  }

  gap(): void {
    this.break();
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
}

function childrenOf(node: Node): Node[] {
  return renderedChildren(node) ?? Array.from(node.childNodes);
}

function renderNode(node: Node, out: TextLayout, listMark = ''): void {
  if (node.nodeType === 3) return out.text(node.textContent ?? '');
  if (node.nodeType === 11) return childrenOf(node).forEach((c) => renderNode(c, out));
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(el.tagName) || SKIP.has(tag) || isHiddenElement(el, false)) return;
  if (tag === 'BR') return out.break();
  if (tag === 'HR') {
    out.break();
    out.lines.push('-'.repeat(40));
    return;
  }
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    const value = tag === 'TEXTAREA' ? el.textContent : el.getAttribute('value');
    if (!NO_VALUE.has(type) && value?.trim()) out.text(` ${value} `);
    else if (['submit', 'button', 'reset'].includes(type) && value) out.text(` [${value}] `);
    return;
  }
  if (tag === 'SELECT') {
    const option = el.querySelector('option[selected]') ?? el.querySelector('option');
    if (option?.textContent?.trim()) out.text(` ${option.textContent} `);
    return;
  }
  if (tag === 'IMG') {
    const alt = el.getAttribute('alt');
    if (alt?.trim()) out.text(` ${alt} `);
    return;
  }
  if (tag === 'TABLE') return renderTable(el, tableRows(el), out);
  // A grid drawn with ARIA roles is seen (and OCR'd) as the table it draws.
  if (['table', 'grid', 'treegrid'].includes(el.getAttribute('role') ?? '')) return renderTable(el, ariaRows(el), out);
  const inline = INLINE.has(tag);
  if (!inline) out.break();
  if (/^H[1-6]$/.test(tag) || tag === 'P' || tag === 'UL' || tag === 'OL' || tag === 'DL') out.gap();
  if (tag === 'LI') out.text(listMark || '* ');
  if (tag === 'DD') out.text('    ');
  let n = 1;
  let previous: Node | null = null;
  for (const child of childrenOf(el)) {
    const isItem = child.nodeType === 1 && (child as Element).tagName === 'LI';
    // Boxes side by side with no space between them in the markup (a flex row's values) are apart on the screen.
    if (previous?.nodeType === 1 && child.nodeType === 1 && !GLUED.has((previous as Element).tagName) && !GLUED.has((child as Element).tagName)) out.text('  ');
    previous = child.nodeType === 3 && !(child.textContent ?? '').trim() ? null : child;
    renderNode(child, out, isItem && tag === 'OL' ? `${n++}. ` : '');
  }
  if (!inline) out.break();
  if (/^H[1-6]$/.test(tag) || tag === 'P' || tag === 'UL' || tag === 'OL' || tag === 'DL') out.gap();
}

/** One cell's text on one line (a text browser given a wide screen does not wrap it). */
function cellText(cell: Element): string {
  const out = new TextLayout();
  renderNode(cell, out);
  out.break();
  return out.lines.filter(Boolean).join(' ');
}

interface TextCell {
  text: string;
  span: number;
}

function tableRows(table: Element): TextCell[][] {
  return rowsOf(table)
    .filter((r) => !isHiddenElement(r, false) && !r.parentElement?.closest('[hidden]'))
    .map((r) => cellsOf(r).filter((c) => !isHiddenElement(c, false)).map((c) => ({ text: cellText(c), span: Math.max(1, Number(c.getAttribute('colspan') ?? 1) || 1) })));
}

const CELL_ROLES = ['cell', 'gridcell', 'columnheader', 'rowheader'];

/** The rows of a grid drawn with roles: each role=row's cells (those of no nested grid). */
function ariaRows(grid: Element): TextCell[][] {
  const own = (el: Element) => el.parentElement?.closest('[role="table"], [role="grid"], [role="treegrid"]') === grid;
  return Array.from(grid.querySelectorAll('[role="row"]'))
    .filter((r) => own(r) && !r.closest('[hidden]'))
    .map((r) =>
      Array.from(r.querySelectorAll(CELL_ROLES.map((c) => `[role="${c}"]`).join(', ')))
        .filter((c) => c.parentElement?.closest('[role="row"]') === r && !c.closest('[hidden]'))
        .map((c) => ({ text: cellText(c), span: Math.max(1, Number(c.getAttribute('aria-colspan') ?? 1) || 1) })),
    );
}

/** A table as aligned columns: each column as wide as its widest cell, two spaces apart; a spanning cell takes its columns. */
function renderTable(table: Element, rows: TextCell[][], out: TextLayout): void {
  out.gap();
  const caption = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
  if (caption) out.lines.push(cellText(caption));
  const widths: number[] = [];
  for (const row of rows) {
    let col = 0;
    for (const cell of row) {
      if (cell.span === 1) widths[col] = Math.max(widths[col] ?? 0, cell.text.length);
      col += cell.span;
    }
  }
  for (const row of rows) {
    let line = '';
    let col = 0;
    row.forEach((cell, i) => {
      const width = Array.from({ length: cell.span }, (_, k) => widths[col + k] ?? 0).reduce((a, b) => a + b, 0) + 2 * (cell.span - 1);
      line += i === row.length - 1 ? cell.text : cell.text.padEnd(width) + '  ';
      col += cell.span;
    });
    if (line.trim()) out.lines.push(line.trimEnd());
  }
  out.gap();
}

const plainText: Perturbation = {
  name: 'text',
  about: "the page as a text browser dumps it (w3m -dump, lynx -dump) or OCR reads it: the visible text in one <pre>, a line per block, tables as columns aligned with spaces, list items as '* '",
  apply(document) {
    const body = document.body;
    if (!body) return;
    const out = new TextLayout();
    renderNode(body, out);
    out.break();
    const pre = document.createElement('pre');
    pre.textContent = out.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
    while (body.firstChild) body.firstChild.remove();
    for (const attr of Array.from(body.attributes)) body.removeAttribute(attr.name);
    body.appendChild(pre);
  },
};

export const UNSEEN_PERTURBATIONS: readonly Perturbation[] = [customElements, declarativeShadow, plainText];
