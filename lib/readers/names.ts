// What a person's name looks like on either site: two to four capitalised words ("Dana M.
// Okafor", "Luis Ferreira-Santos", "Theodore "Teddy" Vasquez", "KIMBERLY TRAN", "Robert A.
// Castellano Jr."), none of them a word of the sites, their menus, their labels or the
// certification levels. Initials and suffixes keep their periods; a sentence's period after the
// last word is not part of the name. The NREMT chrome reader and the eLicensing licensee reader
// both use these rules.
import { SEPARATORS, hasDigit, trimChars } from './cut';
import { isLabelWord } from './labels';
import { normaliseSpace } from './text';
import { anyOf, isPhrase, phrases, wordsOf } from './words';

// Capitalised word, initial, or a nickname in quotes.
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|["“'‘]\p{L}+["”'’])$/u;
// A registry number in a line: letters then six or more digits ("P3318204", "A-2290457").
export const REGISTRY = /\b[A-Z]{1,2}-?\d{6,9}\b/;

// Course staff before their names ("Instructor   Kevin Marsh"): another person's role, never the user's name.
const STAFF = 'instructor presenter evaluator coordinator preceptor examiner supervisor';

/** A line naming a course staff role ("Course Coordinator", "Skills Evaluator"): the name after it is theirs. */
export function namesStaff(text: string): boolean {
  return wordsOf(text).some((word) => STAFF.split(' ').includes(word.endsWith('s') ? word.slice(0, -1) : word));
}

// Words of the sites' chrome, pages, menus and levels: a line holding one is not a name.
// (Marked pure: a script that never asks whether a line is a name does not build the set.)
const NOT_NAME = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'nremt national registry number no id ems of the and for to in on at by my your our you me dashboard home help ' +
    'support sign signed log logged out in as welcome back hello hi user users account profile settings menu roles role ' +
    'message messages center inbox notifications transcript manage education courses course add import application ' +
    'applications recertification recertify certification certifications certified cycle level expires expiration ' +
    'emt emts aemt emr nrp nraemt nremr paramedic advanced basic nationally responder technician emergency medical training officer ' +
    'director agency agencies affiliation roster pending actions requests status summary overview continuing ' +
    'submit payment review documents resources contact search logout login options close open toggle navigation ' +
    'main content skip view edit new more all privacy terms copyright portal registered ' +
    'health licensing detail show hide expired active print save cancel continue next previous pay page about ' +
    'accessibility agree photo signature submitted issue issued total amount due history step required address phone email ' +
    // Controls' verbs: "Download Wallet Card", "Delete Link" are buttons, not people.
    'download upload export delete remove ' +
    // A spreadsheet's or a database tool's menus, tables and download formats ("File Edit View", "Certificates", "CSV · HTML · Excel"); a paste site's ("Just Text", "View Raw").
    'file format insert data tools sheet csv html excel xlsx pdf certificate certificates text raw duplicate ' +
    // A rich-text editor's toolbar and a mail draft's controls above a pasted page ("Undo Redo", "Block Quote", "Reply Forward").
    'undo redo bold italic underline strikethrough heading paragraph quote blockquote code bullet bulleted numbered ' +
    'indent outdent align justify highlight subscript superscript formatting attach attachment reply forward send draft discard preview fullscreen ' +
    // A tool's user menu items between the name and its sign-out ("Administration Preferences Log Out").
    // A forum's "User Control Panel" beside its "Logout".
    'administration admin preferences switch control panel ' +
    // Status words: "Not Started", "Pending Approval" stand alone on a line like a name.
    'global not started pending approval approved complete completed incomplete returned progress inactive current ' +
    // A salutation is never part of a name ("Dear Ingrid S. Moreau", "Good Morning Dana Okafor").
    'dear morning afternoon evening ' +
    // A personal site's name in its header ("Raman Field Notes", "Tidewater Notes").
    'notes blog wiki journal notebook ' +
    // A record's role word after the name ("Marisol Quintero" then "Student ID: 20418").
    'student member employee ' +
    // A mail's controls ("Mark Unread", "Archive"), an institution's name ("Massachusetts Fire Academy").
    'unread archive academy college university institute hospital department council ' +
    STAFF
  ).split(' '),
);
// A suffix keeps its period ("Jr."): it is no sentence's end.
const SUFFIXES = new Set(['jr', 'sr']);

