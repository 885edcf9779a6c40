// Certification level names. Longest names first: "EMT" is inside "Advanced EMT".
import type { Level } from '../model';

const LEVEL_FORMS: ReadonlyArray<[Level, RegExp]> = [
  ['paramedic', /\b(?:nationally registered )?paramedic\b|\bnrp\b|\bemt[- ]?p\b/i],
  ['aemt', /\badvanced emergency medical technician\b|\badvanced emt\b|\baemt\b|\bnraemt\b/i],
  ['emr', /\bemergency medical responder\b|\bnremr\b|\bemr\b/i],
  ['emt', /\bemergency medical technician\b|\bemt(?:[- ]?b(?:asic)?)?\b/i],
];

/** The level a short text names ("Advanced EMT" -> aemt), or null. */
export function parseLevel(raw: string | null | undefined): Level | null {
  const text = (raw ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text) return null;
  for (const [level, form] of LEVEL_FORMS) if (form.test(text)) return level;
  return null;
}

/** eLicensing license numbers carry the level as a prefix: E EMT, A Advanced EMT, P Paramedic. */
export function levelFromLicenseNumber(number: string | null | undefined): Level | null {
  const prefix = (number ?? '').trim().charAt(0).toUpperCase();
  if (prefix === 'E') return 'emt';
  if (prefix === 'A') return 'aemt';
  if (prefix === 'P') return 'paramedic';
  return null;
}
