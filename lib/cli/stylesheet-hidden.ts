// A saved page has no layout, so nothing tells the readers what the page's own stylesheet hides:
// a collapsed group, a template row, a kit's duplicate cells, a reflow table's column titles.
// A browser would not show those, so `recert` does not read them either: every element a
// top-level rule hides gets the `hidden` attribute before the readers run. Rules inside @media
// apply to some screens only and are left alone; an element that another rule or its own style
// shows again keeps its box.

interface Rule {
  selector: string;
  style: CSSStyleDeclaration;
}

const STYLE_RULE = 1;

function hides(style: CSSStyleDeclaration): 'display' | 'visibility' | null {
  if (style.getPropertyValue('display').trim() === 'none') return 'display';
  if (style.getPropertyValue('visibility').trim() === 'hidden') return 'visibility';
  return null;
}

function shows(style: CSSStyleDeclaration | null, property: 'display' | 'visibility'): boolean {
  const value = style?.getPropertyValue(property).trim();
  if (!value) return false;
  return property === 'display' ? value !== 'none' : value === 'visible';
}

function topLevelRules(doc: Document): Rule[] {
  const rules: Rule[] = [];
  for (const element of Array.from(doc.querySelectorAll('style'))) {
    let list: CSSRuleList | undefined;
    try {
      list = (element as HTMLStyleElement).sheet?.cssRules;
    } catch {
      continue; // a sheet that cannot be parsed hides nothing
    }
    for (const rule of Array.from(list ?? [])) {
      if (rule.type !== STYLE_RULE) continue;
      const { selectorText, style } = rule as CSSStyleRule;
      if (selectorText && style) rules.push({ selector: selectorText, style });
    }
  }
  return rules;
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** Marks what the document's stylesheets hide as `hidden`; returns how many elements it marked. */
export function hideWhatStylesheetsHide(doc: Document): number {
  const rules = topLevelRules(doc);
  let marked = 0;
  for (const rule of rules) {
    const property = hides(rule.style);
    if (!property) continue;
    let matched: Element[];
    try {
      matched = Array.from(doc.querySelectorAll(rule.selector));
    } catch {
      continue; // a selector the parser does not know hides nothing
    }
    for (const element of matched) {
      if (element.hasAttribute('hidden')) continue;
      if (shows((element as HTMLElement).style ?? null, property)) continue;
      if (rules.some((other) => other !== rule && shows(other.style, property) && matchesSafely(element, other.selector))) continue;
      element.setAttribute('hidden', '');
      marked++;
    }
  }
  return marked;
}
