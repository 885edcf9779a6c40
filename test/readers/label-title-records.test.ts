import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// A strip of the page's own facts drawn like records (label, then value) is no course: a field's
// label alone ("Certification", "Registry Number") is no course title.
const PAGE = (strip: string) =>
  `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>${strip}</body></html>`;

describe('a fact strip read as records', () => {
  it.each([
    ['bold labels in divs', (l: string, v: string) => `<div><b>${l}</b>${v}</div>`],
    ['spans in list items', (l: string, v: string) => `<li><span>${l}</span> <span>${v}</span></li>`],
    ['dt/dd-like paragraphs', (l: string, v: string) => `<p><strong>${l}</strong><br>${v}</p>`],
  ])('%s', (_name, cell) => {
    const strip = [['Certification', 'Advanced EMT'], ['Registry Number', 'A2208815'], ['Recertification Cycle', 'Apr 1, 2025 – Mar 31, 2027'], ['Model', 'NCCP 2025 · 50 credits']]
      .map(([l, v]) => cell(l!, v!)).join('');
    const snap = readHtml(PAGE(`<div class="strip">${strip}</div>`), 'https://www.nremt.org/education');
    expect((snap.courses ?? []).map((c) => c.title)).not.toContain('Certification');
    expect((snap.courses ?? []).map((c) => c.title)).not.toContain('Recertification Cycle');
  });
});
