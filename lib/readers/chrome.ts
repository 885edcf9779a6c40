// The signed-in person as the page's chrome shows them, when no label names them: the header or
// user menu ("Aisha Rahman", "Signed in as Dana M. Okafor", "Logged in as: Luis Ferreira-Santos
// (A2290457)"), a name beside a level or a registry number ("Kimberly Tran · EMT"), a profile
// card (a name alone, then the level or the registry number), an avatar whose initials carry
// the name in its title or aria-label. Only the top of the page is read: the chrome comes first.
import { isHidden, renderedChildren, renderedElements } from './dom';
import { parseLevel } from './level';
import { isInitialsOf, menuName, nameAtStart, nameIn, SIGNED_IN_CUES } from './names';
import { INLINE_TAGS, SKIPPED_TAGS, normaliseSpace, shortTextOf } from './text';
import { textAfterPhrase, wordsOf } from './words';
import { segmentsOf } from './facts';
import { hasDigit } from './cut';

/** A line of the top of the page, as the content script finds it (see chromePerson). */
export interface TopLine {
  text: string;
  /** A heading that may be the page's main heading: the chrome ends at one that names nobody. */
  heading?: boolean;
  /** The whole text of its own element, not a table cell or list item. */
  alone: boolean;
  /** Taken from a title or aria-label attribute; `shown` is the element's own text. */
  shown?: string;
}

interface Line extends TopLine {
  /** Before the page's main heading (the header, the user menu, a sidebar). */
  chrome: boolean;
}

const LINE_LIMIT = 80;
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CELL_TAGS = new Set(['TD', 'TH', 'LI', 'DD', 'DT', 'OPTION']);
const SITE_WORDS = new Set(['nremt', 'national', 'registry', 'of', 'emergency', 'medical', 'technicians', 'emts']);
// A registry number in a line: letters then six or more digits ("P3318204", "A-2290457").
const REGISTRY = /\b[A-Z]{1,2}-?\d{6,9}\b/;

function isLeafish(el: Element): boolean {
  // A slot or a host shows other elements (its assigned or shadow children): not a leaf.
  if (renderedChildren(el)) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (!INLINE_TAGS.has(tag) && tag !== 'BR' && !SKIPPED_TAGS.has(tag)) return false;
  }
  return true;
}

function isMainHeading(el: Element, tag: string, text: string): boolean {
  const level = HEADING_TAGS.has(tag) ? Number(tag[1]) : el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level')) || 2 : 9;
  if (level > 4 || !text) return false;
  // The site's own name in a heading is its logo, not the page's title.
  return wordsOf(text).some((word) => !SITE_WORDS.has(word));
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
    const isCell = inCell || CELL_TAGS.has(tag);
    // "Grace E. Halloran <div hidden menu>", "Aaliyah N. Brooks<i>arrow_drop_down</i>": the element's own words are a line too.
    const leafish = isLeafish(el);
    const own = el.firstElementChild ? normaliseSpace(spacedText(el, leafish)) : '';
    if (own) lines.push({ text: own, alone: !isCell });
    if (leafish) {
      const text = shortTextOf(el, 300);
      if (!text) return;
      lines.push(isMainHeading(el, tag, text) ? { text, heading: true, alone: !isCell } : { text, alone: !isCell });
      // Side-by-side pieces of a header ("NREMT", "Aisha Rahman") are lines of their own.
      if (el.childElementCount > 1) {
        for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
          const piece = shortTextOf(child, 80);
          if (piece && piece !== text) lines.push({ text: piece, alone: !isCell });
        }
      }
      return;
    }
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

/** A line that says who is signed in: the name right after the cue ("Signed in as …"). */
function cuedName(text: string): string | null {
  const after = textAfterPhrase(text, SIGNED_IN_CUES);
  return after === null ? null : nameAtStart(after.replace(/^[\s:,]+/, ''));
}

