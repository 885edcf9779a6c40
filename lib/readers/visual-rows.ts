// Pages whose reading order is not the DOM's. Report exports (Crystal Reports, SSRS, PDF-to-HTML
// converters) draw every field as its own positioned box, flat siblings in any order; grids with a
// frozen pane draw one row in two containers, joined only by a shared row id, an aria-rowindex or
// where they stand. A person reads rows by where things stand, and so does the record finder when
// it looks again (records.ts): a container of positioned boxes shows them as lines (left to right,
// top to bottom), and the first part of a split row takes in the cells of the parts joined to it.
// Where things stand: their boxes in a browser; in a saved page, the offsets their style declares
// (`recert` copies the stylesheet's into the style attribute). Tables are joined by overlay-tables.ts.
import { isHidden, renderedElements } from './dom';
import { textOf } from './text';

/** What the record finder counted under an element. */
export type CountOf = (el: Element) => { dates: number; hours: number } | undefined;

// Boxes of one line stand within a few pixels of each other.
const SAME_LINE = 4;
// The panes of one grid sit within a few levels of a common wrapper.
const PANE_LEVELS = 3;

function px(value: string | undefined): number | null {
  return value && /^-?[\d.]+(px)?$/.test(value.trim()) ? parseFloat(value) : null;
}

/** [top, left] of the element: its box in a browser, else the offsets its style declares (null when none). */
function placeOf(el: Element, rects: boolean): [number, number] | null {
  if (rects) {
    const box = el.getBoundingClientRect();
    return [box.top, box.left];
  }
  const style = (el as HTMLElement).style;
  if (!style) return null;
  const shift = /translate(Y?)(?:3d)?\(\s*(-?[\d.]+)px(?:\s*,\s*(-?[\d.]+)px)?/.exec(style.transform ?? '');
  const bottom = px(style.bottom);
  // A converter's `bottom` counts up from the page's foot.
  const top = px(style.top) ?? (bottom === null ? null : -bottom);
  if (top === null && !shift) return null;
  return [(top ?? 0) + Number((shift && (shift[1] ? shift[2] : shift[3])) ?? 0), (px(style.left) ?? 0) + Number((shift && !shift[1] && shift[2]) || 0)];
}

/** Where the element stands inside `scope` (a saved page's offsets add up). */
function placeIn(el: Element, scope: Element, rects: boolean): [number, number] | null {
  const at = placeOf(el, rects);
  for (let up = el.parentElement; at && !rects && up && up !== scope; up = up.parentElement) {
    const by = placeOf(up, false);
    if (by) (at[0] += by[0]), (at[1] += by[1]);
  }
  return at;
}

interface Box {
  el: Element;
  y: number;
  x: number;
}

/** The boxes of a container that holds several records' values with no element per record, as lines. */
function linesOf(container: Element, rects: boolean, count: CountOf, visual: Map<Node, Node[]>): void {
  // Words of its own between the boxes: a paragraph, not boxes.
  for (const node of Array.from(container.childNodes)) if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return;
  const boxes: Box[] = [];
  for (const el of renderedElements(container)) {
    if (isHidden(el) || !textOf(el)) continue;
    const at = placeOf(el, rects);
    if (!at) return;
    boxes.push({ el, y: at[0], x: at[1] });
  }
  boxes.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Box[][] = [];
  for (const box of boxes) {
    const line = lines[lines.length - 1];
    if (line && box.y - line[0]!.y < SAME_LINE) line.push(box);
    else lines.push([box]);
  }
  const holds = (line: Box[], key: 'dates' | 'hours'): boolean => line.some((box) => count(box.el)?.[key]);
  const records = lines.filter((line) => holds(line, 'dates') && holds(line, 'hours'));
  if (records.length < 2) return;
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
function panesNear(pane: Element, scope: Element, count: CountOf): Element[] {
  const found: Element[] = [];
  const look = (el: Element, depth: number): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child === pane || isHidden(child)) continue;
      if (child.childElementCount === pane.childElementCount && !child.contains(pane) && !count(child)?.dates) found.push(child);
      if (depth < PANE_LEVELS) look(child, depth + 1);
    }
  };
  look(scope, 1);
  return found;
}

type Key = (el: Element) => string | null;

/**
 * Rows split over panes: the parts of each, joined by a key the records' rows each hold once
 * (an attribute's value, or where they stand) and a pane near them holds for every one of them.
 */
