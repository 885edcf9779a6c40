// A page read without a layout (a saved page in `recert`, the tests) still carries its own
// <style> rules: what they hide (display: none, visibility: hidden: a template item, a filtered
// duplicate, a column title shown only on phones) is not shown to the person, so it is lent to
// the readers as hidden, as a browser's layout would tell them. Rules inside @media or other
// at-rules, and selectors of passing states (":hover"), do not describe the page at rest.
// The browser's content scripts never need this: they have the layout itself.
import { lendLayout } from './dom';

/** Enough for any page's own hiding rules; a huge inlined framework stylesheet stops here. */
const MAX_RULES = 400;

interface Rule {
  selector: string;
  hides: boolean;
}

/** The page's top-level rules that set display or visibility, in order. */
function displayRules(css: string): Rule[] {
  const rules: Rule[] = [];
  let at = 0;
  while (at < css.length && rules.length < MAX_RULES) {
    const open = css.indexOf('{', at);
    if (open < 0) break;
    const selector = css.slice(at, open).trim();
    // An at-rule's block holds nested blocks: skip to its matching brace.
    let depth = 1;
    let end = open + 1;
    for (; end < css.length && depth > 0; end++) {
      if (css[end] === '{') depth++;
      else if (css[end] === '}') depth--;
    }
    if (!selector.startsWith('@') && !selector.includes(':')) {
      for (const declaration of css.slice(open + 1, end - 1).split(';')) {
        const colon = declaration.indexOf(':');
        const property = declaration.slice(0, colon).trim().toLowerCase();
        const value = declaration.slice(colon + 1).trim().toLowerCase();
        if (colon < 0 || (property !== 'display' && property !== 'visibility')) continue;
        rules.push({ selector, hides: value.startsWith('none') || value.startsWith('hidden') || value.startsWith('collapse') });
      }
    }
    at = end;
  }
  return rules;
}

function withoutComments(css: string): string {
  let out = '';
  let at = 0;
  for (let start = css.indexOf('/*'); start >= 0; start = css.indexOf('/*', at)) {
    out += css.slice(at, start);
    const end = css.indexOf('*/', start + 2);
    at = end < 0 ? css.length : end + 2;
  }
  return out + css.slice(at);
}

/** Lends a layout-less document the elements its own stylesheet hides (nothing when none are). */
export function hideStyledElements(doc: Document): void {
  const hidden = new WeakSet<Element>();
  let any = false;
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    for (const rule of displayRules(withoutComments(style.textContent ?? ''))) {
      // A rule that shows again only matters once something was hidden.
      if (!rule.hides && !any) continue;
      let matched: Element[];
      try {
        matched = Array.from(doc.querySelectorAll(rule.selector));
      } catch {
        continue;
      }
      for (const el of matched) {
        if (rule.hides) hidden.add(el);
        else hidden.delete(el);
      }
      any ||= rule.hides && matched.length > 0;
    }
  }
  if (any) lendLayout(doc, hidden);
}
