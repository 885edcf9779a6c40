// A saved page has no layout, so nothing tells the readers where its stylesheet places a box. Report
// exports and PDF conversions place every field by class (`.x3 { left: 470px } .y7 { bottom: 812px }`),
// grids place their panes so; a person reads their rows by those places. So `recert` copies the
// offsets that top-level rules declare into each element's own style (where it declares none of
// its own), and the readers read them there (lib/readers/visual-rows.ts). Later rules win over
// earlier ones; specificity is not weighed.
import { declared, selectSafely, topLevelRules } from './stylesheet-hidden';
import { GLUED_TAGS } from '../readers/text';

// And whether it keeps its text's line breaks (a chat's pasted message: `white-space: pre-wrap`, lib/readers/dom.ts);
// and a custom element's display (inline, as the browser draws an unknown element, or a block: text.ts `isInline`),
// and a bold or italic tag's (a label drawn as a block stands apart from its value: text.ts `collectOne`).
const OFFSETS = ['top', 'left', 'bottom', 'transform', 'white-space', 'display'];

/** Gives every element the offsets the document's stylesheets declare for it; returns how many it placed. */
export function placeWhereStylesheetsPlace(doc: Document): number {
  let placed = 0;
  for (const rule of topLevelRules(doc).reverse()) {
    const offsets = OFFSETS.map((property) => [property, declared(rule.block, property)] as const).filter(([, value]) => value);
    if (offsets.length === 0) continue;
    for (const selector of rule.selectors) {
      for (const element of selectSafely(doc, selector)) {
        const style = (element as HTMLElement).style;
        for (const [property, value] of offsets) {
          if (!style || style.getPropertyValue(property) || (property === 'display' && !element.tagName.includes('-') && !GLUED_TAGS.has(element.tagName.toUpperCase()))) continue;
          style.setProperty(property, value!);
          placed++;
        }
      }
    }
  }
  return placed;
}

// What the browser draws as a box of its own: an inline element given one of these starts its own line.
const BLOCK_DISPLAYS = new Set(['block', 'flex', 'grid', 'list-item', 'table', 'table-row']);

/**
 * A printout whose lines are inline elements its stylesheet draws as blocks (a code editor's HTML
 * export: a `<span class="code_line">` per line inside its <pre>, no line break between them,
 * `.code_line { display: block }`): each such line ends with a line break, as the browser draws it.
 * (The readers take an inline tag for inline whatever its style: the content script's budget.)
 */
export function breakPrintoutLines(doc: Document): void {
  const lines = new Set<Element>();
  for (const rule of topLevelRules(doc)) {
    if (!BLOCK_DISPLAYS.has((declared(rule.block, 'display') ?? '').toLowerCase())) continue;
    for (const selector of rule.selectors) for (const element of selectSafely(doc, selector)) if (element.tagName.toUpperCase() === 'SPAN' && element.closest('pre')) lines.add(element);
  }
  for (const line of lines) if (!line.textContent?.endsWith('\n')) line.after(doc.createTextNode('\n'));
}