// What tells who is signed in, right before the name.
/** Greetings: they cue the signed-in person's name, which may be the first name alone. */
export const GREETINGS = phrases('welcome back', 'welcome', 'hello', 'hi', 'dear', 'good morning', 'good afternoon', 'good evening', 'good day');
/** The chrome's own words for who is signed in ("Signed in as kdoherty"). */
export const SIGNED_IN_AS = phrases('signed in as', 'logged in as', 'logged on as', 'signed in user', 'logged in user', 'signed in', 'logged in');
export const SIGNED_IN_CUES = anyOf(
  SIGNED_IN_AS,
  GREETINGS,
  phrases('user', 'account', 'account for', 'account menu for', 'account options for', 'my account', 'profile of', 'licensee', 'applicant', 'account menu', 'user menu'),
  // A printout's header names whom it was printed for.
  phrases('printed for', 'prepared for'),
);
export const SIGN_OUT = phrases('log out', 'logout', 'log off', 'logoff', 'sign out', 'signout', 'sign off');
/** A sign-in control's words ("Sign in to your NREMT account", a comment box's "Login"). */
export const SIGN_IN = /* @__PURE__ */ phrases('sign in', 'signin', 'log in', 'login', 'log on', 'sign on');
// A user menu's dropdown marks; with the separators, all that may stand between a name and its sign-out.
const MENU_MARKS = `${SEPARATORS}▾▼⌄#[]&`;

function isSiteWord(word: string): boolean {
  const one = word.endsWith('s') ? word.slice(0, -1) : word;
  return NOT_NAME.has(word) || NOT_NAME.has(one) || isLabelWord(word) || isLabelWord(one);
}

/** Whether a text holds a word of the sites, their menus or statuses ("Pending Approval"): then it is no name. */
export function hasSiteWord(text: string): boolean {
  return wordsOf(text).some(isSiteWord);
}

/** A line of the site's words only: a menu ("Dashboard Transcript Manage Education"), never a name or a fact. */
export function onlySiteWords(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.every(isSiteWord);
}

/** A registry number written as one token ("P3318204", "A-2290457"). */
export function isRegistryToken(token: string): boolean {
  return REGISTRY.exec(token)?.[0] === token;
}

/** One word of a name (as written, punctuation around it already cut), or false. */
export function isNameToken(token: string): boolean {
  // A possessive ("Kristen's Stuff", a chat server's name) names what someone owns, never a person.
  if (!NAME_TOKEN.test(token) || token.endsWith("'s") || token.endsWith('’s')) return false;
  return !wordsOf(token).some(isSiteWord);
}

/** The words of a name as shown: the sentence's period and separators around them cut. */
function tokensOf(text: string): string[] {
  return text
    .split(' ')
    .map((token) => trimChars(token, SEPARATORS))
    .filter(Boolean);
}

/** "Okafor." at a sentence's end loses its period; an initial ("M.") and a suffix ("Jr.") keep theirs. */
export function endsSentence(token: string): boolean {
  return token.endsWith('.') && token.length > 2 && !SUFFIXES.has(wordsOf(token)[0] ?? '');
}

/** A name when the whole text is one, else null ("Aisha Rahman" yes; "Sign Out", "Trauma 2 hrs" no). */
export function nameIn(text: string): string | null {
  const clean = normaliseSpace(text);
  // Words in brackets are an abbreviation or a role ("Tabletop (SALT)"), never part of a name.
  if (clean.length < 4 || clean.length > 60 || clean.includes('(')) return null;
  const tokens = tokensOf(clean);
  if (tokens.length < 2 || tokens.length > 4 || isPlace(clean)) return null;
  const last = tokens.length - 1;
  if (endsSentence(tokens[last]!)) tokens[last] = tokens[last]!.slice(0, -1);
  if (!tokens.every(isNameToken)) return null;
  // "Whitfield, Darnell K.": the surname first, as a roster or a database stores it, is the name as shown.
  const surname = clean.split(' ').findIndex((raw) => raw.endsWith(','));
  if (surname >= 0 && surname < last && surname <= 1 && clean.split(',').length === 2) return `${tokens.slice(0, surname + 1).join(' ')}, ${tokens.slice(surname + 1).join(' ')}`;
  // A name ends in its surname, never in a bare letter ("Keoni A. Makoa K": an avatar's letter glued on).
  return tokens[last]!.length === 1 ? null : tokens.join(' ');
}

