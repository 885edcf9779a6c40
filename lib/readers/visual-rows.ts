// Pages whose reading order is not the DOM's. Report exports (Crystal Reports, SSRS, PDF-to-HTML
// converters) draw every field as its own positioned box, flat siblings in any order; grids with a
// frozen pane draw one row in two containers, joined only by a shared row id, an aria-rowindex or
// where they stand. A person reads rows by where things stand, and so does the record finder when
// it looks again (records.ts): a container of positioned boxes shows them as lines (left to right,
// top to bottom), and the first part of a split row takes in the cells of the parts joined to it.
// Where things stand: their boxes in a browser; in a saved page, the offsets their style declares
// (`recert` copies the stylesheet's into the style attribute). Tables are joined by overlay-tables.ts.
import { isHidden, renderedElements } from './dom';
import { matchLabel } from './labels';
import { textOf } from './text';
import { RECORD_FIELDS } from '../vocabulary';

/** What the record finder counted under an element. */
type Counts = ReadonlyMap<Element, { dates: number; hours: number }>;

// Boxes of one line stand within a few pixels of each other.
const SAME_LINE = 4;
// The panes of one grid sit within a few levels of a common wrapper.
const PANE_LEVELS = 5;

// A report's offsets in print units ("2.09in", "150pt"), as pixels: a line's few pixels apart is not an inch.
const UNIT_PX: Record<string, number> = { in: 96, cm: 37.8, mm: 3.78, pt: 4 / 3 };

function px(value?: string): number | null {
  const number = parseFloat(value!);
  return Number.isNaN(number) ? null : number * (UNIT_PX[value!.trim().slice(-2)] ?? 1);
}

/** [top, left] of a positioned element: its box in a browser, else the offsets its style declares (null when none). */
function placeOf(el: Element, rects: boolean): number[] | null {
  // In a browser, only boxes taken out of the flow: a card's fields side by side are not a report's lines.
  if (rects) {
    const box = el.getBoundingClientRect();
    return ['absolute', 'fixed'].includes(getComputedStyle(el).position) ? [box.top, box.left] : null;
  }
  const style = (el as HTMLElement).style;
  // Virtual lists move their rows with translateY.
  const shift = /translateY\((-?[\d.]+)/.exec(style?.transform);
  const bottom = px(style?.bottom);
  // A converter's `bottom` counts up from the page's foot.
  const top = px(style?.top) ?? (bottom === null ? null : -bottom);
  return top === null && !shift ? null : [(top ?? 0) + Number(shift?.[1] ?? 0), px(style.left) ?? 0];
}

/** The elements top to bottom (a saved page's elements without a place of their own stay where they are, on top). */
function shownOrder(elements: Element[], rects: boolean): Element[] {
  return elements.sort((a, b) => (placeOf(a, rects)?.[0] ?? 0) - (placeOf(b, rects)?.[0] ?? 0));
}

/** The boxes of a container that holds several records' values with no element per record, as lines. */
function linesOf(container: Element, rects: boolean, counts: Counts, visual: Map<Node, Node[]>, least = 2): void {
  // Words of its own between the boxes: a paragraph, not boxes.
  for (const node of [...container.childNodes]) if (node.nodeType === 3 && node.nodeValue!.trim()) return;
  const boxes: Array<{ el: Element; y: number; x: number }> = [];
  for (const el of renderedElements(container)) {
    if (isHidden(el) || !textOf(el)) continue;
    const at = placeOf(el, rects);
    if (!at) return;
    boxes.push({ el, y: at[0]!, x: at[1]! });
  }
  boxes.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Array<typeof boxes> = [];
  for (const box of boxes) {
    const line = lines[lines.length - 1];
    if (line && box.y - line[0]!.y < SAME_LINE) line.push(box);
    else lines.push([box]);
  }
  const holds = (line: typeof boxes, key: 'dates' | 'hours'): boolean => line.some((box) => counts.get(box.el)?.[key]);
  const isRecord = (line: typeof boxes): boolean => holds(line, 'dates') && holds(line, 'hours');
  const records = lines.filter(isRecord);
  if (records.length < least) return;
  // A title wrapped onto the next line: that line holds only text under a text box of the record
  // line above it, and stands closer to it than the records stand to each other (one record tells no pitch).
  let pitch = records.length > 1 ? Infinity : 0;
  for (let i = 1; i < records.length; i++) pitch = Math.min(pitch, records[i]![0]!.y - records[i - 1]![0]!.y);
  // Where the last line taken into the record above stands (a title may wrap more than once).
  let reach = -Infinity;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = lines[i - 1]!;
    const y = Math.max(above[0]!.y, reach);
    const title = isRecord(above) && !holds(line, 'dates') && !holds(line, 'hours') && line[0]!.y - y < pitch ? above.find((box) => !counts.get(box.el)?.dates && !counts.get(box.el)?.hours && line.every((part) => Math.abs(part.x - box.x) < SAME_LINE)) : undefined;
    reach = -Infinity;
    if (!title) continue;
    // One box of the title's whole text in its place (ours, like the lines: no box of its own).
    const whole = container.ownerDocument.createElement('span');
    whole.textContent = [title, ...line].map((box) => textOf(box.el)).join(' ');
    title.el = whole;
    reach = line[0]!.y;
    lines.splice(i--, 1);
  }
  const columns = records.flat().map((box) => box.x);
  visual.set(
    container,
    lines.map((line) => {
      const row = container.ownerDocument.createElement('div');
      // A line of values in the records' columns (a total, a record missing a value) is one of them.
      if ((holds(line, 'dates') || holds(line, 'hours')) && line.every((box) => columns.some((x) => Math.abs(x - box.x) < SAME_LINE))) row.setAttribute('role', 'row');
      visual.set(row, line.sort((a, b) => a.x - b.x).map((box) => box.el));
      return row;
    }),
  );
}

