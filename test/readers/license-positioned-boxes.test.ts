// Class: an eLicensing license table drawn as absolutely placed boxes (a PDF turned to HTML, a
// report viewer): one box per header cell on one line, one box per value on the line below, no
// table and no label beside its value.
import { describe, expect, it } from 'vitest';
import { readLicensePageEvidence } from '../../lib/readers/license-page';
import { finishRead } from '../../lib/readers/judge-page';
import { PageRequest } from '../../lib/extension/page-service';
import { parseHtml, readHtml } from './load';

const box = (top: number, left: number, text: string): string => `<div style="position:absolute; top:${top}px; left:${left}px;"><span>${text}<br></span></div>`;
const line = (top: number, texts: string[]): string => texts.map((text, i) => box(top, 40 + i * 90, text)).join('');
const page = (head: string[], values: string[]): string =>
  `<html><body>${box(20, 200, 'Health Professions Licensing')}${box(60, 40, 'Licenses linked to your account')}${line(120, head)}${line(150, values)}${box(200, 40, 'Show Details')}</body></html>`;

const cases: Array<[string, string[], string[], { number: string; status: string; expiresOn: string }]> = [
  ['number first', ['License #', 'License Type', 'License Status', 'Expiration Date'], ['E310077', 'Emergency Medical Technician', 'Current', '03/31/2027'], { number: 'E310077', status: 'current', expiresOn: '2027-03-31' }],
  ['type first, spelled out', ['License Type', 'License Number', 'Status', 'Issue Date', 'Expiration Date'], ['Paramedic', 'P604218', 'Expired', '01/12/2018', '03/31/2026'], { number: 'P604218', status: 'expired', expiresOn: '2026-03-31' }],
  ['renewal date column', ['License #', 'License Status', 'Last Issue/Renewal Date', 'Expiration Date'], ['A771930', 'Probation', '04/01/2024', '03/31/2028'], { number: 'A771930', status: 'probation', expiresOn: '2028-03-31' }],
];

function readLicenseOnly(html: string) {
  const { document, close } = parseHtml(html);
  try {
    const { snapshot, evidence } = readLicensePageEvidence(document, null);
    return finishRead(PageRequest.parse(structuredClone({ snapshot, evidence })));
  } finally {
    close();
  }
}

describe('license table drawn as positioned boxes', () => {
  it.each(cases)('%s', (_name, head, values, license) => {
    const html = page(head, values);
    for (const read of [readHtml(html), readLicenseOnly(html)] as Array<{ kind: string; license?: unknown }>) {
      expect(read.kind).toBe('elicensing-license');
      expect(read.license).toMatchObject(license);
    }
  });
});
