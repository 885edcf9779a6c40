// Perturbations modelled on habits of real web apps the other transformations do not draw
// (perturb.ts): a virtualized data grid (ag-Grid, MUI DataGrid), values kept in attributes with
// another visible form (<time datetime>, a badge's title, a link with a visually hidden prefix),
// each record as its own key/value table or definition list with abbreviated labels, tables with
// no header row, and labels drawn as icons named only by aria-label or title. What a person reads
// stays the same facts; the kept strings (titles, names) are left as they are.
import { protectedSpans, walkElements, walkTextNodes, type Protected } from './perturb-dom';
import { DATE_PATTERN, parseDateMatch, type Perturbation } from './perturb-transforms';

const cellsOf = (row: Element) => Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
const rowsOf = (table: Element) => Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
const spans = (cell: Element) => Number(cell.getAttribute('colspan') ?? 1) > 1 || Number(cell.getAttribute('rowspan') ?? 1) > 1;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function moveChildren(from: Element, to: Element): Element {
  while (from.firstChild) to.appendChild(from.firstChild);
  return to;
}

function make(document: Document, tag: string, attrs: Record<string, string | number> = {}): Element {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  return el;
}

interface RecordTable {
  table: Element;
  head: Element;
  heads: string[];
  /** Body rows: `width` plain cells each, or one full-width group cell. */
  body: Element[];
  width: number;
}

/** Tables whose first row is a header of labels and whose other rows are that wide or full-width group rows. */
function recordTables(document: Document): RecordTable[] {
  const out: RecordTable[] = [];
  for (const table of walkElements(document)) {
    if (table.tagName !== 'TABLE' || table.closest('head') || table.querySelector('table')) continue;
    const rows = rowsOf(table);
    const head = rows[0];
    if (!head || rows.length < 2) continue;
    const headCells = cellsOf(head);
    const width = headCells.length;
    if (width < 3 || headCells.some(spans)) continue;
    if (head.parentElement?.tagName !== 'THEAD' && !headCells.every((c) => c.tagName === 'TH')) continue;
    const body = rows.slice(1);
    const ok = body.every((r) => {
      const cells = cellsOf(r);
      return (cells.length === 1 && spans(cells[0]!)) || (cells.length === width && !cells.some(spans) && cells[0]!.tagName !== 'TH');
    });
    if (ok) out.push({ table, head, heads: headCells.map((c) => text(c)), body, width });
  }
  return out;
}

const isGroupRow = (row: Element) => cellsOf(row).length === 1;

// ---------------------------------------------------------------- virtualized grid

const ROW_HEIGHT = 42;

