// Certification level names. Checked in this order: "EMT" is inside "Advanced EMT", and
// "Emergency Medical Technician" inside "Advanced Emergency Medical Technician".
import type { Level } from '../model';
import { hasPhrase, phrases, wordsOf } from './words';

const LEVEL_FORMS: ReadonlyArray<[Level, ReturnType<typeof phrases>]> = [
  ['paramedic', phrases('paramedic', 'nrp', 'emt p', 'emtp')],
  ['aemt', phrases('advanced emergency medical technician', 'advanced emt', 'aemt', 'nraemt')],
  ['emr', phrases('emergency medical responder', 'nremr', 'emr')],
  ['emt', phrases('emergency medical technician', 'emt', 'emtb', 'emtbasic')],
];

/** The level a short text names ("Advanced EMT" -> aemt), or null. */
export function parseLevel(raw: string | null | undefined): Level | null {
  const words = wordsOf(raw ?? '');
  if (words.length === 0) return null;
  for (const [level, forms] of LEVEL_FORMS) if (hasPhrase(words, forms)) return level;
  return null;
}

/** eLicensing license numbers carry the level as a prefix: E EMT, A Advanced EMT, P Paramedic. */
export function levelFromLicenseNumber(number: string | null | undefined): Level | null {
  // "EMTP-0614227": the level written out before the digits.
  const dash = (number ?? '').indexOf('-');
  if (dash >= 2) return parseLevel(number!.slice(0, dash));
  const prefix = (number ?? '').trim().charAt(0).toUpperCase();
  if (prefix === 'E') return 'emt';
  if (prefix === 'A') return 'aemt';
  if (prefix === 'P') return 'paramedic';
  return null;
}
