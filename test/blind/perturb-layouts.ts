// Layout perturbations modelled on how outsiders' pages draw the same records (perturb.ts): a
// table's rows as cards, the page pasted into a notes app's rich-text editor, label/value pairs
// as a definition list (and a definition list as a two-column table). The words and values a
// person reads stay the same; only the markup and layout change.
import { protectedSpans, walkElements, type Protected } from './perturb-dom';
import type { Perturbation } from './perturb-transforms';

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

function rowsOf(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
}

const spans = (cell: Element) => Number(cell.getAttribute('colspan') ?? 1) > 1 || Number(cell.getAttribute('rowspan') ?? 1) > 1;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function moveChildren(from: Element, to: Element): Element {
  while (from.firstChild) to.appendChild(from.firstChild);
  return to;
}

// ---------------------------------------------------------------- cards

/** A table whose first row is a header of labels and whose other rows are that wide or full-width group rows. */
function cardTable(table: Element): { heads: string[]; body: Element[] } | null {
  if (table.querySelector('table')) return null;
  const rows = rowsOf(table);
  const head = rows[0];
  if (!head || rows.length < 2) return null;
  const headCells = cellsOf(head);
  const width = headCells.length;
  if (width < 3 || headCells.some(spans)) return null;
  if (head.parentElement?.tagName !== 'THEAD' && !headCells.every((c) => c.tagName === 'TH')) return null;
  const body = rows.slice(1);
  const ok = body.every((r) => {
    const cells = cellsOf(r);
    return (cells.length === 1 && spans(cells[0]!)) || (cells.length === width && !cells.some(spans) && cells[0]!.tagName !== 'TH');
  });
  return ok ? { heads: headCells.map((c) => text(c)), body } : null;
}

