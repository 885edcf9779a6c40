// The page as the browser renders it: open shadow roots instead of their hosts' light children
// (slots show the light children assigned to them), declarative shadow roots of saved pages
// (a `<template shadowrootmode="open">` that a non-browser parser leaves as a template), and
// nothing that is hidden. Our own panel (a `recert-copilot-*` element) is never part of a page.

const FRAGMENT_HOST = new WeakMap<Node, Element>();

/** The open shadow tree this element renders instead of its children, or null. */
export function shadowOf(el: Element): DocumentFragment | null {
  const open = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (open) return open;
  // A declarative shadow root is its host's first child (a custom element's, or a <div>'s,
  // <section>'s, …); a browser's parser attaches it. Older kits wrote `shadowroot`.
  const first = el.firstElementChild;
  if (first && first.tagName.toUpperCase() === 'TEMPLATE' && (first.getAttribute('shadowrootmode') ?? first.getAttribute('shadowroot'))?.toLowerCase() === 'open') {
    const content = (first as HTMLTemplateElement).content;
    if (content) {
      FRAGMENT_HOST.set(content, el);
      return content;
    }
  }
  return null;
}

/** The element whose shadow tree `root` is (attached or declarative), else undefined. */
export function hostOf(root: Node): Element | undefined {
  return (root as ShadowRoot).host ?? FRAGMENT_HOST.get(root);
}

/** The matches in `root` and in the open shadow trees inside it (an app drawn in its own tree). */
export function queryAllDeep<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found = Array.from(root.querySelectorAll<T>(selector));
  for (const tree of shadowTrees(root)) found.push(...tree.querySelectorAll<T>(selector));
  return found;
}

// Within one read of a page (withShadowTrees), the open shadow trees under each root, looked for once.
let treesOfRoot: Map<ParentNode, DocumentFragment[]> | null = null;

/** Runs `read` looking for the page's open shadow trees once, not once per query (a read changes nothing). */
export function withShadowTrees<T>(read: () => T): T {
  const was = treesOfRoot;
  treesOfRoot = new Map();
  try {
    return read();
  } finally {
    treesOfRoot = was;
  }
}

/** The open shadow trees inside `root`, in document order, each followed by those inside it. */
function shadowTrees(root: ParentNode): DocumentFragment[] {
  let trees = treesOfRoot?.get(root);
  if (!trees) {
    trees = [];
    for (const el of root.querySelectorAll('*')) {
      const shadow = shadowOf(el);
      if (shadow) trees.push(shadow, ...shadowTrees(shadow));
    }
    treesOfRoot?.set(root, trees);
  }
  return trees;
}

function isDeclarativeRoot(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'TEMPLATE' && ((node as Element).hasAttribute('shadowrootmode') || (node as Element).hasAttribute('shadowroot'));
}

/** The light-DOM nodes a <slot> shows (its fallback content when none are assigned). */
function slotted(slot: Element): Node[] {
  const host = hostOf(slot.getRootNode());
  const own = Array.from(slot.childNodes);
  if (!host) return own;
  const name = slot.getAttribute('name') ?? '';
  const assigned: Node[] = [];
  for (let child = host.firstChild; child; child = child.nextSibling) {
    if (isDeclarativeRoot(child)) continue;
    const target = child.nodeType === 1 ? ((child as Element).getAttribute('slot') ?? '') : '';
    if (target === name && (child.nodeType === 1 || (name === '' && child.nodeType === 3))) assigned.push(child);
  }
  return assigned.some((node) => node.nodeType === 1 || (node.nodeValue ?? '').trim() !== '') ? assigned : own;
}

// While records are found on a page laid out by position (visual-rows.ts): the children a person
// reads there, line by line, in place of the DOM's.
let arranged: ReadonlyMap<Node, Node[]> | null = null;

/** Runs `read` with the children of `visual` in place of the DOM's. */
export function withArrangement<T>(visual: ReadonlyMap<Node, Node[]>, read: () => T): T {
  arranged = visual;
  try {
    return read();
  } finally {
    arranged = null;
  }
}

