// What makes a page an eLicensing license page. Kept apart from the classifier so the eLicensing
// content script can recognise its pages without bundling the NREMT readers.
import { matchLabel } from './labels';
import type { ScanEvent } from './scan';
import { tableLayout } from './table';

export const ELICENSING_HEADING =
  /^(?:manage my licenses(?: and applications)?|my licenses(?: and applications)?|license details?|license information)$/i;
export const ELICENSING_WORDS = /health professions? licensing|healthprofessionlicensing\.mass\.gov|manage my licenses/i;

export function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function isElicensingHost(url: string | null): boolean {
  return hostOf(url).endsWith('healthprofessionlicensing.mass.gov');
}

/** A heading's words without trailing qualifiers ("My Licenses | Health Professions Licensing"). */
export function cleanHeading(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[:|].*$/, '').trim();
}

export interface LicenseEvidence {
  /** The site's own name appears in the title or a heading. */
  elicensingWords: boolean;
  /** A table with a License Number column, or a "License Number" label on an eLicensing page. */
  licenseTable: boolean;
}

export function licenseEvidence(events: ScanEvent[], title: string, url: string | null): LicenseEvidence {
  const elicensingWords =
    ELICENSING_WORDS.test(title) || events.some((e) => e.kind === 'heading' && ELICENSING_WORDS.test(e.text));
  const onElicensing = isElicensingHost(url) || elicensingWords;
  let licenseTable = false;
  for (const event of events) {
    if (event.kind === 'table') {
      const layout = tableLayout(event.el, ['licenseNumber', 'expiresOn']);
      if (layout && layout.columns.licenseNumber !== undefined) licenseTable = true;
    } else if (event.kind === 'pair' && onElicensing && matchLabel(event.label, ['licenseNumber'])) {
      licenseTable = true;
    }
    if (licenseTable) break;
  }
  return { elicensingWords, licenseTable };
}
