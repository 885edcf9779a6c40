// The registry number (domain.md: "registry / EMS ID number") written inside a line of the
// person's header, after the site's name or its initials rather than a "Registry Number" label:
// "NREMT #1975520", "NR# 1234567", "Registry: P-2071194", "EMS ID 4410732". The site's name
// earlier in the line, naming no number ("NREMT Dashboard · Registry: …"), does not hide the
// number labelled after it; the site's name before a year names no number.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (heading: string, line: string): string =>
  `<!DOCTYPE html><html><head><title>${heading}</title></head><body><h1>${heading}</h1>` +
  `<p>${line}</p>` +
  `<dl><dt>Certification Level</dt><dd>Emergency Medical Responder</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>` +
  `<h2>Message Center</h2><p>No new messages.</p></body></html>`;

describe('a registry number after the site’s name or initials in a line', () => {
  const cases: Array<[string, string, string, string]> = [
    ['"NREMT #" before the number, between the name and the level', 'Recertification Application', 'Brianna K. Lussier · NREMT #1975520 · Emergency Medical Responder', '1975520'],
    ['"NR#" then a space', 'Dashboard', 'Terrence O. Bakari | NR# 2231904 | EMR', '2231904'],
    ['"Registry:" with a lettered number', 'Dashboard', 'Jordan A. Ellery — Registry: P-2071194', 'P-2071194'],
    ['"NREMT ID#"', 'Dashboard', 'Signed in as Mei Lin Zhou (NREMT ID# E3317720)', 'E3317720'],
    ['"EMS ID"', 'Dashboard', 'Dana Whitcombe, EMS ID 4410732', '4410732'],
    ['the site named first, the number labelled later', 'Dashboard', 'NREMT Dashboard · Registry: M2209815 · EMR', 'M2209815'],
  ];
  it.each(cases)('%s', (_name, heading, line, number) => {
    expect(readHtml(page(heading, line)).person?.registryNumber).toBe(number);
  });

  it('the site’s name before a year names no number', () => {
    expect(readHtml(page('Dashboard', 'NREMT 2027 recertification cycle — Kyle Brandt')).person?.registryNumber).toBeUndefined();
  });

  it('initials joined to a code of their own by a hyphen name no number ("receipt #NR-2026-884120")', () => {
    expect(readHtml(page('Dashboard', 'Kyle Brandt · Paid — receipt #NR-2026-884120')).person?.registryNumber).toBeUndefined();
  });
});