/** "Kimberly Tran · EMT", "Dana M. Okafor · P3318204", "Thomas Greer - P1180945": a name, then who they are. */
function identityName(text: string): string | null {
  if (text.length > 160) return null;
  const name = nameAtStart(text);
  if (!name) return null;
  const rest = text.slice(text.indexOf(name.split(' ').pop()!) + name.split(' ').pop()!.length);
  if (!/^\s*(?:[·•|—–(,]|\s-\s)/.test(rest)) return null;
  // Each piece after the name says who they are (a level, a number, a date), nothing else: in
  // "Neonatal Resuscitation (NRP) Refresher" the level is a course's abbreviation.
  const pieces = segmentsOf(rest);
  if (!pieces.every((piece) => hasDigit(piece) || (parseLevel(piece) && wordsOf(piece).length <= 4))) return null;
  return parseLevel(rest) || REGISTRY.test(rest) ? name : null;
}

const isLevel = (text: string): boolean => parseLevel(text) !== null;

export interface ChromePerson {
  name?: string;
  registryNumber?: string;
}

/** The name the lines show for the signed-in person, and the line that shows it. */
function pickName(lines: readonly Line[]): { name: string; line: Line } | null {
  for (const line of lines) {
    const name = cuedName(line.text);
    if (name) return { name, line };
  }
  // A user menu: the name beside a sign-out control, a dropdown mark, the number or the level.
  for (const line of lines) {
    const name = line.shown === undefined && line.chrome ? menuName(line.text, isLevel) : null;
    if (name) return { name, line };
  }
  for (const line of lines) {
    // Beside a level: not in a table cell or a list item, where a course line may be.
    const name = line.shown === undefined && (line.alone || REGISTRY.test(line.text)) ? identityName(line.text) : null;
    if (name) return { name, line };
  }
  // A profile card: a name alone, then the level or the registry number.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const name = line.shown === undefined ? nameIn(line.text) : null;
    if (!name) continue;
    const next = lines.slice(i + 1, i + 4).filter((other) => other.shown === undefined && other.text !== line.text);
    if (next.some((other) => (other.text.length <= 30 && parseLevel(other.text)) || REGISTRY.test(other.text))) return { name, line };
  }
  // Alone in the chrome: the only name there.
  const alone = lines.filter((line) => line.chrome && line.alone && line.shown === undefined && nameIn(line.text));
  if (alone.length > 0 && alone.every((line) => nameIn(line.text) === nameIn(alone[0]!.text))) return { name: nameIn(alone[0]!.text)!, line: alone[0]! };
  // An avatar showing the initials of the name in its title.
  for (const line of lines) {
    const name = line.shown !== undefined ? nameIn(line.text) : null;
    if (name && isInitialsOf(line.shown!, name)) return { name, line };
  }
  return null;
}

/** The lines before the page's main heading (a heading that names a person is not it) are chrome. */
function markChrome(top: readonly TopLine[]): Line[] {
  let chrome = true;
  return top.map((line) => {
    if (line.heading && !nameIn(line.text)) chrome = false;
    return { ...line, chrome };
  });
}

/** The signed-in person's name (and registry number) from the top of the page. */
export function readChromePerson(root: Element): ChromePerson {
  return chromePerson(topLines(root));
}

/** The signed-in person's name (and registry number) in the page's top lines (see topLines). */
export function chromePerson(top: readonly TopLine[]): ChromePerson {
  const lines = markChrome(top);
  const out: ChromePerson = {};
  const found = pickName(lines);
  if (found) out.name = found.name;
  // The number beside the name, else one a line calls the registry number.
  const number = (found && REGISTRY.exec(found.line.text)?.[0]) ?? lines.map((line) => (wordsOf(line.text).includes('registry') ? REGISTRY.exec(line.text)?.[0] : undefined)).find(Boolean);
  if (number) out.registryNumber = number.replace('-', '');
  return out;
}
