// eLicensing: a license's status shown as a badge or chip beside the license ("Probation",
// "Non-Disciplinary Condition/Restriction", "Expired", "Current") rather than in a labelled field,
// while its number and expiration are labelled. The class: the chip in the license's card (its
// header lines after the card's heading, among its labelled fields, or right after them) is the
// license's status. Another credential's card (a self-reported BLS card with its own chip and
// date, under its own heading or title line) and a chip above the card's heading say nothing of it.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/#/my-licenses';

function read(body: string): PageSnapshot {
  const page = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><h1>Manage My Licenses and Applications</h1>${body}</body></html>`,
    'text/html',
  );
  const full = readPage(page, URL);
  expect(PageSnapshot.parse(readLicensePageUnchecked(page, URL))).toEqual(full);
  return full;
}

const dl = (pairs: Array<[string, string]>) => `<dl>${pairs.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
const row = (label: string, value: string) => `<div><span>${label}</span><span>${value}</span></div>`;
const FIELDS = dl([['License Number', 'P552019'], ['Issue Date', '06/14/2015'], ['Expiration Date', '03/31/2028']]);
const ROWS = row('License Number', 'E240881') + row('Last Issue/Renewal Date', '03/20/2026') + row('Expiration Date', '03/31/2028');

describe('a status chip beside a labelled license', () => {
  it.each([
    ['a badge beside the card heading', `<section><div><h3>Paramedic</h3><span>Probation</span></div>${FIELDS}</section>`, 'probation'],
    [
      'a long chip under the fields',
      `<article><h2>Paramedic</h2>${FIELDS}<div><mat-chip>Non-Disciplinary Condition/Restriction</mat-chip></div><button>Show Details</button></article>`,
      'non-disciplinary-condition',
    ],
    ['a pill among label/value rows', `<div><h3>EMT</h3>${row('License Number', 'E240881')}<span>Expired</span>${row('Expiration Date', '03/31/2026')}</div>`, 'expired'],
    ['two chips: "Probation" and "Expired"', `<div><h3>EMT</h3><span>Probation</span><span>Expired</span>${ROWS}</div>`, 'probation'],
    ['a chip with an icon, before the card title line', `<div><div><b>Emergency Medical Technician</b></div><span><i aria-hidden="true">✓</i> Current</span>${ROWS}</div>`, 'current'],
  ])('%s', (_, body, status) => {
    expect(read(body).license?.status).toBe(status);
  });
});

describe('a chip that is not the license’s', () => {
  it.each([
    [
      'a self-reported BLS card under its own heading',
      `<section><h3>Paramedic</h3>${FIELDS}</section><section><h3>BLS Provider (American Heart Association)</h3><span>Current</span>${row('Card Expires', '09/30/2027')}</section>`,
    ],
    [
      'a BLS card told by its own title line right after the license card',
      `<div><h3>Paramedic</h3>${FIELDS}<p>Other certifications you track (self-reported)</p><div><b>BLS Provider</b><span>Expired</span></div></div>`,
    ],
    ['an account chip above the card heading', `<header><span>Active</span></header><section><h3>Paramedic</h3>${FIELDS}</section>`],
  ])('%s: no status', (_, body) => {
    const snapshot = read(body);
    expect(snapshot.license?.number).toBe('P552019');
    expect(snapshot.license?.status).toBeNull();
  });
});
