// A long course list is read in slices (one task each) with exactly the result of one whole read,
// including what is judged over the whole page: its own figures, how much of the list it shows,
// its role, and what its layout hides. The slices' evidence is judged as the background judges
// it (finishRead), then compared with readPageUnchecked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateEducationPage } from '../../bench/education-page';
import { joinSlices, readInSlices, SLICE_THRESHOLD, type SliceOptions } from '../../lib/extension/sliced-read';
import type { PageSnapshot } from '../../lib/model';
import { finishRead, readPageUnchecked } from '../../lib/readers/judge-page';
import { readPageEvidence, readPageParts, type PageRead } from '../../lib/readers/read-page';
import { parseHtml, savedFromUrl } from '../readers/load';

const URL = 'https://www.nremt.org/manage-education';

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*<html[^>]*>|<\/html>\s*$/g, '');
}

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

/** Reads the page in slices, watching which documents the readers read and how many rows each held. */
async function sliced(options: SliceOptions = {}) {
  const reads: Document[] = [];
  let pauses = 0;
  const readers = {
    parts: (doc: Document, url: string | null) => (reads.push(doc), readPageParts(doc, url)),
    whole: (doc: Document, url: string | null) => (reads.push(doc), readPageEvidence(doc, url)),
  };
  const snapshot = finishRead(await readInSlices(document, URL, async () => void pauses++, { ...options, readers }));
  const rowsPerRead = reads.map((doc) => doc.querySelectorAll('tbody tr').length);
  return { snapshot, reads, pauses, rowsPerRead, liveReadWhole: reads.includes(document) };
}

/** The generated page with a National figure that disagrees with its courses, and a pager. */
function pageWithFiguresAndPager(courses: number): string {
  return generateEducationPage(courses)
    .html.replace(/(<h2>National Component<\/h2><span>)[\d.]+/, '$11.00')
    .replace('</main>', '<p>Showing <b>1</b>–<b>' + courses + '</b> of <b>' + (courses + 200) + '</b> courses</p><button type="button">Next</button></main>');
}

