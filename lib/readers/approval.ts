// Course approval numbers (CAPCE "25-ABC-F3-0102" or Massachusetts OEMS): kept as shown, with
// "N/A", "None", dashes and empty cells meaning "no number". A CAPCE number is reduced to the
// number itself ("CAPCE #: 25-abc-f3-0102" -> "25-ABC-F3-0102"), and the issuer's name before
// an OEMS number is dropped ("OEMS 25-0918-T1" -> "25-0918-T1"), so the same course reads the
// same on the Transcript and on Manage Education.
import { wordsOf } from './words';

const NO_NUMBER = /^(?:n\/?a|none|not applicable|not approved|pending|unknown|tbd|-+|–|—|\?|0)$/i;
const CAPCE_NUMBER = /\b(\d{2}-[A-Z0-9]{2,10}-F\d-\d{3,5})\b/i;

export function parseApproval(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text || NO_NUMBER.test(text)) return null;
  // A number has at least one digit; "See certificate" is not a number.
  if (!/\d/.test(text)) return null;
  const capce = CAPCE_NUMBER.exec(text);
  return capce ? capce[1]!.toUpperCase() : withoutIssuer(text);
}

const ISSUER = 'oems';
const SEPARATORS = ' #:-.';

/** "OEMS # 25-0918-T1" -> "25-0918-T1"; "MA-25-T3-0230" stays (MA is part of that number). */
function withoutIssuer(text: string): string {
  if (wordsOf(text)[0] !== ISSUER) return text;
  let at = text.toLowerCase().indexOf(ISSUER) + ISSUER.length;
  while (at < text.length && SEPARATORS.includes(text[at]!)) at += 1;
  return at < text.length ? text.slice(at) : text;
}
