// Small text cuts the readers share, written as loops instead of one regular expression each:
// trimming separators, a label's colon, bracketed remarks, and asking whether a text holds a
// digit or letters.

const SPACE = ' \t\n\r\u00a0\u200b\ufeff';
/** Separators around values: dashes, bullets, bars, brackets, commas, colons. */
export const SEPARATORS = '·•|()[],;:—–-';

/** The text without the given characters (and whitespace) at either end. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (chars.includes(text[start]!) || SPACE.includes(text[start]!))) start++;
  while (end > start && (chars.includes(text[end - 1]!) || SPACE.includes(text[end - 1]!))) end--;
  return text.slice(start, end);
}

/** Whether the text, trimmed, ends with a colon ("Hours:", "Credits ："). */
export function endsWithColon(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(':') || trimmed.endsWith('：');
}

/** The value after its label's colon: ": Current" -> "Current". */
export function withoutLeadingColon(text: string): string {
  const trimmed = text.trimStart();
  return trimmed.startsWith(':') || trimmed.startsWith('：') ? trimmed.slice(1).trimStart() : text;
}

/** A label without its colon (and a required-field star): "Hours: " -> "Hours". */
export function withoutColon(text: string): string {
  return trimEnd(text, ':：*');
}

/** The text without the given characters (and whitespace) at its end, and without whitespace at its start. */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]!) || SPACE.includes(text[end - 1]!))) end--;
  return text.slice(0, end).trimStart();
}

/** The text without its bracketed remarks: "National (24.5 of 25)" -> "National ". */
export function withoutBrackets(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) {
      depth--;
      out += ' ';
    } else if (depth === 0) out += ch;
  }
  return out;
}

export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Three letters in a row: a word of its own, not initials beside figures ("a3f9c21 DW"). */
export function hasWord(text: string): boolean {
  return WORD_RUN.test(text);
}
const WORD_RUN = /\p{L}{3}/u;

/** A letter of any script: it has a case ("é", "Ж"), unlike a figure or a mark. */
export function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}

/** At least two letters (a title, not "—" or "2.0"). */
export function hasLetters(text: string): boolean {
  let letters = 0;
  for (const ch of text) if (isLetter(ch) && ++letters >= 2) return true;
  return false;
}

// An expander drawn as a triangle before a group's caption (a sheet's, a tree grid's).
export const TOGGLES = '▸▾▶▼►▹▿⯈⯆';

/** A caption opening with its expander's triangle ("▸ National", "  ▼ Trauma"). */
export function startsWithToggle(text: string): boolean {
  return TOGGLES.includes(text.trimStart()[0] ?? '.');
}

// A list's marks a tool writes before each line when its list became text.
const BULLETS = '•◦▪‣·*-–—';

/** A list line without its bullet ("• Surgical Airway Lab", "- …", "* …": the mark, then a space). */
export function withoutBullet(text: string): string {
  return BULLETS.includes(text[0] ?? '.') && text[1] === ' ' ? text.slice(2).trim() : text;
}

/** A paragraph cut after each sentence's stop, not after an initial's ("Tom R. Baptiste"). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('. '); at >= 0; at = text.indexOf('. ', at + 1)) {
    // A stop set off by a space where an element ended before it ("expires <b>03/31/2027</b> . My …").
    const end = text[at - 1] === ' ' ? at - 1 : at;
    const word = text.slice(text.lastIndexOf(' ', end - 1) + 1, end);
    if (word.length < 2) continue;
    out.push(text.slice(from, at + 1));
    from = at + 2;
  }
  out.push(text.slice(from));
  return out;
}