/** The other panes near `pane`: as many children, no dates, shown. */
function panesNear(pane: Element, scope: Element, counts: Counts): Element[] {
  const found: Element[] = [];
  const look = (el: Element, depth: number): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child === pane || isHidden(child)) continue;
      if (child.childElementCount === pane.childElementCount && !child.contains(pane) && !counts.get(child)?.dates) found.push(child);
      if (depth < PANE_LEVELS) look(child, depth + 1);
    }
  };
  look(scope, 1);
  return found;
}

/** The shown children of a pane. */
function shown(pane: Element): Element[] {
  return [...pane.children].filter((child) => !isHidden(child));
}

/** Below `scope`, `pane`'s wrapper among its children and how deep the pane sits in it. */
function halfOf(pane: Element, scope: Element): [Element, number] {
  let half = pane;
  let depth = 0;
  for (; half.parentElement !== scope; depth++) half = half.parentElement!;
  return [half, depth];
}

/** A column title over `pane` (in its half, outside the rows `data` pairs) naming the course's title, or else another field. */
function titled(pane: Element, half: Element, data: Set<Element>, title: boolean): boolean {
  for (const el of half.querySelectorAll('*')) {
    let up = el;
    while (up !== half && up.parentElement !== pane) up = up.parentElement!;
    const field = el.firstElementChild || data.has(up) || el.closest('h1,h2,h3,h4,h5,h6') ? null : matchLabel(textOf(el), RECORD_FIELDS);
    if (field && (field === 'courseTitle') === title) return true;
  }
  return false;
}

/**
 * Rows paired by order alone are halves of one grid only on evidence (unrelated lists of as many
 * rows stand side by side too: a message list, a menu, another section): as many rows shown, each
 * pair alike in tag and standing level (their boxes, or the heights their style declares), the panes as deep below
 * their common wrapper, and that wrapper a grid's (ARIA), or column titles over the one naming the
 * course's title and over the other its fields.
 */
function halves(pane: Element, other: Element, scope: Element, rows: Element[], rects: boolean, counts: Counts): boolean {
  const mine = shown(pane);
  const theirs = shown(other);
  const [half, depth] = halfOf(pane, scope);
  const [otherHalf, otherDepth] = halfOf(other, scope);
  if (half === otherHalf || mine.length !== theirs.length || depth !== otherDepth) return false;
  const data = new Set<Element>(rows);
  for (let i = 0; i < mine.length; i++) {
    const a = mine[i] as HTMLElement;
    const b = theirs[i] as HTMLElement;
    if (data.has(a)) data.add(b);
    const [at, bt] = rects ? [a.getBoundingClientRect().top, b.getBoundingClientRect().top] : [px(a.style?.height), px(b.style?.height)];
    // The title pane shows no hours (a section's progress, "7.75 / 30 credits", is no half of a grid) but a row counter.
    const counter = parseInt(textOf(b)) - parseInt(textOf(theirs[0]!));
    const hours = counts.get(b)?.hours ?? 0;
    // A grid's column titles stand in a row of as many cells: no pane of rows.
    if (b.getAttribute('role') === 'columnheader' || a.tagName !== b.tagName || hours > 1 || (hours && counter !== i) || (at !== null && bt !== null && Math.abs(at - bt) >= SAME_LINE)) return false;
  }
  return !!scope.closest('[role=grid],[role=treegrid]') || (titled(other, otherHalf, data, true) && titled(pane, half, data, false));
}

/**
 * Rows split over panes: the parts of each, joined by what the records' rows each hold once (an
 * attribute's value, where they stand, or else their order) and a pane near them holds for every one of them.
 */
