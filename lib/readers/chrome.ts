// The signed-in person as the page's chrome shows them, when no label names them: the header or
// user menu ("Aisha Rahman", "Signed in as Dana M. Okafor", "Logged in as: Luis Ferreira-Santos
// (A2290457)"), a name beside a level or a registry number ("Kimberly Tran · EMT"), a profile
// card (a name alone, then the level or the registry number), an avatar whose initials carry
// the name in its title or aria-label. Only the top of the page is read: the chrome comes first.
import { parseLevel } from './level';
import { parseDates } from './parse-date';
import { matchLabel } from './labels';
import { GREETINGS, REGISTRY, isInitialsOf, isPlace, isNameToken, menuName, nameAtStart, nameIn, namesStaff, onlySiteWords, personKey, SIGNED_IN_CUES, withoutInitials, writtenOut } from './names';
import { topLines, type TopLine } from './top-lines';

export type { TopLine } from './top-lines';
import { textAfterPhrase, TITLE_PARTS, wordsOf } from './words';
import { segmentsOf } from './facts';
import { kindFromHeading } from './classify';
import { hasDigit, SEPARATORS, trimChars } from './cut';

// The site's own name in a heading is its logo, not the page's title.
const SITE_WORDS = new Set(['nremt', 'national', 'registry', 'of', 'emergency', 'medical', 'technicians', 'emts']);

/** The page's main heading may be this top line: a heading (see TopLine.heading) with words besides the site's name. */
function isMainHeading(line: TopLine): boolean {
  return !!line.heading && wordsOf(line.text).some((word) => !SITE_WORDS.has(word));
}

interface Line extends TopLine {
  /** Before the page's main heading (the header, the user menu, a sidebar). */
  chrome: boolean;
}

/** A line that says who is signed in: the name right after the cue ("Signed in as …"). */
function cuedName(text: string): string | null {
  const after = textAfterPhrase(text, SIGNED_IN_CUES);
  if (after === null) return null;
  const rest = after.replace(/^[\s:,]+/, '');
  // A handle, then the name in brackets ("Signed in as dwhitcomb (Dana K. Whitcomb)").
  const bracketed = /^\S+\s*\(([^()]+)\)/.exec(rest)?.[1];
  return nameAtStart(rest) ?? (bracketed && nameAtStart(bracketed) === bracketed.trim() ? bracketed.trim() : null);
}

/** "Kimberly Tran · EMT", "Dana M. Okafor · P3318204", "Thomas Greer - P1180945": a name, then who they are. */
function identityName(text: string): string | null {
  if (text.length > 160) return null;
  // An avatar's initials before the name are not part of it ("TK Teodora Kaleikini · NREMT …").
  const name = nameAtStart(withoutInitials(text));
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


/**
 * "Welcome back, Keisha" beside "Keisha M. Brathwaite" in the user menu: a greeting by first name
 * is the person whose full name the chrome shows starting with it, when it shows only one such.
 */
function greetedFullName(lines: readonly Line[]): { name: string; line: Line } | null {
  for (const line of lines) {
    const after = textAfterPhrase(line.text, GREETINGS);
    const first = after === null ? '' : trimChars(trimChars(after, SEPARATORS).split(' ')[0] ?? '', `${SEPARATORS}!.`);
    if (!first || !isNameToken(first) || first.length < 2) continue;
    const found = new Map<string, Line>();
    for (const other of lines) {
      const text = other.text;
      for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
        const name = at === 0 || text[at - 1] === ' ' ? nameAtStart(text.slice(at)) : null;
        if (name && name.split(' ')[0] === first) found.set(name, other);
      }
    }
    const [only] = found;
    if (found.size === 1 && only) return { name: only[0], line: only[1] };
  }
  return null;
}