/** "Whitfield, Darnell K." -> "Darnell K. Whitfield": a name written surname first, its given names first. */
export function givenFirst(name: string): string {
  const comma = name.indexOf(', ');
  return comma < 0 ? name : `${name.slice(comma + 2)} ${name.slice(0, comma)}`;
}

/** "Worcester, MA": a town and its two-letter state, an address line, not "Last, First". */
export function isPlace(text: string): boolean {
  const state = text.slice(-3);
  return text.length > 4 && state[0] === ' ' && text[text.length - 4] === ',' && state.slice(1) === state.slice(1).toUpperCase() && !state.includes('.');
}

/** The name at the start of a text ("Dana M. Okafor. Your registry number…" -> "Dana M. Okafor"). */
export function nameAtStart(text: string): string | null {
  const tokens = normaliseSpace(text).split(' ');
  const taken: string[] = [];
  for (const [at, raw] of tokens.entries()) {
    // "(Learner)", "[Admin]": what follows a name in brackets is a role or a number, not a name.
    // "Jordan T. Okafor Board: Office of …": a word before a colon, a value after it, is the next label.
    if ('(['.includes(raw[0] ?? ' ') || (raw.endsWith(':') && at < tokens.length - 1)) break;
    const token = trimChars(raw, SEPARATORS);
    if (!token || !isNameToken(endsSentence(token) ? token.slice(0, -1) : token)) break;
    // A name written in capitals ends where they do ("WELCOME, DARNELL A. WHITFIELD Link License…": the next line's words).
    if (taken.length > 1 && taken.every(isCapitals) && !isCapitals(token)) break;
    taken.push(token);
    // A sentence's period or a separator after a word ends the name.
    if (endsSentence(token) || raw !== token || taken.length === 4) break;
  }
  // A name does not end at a middle initial: what follows it was glued to the name.
  const last = taken[taken.length - 1] ?? '';
  return taken.length >= 2 && wordsOf(last)[0]!.length > 1 ? nameIn(taken.join(' ')) : null;
}

function isCapitals(word: string): boolean {
  return word === word.toUpperCase();
}

/**
 * The name a user menu or header line shows: a name starting the line or one of its separated
 * parts, then only what a user menu puts beside it — the registry number, the level or
 * designation, a dropdown mark, an icon's ligature word ("arrow_drop_down"), a sign-out control
 * — and at least one of them ("Priya Raman · Log out", "Jenna L. Tran (A1025598) | Log out",
 * "NREMT — Noor Al-Sayed — Paramedic — P5521460", "Nicole F. Amato ▾"). Else null.
 */
export function menuName(line: string, isLevel: (text: string) => boolean): string | null {
  if (line.length > 160) return null;
  const tokens = normaliseSpace(line).split(' ');
  for (let at = 0; at < tokens.length; at++) {
    // A part starts the line or follows a separator ("NREMT —", "User:").
    if (at > 0 && trimChars(tokens[at - 1]!.slice(-1), MENU_MARKS) !== '') continue;
    const part = tokens.slice(at).join(' ');
    const named = withoutInitials(part);
    const name = nameAtStart(named);
    const start = at + (named === part ? 0 : 1);
    if (name && besideMenu(tokens.slice(start + name.split(' ').length), isLevel)) return name;
  }
  return null;
}