function joinPanes(pane: Element, rows: Element[], rects: boolean, count: CountOf, visual: Map<Node, Node[]>): void {
  for (let scope = pane.parentElement, level = 0; scope && level < PANE_LEVELS; scope = scope.parentElement, level++) {
    const others = panesNear(pane, scope, count);
    if (others.length === 0) continue;
    const within = scope;
    const keys: Array<[Key, string | null]> = Array.from(rows[0]!.attributes, (a): [Key, string] => [(el) => el.getAttribute(a.name), a.name]).filter(([, name]) => !/^(class|style|id)$/.test(name));
    keys.push([(el) => placeIn(el, within, rects)?.[0].toFixed(0) ?? null, null]);
    for (const [key, name] of keys) {
      const wanted = rows.map(key);
      if (wanted.includes(null) || new Set(wanted).size < rows.length) continue;
      const partners = others.filter((other) => {
        const held = new Set(Array.from(other.children, key));
        return wanted.every((value) => held.has(value));
      });
      if (partners.length === 0) continue;
      // Every element of the grid holding the attribute, by its value (header rows too); by
      // position, the rows and the partner panes' children.
      const grid = pane.closest('[role=grid],[role=treegrid],[role=table]');
      const root = grid?.contains(scope) ? grid : scope;
      let parts: Element[];
      try {
        parts = name ? Array.from(root.querySelectorAll(`[${name}]`)) : [...rows, ...partners.flatMap((other) => Array.from(other.children))];
      } catch {
        continue; // an attribute name no selector can say
      }
      const groups = new Map<string, Element[]>();
      for (const part of parts) {
        const value = key(part);
        if (value !== null && !isHidden(part)) groups.get(value)?.push(part) ?? groups.set(value, [part]);
      }
      const xOf = (el: Element): number => placeIn(el, within, rects)?.[1] ?? 0;
      const parents = new Set<Element>();
      for (const members of groups.values()) {
        const split = members.filter((el) => !members.some((other) => other !== el && other.contains(el)));
        if (split.length < 2) continue;
        split.sort((a, b) => xOf(a) - xOf(b) || (a.compareDocumentPosition(b) & 4 ? -1 : 1));
        const record = split.find((el) => pane.contains(el));
        const hours = record ? count(record)?.hours : 0;
        const cells: Node[] = [];
        for (const part of split) {
          parents.add(part.parentElement!);
          // A row number beside a record that shows its hours is not its hours (a header cell names it where there is one).
          for (const node of Array.from(part.childNodes)) if (part === record || !hours || part.getAttribute('role') === 'row' || node.nodeType !== 1 || !count(node as Element)?.hours || count(node as Element)?.dates) cells.push(node);
        }
        visual.set(split[0]!, cells);
        for (const part of split.slice(1)) visual.set(part, []);
      }
      // Each pane's rows without the parts read elsewhere, in the order they are shown.
      for (const parent of parents) {
        const children = Array.from(parent.children).filter((child) => visual.get(child)?.length !== 0);
        const ys = children.map((child) => placeOf(child, rects)?.[0]);
        visual.set(parent, ys.every((y) => y !== undefined) ? children.map((child, i) => [child, ys[i]!] as const).sort((a, b) => a[1] - b[1]).map(([child]) => child) : children);
      }
      return;
    }
  }
}

/**
 * The children a person reads where a page lays its records out by position, for records.ts to
 * look again with (dom.ts withArrangement); null where nothing is laid out so.
 */
export function arrangeByPosition(minimal: readonly Element[], records: Iterable<Element>, parentOf: (el: Element) => Element | undefined, count: CountOf): Map<Node, Node[]> | null {
  const doc = minimal[0]?.ownerDocument;
  if (!doc) return null;
  // Boxes are asked where the page has a layout of its own (not an inert copy of one).
  const rects = doc.documentElement.getBoundingClientRect().width > 0;
  const visual = new Map<Node, Node[]>();
  for (const el of minimal) {
    const counted = count(el);
    if (counted && counted.dates > 1 && counted.hours > 1) linesOf(el, rects, count, visual);
  }
  const panes = new Map<Element, Element[]>();
  for (const row of records) {
    const pane = parentOf(row);
    if (pane && row.tagName.toUpperCase() !== 'TR') panes.get(pane)?.push(row) ?? panes.set(pane, [row]);
  }
  for (const [pane, rows] of panes) if (rows.length > 1) joinPanes(pane, rows, rects, count, visual);
  return visual.size > 0 ? visual : null;
}