/** The name the lines show for the signed-in person, and the line that shows it. */
function pickName(lines: readonly Line[]): { name: string; line: Line } | null {
  for (const line of lines) {
    const name = cuedName(line.text);
    if (name) return { name, line };
  }
  const greeted = greetedFullName(lines);
  if (greeted) return greeted;
  // A user menu: the name beside a sign-out control, a dropdown mark, the number or the level.
  for (const line of lines) {
    const name = line.shown === undefined && line.chrome ? menuName(line.text, isLevel) : null;
    // The name is an item of its own in the menu: words after it are the next items, no part of it
    // ("Amara Lindqvist" over "Amara Lindqvist Harbor Lights Sign Out"); unknown beats a swollen name.
    if (name && lines.some((other) => name.startsWith(`${other.text} `) && nameIn(other.text) === other.text)) continue;
    if (name) return { name, line };
  }
  for (const line of lines) {
    // Beside a level: not in a table cell or a list item, where a course line may be.
    const name = line.shown === undefined && (line.alone || REGISTRY.test(line.text)) ? identityName(line.text) : null;
    if (name) return { name, line };
  }
  // A profile card: a name alone, then the level or the registry number (the next three lines
  // the card shows, a wrapper's repeat and a menu between them not counted), or the number later
  // in the name's own line ("<p><b>Name</b><br>Registry #: A6120487</p>").
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // An avatar's initials before it are not part of it ("PR Priya N. Raghunathan").
    const name = line.shown === undefined ? nameIn(withoutInitials(line.text)) : null;
    // A box whose parts follow it ("Certificant Devontae J. Whitcomb", then "Certificant"): its
    // first part is a label, the name is the part after it.
    const part = lines[i + 1]?.text ?? '';
    if (!name || (part !== line.text && line.text.startsWith(`${part} `))) continue;
    // A name after a course staff role is theirs ("Course Coordinator", "Kevin Marsh").
    if (namesStaff(lines[i - 1]?.text ?? '')) continue;
    const next = cardLinesAfter(lines, i);
    const at = next.findIndex((other) => (other.text.length <= 30 && parseLevel(other.text)) || REGISTRY.test(other.text));
    // Another name before the level or number: the card (if any) is that one's, not this line's.
    if (at >= 0 && !next.slice(0, at).some((other) => nameIn(withoutInitials(other.text)))) return { name, line };
    const own = lines[i - 1]?.text ?? '';
    if (own.startsWith(`${line.text} `) && REGISTRY.test(own)) return { name, line };
  }
  // Alone in the chrome: the only name there.
  // An avatar's initials before it are not part of it ("PR Priya N. Raghunathan").
  const bare = (text: string): string | null => nameIn(withoutInitials(text));
  const alone = lines.filter((line) => line.chrome && line.alone && line.shown === undefined && bare(line.text));
  if (alone.length > 0 && alone.every((line) => bare(line.text) === bare(alone[0]!.text))) return { name: bare(alone[0]!.text)!, line: alone[0]! };
  // An avatar showing the initials of the name in its title.
  for (const line of lines) {
    const name = line.shown !== undefined ? nameIn(line.text) : null;
    if (name && isInitialsOf(line.shown!, name)) return { name, line };
  }
  return null;
}

/** The three lines shown after line `at`: each once, and not a menu of the site's words ("Dashboard", "Manage Education"). */
function cardLinesAfter(lines: readonly Line[], at: number): Line[] {
  const found: Line[] = [];
  let last = lines[at]!.text;
  for (const other of lines.slice(at + 1, at + 12)) {
    if (found.length === 3) break;
    if (other.shown !== undefined || other.text === last) continue;
    last = other.text;
    if (!onlySiteWords(other.text)) found.push(other);
  }
  return found;
}