/**
 * The child nodes the browser shows for this node when they differ from its own children
 * (a shadow host, a slot, a line of positioned boxes), else null: callers walk the ordinary
 * children on the fast path.
 */
export function renderedChildren(node: Node): Node[] | null {
  const visual = arranged?.get(node);
  if (visual) return visual;
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  const shadow = shadowOf(el);
  if (shadow) return Array.from(shadow.childNodes);
  if (el.tagName.toUpperCase() === 'SLOT') return slotted(el);
  return null;
}

/** The element children a walk should visit, in rendered order. */
export function renderedElements(el: Element): Element[] {
  const nodes = renderedChildren(el);
  if (nodes) return nodes.filter((node): node is Element => node.nodeType === 1);
  return Array.from(el.children);
}

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

// Inert copies of a rendered page (a long page is read in parts: lib/extension/sliced-read.ts)
// have no layout of their own; they carry the page's: the copies of the elements it hides.
const COPIED_LAYOUT = new WeakMap<Document, WeakSet<Element>>();

/** Reads of `copy` judge visibility as the rendered page did: hidden are the elements in `hidden`. */
export function lendLayout(copy: Document, hidden: WeakSet<Element>): void {
  COPIED_LAYOUT.set(copy, hidden);
}

/** Whether the document has a real layout (a browser), where computed styles mean something. */
export function hasLayout(doc: Document | null | undefined): boolean {
  if (doc && COPIED_LAYOUT.has(doc)) return true;
  const html = doc?.documentElement;
  if (!html || typeof html.getBoundingClientRect !== 'function') return false;
  return html.getBoundingClientRect().width > 0;
}

/**
 * Not shown to the person: `hidden`, `aria-hidden="true"`, an inline display:none, or (with a
 * real layout) not rendered at all. Our own panel is never part of the page.
 */
export function isHiddenElement(el: Element, live: boolean): boolean {
  // Most elements carry no attributes at all: one cheap test instead of three lookups.
  if (!el.hasAttributes()) return live ? hiddenByLayout(el) : el.tagName.toUpperCase().startsWith('RECERT-COPILOT');
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && INLINE_HIDDEN.test(style)) return true;
  const tag = el.tagName.toUpperCase();
  if (tag.startsWith('RECERT-COPILOT') || isStamp(el)) return true;
  // An <object> that loads a resource shows it, not its children (they are its fallback content).
  if (tag === 'OBJECT' && el.getAttribute('data')) return true;
  // A <dialog> without `open` is drawn nowhere (a confirmation quoting a course waits there).
  if (tag === 'DIALOG' && !el.hasAttribute('open')) return true;
  return live && hiddenByLayout(el);
}

/** A chat message's time ("21:14") whose tooltip holds its full date and time: the message's stamp, not its content. */
function isStamp(el: Element): boolean {
  const title = el.getAttribute('title');
  const text = title && el.textContent!.trim();
  return !!text && text.includes(':') && title.includes(text) && title.length > text.length + 5;
}

// Whether a document can be asked about layout, once per document that can (a copy or a happy-dom
// document answers no each time, cheaply; a page asked before its first layout is asked again).
const LAYOUT_SEEN = new WeakSet<Document>();

/**
 * isHiddenElement with the layout asked wherever the document has one: for the text inside a
 * record, where a kit hides a duplicate cell's content with its stylesheet.
 */
export function isHidden(el: Element): boolean {
  const doc = el.ownerDocument;
  let live = LAYOUT_SEEN.has(doc);
  if (!live && hasLayout(doc)) {
    LAYOUT_SEEN.add(doc);
    live = true;
  }
  return isHiddenElement(el, live);
}

/** Not rendered by the page's layout (only meaningful where hasLayout). */
export function hiddenByLayout(el: Element): boolean {
  const copied = COPIED_LAYOUT.get(el.ownerDocument);
  if (copied) return copied.has(el);
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  // Kits hide duplicate cells with `visibility: hidden` (they keep their box), so that counts too.
  // No box also means display: contents (a wrapper that only passes its children through).
  // A line of positioned boxes (visual-rows.ts) is ours, not the page's: it has no box of its own.
  return (
    el.isConnected &&
    typeof check === 'function' &&
    !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true }) &&
    getComputedStyle(el).display !== 'contents'
  );
}

