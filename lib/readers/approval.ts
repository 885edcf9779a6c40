// Course approval numbers (CAPCE "25-ABC-F3-0102" or Massachusetts OEMS): kept as shown,
// with "N/A", "None", dashes and empty cells meaning "no number".

const NO_NUMBER = /^(?:n\/?a|none|not applicable|not approved|pending|unknown|tbd|-+|–|—|\?|0)$/i;

export function parseApproval(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text || NO_NUMBER.test(text)) return null;
  // A number has at least one digit; "See certificate" is not a number.
  if (!/\d/.test(text)) return null;
  return text;
}
