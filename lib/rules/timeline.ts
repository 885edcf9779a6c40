// The Massachusetts recertification calendar, derived from the expiration year Y (OEMS 2026
// sheet; the pattern repeats every cycle): opens Oct 1 of Y-1, recommended by Feb 15, last day
// Mar 31, sign-off by Apr 30, renewal to Mar 31 of Y+2.
import type { Cycle } from '../model';

export const MA_TIMELINE_SOURCE = 'Massachusetts OEMS recertification sheet (2026), mass.gov/dph/oems';

/** Fees in US dollars, from the 2026 OEMS sheet. */
export const MA_FEES = {
  stepA: 30,
  stepB: 125,
  lateNremt: 50,
  lateState: 50,
} as const;

const pad = (n: number): string => String(n).padStart(4, '0');

/** The cycle that ends on March 31 of `expirationYear`. */
export function cycleForYear(expirationYear: number): Cycle {
  const y = expirationYear;
  return {
    opensOn: `${pad(y - 1)}-10-01`,
    recommendedBy: `${pad(y)}-02-15`,
    lastDay: `${pad(y)}-03-31`,
    signOffBy: `${pad(y)}-04-30`,
    renewsTo: `${pad(y + 2)}-03-31`,
  };
}

/** True when `iso` is a March 31: the only expiration Massachusetts issues. */
export function isMarch31(iso: string): boolean {
  return iso.slice(5) === '03-31';
}
