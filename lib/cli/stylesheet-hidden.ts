// A saved page has no layout, so nothing tells the readers what the page's own stylesheet hides:
// a collapsed group, a template row, a kit's duplicate cells, a reflow table's column titles.
// A browser would not show those, so `recert` does not read them either: every element a
// top-level rule hides gets the `hidden` attribute before the readers run. Rules inside @media
// apply to some screens only and are left alone; an element that its own style, or another rule
// that wins the cascade (more important, more specific, or as specific and later), shows again
// keeps its box.

export interface Rule {
  selectors: string[];
  /** The rule's declarations as written. */
  block: string;
  display: string | null;
  visibility: string | null;
  /** Its box's height held to nothing with what overflows cut off (a closed accordion's `max-height: 0; overflow: hidden`). */
  'max-height': string | null;
  /** Where the rule stands in the sheets: of rules equally weighty the later wins. */
  order: number;
}

/** The selectors of a list, split at its top-level commas: one a parser does not know spoils none of the others. */
function selectorList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

/** Every value the declarations give the property, in order (lower case, without "!important"). */
export function declaredValues(block: string, property: string): string[] {
  const values: string[] = [];
  for (const declaration of block.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0 || declaration.slice(0, colon).trim().toLowerCase() !== property) continue;
    values.push(declaration.slice(colon + 1).replace('!important', '').trim().toLowerCase());
  }
  return values;
}

/** The value the declarations give the property last, or null. */
export function declared(block: string, property: string): string | null {
  return declaredValues(block, property).at(-1) ?? null;
}

/**
 * The top-level style rules of the document's <style> elements, read from their text (happy-dom's
 * own CSS parser gives up on a whole sheet for one `@charset` or escaped selector).
 */
export function topLevelRules(doc: Document): Rule[] {
  const rules: Rule[] = [];
  for (const element of Array.from(doc.querySelectorAll('style'))) readRules((element.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, ''), rules);
  return rules;
}

/** The style rules of a sheet's text, and of its cascade layers' blocks (`@layer utilities { … }`: every screen's), added to `rules`. */
function readRules(css: string, rules: Rule[]): void {
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    if (open < 0) break;
    let depth = 1;
    let close = open + 1;
    for (; close < css.length && depth > 0; close++) {
      if (css[close] === '{') depth++;
      else if (css[close] === '}') depth--;
    }
    // Statement at-rules (`@charset "UTF-8";`, `@layer a, b;`) end at a semicolon before the selector.
    const prelude = css.slice(at, open).split(';').pop()!.trim();
    at = close;
    const block = css.slice(open + 1, close - 1);
    if (prelude.startsWith('@layer')) readRules(block, rules);
    if (!prelude || prelude.startsWith('@')) continue; // @media and other blocks: not the page at rest
    rules.push({ selectors: selectorList(prelude), block, display: declared(block, 'display'), visibility: declared(block, 'visibility'), 'max-height': collapsedHeight(block), order: rules.length });
  }
}

type Hiding = 'display' | 'visibility' | 'max-height';

function hides(rule: Rule): Hiding | null {
  if (rule.display === 'none') return 'display';
  if (rule.visibility === 'hidden' || rule.visibility === 'collapse') return 'visibility';
  if (rule['max-height'] !== null && isZero(rule['max-height'])) return 'max-height';
  return null;
}

/** The rule's max-height where it cuts its box's overflow off (a zero one hides the box's content), else its max-height as declared. */
function collapsedHeight(block: string): string | null {
  const height = declared(block, 'max-height');
  return height !== null && isZero(height) && !cutsOverflow(block) ? null : height;
}

/** Whether the declarations cut off what overflows the box (`overflow` or `overflow-y` hidden or clip). */
function cutsOverflow(block: string): boolean {
  return ['hidden', 'clip'].includes(declared(block, 'overflow') ?? declared(block, 'overflow-y') ?? '');
}

function isZero(length: string): boolean {
  return Number.parseFloat(length) === 0;
}

// A component library hides its custom elements until they upgrade, then shows them with a
// class (Stencil: `va-card{visibility:hidden}.hydrated{visibility:inherit}`): the inherited or
// initial visibility is the parent's, shown unless the parent is hidden (marked on its own).
const SHOWN_VISIBILITY = ['visible', 'inherit', 'initial', 'unset', 'revert', 'revert-layer'];

