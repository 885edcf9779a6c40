// A card drawn in SVG (a wallet card, a report's tile) places its words by coordinates, not in
// reading order: its lines read top to bottom, left to right, and a label takes the value in its
// column (same x, same anchor) right below it, else right above it (a caption under its figure),
// else the next word on its own row. A drawing with fewer than two words is an icon or an avatar.
import { normaliseSpace } from './text';

export interface Placed {
  text: string;
  x: number;
  y: number;
  anchor: string | null;
}

/** One line of the drawing: a label with its value, or a line of its own. */
export interface DrawnLine {
  label: string | null;
  text: string;
}

const at = (el: Element, name: string): number => parseFloat(el.getAttribute(name) ?? '') || 0;

/** Each <text> (or each of its <tspan> lines, when it sets them apart) with where it is drawn. */
export function placedTexts(svg: Element): Placed[] {
  const placed: Placed[] = [];
  for (const text of Array.from(svg.querySelectorAll('text'))) {
    const x = at(text, 'x');
    let y = at(text, 'y');
    const anchor = text.getAttribute('text-anchor');
    const spans = Array.from(text.children).filter((span) => span.hasAttribute('y') || span.hasAttribute('dy'));
    for (const part of spans.length > 1 ? spans : [text]) {
      if (part !== text) y = part.hasAttribute('y') ? at(part, 'y') : y + at(part, 'dy');
      const words = normaliseSpace(part.textContent ?? '');
      if (words) placed.push({ text: words, x: part === text || !part.hasAttribute('x') ? x : at(part, 'x'), y, anchor });
    }
  }
  return placed.sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * The drawing's lines in reading order (its words as placedTexts finds them), labels paired with
 * their values; [] for an icon.
 */
export function drawnLines(placed: readonly Placed[], isLabel: (text: string) => boolean): DrawnLine[] {
  if (placed.length < 2) return [];
  const labels = placed.filter((line) => isLabel(line.text));
  // Each label's neighbours in its column: below, then above.
  const near = labels.map((label) => {
    const column = placed.filter((other) => Math.abs(other.x - label.x) < 1 && other.anchor === label.anchor);
    const own = column.indexOf(label);
    const next = placed[placed.indexOf(label) + 1];
    return [column[own + 1], column[own - 1], next?.y === label.y ? next : undefined];
  });
  const isValue = (line: Placed | undefined): line is Placed => !!line && !isLabel(line.text);
  // One arrangement for the whole drawing: values under their labels, or captions under their values.
  const side = [0, 1].find((way) => near.every((lines) => isValue(lines[way])));
  const valueOf = new Map<Placed, Placed>();
  const taken = new Set<Placed>();
  labels.forEach((label, index) => {
    const lines = near[index]!;
    const value = (side === undefined ? lines : [lines[side]]).find((line) => isValue(line) && !taken.has(line));
    if (value) {
      valueOf.set(label, value);
      taken.add(value);
    }
  });
  const lines: DrawnLine[] = [];
  for (const line of placed) {
    const value = valueOf.get(line);
    if (value) lines.push({ label: line.text, text: value.text });
    else if (!taken.has(line)) lines.push({ label: null, text: line.text });
  }
  return lines;
}
