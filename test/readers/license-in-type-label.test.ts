// eLicensing pages (a renewal application's summary, a component kit's detail list) that show the
// license under a bare "License" label, its level and number together ("License: Advanced EMT ·
// A40712"), with no "License Number" label: the number is read from that value, beside the
// labelled status and expiration, or from the value itself when it is the license's own line
// ("A441907 · Current · Expires 3/31/2026"). The values may sit in a definition list, in rows, in
// a web component's attributes (a saved page: `recert` draws them) or in its shadow tree (a
// browser). A breadcrumb's "My Licenses › … Renewal Application" names no number and does not
// stand in the way; a "License" value without a number gives none.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { PageSnapshot } from '../../lib/model';

const URL = 'https://healthprofessionlicensing.mass.gov/applications/renewal/review';
const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Renewal Application – Health Professions Licensing</title></head><body>` +
  `<nav><a href="/licenses">My Licenses</a> › <a aria-current="page" href="#">EMT – Renewal Application</a></nav>` +
  `<h1>Emergency Medical Technician – Renewal Application</h1>${body}<p>Application Status: Submitted</p><p>Renewal fee $150.00 — Paid 11/24/2026</p></body></html>`;

const dl = (pairs: Array<[string, string]>): string => `<dl>${pairs.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
const rows = (pairs: Array<[string, string]>): string => pairs.map(([l, v]) => `<div><span>${l}:</span> <span>${v}</span></div>`).join('');
const fields = (pairs: Array<[string, string]>): string => pairs.map(([l, v]) => `<kit-detail label="${l}" value="${v}"></kit-detail>`).join('');

const FACTS: Array<[string, string]> = [
  ['Applicant', 'Marisol T. Ferreira'],
  ['License', 'Emergency Medical Technician · E508812'],
  ['License Status', 'Current'],
  ['Current Expiration Date', '03/31/2027'],
];

function read(html: string): PageSnapshot {
  const full = readHtml(html, URL);
  const document = new DOMParser().parseFromString(html, 'text/html');
  // The eLicensing content script's path reads the same where the page's own markup holds the words.
  if (!html.includes('<kit-')) expect(PageSnapshot.parse(readLicensePageUnchecked(document, URL))).toEqual(full);
  return full;
}

describe('a "License" label whose value shows the level and the number', () => {
  it.each([
    ['a definition list', dl(FACTS)],
    ['rows of label and value', rows(FACTS)],
    ['the number in brackets after the level', dl([FACTS[0]!, ['License', 'EMT (E508812)'], FACTS[2]!, FACTS[3]!])],
    ['a saved page’s web components, their label and value attributes', fields(FACTS)],
  ])('%s: its number, status and expiration', (_, body) => {
    const snapshot = read(page(body));
    expect(snapshot.kind).toBe('elicensing-renewal');
    expect(snapshot.license).toMatchObject({ number: 'E508812', level: 'emt', status: 'current', expiresOn: '2027-03-31' });
    expect(snapshot.person).toEqual({ name: 'Marisol T. Ferreira', licenseNumber: 'E508812' });
  });

  it('the value is the license’s own line: its status and expiration from it', () => {
    const snapshot = read(page(dl([FACTS[0]!, ['License', 'E508812 · Current · Expires 3/31/2027']])));
    expect(snapshot.license).toMatchObject({ number: 'E508812', status: 'current', expiresOn: '2027-03-31' });
  });

  it('a component’s shadow tree, as a browser shows it', () => {
    const document = new DOMParser().parseFromString(page('<kit-summary></kit-summary>'), 'text/html');
    const host = document.querySelector('kit-summary')!;
    host.attachShadow({ mode: 'open' }).innerHTML = dl(FACTS);
    expect(readPage(document, URL).license).toMatchObject({ number: 'E508812', status: 'current', expiresOn: '2027-03-31' });
  });

  it('a "License" value without a number gives none', () => {
    expect(read(page(dl([FACTS[0]!, ['License', 'Emergency Medical Technician'], FACTS[2]!, FACTS[3]!]))).license?.number ?? null).toBeNull();
  });

  it('a number label beside a type label: the labelled number', () => {
    expect(read(page(dl([['License Type', 'Paramedic'], ['License Number', 'P330871'], FACTS[2]!, FACTS[3]!]))).license).toMatchObject({ number: 'P330871', status: 'current' });
  });
});