function besideMenu(rest: readonly string[], isLevel: (text: string) => boolean): boolean {
  let shown = false;
  const words: string[] = [];
  let bracket = false;
  for (const raw of rest) {
    const token = trimChars(raw, MENU_MARKS);
    // A role in brackets ("(Learner)") may stand between a name and its sign-out.
    bracket ||= raw.startsWith('(');
    // A dropdown mark, the number, the level, an icon's ligature word: what a user menu shows.
    if (token === '') shown ||= trimChars(raw, SEPARATORS) !== '';
    else if (isRegistryToken(token) || isLevel(token) || token.includes('_')) shown = true;
    else if (!hasDigit(token) && !bracket) words.push(token);
    if (raw.endsWith(')')) bracket = false;
  }
  // Menu items may come before the sign-out ("Tomasz Wierzbicki Account Sign out").
  // (Not a course's "Pending sign-off", the Training Officer's: a control is "Sign off", no hyphen.)
  const signOut = words.findIndex((word, i) => !word.includes('-') && isPhrase(words.slice(i).join(' '), SIGN_OUT));
  if (words.length > 0 && (signOut < 0 || !words.slice(0, signOut).every((word) => isSiteWord(word.toLowerCase())))) return false;
  return shown || words.length > 0;
}

/** The text as a person's name, with what may stand around it ("Jo Ng!", ": Jo Ng", "JN Jo Ng" after an avatar), else null. */
export function personName(raw: string): string | null {
  return nameIn(withoutInitials(trimChars(raw, ',:–—-!')));
}

/**
 * "LM Lauren E. McAllister", "account_circle Tobias J. Wren": an avatar's initials, or an icon
 * font's ligature word (drawn as a glyph), before the name are not part of it.
 */
export function withoutInitials(text: string): string {
  const space = text.indexOf(' ');
  if (space > 0 && text.slice(0, space).includes('_') && text.slice(0, space) === text.slice(0, space).toLowerCase()) return text.slice(space + 1);
  const first = text.slice(0, space);
  const rest = text.slice(space + 1);
  // The initials of the name the rest starts with ("TK Teodora Kaleikini · NREMT E6610429").
  const after = nameAtStart(rest) ?? '';
  // Or one letter, the first name's ("K Kelsey Marchetti": a forum's letter avatar), before a whole name.
  const letter = first.length === 1 && after.startsWith(first) && after.includes(' ');
  const named = space > 0 && first === first.toUpperCase() && (letter || isInitialsOf(first, rest) || isInitialsOf(first, after)) ? rest : text;
  // "Keoni A. Makoa K": the avatar drawn after the name inside its button, the initials or the first name's letter.
  const end = named.lastIndexOf(' ');
  const last = named.slice(end + 1);
  const before = named.slice(0, end);
  return end > 0 && last === last.toUpperCase() && (isInitialsOf(last, before) || last === before[0]) ? before : named;
}

/** Whether `shown` is the initials of `name` ("KT" for "Kimberly Tran"). */
export function isInitialsOf(shown: string, name: string): boolean {
  const initials = wordsOf(name)
    .map((word) => word[0])
    .join('');
  const own = wordsOf(shown).join('');
  // A double-barrelled surname gives one initial or two ("KB" or "KBM" for "Keisha Brandt-Molina").
  const written = normaliseSpace(name)
    .split(' ')
    .map((word) => word[0]?.toLowerCase())
    .join('');
  return own.length >= 2 && (own === initials || own === written || own === `${initials[0]}${initials[initials.length - 1]}`);
}

/** One person however their name is abbreviated: the first name's initial and the last name ("Y. Carrasquillo", "Yesenia P. Carrasquillo"). */
export function personKey(name: string): string {
  const words = wordsOf(givenFirst(name));
  return `${words[0]?.[0] ?? ''} ${words[words.length - 1] ?? ''}`;
}

/** A name shown with its first name cut to an initial ("B. O'Sullivan-Tran"), written out where the page shows it in full. */
export function writtenOut(name: string, texts: readonly string[]): string {
  if ((wordsOf(name)[0]?.length ?? 0) > 1) return name;
  const full = texts.map((text) => nameIn(withoutInitials(text))).find((other) => other && other.length > name.length && personKey(other) === personKey(name));
  return full ?? name;
}

