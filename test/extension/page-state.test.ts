// An SPA view change that leaves the page showing exactly what it was read from (a new address,
// the same markup) is not read again.
// What a read depends on must all be in the page state: markup, form values, the viewport, the
// address's host and fragment; the path and query are not read (tested over the fixture pages).
// `pageState(doc, url, last)` returns `last` itself when the page is still in that state.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateEducationPage } from '../../bench/education-page';
import { pageDock } from '../../lib/extension/page-dock';
import { pageState } from '../../lib/extension/page-state';
import { readPageEvidence } from '../../lib/readers/read-page';
import { parseHtml } from '../readers/load';

const URL = 'https://www.nremt.org/manage-education?courses=20';

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*<html[^>]*>|<\/html>\s*$/g, '');
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('page state: what a read depends on', () => {
  it('is the same after an SPA view change that rebuilds the view unchanged under a new path or query', () => {
    load(generateEducationPage(20).html);
    const before = pageState(document, URL);
    const main = document.querySelector('main') as Element;
    main.replaceWith(main.cloneNode(true));
    expect(before).not.toBeNull();
    expect(pageState(document, `${URL}&view=2`, before)).toBe(before);
    expect(pageState(document, 'https://www.nremt.org/other-view', before)).toBe(before);
  });

  // The check runs on every view change of a long list: the page's markup is compared where it
  // stands (node by node, stopping at the first difference), never serialized and hashed.
  it('tells an unchanged view without serializing the markup (500 courses)', () => {
    load(generateEducationPage(500).html);
    const before = pageState(document, URL);
    const main = document.querySelector('main') as Element;
    main.replaceWith(main.cloneNode(true));
    const outerHTML = vi.spyOn(Element.prototype, 'outerHTML', 'get');
    const innerHTML = vi.spyOn(Element.prototype, 'innerHTML', 'get');
    try {
      expect(pageState(document, `${URL}&view=2`, before)).toBe(before);
      expect(outerHTML).not.toHaveBeenCalled();
      expect(innerHTML.mock.contexts.filter((element) => element !== document.head)).toEqual([]);
    } finally {
      outerHTML.mockRestore();
      innerHTML.mockRestore();
    }
  });

  const changes: Array<[string, () => string]> = [
    ['a class that can hide a row (the layout, not the text)', () => (document.querySelector('tbody tr')?.setAttribute('class', 'hidden'), URL)],
    ['a style element', () => (document.head.appendChild(document.createElement('style')).textContent = 'tr { display: none }', URL)],
    ['a form value typed or chosen (not in the markup)', () => ((document.querySelector('input') as HTMLInputElement).value = '50', URL)],
    ['the address fragment (CSS :target)', () => `${URL}#archived`],
    ['the host', () => URL.replace('www.nremt.org', 'nremt.org')],
    ['one course title', () => ((document.querySelector('tbody td') as Element).textContent = 'Another course', URL)],
    ["one cell's text edited in place", () => (((document.querySelector('tbody td') as Element).firstChild as Text).data += '.', URL)],
    ['the hidden attribute on the last row', () => (document.querySelector('tbody tr:last-child')?.setAttribute('hidden', ''), URL)],
    ['a row added at the end', () => (document.querySelector('tbody')?.append(document.createElement('tr')), URL)],
  ];
  for (const [what, change] of changes) {
    it(`differs after ${what}`, () => {
      load(generateEducationPage(20).html.replace('</main>', '<input type="text" value="25"></main>'));
      const before = pageState(document, URL);
      const url = change();
      expect(before).not.toBeNull();
      expect(pageState(document, url, before)).not.toBe(before);
    });
  }

  it("the panel's own host does not make it unknown; the root's margin for the panel is left out, not the root's classes", () => {
    load(generateEducationPage(20).html);
    document.body.appendChild(document.createElement('recert-copilot-panel'));
    const before = pageState(document, URL);
    expect(before).not.toBeNull();
    pageDock(document).set('right');
    expect(pageState(document, URL, before)).toBe(before);
    document.documentElement.classList.add('show-archived');
    expect(pageState(document, URL, before)).not.toBe(before);
    const classes = pageState(document, URL);
    document.body.classList.add('tab-2');
    expect(pageState(document, URL, classes)).not.toBe(classes);
  });

  it('is unknown where a read sees what markup does not show: elements that may hold shadow trees', () => {
    for (const html of ['<main><course-list><p>ECG 101 4 hrs</p></course-list></main>', '<main><Course-List>ECG 101</Course-List></main>', '<main><x-recert-copilot-panel></x-recert-copilot-panel></main>']) {
      load(html);
      expect(pageState(document, URL), html).toBeNull();
    }
    load(generateEducationPage(20).html);
    const before = pageState(document, URL);
    document.querySelector('main')?.append(document.createElement('course-list'));
    expect(before).not.toBeNull();
    expect(pageState(document, URL, before)).toBeNull();
  });

  it('is unknown on a page too large to fingerprint in one short step', () => {
    load(generateEducationPage(20).html);
    expect(pageState(document, URL, null, 50)).toBeNull();
  });
});

describe('the readers read only the host of the address', () => {
  // Every page the project holds, read at two addresses of one host: the same read but the address.
  const dirs = ['pages', 'replica', 'blind-1', 'blind-9', 'blind-18'].map((dir) => join(import.meta.dirname, '..', 'fixtures', dir));
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.html')).map((name) => join(dir, name)));
  it(`${files.length} fixture pages: path and query do not change what is read`, { timeout: 120_000 }, () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      // Each page at its own site (the host is read: it tells eLicensing's pages from NREMT's).
      for (const host of [/elicensing|license|renewal/.test(file) ? 'https://healthprofessionlicensing.mass.gov' : 'https://www.nremt.org']) {
        const { document: doc, close } = parseHtml(readFileSync(file, 'utf8'));
        try {
          const a = readPageEvidence(doc, `${host}/manage-education`);
          const b = readPageEvidence(doc, `${host}/x/dashboard?view=3`);
          expect({ ...b.snapshot, url: null }, file).toEqual({ ...a.snapshot, url: null });
          expect(JSON.stringify(b.evidence), file).toBe(JSON.stringify(a.evidence));
        } finally {
          close();
        }
      }
    }
  });
});
