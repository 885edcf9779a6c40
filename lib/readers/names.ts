// What a person's name looks like on a page: two to four capitalised words ("Dana M. Okafor",
// "Luis Ferreira-Santos", "Theodore "Teddy" Vasquez", "KIMBERLY TRAN"), none of them a word of
// the site, its menus or its certification levels. Initials keep their periods; a sentence's
// period after the last word is not part of the name.
import { SEPARATORS, trimChars } from './cut';
import { wordsOf } from './words';

// Capitalised word, initial, or a nickname in quotes.
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|["“'‘]\p{L}+["”'’])$/u;

// Words of the site's chrome, pages, menus and levels: a line holding one is not a name.
const NOT_NAME = new Set(
  (
    'nremt national registry number no id ems of the and for to in on at by my your our you me dashboard home help ' +
    'support sign signed log logged out in as welcome back hello hi user users account profile settings menu roles role ' +
    'message messages center inbox notifications transcript manage education courses course add import application ' +
    'applications recertification recertify certification certifications certified cycle level expires expiration ' +
    'emt emts aemt emr paramedic advanced basic nationally responder technician emergency medical training officer ' +
    'director agency agencies affiliation roster pending actions requests status summary overview continuing ' +
    'submit payment review documents resources contact search logout login options close open toggle navigation ' +
    'main content skip view edit new more all privacy terms copyright portal registered'
  ).split(' '),
);

/** One word of a name (as written, punctuation around it already cut), or false. */
export function isNameToken(token: string): boolean {
  if (!NAME_TOKEN.test(token)) return false;
  return wordsOf(token).every((word) => !NOT_NAME.has(word));
}

/** The words of a name as shown: the sentence's period and separators around them cut. */
function tokensOf(text: string): string[] {
  return text
    .split(' ')
    .map((token) => trimChars(token, SEPARATORS))
    .filter(Boolean);
}

/** A name when the whole text is one, else null ("Aisha Rahman" yes; "Sign Out", "Trauma 2 hrs" no). */
export function nameIn(text: string): string | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length < 4 || clean.length > 60) return null;
  const tokens = tokensOf(clean);
  if (tokens.length < 2 || tokens.length > 4) return null;
  // "Okafor." at the end of a sentence; an initial ("M.") keeps its period.
  const last = tokens.length - 1;
  if (tokens[last]!.endsWith('.') && tokens[last]!.length > 2) tokens[last] = tokens[last]!.slice(0, -1);
  return tokens.every(isNameToken) ? tokens.join(' ') : null;
}

/** The name at the start of a text ("Dana M. Okafor. Your registry number…" -> "Dana M. Okafor"). */
export function nameAtStart(text: string): string | null {
  const tokens = text.replace(/\s+/g, ' ').trim().split(' ');
  const taken: string[] = [];
  for (const raw of tokens) {
    const token = trimChars(raw, SEPARATORS);
    if (!token || !isNameToken(token.endsWith('.') && token.length > 2 ? token.slice(0, -1) : token)) break;
    taken.push(token);
    // A sentence's period or a separator after a word ends the name.
    if ((token.endsWith('.') && token.length > 2) || raw !== token || taken.length === 4) break;
  }
  return taken.length >= 2 ? nameIn(taken.join(' ')) : null;
}

/** Whether `shown` is the initials of `name` ("KT" for "Kimberly Tran"). */
export function isInitialsOf(shown: string, name: string): boolean {
  const initials = wordsOf(name)
    .map((word) => word[0])
    .join('');
  const own = wordsOf(shown).join('');
  return own.length >= 2 && (own === initials || own === `${initials[0]}${initials[initials.length - 1]}`);
}