/** The lines before the page's main heading (a heading that names a person is not it) are chrome. */
function markChrome(top: readonly TopLine[]): Line[] {
  let chrome = true;
  return top.map((line) => {
    if (isMainHeading(line) && !nameIn(line.text)) chrome = false;
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
  if (found) out.name = writtenOut(found.name, lines.map((line) => line.text));
  // The number beside the name, else one a line calls the registry number.
  const number = (found && REGISTRY.exec(found.line.text)?.[0]) ?? lines.map((line) => (wordsOf(line.text).includes('registry') ? REGISTRY.exec(line.text)?.[0] : undefined)).find(Boolean);
  if (number) out.registryNumber = number.replace('-', '');
  return out;
}

/**
 * A profile card anywhere on the page (after the main heading too): a name alone on its line and,
 * on the very next line, the registry number the page gives for its person ("Yusuf K. Abernathy",
 * then "Registry # A6002471"), with nothing else on that line but a label. A course's title is
 * followed by its date or hours, never by the person's number.
 */
/** "Tobias R. Lindqvist, NREMT", "Dana Okafor, NRP": a name, a comma, then one or two words of credential (a label's colon is none). */
function credentialedName(text: string): string | null {
  const parts = text.split(',');
  // A place is written so too ("Fall River, MA", under the person's name on a profile card).
  if (parts.length !== 2 || text.includes(':') || wordsOf(parts[1]!).length > 2 || isPlace(text)) return null;
  const name = nameIn(parts[0]!.trim());
  return name === parts[0]!.trim() ? name : null;
}

export function cardName(texts: readonly string[], registryNumber: string | null | undefined): string | null {
  if (!registryNumber) return null;
  const isNumberLine = (text: string): boolean => {
    const number = REGISTRY.exec(text)?.[0];
    const label = trimChars(text.replace(number ?? '', '').trim(), ':');
    return !!number && number.replace('-', '') === registryNumber && (!label || matchLabel(label, ['registryNumber']) !== null);
  };
  // The name may carry its credential after a comma ("Tobias R. Lindqvist, NREMT").
  for (let i = 0; i + 1 < texts.length; i++) {
    if (!isNumberLine(texts[i + 1]!)) continue;
    const name = nameIn(withoutInitials(texts[i]!)) ?? credentialedName(texts[i]!);
    if (name) return name;
  }
  // A lookup field: the number, then its description, the person's name, which the page's other
  // lines show too (its chrome): "Registry Number: E6631098", "Brendan K. Szymanski".
  for (let i = 0; i + 1 < texts.length; i++) {
    const name = isNumberLine(texts[i]!) ? nameIn(texts[i + 1]!) : null;
    if (name && name === texts[i + 1] && texts.some((text, at) => at !== i + 1 && text !== name && text.includes(name))) return name;
  }
  return null;
}

// The marks that part a record's summary line ("Kaitlyn M. O'Donnell · Nationally Registered EMT · Registry # E3307415").
const PARTS = ['·', '•', '|', '—', '–'];

/**
 * The name a record's summary line shows beside the person's registry number, with only who they
 * are between (a level, a number, a date): "Transcript — Kaitlyn M. O'Donnell · Nationally
 * Registered EMT · Registry # E3307415 · Expires 03/31/2028".
 */
function nameBesideNumber(texts: readonly string[], registryNumber: string): string | null {
  for (const text of texts) {
    if (text.length > 400 || !text.includes(registryNumber)) continue;
    let parted = text;
    for (const mark of PARTS) parted = parted.split(mark).join('\u0000');
    const pieces = parted.split('\u0000').map((piece) => piece.trim());
    const at = pieces.findIndex((piece) => piece.includes(registryNumber));
    for (let k = at - 1; k >= 0; k--) {
      const piece = pieces[k]!;
      // An avatar's initials before the name are not part of it.
      const own = withoutInitials(piece);
      if (nameIn(own) === own) return own;
      if (!hasDigit(piece) && !(parseLevel(piece) && wordsOf(piece).length <= 4)) break;
    }
  }
  return null;
}

/**
 * The person as the record itself names them beside the registry number (a profile card, a
 * summary line): a chat's or workspace's account name in the chrome is the tool's, not the record's.
 */
export function recordName(texts: readonly string[], registryNumber: string | null | undefined): string | null {
  return registryNumber ? (cardName(texts, registryNumber) ?? nameBesideNumber(texts, registryNumber)) : null;
}

// "Manage Education — Hannah K. Briggs", "Transcript: Keanu Alvarez-Whitfield": a page's name, then its person's.
const NAME_AFTER_PAGE = /\s*[:|–—]\s+|\s+-\s+/;

/**
 * A profile page named for its person twice (an HR or agency portal's employee page: the `<title>`
 * "Tessa Lindqvist - Training - BambooHR", the main heading "Tessa M. Lindqvist"): the title's first
 * part is a whole name and a main heading is the same person's whole name, written as the heading has it.
 */
export function profileName(headings: readonly string[], title: string): string | null {
  const parts = title.split(TITLE_PARTS);
  const first = parts[0]!.trim();
  const titled = parts.length > 1 ? nameIn(first) : null;
  if (!titled || titled !== first) return null;
  for (const heading of headings) {
    const name = nameIn(heading.trim());
    if (name && name === heading.trim() && personKey(name) === personKey(titled)) return name;
  }
  return null;
}

/**
 * The person a page's title or main heading names beside the page's own name. A course title
 * has a name's shape too, so the name must carry a middle initial or stand alone in the page's
 * chrome as well (a breadcrumb, a user menu).
 */
export function titledName(texts: readonly string[], top: readonly TopLine[]): string | null {
  for (const text of texts) {
    const parts = text.split(NAME_AFTER_PAGE);
    if (parts.length !== 2 || !kindFromHeading(parts[0]!)) continue;
    const name = nameIn(parts[1]!);
    const chrome = top.slice(0, Math.max(0, top.findIndex(isMainHeading)));
    if (name && (wordsOf(name).some((word) => word.length === 1) || chrome.some((line) => line.text === name))) return name;
  }
  return null;
}


const POSTS = new Set(['message', 'messages', 'inbox', 'comments', 'discussion', 'discussions', 'thread', 'forum', 'chat', 'posts', 'replies', 'mail']);

/**
 * A document's title block: its main heading, then the author's name alone on its line, then the
 * date alone (txt2tags' centred header, pandoc's title block, a title page). The author of the
 * person's own log is the person. A wrapper's repeat of a line is one line.
 */
export function titleBlockName(top: readonly TopLine[]): string | null {
  // The document starts with its title (no site chrome before it), and the title names no list of
  // others' posts, whose first author and date sit right under it.
  const title = top[0];
  if (!title || !isMainHeading(title) || wordsOf(title.text).some((word) => POSTS.has(word))) return null;
  const at = 0;
  const next = top.slice(at + 1).filter((line, k, all) => k === 0 || line.text !== all[k - 1]!.text);
  const [author, dated] = next;
  const name = author?.alone && author.shown === undefined ? nameIn(author.text) : null;
  // The date line holds a date and at most its weekday: "Sun Nov 29 2026", "2026-11-29".
  return name === author?.text && dated?.alone && wordsOf(dated.text).length <= 5 && parseDates(dated.text).length === 1 ? name : null;
}
