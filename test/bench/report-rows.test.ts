import { describe, expect, it } from 'vitest';
import type { BrowserResults } from '../../bench/browser-bench';
import { browserRows, manifestRows, readerRows, sizeRows } from '../../bench/report-rows';
import type { ReaderTiming } from '../../bench/reader-bench';
import type { Row } from '../../bench/table';

const verdictOf = (rows: readonly Row[], what: string) => rows.find((row) => row.what.includes(what))?.verdict;

function results(overrides: { ratio?: number | null; panelAfter?: number | null; rereadCpu?: number | null; otherSite?: number; longestTask?: number | null; tickingWrites?: number | null } = {}): BrowserResults {
  return {
    extensionLoaded: true,
    load: {
      url: 'https://www.nremt.org/manage-education', runs: 9, withMs: 105, withoutMs: 100, withDclMs: 50, withoutDclMs: 50,
      ratio: overrides.ratio === undefined ? 1.05 : overrides.ratio, afterResponseRatio: 1.04, baselineSpread: 0.1,
      panelAfterContentMs: overrides.panelAfter === undefined ? 100 : overrides.panelAfter, panelAfterNavigationMs: 150, panelShownRuns: 9,
    },
    otherSiteLoad: {
      url: 'https://example.org/', runs: 9, withMs: 20, withoutMs: 20, withDclMs: 10, withoutDclMs: 10,
      ratio: 1, afterResponseRatio: 1, baselineSpread: 0.1, panelAfterContentMs: null, panelAfterNavigationMs: null, panelShownRuns: 0,
    },
    panel: { domContentLoadedMs: 50, hostInsertedMs: 60, readStartMs: 60, firstReadMs: 20, panelReadyMs: 90, extensionCpuMs: 25 },
    spa: { measureMs: [9], medianMeasureMs: 9, medianExtensionCpuMs: overrides.rereadCpu === undefined ? 9.9 : overrides.rereadCpu, note: '5 of 5 view changes re-read' },
    otherSites: { contextsOnOtherSite: overrides.otherSite ?? 0, hostElementsOnOtherSite: 0, measuresOnOtherSite: 0, contextsOnNremt: 1 },
    floorLoad: {
      url: 'https://www.nremt.org/manage-education', runs: 9, withMs: 102, withoutMs: 100, withDclMs: 50, withoutDclMs: 50,
      ratio: 1.02, afterResponseRatio: 1.02, baselineSpread: 0.1, panelAfterContentMs: null, panelAfterNavigationMs: null, panelShownRuns: 0,
    },
    readCosts: { courses: 5000, firstReadLongestTaskMs: overrides.longestTask === undefined ? 50 : overrides.longestTask, rereadLongestTaskMs: 0, tickingWritesPerMinute: overrides.tickingWrites === undefined ? 0 : overrides.tickingWrites, tickingSeconds: 30, uiFrameLoadMs: 40, note: '' },
  };
}

describe('budget rows', () => {
  it('meets load, panel and re-read budgets at their limits and misses them just over', () => {
    const atLimit = browserRows(results(), 500);
    expect(verdictOf(atLimit, 'page load, with / without')).toBe('met');
    expect(verdictOf(atLimit, 'panel ready after the page content')).toBe('met');
    expect(verdictOf(atLimit, 're-read after an SPA view change')).toBe('met');
    const over = browserRows(results({ ratio: 1.051, panelAfter: 100.1, rereadCpu: 10 }), 500);
    expect(verdictOf(over, 'page load, with / without')).toBe('missed');
    expect(verdictOf(over, 'panel ready after the page content')).toBe('missed');
    expect(verdictOf(over, 're-read after an SPA view change')).toBe('missed');
  });

  it('marks a budget missed when its figure could not be measured (no panel, no re-read)', () => {
    const rows = browserRows(results({ ratio: null, panelAfter: null, rereadCpu: null }), 500);
    expect(verdictOf(rows, 'page load, with / without')).toBe('missed');
    expect(verdictOf(rows, 'panel ready after the page content')).toBe('missed');
    expect(verdictOf(rows, 're-read after an SPA view change')).toBe('missed');
  });

  it('misses "no work on other sites" when any extension script ran there', () => {
    expect(verdictOf(browserRows(results(), 500), 'content scripts on https://example.org')).toBe('met');
    expect(verdictOf(browserRows(results({ otherSite: 1 }), 500), 'content scripts on https://example.org')).toBe('missed');
  });

  it('holds each content script to its own gzip budget and reports a missing one', () => {
    const size = (name: string, gzip: number) => ({ name, files: [name], raw: gzip * 3, gzip });
    const rows = sizeRows([size('content script nremt.js', 30_000), size('popup (popup.html scripts + chunks)', 90_000)]);
    expect(verdictOf(rows, 'content script nremt.js')).toBe('met');
    expect(verdictOf(rows, 'popup')).toBe('—');
    expect(rows.find((row) => row.what === 'content script elicensing.js')).toMatchObject({ figure: 'not in the build', verdict: 'missed' });
    expect(verdictOf(sizeRows([size('content script elicensing.js', 15_001)]), 'elicensing.js')).toBe('missed');
  });

  it('needs content scripts in the manifest, all on our two sites', () => {
    expect(manifestRows({ content_scripts: [{ matches: ['https://www.nremt.org/*'] }] })[0]?.verdict).toBe('met');
    expect(manifestRows({ content_scripts: [{ matches: ['<all_urls>'] }] })[0]?.verdict).toBe('missed');
    expect(manifestRows({})[0]?.verdict).toBe('missed');
  });

  it('calls reader cost linear only when every course was read as written', () => {
    const timing = (courses: number, mismatches = 0): ReaderTiming => ({
      courses, msPerPage: courses * 0.02, usPerCourse: 20, coursesRead: courses, kind: 'nremt-education', mismatches, runs: 5,
    });
    expect(verdictOf(readerRows([timing(50), timing(5000)]), 'linearly')).toBe('met');
    expect(verdictOf(readerRows([timing(50), timing(5000, 3)]), 'linearly')).toBe('missed');
  });

  it('reports the floor, the longest read task and ticking writes against their budgets', () => {
    const rows = browserRows(results(), 500);
    expect(rows.find((row) => row.what.startsWith('the floor'))?.figure).toBe('1.02 (102 ms vs 100 ms)');
    expect(rows.find((row) => row.what.startsWith('the floor'))?.note).toContain('Ours over the floor: 1.029');
    expect(verdictOf(rows, 'longest main-thread task of the first read')).toBe('met');
    expect(verdictOf(rows, 'storage writes per minute on a ticking page')).toBe('met');
    const over = browserRows(results({ longestTask: 51, tickingWrites: 2 }), 500);
    expect(verdictOf(over, 'longest main-thread task of the first read')).toBe('missed');
    expect(verdictOf(over, 'storage writes per minute on a ticking page')).toBe('missed');
    expect(verdictOf(browserRows(results({ longestTask: null, tickingWrites: null }), 500), 'storage writes per minute')).toBe('missed');
  });
});
