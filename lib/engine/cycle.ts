// Which cycle the report is about: the one ending at the earliest expiration either site shows.
// While eLicensing still shows 2027 the 2027 cycle is being finished, even if NREMT shows 2029.
import { yearOf } from '../dates';
import type { Cycle, ProviderRecord } from '../model';
import { cycleForYear, isMarch31 } from '../rules';

export interface CycleChoice {
  /** The expiration of the cycle being finished (the earliest known). */
  expiresOn: string;
  cycle: Cycle;
  /** NREMT's cycle start, only when NREMT's own expiration is the one being finished. */
  cycleStart: string | null;
  nremtExpiresOn: string | null;
  licenseExpiresOn: string | null;
  /** The expiration is not a March 31: we derived the cycle from its year. */
  unusualExpiration: boolean;
}

export function chooseCycle(record: ProviderRecord): CycleChoice | null {
  const nremtExpiresOn = record.certification?.expiresOn ?? null;
  const licenseExpiresOn = record.license?.expiresOn ?? null;
  const known = [nremtExpiresOn, licenseExpiresOn].filter((d): d is string => d !== null);
  if (known.length === 0) return null;
  const expiresOn = known.reduce((a, b) => (b < a ? b : a));
  const cycleStart = nremtExpiresOn === expiresOn ? (record.certification?.cycleStart ?? null) : null;
  return {
    expiresOn,
    cycle: cycleForYear(yearOf(expiresOn)),
    cycleStart,
    nremtExpiresOn,
    licenseExpiresOn,
    unusualExpiration: !isMarch31(expiresOn),
  };
}
