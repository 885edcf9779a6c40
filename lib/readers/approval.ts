// Course approval numbers (CAPCE "25-ABC-F3-0102" or Massachusetts OEMS): kept as shown, with
// "N/A", "None", dashes and empty cells meaning "no number". A CAPCE number is reduced to the
// number itself ("CAPCE #: 25-abc-f3-0102" -> "25-ABC-F3-0102") so the same course reads the
// same on the Transcript and on Manage Education.

const NO_NUMBER = /^(?:n\/?a|none|not applicable|not approved|pending|unknown|tbd|-+|–|—|\?|0)$/i;
const CAPCE_NUMBER = /\b(\d{2}-[A-Z0-9]{2,10}-F\d-\d{3,5})\b/i;

export function parseApproval(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text || NO_NUMBER.test(text)) return null;
  // A number has at least one digit; "See certificate" is not a number.
  if (!/\d/.test(text)) return null;
  const capce = CAPCE_NUMBER.exec(text);
  return capce ? capce[1]!.toUpperCase() : text;
}
