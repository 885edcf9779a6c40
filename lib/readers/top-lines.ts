// The top of a page, line by line: where the signed-in person's name may be (chrome.ts judges
// which line names them). Finding the lines needs the page; the content scripts do only this,
// and the background judges them, so this module stays apart from the name rules.
import { isHidden, renderedChildren, renderedElements } from './dom';
import { INLINE_TAGS, SKIPPED_TAGS, normaliseSpace, shortTextOf } from './text';
import { HEADING_TAGS } from './scan';

/** A line of the top of the page, as the content script finds it (see chromePerson). */
export interface TopLine {
  text: string;
  /**
   * A heading of level 1 to 4 (or the one line inside one): it may be the page's main heading. Whether it
   * is (its words more than the site's name) is judged with the names (chrome.ts `isMainHeading`).
   */
  heading?: boolean;
  /** The whole text of its own element, not a table cell or list item. */
  alone: boolean;
  /** Taken from a title or aria-label attribute; `shown` is the element's own text. */
  shown?: string;
  /** A menu toggle's words with its menu's last item: what the menu offers, not a value it shows. */
  menu?: boolean;
}

const LINE_LIMIT = 80;
const CELL_TAGS = new Set(['TD', 'TH', 'LI', 'DD', 'DT', 'OPTION']);
// The same boxes drawn as divs with their roles (a grid's cells, a list's items).
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader', 'listitem', 'term', 'definition', 'option']);

function isCellBox(el: Element, tag: string): boolean {
  return CELL_TAGS.has(tag) || CELL_ROLES.has(el.getAttribute('role') ?? '');
}

function isLeafish(el: Element): boolean {
  // A slot or a host shows other elements (its assigned or shadow children): not a leaf.
  if (renderedChildren(el)) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (!INLINE_TAGS.has(tag) && tag !== 'BR' && !SKIPPED_TAGS.has(tag)) return false;
  }
  return true;
}

/** A heading of level 1 to 4 holding `text`: it may be the page's main heading (see TopLine.heading). */
function isTopHeading(el: Element, tag: string, text: string): boolean {
  // A heading's one line may sit in wrapper blocks inside it (<h1><div>Title</div></h1>).
  const heading = tag in HEADING_TAGS ? null : el.parentElement?.closest('h1, h2, h3, h4, [role="heading"]');
  if (heading && shortTextOf(heading, 300) === text) return isTopHeading(heading, heading.tagName.toUpperCase(), text);
  const level = tag in HEADING_TAGS ? HEADING_TAGS[tag]! : el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level')) || 2 : 9;
  return level <= 4 && !!text;
}

/** The element's text when it shows at most `budget` characters: a saved page's indentation is no text. */
function shownShort(el: Element, budget: number): string | null {
  const text = shortTextOf(el, budget * 4);
  return text !== null && text.length <= budget ? text : null;
}

/**
 * The page's first lines, in reading order. Which are chrome (before the main heading) is judged
 * from their words, with the names (see markChrome): the content scripts only find the lines.
 */
export function topLines(root: Element): TopLine[] {
  const lines: TopLine[] = [];
  const visit = (el: Element, inCell: boolean): void => {
    if (lines.length >= LINE_LIMIT) return;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHidden(el)) return;
    for (const attribute of ['aria-label', 'title']) {
      const value = el.getAttribute(attribute);
      if (value) lines.push({ text: normaliseSpace(value), alone: false, shown: shortTextOf(el, 40) ?? '' });
    }
    // A menu's toggle (a user menu's name on a button): its shown words and its menu's last item,
    // shown or closed ("Amara Lindqvist" + "Sign Out"), say what it opens; the name is only ever
    // read from the toggle's own shown words (chrome.ts). A link toggles too where it says so
    // (aria-expanded, a Bootstrap dropdown's data-toggle).
    const toggles = el.hasAttribute('aria-haspopup') || el.hasAttribute('aria-expanded') || (el.getAttribute('data-toggle') ?? el.getAttribute('data-bs-toggle')) === 'dropdown';
    const items = tag === 'BUTTON' || el.getAttribute('role') === 'button' || toggles ? el.parentElement?.querySelectorAll('a, button') : undefined;
    const last = items?.[items.length - 1];
    const toggle = last && !el.contains(last) ? shownShort(el, 80) : null;
    if (toggle) lines.push({ text: `${toggle} ${normaliseSpace(last!.textContent ?? '')}`, alone: false, menu: true });
    const isCell = inCell || isCellBox(el, tag);
    // "Grace E. Halloran <div hidden menu>", "Aaliyah N. Brooks<i>arrow_drop_down</i>": the element's own words are a line too.
    const leafish = isLeafish(el);
    const own = el.firstElementChild ? normaliseSpace(spacedText(el, leafish)) : '';
    if (own) lines.push({ text: own, alone: !isCell });
    if (leafish) {
      const text = shortTextOf(el, 300);
      if (!text) return;
      lines.push(isTopHeading(el, tag, text) ? { text, heading: true, alone: !isCell } : { text, alone: !isCell });
      // Side-by-side pieces of a header ("NREMT", "Aisha Rahman") are lines of their own.
      if (el.childElementCount > 1) {
        for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
          const piece = shortTextOf(child, 80);
          if (piece && piece !== text) lines.push({ text: piece, alone: !isCell });
        }
      }
      return;
    }
    // A user menu's item with its dropdown inside (<li><a>Name</a><dl>Account · Sign out</dl></li>): its whole text.
    const whole = isCellBox(el, tag) ? shownShort(el, 80) : null;
    if (whole) lines.push({ text: whole, alone: false });
    for (const child of renderedElements(el)) visit(child, isCell);
  };
  visit(root, false);
  return lines;
}

/**
 * The element's words with its children set apart by a space (an icon's word is not glued to
 * the name): its own text only, or with its inline children's when `inline`.
 */
function spacedText(el: Element, inline: boolean): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += ` ${child.nodeValue ?? ''}`;
    else if (inline && child.nodeType === 1 && !SKIPPED_TAGS.has((child as Element).tagName.toUpperCase()) && !isHidden(child as Element)) text += ` ${spacedText(child as Element, true)}`;
  }
  return text;
}
