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
  /**
   * eLicensing was never read and NREMT already shows the renewal of the cycle whose window is
   * open or late: that cycle is still being finished (only eLicensing showing the new date
   * moves the report on).
   */
  awaitingElicensing: boolean;
}

/** The earlier cycle NREMT's date renews, when today is inside its window (Oct 1 – Apr 30). */
function renewedCycleInWindow(nremtExpiresOn: string, today: string): { expiresOn: string; year: number } | null {
  const year = yearOf(nremtExpiresOn) - 2;
  const previous = cycleForYear(year);
  if (previous.renewsTo !== nremtExpiresOn) return null;
  if (today < previous.opensOn || today > previous.signOffBy) return null;
  return { expiresOn: previous.lastDay, year };
}

export function chooseCycle(record: ProviderRecord, today: string): CycleChoice | null {
  const nremtExpiresOn = record.certification?.expiresOn ?? null;
  const licenseExpiresOn = record.license?.expiresOn ?? null;
  const awaiting = nremtExpiresOn !== null && licenseExpiresOn === null ? renewedCycleInWindow(nremtExpiresOn, today) : null;
  if (awaiting) {
    return {
      expiresOn: awaiting.expiresOn,
      cycle: cycleForYear(awaiting.year),
      cycleStart: null,
      nremtExpiresOn,
      licenseExpiresOn,
      unusualExpiration: false,
      awaitingElicensing: true,
    };
  }
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
    awaitingElicensing: false,
  };
}
