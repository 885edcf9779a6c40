// Course approval numbers (CAPCE "25-ABC-F3-0102" or Massachusetts OEMS, which carries a T
// marker: "25-0970-T3", "MA-26-T1-0514", "T3-25-0805"): "N/A", "None", dashes and empty cells
// mean "no number". The number is kept without the words printed before it ("CAPCE #:
// 25-abc-f3-0102" -> "25-ABC-F3-0102", "OEMS 25-0970-T3" -> "25-0970-T3") so the same course
// reads the same on the Transcript and on Manage Education. Its dashes may be any dash, spaced
// ("25–ABC–F3–0102", "25 - 0970 - T3"), its letters lower case: read, it is "25-ABC-F3-0102".
import { isPhrase, phrases } from './words';
import { hasDigit, trimChars } from './cut';
import { matchLabel } from './labels';
import { normaliseSpace } from './text';

const NO_NUMBER = phrases('n a', 'na', 'none', 'not applicable', 'not approved', 'pending', 'unknown', 'tbd', '0');
// Matched in hyphenated text.
export const CAPCE_NUMBER = /\b\d{2} ?- ?[A-Z0-9]{2,10} ?- ?F\d ?- ?\d{3,5}\b/i;
// One token of letters/digits joined by hyphens, one of them a T marker ("T3", the year after it:
// "T26-2204", or a bare "T" between other parts: "MA-26-T-0133").
const OEMS_TOKEN = /^(?:[A-Z0-9]+-)*T\d{0,2}(?:-[A-Z0-9]+)*$/i;

/** The text with every dash a hyphen, at the same length: an index into one is an index into the other. */
export function hyphenated(text: string): string {
  return text.split('').map((c) => ('‐‑‒–—−'.includes(c) ? '-' : c)).join('');
}

/** "None", "N/A", "TBD": a cell saying the course has no approval number. */
export function saysNoNumber(text: string): boolean {
  return isPhrase(text, NO_NUMBER);
}

/** The OEMS number among the text's words ("OEMS 25-0970-T3," -> "25-0970-T3"), as written (its dashes too), or null. */
export function oemsNumberIn(text: string): string | null {
  for (const token of text.split(' ')) {
    const bare = token.replace(/^[(#:]+|[),.;:]+$/g, '');
    const dashed = hyphenated(bare);
    if (!dashed.includes('-') || !hasDigit(bare) || !OEMS_TOKEN.test(dashed)) continue;
    // A bare T marker only among three or more parts with a number's digits ("MA-26-T-0133", "25-0419-T", not "T-1").
    const parts = dashed.split('-');
    const marked = parts.some((part) => part.length < 4 && hasDigit(part) && part[0]!.toUpperCase() === 'T');
    if (marked || (parts.length >= 3 && parts.filter(hasDigit).length >= 2)) return bare;
  }
  return null;
}

export function parseApproval(raw: string | null | undefined): string | null {
  const text = hyphenated(normaliseSpace(raw ?? '')).split(' - ').join('-');
  // A number has at least one digit; "See certificate" and dashes are not numbers.
  if (!text || saysNoNumber(text) || !/\d/.test(text)) return null;
  const capce = CAPCE_NUMBER.exec(text);
  if (capce) return capce[0].toUpperCase();
  const number = withoutAuthority(text);
  const oems = oemsNumberIn(number);
  return oems ? withoutAuthority(oems).toUpperCase() : withoutAuthority(number);
}

/**
 * The number without the authority's word or the label printed before it ("OEMS 25-1027-R",
 * "Approval # OEMS-26-0142-T3", "OEMS #25-0419-T"): the number as written. Letters the number is
 * written with, joined to it by its dashes ("MA-26-0031-T", "OEMS-26-T3-0402"), are its own.
 */
export function withoutAuthority(text: string): string {
  const words = text.split(' ');
  const first = words.findIndex(hasDigit);
  const before = words.slice(0, first).join(' ');
  if (first < 0 || (before && !matchLabel(before, ['approvalNumber']))) return text;
  return trimChars(words.slice(first).join(' '), '#:');
}

/** A number the authority's word or an approval label stands right before ("OEMS 25-1027-R"), as written; else null. */
export function namedApprovalIn(text: string): string | null {
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++) {
    const token = trimChars(words[i]!, '#:,;.()');
    if (!token.includes('-') || !hasDigit(token) || !matchLabel(trimChars(words[i - 1]!, '#:'), ['approvalNumber'])) continue;
    return withoutAuthority(token);
  }
  return null;
}