describe('reading in slices', () => {
  it('a 1,000-course page: the same snapshot as one whole read, in several slices, the live page never read whole', { timeout: 60_000 }, async () => {
    load(generateEducationPage(1000).html);
    const whole = readPageUnchecked(document, URL);
    const { snapshot, rowsPerRead, liveReadWhole, pauses } = await sliced({ firstRows: 100 });
    expect(whole.courses).toHaveLength(1000);
    expect(snapshot).toEqual(whole);
    expect(liveReadWhole).toBe(false);
    expect(rowsPerRead.length).toBeGreaterThan(1);
    expect(Math.max(...rowsPerRead)).toBeLessThan(1000);
    expect(pauses).toBeGreaterThanOrEqual(rowsPerRead.length);
    expect(document.querySelectorAll('tbody tr').length).toBe(1000);
  });

  it("page figures and a pager: judged once over the joined courses, still read in slices", async () => {
    load(pageWithFiguresAndPager(800));
    const whole = readPageUnchecked(document, URL);
    // The page's own National figure disagrees with the courses read, and it shows a part of its list.
    expect(whole.pageFigures?.some((figure) => figure.component === 'national' && figure.shown === 1)).toBe(true);
    expect(whole.listCoverage).toMatchObject({ complete: false, reason: 'pager', total: 1000 });
    const { snapshot, liveReadWhole, rowsPerRead } = await sliced({ firstRows: 100 });
    expect(snapshot).toEqual(whole);
    expect(liveReadWhole).toBe(false);
    expect(Math.max(...rowsPerRead)).toBeLessThan(800);
  });

  it("a Training Officer's view keeps its role when read in slices", async () => {
    load(generateEducationPage(600).html.replace('<h1>Manage Education</h1>', '<h1>Manage Education</h1><h2>Pending Actions &amp; Requests</h2>'));
    const whole = readPageUnchecked(document, URL);
    expect(whole.role).toBe('training-officer');
    const { snapshot, liveReadWhole } = await sliced();
    expect(snapshot).toEqual(whole);
    expect(liveReadWhole).toBe(false);
  });

  it('rows the page’s layout hides are left out of the slices as out of a whole read', async () => {
    // happy-dom has no layout: give the page one where a stylesheet hides some rows.
    load(generateEducationPage(600).html.replace(/<tr><td>([^<]*#(?:7|70|300)<\/td>)/g, '<tr class="gone"><td>$1'));
    expect(document.querySelectorAll('tr.gone')).toHaveLength(3);
    vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue({ width: 1200, height: 800 } as DOMRect);
    const proto = Element.prototype as unknown as Record<string, unknown>;
    const hadCheck = Object.hasOwn(proto, 'checkVisibility');
    const original = proto.checkVisibility;
    proto.checkVisibility = function (this: Element) {
      return this.ownerDocument === document && !this.closest('.gone');
    };
    try {
      const whole = readPageUnchecked(document, URL);
      expect(whole.courses).toHaveLength(597);
      const { snapshot, liveReadWhole } = await sliced();
      expect(snapshot).toEqual(whole);
      expect(liveReadWhole).toBe(false);
    } finally {
      if (hadCheck) proto.checkVisibility = original;
      else delete proto.checkVisibility;
    }
  });

  it('unread rows and page order survive slicing', async () => {
    load(generateEducationPage(600).html.replace(/(<td>)(\d+(?:\.\d+)?)(<\/td>)/, '$1TBD$3'));
    const whole = readPageUnchecked(document, URL);
    expect(whole.unread?.length).toBe(1);
    expect((await sliced()).snapshot).toEqual(whole);
  });

  it('course records outside the sliced tables (they would be in every slice): read whole, never duplicated', async () => {
    const extra = '<section><h2>Local Component</h2><ul><li>Regional Protocol Update · 03/04/2026 · 2.00 hours · OEMS 26-1111-T3</li><li>Stretcher Operations Review · 05/06/2026 · 1.00 hours · OEMS 26-2222-T3</li></ul></section>';
    load(generateEducationPage(600).html.replace('</main>', `${extra}</main>`));
    const whole = readPageUnchecked(document, URL);
    const { snapshot } = await sliced();
    expect(snapshot).toEqual(whole);
  });

  it('a short page is read whole, without pausing', async () => {
    load(generateEducationPage(SLICE_THRESHOLD - 1).html);
    const { snapshot, pauses } = await sliced();
    expect(pauses).toBe(0);
    expect(snapshot.courses).toHaveLength(SLICE_THRESHOLD - 1);
  });

  it('slices that disagree about the page itself are not joined', () => {
    const list = (text: string) => ({ dateOrder: 0, items: [{ kind: 'text' as const, text }] });
    const part = (snapshot: PageSnapshot, text = 'Trauma'): PageRead => ({ snapshot, evidence: { recordLists: [list(text)] } });
    const a: PageSnapshot = { url: URL, kind: 'nremt-education' };
    expect(joinSlices([part(a), part({ url: URL, kind: 'unknown' })])).toBeNull();
    expect(joinSlices([part(a), part({ ...a, person: { name: 'Someone Else' } })])).toBeNull();
    // A slice showing the Submit control: only the live page knows whether the person sees it.
    const submit = (read: PageRead): PageRead => ({ ...read, evidence: { ...read.evidence, application: { tables: [], steps: [], control: { disabled: false } } } });
    expect(joinSlices([part(a), submit(part(a))])).toBeNull();
    // Each slice's course list is kept apart, in page order.
    expect(joinSlices([part(a), part(a, 'Medical')])?.evidence?.recordLists).toEqual([list('Trauma'), list('Medical')]);
  });

  // Every fixture page, sliced two rows at a time wherever it has a headed table: the same as whole.
  const fixtures = ['pages', 'replica', 'blind-1', 'blind-2'].flatMap((set) => {
    const dir = join(__dirname, '..', 'fixtures', set);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => join(dir, name));
  });
  it.each(fixtures.map((path) => [path.split('/fixtures/')[1], path]))('%s: sliced as read whole', async (_name, path) => {
    const html = readFileSync(path as string, 'utf8');
    const { document: doc, close } = parseHtml(html);
    try {
      const url = savedFromUrl(html) ?? URL;
      const whole = readPageUnchecked(doc, url);
      expect(finishRead(await readInSlices(doc, url, async () => {}, { threshold: 1, sliceRows: 2 }))).toEqual(whole);
    } finally {
      close();
    }
  });
});