function joinPanes(pane: Element, rows: Element[], rects: boolean, counts: Counts, visual: Map<Node, Node[]>): void {
  const order = new Map<Element, string>();
  for (let scope = pane.parentElement, level = 0; scope && level++ < PANE_LEVELS; scope = scope.parentElement) {
    const others = panesNear(pane, scope, counts);
    const names = Array.from(rows[0]!.attributes, (a) => a.name).filter((name) => /^(?!class$|style$|id$)[a-z][\w-]*$/i.test(name));
    if (others.length) for (const p of [pane, ...others]) shown(p).forEach((child, i) => order.set(child, `${i}`));
    // '': where they stand; null: their order.
    for (const name of others.length ? [...names, '', null] : []) {
      // Rows side by side stand at the same height in their panes.
      const key = (el: Element): string | null => (name === null ? (order.get(el) ?? null) : name ? el.getAttribute(name) : (placeOf(el, rects)?.[0]?.toFixed(0) ?? null));
      const wanted = rows.map(key);
      const partners = others.filter((other) => {
        const held = new Set(Array.from(other.children, key));
        return wanted.every((value) => held.has(value)) && (name !== null || halves(pane, other, scope!, rows, rects, counts));
      });
      if (wanted.includes(null) || new Set(wanted).size < rows.length || partners.length === 0) continue;
      // The parts of each row: every element of the grid with that attribute (header rows too),
      // grouped by its value; by position, the rows and the partner panes' children.
      const parts = name
        ? Array.from((scope.closest('[role=grid],[role=treegrid]') ?? scope).querySelectorAll(`[${name}]`))
        : [...rows, ...partners.flatMap((other) => Array.from(other.children))];
      const groups = new Map<string | null, Element[]>();
      for (const part of parts) if (!isHidden(part)) groups.get(key(part))?.push(part) ?? groups.set(key(part), [part]);
      const parents = new Set<Element>();
      for (const members of groups.values()) {
        const split = members.filter((el) => !members.some((other) => other !== el && other.contains(el)));
        if (split.length < 2) continue;
        split.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
        const record = split.find((el) => pane.contains(el));
        const hours = record && counts.get(record)?.hours;
        const cells: Node[] = [];
        for (const part of split) {
          parents.add(part.parentElement!);
          for (const node of [...part.childNodes]) {
            const counted = counts.get(node as Element);
            // A row number beside a record that shows its hours is not its hours (a header cell names it where rows have cells).
            if (part === record || !hours || part.getAttribute('role') === 'row' || !counted?.hours || counted.dates) cells.push(node);
          }
          visual.set(part, []);
        }
        visual.set(split[0]!, cells);
      }
      // Each pane's rows without the parts read elsewhere, in the order they are shown.
      for (const parent of parents) visual.set(parent, shownOrder([...parent.children].filter((child) => visual.get(child)?.length !== 0), rects));
      return;
    }
  }
}

/**
 * A virtual grid's rows (its kit reuses row elements, so they stand in the DOM in any order): in
 * the order their aria-rowindex, else their offsets, draw them, when every shown child has one.
 */
function drawnOrder(pane: Element, rects: boolean, visual: Map<Node, Node[]>): void {
  const rows = shown(pane);
  const indexed = rows.every((row) => Number(row.getAttribute('aria-rowindex')) > 0);
  const keys = rows.map((row) => (indexed ? Number(row.getAttribute('aria-rowindex')) : placeOf(row, rects)?.[0]));
  if (keys.includes(undefined) || keys.every((key, i) => !i || key! >= keys[i - 1]!)) return;
  visual.set(pane, rows.map((row, i) => [row, keys[i]!] as const).sort((a, b) => a[1] - b[1]).map(([row]) => row));
}

/**
 * The children a person reads where a page lays its records out by position, for records.ts to
 * look again with (dom.ts withArrangement); null where nothing is laid out so.
 */
export function arrangeByPosition(minimal: readonly Element[], records: Iterable<Element>, parents: ReadonlyMap<Element, Element>, counts: Counts): Map<Node, Node[]> | null {
  const doc = minimal[0]?.ownerDocument;
  if (!doc) return null;
  // Boxes are asked where the page has a layout of its own (not an inert copy of one).
  const rects = doc.documentElement.getBoundingClientRect().width > 0;
  const visual = new Map<Node, Node[]>();
  for (const el of minimal) {
    const { dates, hours } = counts.get(el)!;
    if (dates > 1 && hours > 1) linesOf(el, rects, counts, visual);
  }
  // A report's next page holding the table's last row (a PDF's page boxes side by side): its lines too.
  for (const el of minimal) if (!visual.has(el) && [...visual.keys()].some((page) => page.parentNode?.parentNode === el.parentNode?.parentNode)) linesOf(el, rects, counts, visual, 1);
  const panes = new Map<Element, Element[]>();
  for (const row of records) {
    const pane = parents.get(row);
    if (pane && row.tagName.toUpperCase() !== 'TR') panes.get(pane)?.push(row) ?? panes.set(pane, [row]);
  }
  for (const [pane, rows] of panes) if (rows.length > 1 && (joinPanes(pane, rows, rects, counts, visual), !visual.has(pane))) drawnOrder(pane, rects, visual);
  return visual.size > 0 ? visual : null;
}