function shows(value: string | null | undefined, property: Hiding): boolean {
  if (!value) return false;
  if (property === 'max-height') return !isZero(value);
  return property === 'display' ? value !== 'none' : SHOWN_VISIBILITY.includes(value);
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** The elements a rule's selector matches; none for a selector the parser does not know. */
export function selectSafely(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** A selector's specificity as one number: ids, then classes, attributes and pseudo-classes, then types. */
export function specificity(selector: string): number {
  const plain = selector.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, '.a').replace(/::?(?:before|after|first-line|first-letter|placeholder|selection)\b/g, '');
  const ids = plain.match(/#[\w-]+/g)?.length ?? 0;
  const classes = plain.match(/\.[\w-]+|:(?!not\b|is\b|where\b)[\w-]+/g)?.length ?? 0;
  const types = plain.match(/(?:^|[\s>+~(,])[a-z][\w-]*/gi)?.length ?? 0;
  return ids * 10000 + classes * 100 + types;
}

function important(rule: Rule, property: string): boolean {
  return rule.block.split(';').some((declaration) => declaration.split(':')[0]!.trim().toLowerCase() === property && declaration.includes('!important'));
}

/** Whether `other`'s selector `selector` outweighs `rule`'s `hiding` in the cascade for `property`. */
function outweighs(other: Rule, selector: string, rule: Rule, hiding: string, property: string): boolean {
  const mine = important(rule, property);
  const theirs = important(other, property);
  if (mine !== theirs) return theirs;
  const difference = specificity(selector) - specificity(hiding);
  return difference > 0 || (difference === 0 && other.order > rule.order);
}

/** Marks what the document's stylesheets hide as `hidden`; returns how many elements it marked. */
export function hideWhatStylesheetsHide(doc: Document): number {
  const rules = topLevelRules(doc);
  let marked = 0;
  for (const rule of rules) {
    const property = hides(rule);
    if (!property) continue;
    for (const selector of rule.selectors) {
      // A custom element hidden until its script defines it: the page the person saw had it defined.
      // So is a framework's cloak (`[ng-cloak]`, `[v-cloak]`, `[x-cloak]`): its script takes the mark off once it has drawn the page.
      if (selector.replaceAll(' ', '').includes(':not(:defined)') || selector.toLowerCase().includes('cloak')) continue;
      for (const element of selectSafely(doc, selector)) {
        if (element.hasAttribute('hidden')) continue;
        if (shows((element as HTMLElement).style?.getPropertyValue(property).trim(), property)) continue;
        // A rule that shows it wins when it weighs more, or as much and comes later ("… .hidden{display:none}" after ".item{display:grid}" hides).
        const shownAgain = rules.some(
          (other) =>
            other !== rule && shows(other[property], property) && other.selectors.some((s) => matchesSafely(element, s) && outweighs(other, s, rule, selector, property)),
        );
        if (shownAgain) {
          // Written on the element as the cascade was judged here: happy-dom's own computed style
          // (asked where a control's visibility is checked) takes `visibility: inherit` for hidden.
          if (property === 'visibility') (element as HTMLElement).style?.setProperty('visibility', 'visible');
          continue;
        }
        element.setAttribute('hidden', '');
        marked++;
      }
    }
  }
  return marked + hideCollapsedBoxes(doc, rules);
}

/**
 * A box its own style holds to no height while its overflow is cut off (a kit's closed collapse:
 * `style="height: 0px"` on a wrapper whose class says `overflow: hidden`) shows none of its content.
 */
function hideCollapsedBoxes(doc: Document, rules: readonly Rule[]): number {
  let marked = 0;
  for (const element of selectSafely(doc, '[style*="height"]')) {
    const style = (element as HTMLElement).style;
    if (!style || element.hasAttribute('hidden') || !(isZero(style.getPropertyValue('height')) || isZero(style.getPropertyValue('max-height')))) continue;
    if (!cutsOverflow(element.getAttribute('style') ?? '') && !rules.some((rule) => cutsOverflow(rule.block) && rule.selectors.some((selector) => matchesSafely(element, selector)))) continue;
    element.setAttribute('hidden', '');
    marked++;
  }
  return marked;
}