/**
 * Whether the page shows the element's text with its line breaks (`white-space: pre`, `pre-wrap`,
 * `pre-line`, `break-spaces`: a chat's message, a <pre>): a message pasted as text keeps its lines. A saved page carries its
 * stylesheet's white-space in the element's own style (lib/cli/stylesheet-place.ts).
 */
export function keepsLineBreaks(el: Element): boolean {
  const shown = whiteSpace(el);
  return shown.startsWith('pre') || shown === 'break-spaces' || el.closest('pre') !== null;
}

/** The element's `white-space` as the page shows it ('pre': a plain-text file's lines and columns, as a <pre>). */
export function whiteSpace(el: Element): string {
  return shownStyle(el, 'whiteSpace', el.closest('[style*="white-space"]'));
}

/**
 * A style property as the page shows the element: the page's stylesheet, live; in a saved page, the
 * own style of `from` (the element, or the one it inherits the property from), where `recert`
 * copied the stylesheet's value (lib/cli/stylesheet-place.ts).
 */
export function shownStyle(el: Element, property: 'display' | 'whiteSpace', from: Element | null = el): string {
  return (hasLayout(el.ownerDocument) && el.isConnected ? getComputedStyle(el) : (from as HTMLElement | null)?.style)?.[property] ?? '';
}

const NOT_A_VALUE = new Set(['button', 'submit', 'reset', 'hidden', 'checkbox', 'radio', 'password', 'file', 'image']);

/**
 * What a form control shows: an input's value, the selected option of a select (the first when
 * none is marked, as a browser shows it), a textarea's text. In a live page that is the
 * control's current value (its properties: the person may have changed it); a saved page has
 * only its markup (its attributes). null for buttons, hidden inputs, check boxes and anything
 * that is not a control.
 */
export function controlValue(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  const live = tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' ? hasLayout(el.ownerDocument) : false;
  if (tag === 'INPUT') {
    if (NOT_A_VALUE.has((el.getAttribute('type') ?? 'text').toLowerCase())) return null;
    return live ? (el as HTMLInputElement).value : el.getAttribute('value');
  }
  if (tag === 'SELECT') {
    const options = Array.from(el.querySelectorAll('option'));
    const marked = live ? (el as HTMLSelectElement).selectedOptions[0] : options.find((option) => option.hasAttribute('selected'));
    const chosen = marked ?? (el.hasAttribute('multiple') ? undefined : options[0]);
    return chosen ? (chosen.textContent ?? '').trim() : null;
  }
  if (tag === 'TEXTAREA') return live ? (el as HTMLTextAreaElement).value : el.textContent;
  return null;
}

/** Whether a check box or radio button is on: its current state in a live page, its markup's in a saved one. */
export function isChecked(el: Element): boolean {
  return hasLayout(el.ownerDocument) ? (el as HTMLInputElement).checked : el.hasAttribute('checked');
}

/** The control a <label> names: by its `for`, else the one inside it. */
export function controlOf(label: Element): Element | null {
  const id = label.getAttribute('for');
  const root = label.getRootNode() as Document | ShadowRoot;
  return id ? (root.getElementById?.(id) ?? null) : label.querySelector('input, select, textarea');
}

/** A check box or radio button: the statement or option its label makes holds only when it is on. */
export function isChoice(control: Element | null): control is Element {
  const type = control?.tagName.toUpperCase() === 'INPUT' ? control.getAttribute('type') : '';
  return type === 'checkbox' || type === 'radio';
}

/** A check box's or radio button's label while it is off: the option or statement it makes does not hold. */
export function labelsOffChoice(el: Element): boolean {
  const control = el.tagName.toUpperCase() === 'LABEL' ? controlOf(el) : null;
  return isChoice(control) && !isChecked(control);
}
