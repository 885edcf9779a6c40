// A saved page keeps a web component's attributes but not the shadow tree it drew from them: a
// browser shows <va-tag-status text="Affiliated">, <scale-text-field label="Expiration Date"
// value="03/31/2027"> or <db-accordion-item headline="Local Component"> as words, a saved page as
// nothing. `recert` draws those words back, as the component would, before the readers run; in a
// browser the readers see the component's own shadow tree. Only attributes whose name says they
// are shown (a text, a label and its value, a heading, a subtitle) are drawn; a custom element
// that is a dialog draws nothing (a closed one shows nothing, an open one its own light children).

import { normaliseSpace } from '../readers/text';

/** Attributes a component shows as its heading. */
const HEADING_ATTRIBUTES = ['heading', 'headline', 'header'];
/** Attributes a component shows as a line under its heading. */
const SUBHEADING_ATTRIBUTES = ['subheader', 'subtitle'];
/** Attributes a component names its level with; else a card's heading is an h3. */
const LEVEL_ATTRIBUTES = ['level', 'heading-level'];
/** Custom elements named so draw nothing of their own: a dialog's heading is not the page's. */
const SILENT_NAME_PARTS = ['DIALOG', 'MODAL', 'TOOLTIP', 'POPOVER', 'SPINNER'];

function isDrawnFromAttributes(el: Element): boolean {
  const parts = el.tagName.toUpperCase().split('-');
  if (parts.length < 2 || parts.some((part) => SILENT_NAME_PARTS.includes(part))) return false;
  // A declarative shadow tree was saved: it is what the component drew.
  const first = el.firstElementChild;
  return !(first && first.tagName.toUpperCase() === 'TEMPLATE' && first.hasAttribute('shadowrootmode'));
}

/** Inside a dialog, a tooltip or a spinner: nothing of it is drawn either. */
// What a component shows only in some state (an error, an empty list, a field before input) or
// only to screen readers is not drawn.
const UNSHOWN_WORDS = ['aria', 'error', 'empty', 'placeholder', 'tooltip', 'loading', 'invalid'];

/** A text or label attribute: `text`, `label`, `secondary-label`, `header-text`, … */
function isShownText(name: string): boolean {
  const words = name.toLowerCase().split('-');
  const last = words[words.length - 1]!;
  return (last === 'text' || last === 'label') && !words.some((word) => UNSHOWN_WORDS.includes(word));
}

function insideSilent(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (up.tagName.includes('-') && up.tagName.toUpperCase().split('-').some((part) => SILENT_NAME_PARTS.includes(part))) return true;
  }
  return false;
}

function shown(el: Element, name: string): string {
  return normaliseSpace(el.getAttribute(name) ?? '');
}

/** The elements a component would draw from its attributes, in the order it shows them. */
function drawnParts(el: Element, doc: Document): Element[] {
  const parts: Element[] = [];
  const draw = (tag: string, text: string): Element => {
    const part = doc.createElement(tag);
    part.textContent = text;
    parts.push(part);
    return part;
  };
  // Words the saved page shows inside the component already (its light children) are not drawn again.
  const own = normaliseSpace(el.textContent ?? '');
  const heading = HEADING_ATTRIBUTES.map((name) => shown(el, name)).find(Boolean);
  if (heading && !own.includes(heading)) {
    const level = LEVEL_ATTRIBUTES.map((name) => Number(el.getAttribute(name))).find((n) => n >= 1 && n <= 6) ?? 3;
    draw(`h${level}`, heading);
    for (const name of SUBHEADING_ATTRIBUTES) if (shown(el, name)) draw('p', shown(el, name));
  }
  // A component with words of its own shows them: its label is then only its name for screen
  // readers (an avatar's "JW" labelled with the person's name).
  if (own) return parts;
  const label = shown(el, 'label');
  const value = shown(el, 'value');
  if (label && value) {
    // A read-only field: its label, then its value in the box after it.
    draw('label', label);
    draw('input', '').setAttribute('value', value);
    return parts;
  }
  // Its text or label, and further labels and texts ("secondary-label", "side-header-text") in
  // the order written: one a chip's word, several a list item's lines.
  const lines = Array.from(el.attributes).filter((attribute) => isShownText(attribute.name) && normaliseSpace(attribute.value));
  for (const line of lines) draw(lines.length > 1 ? 'div' : 'span', normaliseSpace(line.value));
  return parts;
}

/** Draws back what the page's web components show from their attributes; returns how many it drew. */
export function drawComponentAttributes(doc: Document): number {
  let drawn = 0;
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    if (!el.tagName.includes('-') || el.closest('[hidden]') || !isDrawnFromAttributes(el) || insideSilent(el)) continue;
    const parts = drawnParts(el, doc);
    if (!parts.length) continue;
    el.prepend(...parts);
    drawn++;
  }
  return drawn;
}