/** The column a card is titled by: the one holding a kept title, else the one with the longest text. */
function titleColumn(body: Element[], width: number, keep: Protected): number {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < width; i++) {
    let score = 0;
    for (const row of body) {
      const cell = cellsOf(row)[i];
      if (!cell) continue;
      const t = text(cell);
      score += t.length + (protectedSpans(t, keep).length ? 1000 : 0);
    }
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

const tableAsCards: Perturbation = {
  name: 'cards',
  about: "the rows of tables with a header row drawn as cards: a bold title line, then a 'Label: value' line per other header cell (empty cells left out)",
  apply(document, { keep }) {
    for (const table of walkElements(document).filter((el) => el.tagName === 'TABLE')) {
      if (table.closest('head') || !table.parentNode) continue;
      const shape = cardTable(table);
      if (!shape) continue;
      const { heads, body } = shape;
      const title = titleColumn(body, heads.length, keep);
      const list = document.createElement('div');
      const caption = table.querySelector('caption');
      if (caption && caption.closest('table') === table) list.appendChild(moveChildren(caption, document.createElement('h3')));
      for (const row of body) {
        const cells = cellsOf(row);
        if (cells.length === 1) {
          list.appendChild(moveChildren(cells[0]!, document.createElement('h3')));
          continue;
        }
        const card = document.createElement('div');
        card.setAttribute('style', 'border:1px solid #ccc;margin:8px 0;padding:8px');
        const strong = moveChildren(cells[title]!, document.createElement('strong'));
        card.appendChild(document.createElement('div')).appendChild(strong);
        cells.forEach((cell, i) => {
          if (i === title || !text(cell)) return;
          const line = document.createElement('div');
          if (heads[i]) line.appendChild(document.createElement('span')).textContent = `${heads[i]}: `;
          card.appendChild(moveChildren(cell, line));
        });
        list.appendChild(card);
      }
      table.replaceWith(list);
    }
  },
};

// ---------------------------------------------------------------- pasted into a notes app

const CHROME = 'header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"], [role="complementary"]';

/**
 * Chrome a person would not copy: at the page's edge (first or last child at every level up to the
 * body: a card's own header is not), naming none of the kept strings and holding no figure.
 */
function droppable(el: Element, keep: Protected): boolean {
  const t = el.textContent ?? '';
  for (let at: Element = el; at.parentElement && at.parentElement.tagName !== 'BODY'; at = at.parentElement) {
    if (at !== at.parentElement.firstElementChild && at !== at.parentElement.lastElementChild) return false;
  }
  return !protectedSpans(t, keep).length && !/\d/.test(t);
}

const pasteIntoEditor: Perturbation = {
  name: 'paste',
  about: "the main content pasted into a notes app's rich-text editor (a toolbar of formatting buttons above, a status bar below); the page's own chrome dropped unless it holds a kept string or a figure",
  apply(document, { keep }) {
    const body = document.body;
    if (!body) return;
    for (const el of Array.from(body.querySelectorAll(CHROME))) if (el.isConnected && !el.closest('main, [role="main"]') && droppable(el, keep)) el.remove();
    const main = document.querySelector('main, [role="main"]');
    const app = document.createElement('div');
    app.innerHTML =
      '<div role="toolbar" aria-label="Formatting"><button type="button" aria-pressed="false">Bold</button><button type="button" aria-pressed="false">Italic</button>' +
      '<button type="button">Underline</button><button type="button">Link</button><button type="button">Bulleted list</button><button type="button">Numbered list</button></div>' +
      '<div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Note"></div><div role="status">Saved · All changes synced</div>';
    const editor = app.children[1]!;
    if (main) {
      moveChildren(main, editor);
      main.replaceWith(app);
    } else {
      moveChildren(body, editor);
      body.appendChild(app);
    }
  },
};

// ---------------------------------------------------------------- definition lists

/** "Label:" in a text of at most five words ending in a colon. */
function labelText(t: string): string | null {
  const trimmed = t.trim();
  if (!trimmed.endsWith(':') || trimmed.length < 3 || trimmed.split(/\s+/).length > 5 || /\d/.test(trimmed)) return null;
  return trimmed.slice(0, -1).trim();
}

/** A table whose every row is one header cell and one value cell. */
function pairTable(table: Element): Element[] | null {
  if (table.querySelector('table')) return null;
  const rows = rowsOf(table);
  if (rows.length < 2) return null;
  const ok = rows.every((r) => {
    const cells = cellsOf(r);
    return cells.length === 2 && cells[0]!.tagName === 'TH' && cells[1]!.tagName === 'TD' && !cells.some(spans);
  });
  return ok ? rows : null;
}

/** An element reading "Label: value": a first child (b, strong, span, label) holding only "Label:", then the value. */
function labelLine(el: Element): boolean {
  if (!['P', 'DIV', 'LI'].includes(el.tagName) || el.children.length === 0) return false;
  const first = el.firstElementChild!;
  if (!['B', 'STRONG', 'SPAN', 'LABEL'].includes(first.tagName) || first.children.length) return false;
  if (el.firstChild !== first && (el.firstChild?.nodeType !== 3 || el.firstChild.textContent?.trim())) return false;
  if (!labelText(first.textContent ?? '')) return false;
  const rest = text(el).slice(text(first).length).trim();
  return rest.length > 0 && !Array.from(el.children).slice(1).some((c) => ['DIV', 'P', 'UL', 'OL', 'TABLE', 'DL'].includes(c.tagName));
}

const pairsAsDefinitions: Perturbation = {
  name: 'definition',
  about: "label/value pairs (two-cell th/td rows, runs of 'Label: value' lines) drawn as dl/dt/dd, and definition lists drawn as two-cell th/td tables",
  apply(document) {
    const elements = walkElements(document).filter((el) => !el.closest('head'));
    const dls = elements.filter((el) => el.tagName === 'DL' && !el.querySelector('dl'));
    for (const table of elements.filter((el) => el.tagName === 'TABLE')) {
      const rows = table.isConnected ? pairTable(table) : null;
      if (!rows) continue;
      const dl = document.createElement('dl');
      for (const row of rows) {
        const [th, td] = cellsOf(row);
        dl.appendChild(moveChildren(th!, document.createElement('dt')));
        dl.appendChild(moveChildren(td!, document.createElement('dd')));
      }
      table.replaceWith(dl);
    }
    // Runs of two or more sibling "Label: value" lines become one list.
    for (const el of elements) {
      if (!el.isConnected || !labelLine(el) || (el.previousElementSibling && labelLine(el.previousElementSibling))) continue;
      const run: Element[] = [el];
      while (run[run.length - 1]!.nextElementSibling && labelLine(run[run.length - 1]!.nextElementSibling!)) run.push(run[run.length - 1]!.nextElementSibling!);
      if (run.length < 2 || el.tagName === 'LI') continue;
      const dl = document.createElement('dl');
      el.before(dl);
      for (const line of run) {
        const first = line.firstElementChild!;
        const dt = dl.appendChild(document.createElement('dt'));
        dt.textContent = labelText(first.textContent ?? '');
        first.remove();
        const dd = moveChildren(line, document.createElement('dd'));
        if (dd.firstChild?.nodeType === 3) dd.firstChild.textContent = dd.firstChild.textContent!.trimStart();
        dl.appendChild(dd);
        line.remove();
      }
    }
    // The reverse: a definition list of dt/dd pairs becomes a two-column table.
    for (const dl of dls) {
      if (!dl.isConnected) continue;
      const kids = Array.from(dl.children);
      const pairs = kids.length >= 2 && kids.length % 2 === 0 && kids.every((k, i) => k.tagName === (i % 2 ? 'DD' : 'DT'));
      if (!pairs) continue;
      const table = document.createElement('table');
      const tbody = table.appendChild(document.createElement('tbody'));
      for (let i = 0; i < kids.length; i += 2) {
        const tr = tbody.appendChild(document.createElement('tr'));
        const th = moveChildren(kids[i]!, document.createElement('th'));
        th.setAttribute('scope', 'row');
        tr.appendChild(th);
        tr.appendChild(moveChildren(kids[i + 1]!, document.createElement('td')));
      }
      dl.replaceWith(table);
    }
  },
};

export const LAYOUT_PERTURBATIONS: readonly Perturbation[] = [tableAsCards, pasteIntoEditor, pairsAsDefinitions];
