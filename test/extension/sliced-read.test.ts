// A long course list is read in slices (one task each) with exactly the result of one whole read.
import { afterEach, describe, expect, it } from 'vitest';
import { generateEducationPage } from '../../bench/education-page';
import { joinSlices, readInSlices, SLICE_ROWS, SLICE_THRESHOLD } from '../../lib/extension/sliced-read';
import type { PageSnapshot } from '../../lib/model';
import { readPageUnchecked } from '../../lib/readers/read-page';

const URL = 'https://www.nremt.org/manage-education';

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*<html[^>]*>|<\/html>\s*$/g, '');
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('reading in slices', () => {
  it('a 1,000-course page: the same snapshot as one whole read, in several slices', async () => {
    load(generateEducationPage(1000).html);
    const whole = readPageUnchecked(document, URL);
    let slices = 0;
    const reads: Document[] = [];
    const sliced = await readInSlices(document, URL, (doc, url) => (reads.push(doc), readPageUnchecked(doc, url)), async () => void slices++);
    expect(whole.courses).toHaveLength(1000);
    expect(sliced).toEqual(whole);
    // Each slice holds at most SLICE_ROWS course rows (a last whole read only when the slices
    // carry whole-page judgements); the live page was never touched.
    const slicesRead = reads.filter((doc) => doc !== document);
    // Every slice is read, unless the first one already shows the slices cannot be joined.
    expect([1, Math.ceil(1000 / SLICE_ROWS)]).toContain(slicesRead.length);
    for (const doc of slicesRead) expect(doc.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(SLICE_ROWS);
    expect(document.querySelectorAll('tbody tr').length).toBe(1000);
    expect(slices).toBeGreaterThan(reads.length - 1);
  });

  it('unread rows and page order survive slicing', async () => {
    const page = generateEducationPage(600).html.replace(/(<td>)(\d+(?:\.\d+)?)(<\/td>)/, '$1TBD$3');
    load(page);
    const whole = readPageUnchecked(document, URL);
    expect(whole.unread?.length).toBe(1);
    expect(await readInSlices(document, URL, readPageUnchecked, async () => {})).toEqual(whole);
  });

  it('a short page is read whole, without pausing', async () => {
    load(generateEducationPage(SLICE_THRESHOLD - 1).html);
    let pauses = 0;
    const snapshot = await readInSlices(document, URL, readPageUnchecked, async () => void pauses++);
    expect(pauses).toBe(0);
    expect(snapshot.courses).toHaveLength(SLICE_THRESHOLD - 1);
  });

  it('slices that disagree on the page kind are not joined', () => {
    const a: PageSnapshot = { url: URL, kind: 'nremt-education', courses: [] };
    expect(joinSlices([a, { url: URL, kind: 'unknown' }])).toBeNull();
    expect(joinSlices([a, { ...a, unreadReason: 'x' }])?.unreadReason).toBe('x');
    // A whole-page judgement (figures shown against courses read) cannot be joined from slices.
    expect(joinSlices([{ ...a, pageFigures: [] } as PageSnapshot, a])).toBeNull();
  });
});
