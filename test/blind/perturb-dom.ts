// DOM walking for the perturbations: every element and shown text node of a page, including
// those inside templates and open shadow roots, and the spans of text a transformation keeps.

/** Expected strings (course titles, names) whose text a transformation must leave as it is. */
export type Protected = readonly string[];

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE']);

function childRoots(node: Node): Node[] {
  const el = node as Element & { shadowRoot?: ShadowRoot | null; content?: DocumentFragment };
  const roots: Node[] = [node];
  if (node.nodeType === 1 && el.tagName === 'TEMPLATE' && el.content) roots.push(el.content);
  if (node.nodeType === 1 && el.shadowRoot) roots.push(el.shadowRoot);
  return roots;
}

function walk(root: Node, visit: (node: Node) => void): void {
  for (const part of childRoots(root)) {
    if (part !== root) visit(part);
    for (let child = part.firstChild; child; child = child.nextSibling) {
      visit(child);
      walk(child, visit);
    }
  }
}

/** Every element, in document order (a snapshot: safe to change the tree while iterating). */
export function walkElements(document: Document): Element[] {
  const out: Element[] = [];
  walk(document, (node) => {
    if (node.nodeType === 1) out.push(node as Element);
  });
  return out;
}

/** Every text node outside script, style and the page title. */
export function walkTextNodes(document: Document): Text[] {
  const out: Text[] = [];
  walk(document, (node) => {
    if (node.nodeType === 3 && !SKIP_TEXT.has(node.parentElement?.tagName ?? '')) out.push(node as Text);
  });
  return out;
}

const PATTERNS = new Map<string, RegExp>();

/** A kept string wherever the markup breaks its lines. */
function keptPattern(kept: string): RegExp {
  let pattern = PATTERNS.get(kept);
  if (!pattern) {
    pattern = new RegExp(kept.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+'), 'g');
    PATTERNS.set(kept, pattern);
  }
  return pattern;
}

/** The [start, end) ranges of `text` that hold a kept string, or that a kept string holds. */
export function protectedSpans(text: string, keep: Protected): [number, number][] {
  const spans: [number, number][] = [];
  const trimmed = text.trim();
  const flat = trimmed.replace(/\s+/g, ' ');
  for (const kept of keep) {
    for (const m of text.matchAll(keptPattern(kept))) spans.push([m.index, m.index + m[0].length]);
    // A title split over several text nodes: every part of it is kept.
    if (flat.length >= 6 && kept.includes(flat)) spans.push([0, text.length]);
  }
  return spans;
}

/** The strings of an expectation a reader must read back verbatim (titles, names). */
export function keptStrings(expected: unknown): string[] {
  const out = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (['title', 'name'].includes(key) && value.length >= 3) out.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(expected, '');
  return [...out];
}