const virtualGrid: Perturbation = {
  name: 'grid',
  about:
    'tables with a header row drawn as a virtualized data grid (ag-Grid, MUI DataGrid): role=grid divs, the header row in its own container apart from the body, body rows in shuffled DOM order placed by aria-rowindex and transform: translateY',
  apply(document, { random }) {
    for (const { table, head, body, width } of recordTables(document)) {
      const grid = make(document, 'div', { role: 'grid', 'aria-rowcount': body.length + 1, 'aria-colcount': width });
      const caption = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
      if (caption) table.before(moveChildren(caption, make(document, 'div', { style: 'font-weight:bold' })));
      const header = grid.appendChild(make(document, 'div', { role: 'rowgroup', style: 'overflow:hidden' }));
      const headRow = header.appendChild(make(document, 'div', { role: 'row', 'aria-rowindex': 1, style: 'display:flex' }));
      cellsOf(head).forEach((cell, i) => headRow.appendChild(moveChildren(cell, make(document, 'div', { role: 'columnheader', 'aria-colindex': i + 1, style: 'width:160px' }))));
      const viewport = grid.appendChild(make(document, 'div', { style: `position:relative;overflow:auto;height:${Math.min(body.length, 10) * ROW_HEIGHT}px` }));
      const container = viewport.appendChild(make(document, 'div', { role: 'rowgroup', style: `position:relative;height:${body.length * ROW_HEIGHT}px` }));
      // Recycled rows sit in the DOM in the order the grid reused them, not the order they are drawn in.
      const order = body.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      if (order.length > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
      for (const k of order) {
        const row = body[k]!;
        const drawn = make(document, 'div', {
          role: 'row',
          'aria-rowindex': k + 2,
          style: `position:absolute;top:0;left:0;display:flex;height:${ROW_HEIGHT}px;transform:translateY(${k * ROW_HEIGHT}px)`,
        });
        cellsOf(row).forEach((cell, i) => {
          const attrs: Record<string, string | number> = { role: 'gridcell', 'aria-colindex': i + 1, style: 'width:160px' };
          if (isGroupRow(row)) attrs['aria-colspan'] = width;
          drawn.appendChild(moveChildren(cell, make(document, 'div', attrs)));
        });
        container.appendChild(drawn);
      }
      table.replaceWith(grid);
    }
  },
};

// ---------------------------------------------------------------- values kept in attributes

// (perturb-transforms.ts imports this module: its values are read only when a transformation runs.)
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HOURS_WITH_UNIT = /^(\s*)(\d{1,3}(?:\.\d{1,2})?)\s*(?:hrs?\.?|hours?|credits?|CEHs?|CE hours?|credit hours?)(\s*)$/i;
const BARE_NUMBER = /^(\s*)(\d{1,3}(?:\.\d{1,2})?)(\s*)$/;
const HOURS_HEAD = /\b(hours?|hrs?|credits?|CEH|CEU|CE)\b/i;
/** An approval number's shape: parts joined by dashes, with a letter and a digit ("25-EMSX-F3-0611", "25-0119-T3"). */
const APPROVAL = /(?<![\w-])(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]{1,10}(?:-[A-Z0-9]{1,10}){1,4}(?![\w-])/g;
const VISUALLY_HIDDEN = 'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0';

/** The header text of the column `cell` sits in, when its table has a header row of the same width. */
function columnHeader(cell: Element): string {
  const row = cell.parentElement;
  const table = cell.closest('table');
  const header = table ? rowsOf(table)[0] : undefined;
  if (!row || !header || header === row) return '';
  const cells = cellsOf(row);
  const heads = cellsOf(header);
  return cells.length === heads.length ? text(heads[cells.indexOf(cell)]) : '';
}

/** Replaces the matches of `pattern` outside kept spans in every shown text node by the nodes `build` returns. */
function splitText(document: Document, keep: Protected, pattern: RegExp, build: (match: string) => Node | null): void {
  for (const node of walkTextNodes(document)) {
    const parent = node.parentElement;
    if (!parent || parent.closest('head, textarea, option, select, title, a, time, svg')) continue;
    const data = node.data;
    const kept = protectedSpans(data, keep);
    const parts: (string | Node)[] = [];
    let last = 0;
    for (const m of data.matchAll(new RegExp(pattern.source, 'g'))) {
      if (kept.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
      const built = build(m[0]);
      if (!built) continue;
      parts.push(data.slice(last, m.index), built);
      last = m.index + m[0].length;
    }
    if (!parts.length) continue;
    parts.push(data.slice(last));
    node.replaceWith(...parts.filter((p) => p !== ''));
  }
}

const valuesInAttributes: Perturbation = {
  name: 'attrs',
  about:
    "values kept in attributes with another visible form: dates as <time datetime=ISO> showing '04-Mar-2025', hours as a badge showing '2h' (or the bare figure) titled and aria-labelled '2 hours', approval numbers as link text after a visually hidden 'Approval number' span",
  apply(document, { keep }) {
    splitText(document, keep, DATE_PATTERN, (match) => {
      const m = new RegExp(DATE_PATTERN.source).exec(match);
      const date = m && parseDateMatch(m);
      if (!date) return null;
      const two = (n: number) => String(n).padStart(2, '0');
      const time = make(document, 'time', { datetime: `${date.y}-${two(date.mo)}-${two(date.d)}` });
      time.textContent = `${two(date.d)}-${SHORT_MONTHS[date.mo - 1]}-${date.y}`;
      return time;
    });
    for (const node of walkTextNodes(document)) {
      const parent = node.parentElement;
      if (!parent || parent.closest('head, textarea, option, select, title, svg') || protectedSpans(node.data, keep).length) continue;
      let m = HOURS_WITH_UNIT.exec(node.data);
      let shown = m ? `${m[2]}h` : '';
      if (!m && (m = BARE_NUMBER.exec(node.data))) {
        const cell = parent.closest('td');
        if (!cell || text(cell) !== node.data.trim() || !HOURS_HEAD.test(columnHeader(cell))) continue;
        shown = m[2]!;
      }
      if (!m) continue;
      const said = `${m[2]} ${Number(m[2]) === 1 ? 'hour' : 'hours'}`;
      const badge = make(document, 'span', { class: 'badge', title: said, 'aria-label': said });
      badge.textContent = shown;
      node.replaceWith(...[m[1]!, badge, m[3]!].filter(Boolean));
    }
    splitText(document, keep, APPROVAL, (match) => {
      if (new RegExp(`^${DATE_PATTERN.source}$`).test(match)) return null;
      const link = make(document, 'a', { href: `/education/approval/${encodeURIComponent(match)}` });
      link.appendChild(make(document, 'span', { style: VISUALLY_HIDDEN })).textContent = 'Approval number ';
      link.appendChild(document.createTextNode(match));
      return link;
    });
  },
};

// ---------------------------------------------------------------- one key/value table per record

/** How a records app abbreviates a column's label; others stay as they are. */
function abbreviated(head: string): string {
  if (HOURS_HEAD.test(head)) return 'CEU';
  if (/approv|capce|\bcourse (?:#|no\b|number)/i.test(head)) return 'Appr. #';
  if (/date|completed|\bon\b/i.test(head)) return 'Comp. Date';
  if (/component|category|bucket|requirement|section/i.test(head)) return 'Cat.';
  if (/^(?:course )?(?:title|name)$/i.test(head)) return 'Course';
  return head;
}

const verticalRecords: Perturbation = {
  name: 'vertical',
  about:
    "the rows of tables with a header row drawn as one two-column key/value table (or, on some pages, one <dl>) per record, label cell | value cell, with abbreviated labels ('Comp. Date', 'Appr. #', 'CEU', 'Cat.', 'Course'); empty cells left out",
  apply(document, { random }) {
    const asList = random() < 0.5;
    for (const { table, heads, body } of recordTables(document)) {
      const list = make(document, 'div');
      const caption = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
      if (caption) list.appendChild(moveChildren(caption, make(document, 'h3')));
      for (const row of body) {
        const cells = cellsOf(row);
        if (cells.length === 1) {
          list.appendChild(moveChildren(cells[0]!, make(document, 'h3')));
          continue;
        }
        const record = make(document, asList ? 'dl' : 'table', { style: 'margin:8px 0;border:1px solid #ddd' });
        const holder = asList ? record : record.appendChild(make(document, 'tbody'));
        cells.forEach((cell, i) => {
          if (!text(cell)) return;
          const label = abbreviated(heads[i] ?? '');
          if (asList) {
            holder.appendChild(make(document, 'dt')).textContent = label;
            holder.appendChild(moveChildren(cell, make(document, 'dd')));
          } else {
            const tr = holder.appendChild(make(document, 'tr'));
            tr.appendChild(make(document, 'th', { scope: 'row' })).textContent = label;
            tr.appendChild(moveChildren(cell, make(document, 'td')));
          }
        });
        list.appendChild(record);
      }
      table.replaceWith(list);
    }
  },
};

// ---------------------------------------------------------------- no header row

const noHeaderRow: Perturbation = {
  name: 'headless',
  about: 'the header row of tables with one taken out: columns told apart by their values only',
  apply(document) {
    for (const { head } of recordTables(document)) {
      const group = head.parentElement;
      head.remove();
      if (group?.tagName === 'THEAD' && !group.children.length) group.remove();
    }
  },
};

// ---------------------------------------------------------------- labels as icons

const ICONS = ['fa-calendar', 'fa-clock', 'fa-hashtag', 'fa-tag', 'fa-user', 'fa-id-card', 'fa-book', 'fa-circle-info'];

/** "Label" of a short text without figures (at most four words, an optional colon). */
function labelOf(t: string): string | null {
  const trimmed = t.replace(/\s+/g, ' ').trim();
  const bare = trimmed.replace(/:$/, '').trim();
  if (bare.length < 2 || bare.split(' ').length > 4 || /\d/.test(bare)) return null;
  return bare;
}

const labelsAsIcons: Perturbation = {
  name: 'icons',
  about:
    "every label (header cells, dt, label elements, bold or span leaves ending in a colon, 'Label:' at a text's start) drawn as an icon named only by its aria-label or its title",
  apply(document, { random, keep }) {
    const icon = (label: string) => {
      const attrs: Record<string, string> = { class: `fa ${ICONS[Math.floor(random() * ICONS.length)]}` };
      if (random() < 0.5) Object.assign(attrs, { role: 'img', 'aria-label': label });
      else attrs.title = label;
      return make(document, 'i', attrs);
    };
    for (const el of walkElements(document)) {
      if (!el.isConnected || el.closest('head, svg, button, a, select, option, textarea, h1, h2, h3, h4, h5, h6') || el.children.length) continue;
      const t = el.textContent ?? '';
      if (protectedSpans(t, keep).length) continue;
      const cell = ['TH', 'DT', 'LABEL'].includes(el.tagName);
      const leaf = ['B', 'STRONG', 'SPAN'].includes(el.tagName) && t.trim().endsWith(':');
      const label = (cell || leaf) && labelOf(t);
      if (!label) continue;
      el.textContent = '';
      el.appendChild(icon(label));
      if (leaf) el.after(document.createTextNode(' '));
    }
    // "Label: value" in one text: the label becomes the icon.
    for (const node of walkTextNodes(document)) {
      const parent = node.parentElement;
      if (!parent || parent.closest('head, svg, button, a, select, option, textarea, pre, h1, h2, h3, h4, h5, h6')) continue;
      const m = /^(\s*)([A-Za-z][A-Za-z .#/&-]{1,30}):\s+(?=\S)/.exec(node.data);
      const label = m && labelOf(m[2]!);
      if (!m || !label || protectedSpans(node.data.slice(0, m[0].length), keep).length) continue;
      node.replaceWith(...[m[1]!, icon(label), ' ', node.data.slice(m[0].length)].filter((p) => p !== ''));
    }
  },
};

export const HABIT_PERTURBATIONS: readonly Perturbation[] = [virtualGrid, valuesInAttributes, verticalRecords, noHeaderRow, labelsAsIcons];
