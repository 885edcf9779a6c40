import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptScope } from '../../bench/manifest-scope';
import { isLinear, type ReaderTiming } from '../../bench/reader-bench';
import { measureSizes } from '../../bench/sizes';
import { median, spread } from '../../bench/stats';
import { atMost, formatTable } from '../../bench/table';

describe('stats', () => {
  it('takes the median of odd and even counts and ignores order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it('measures spread as interquartile range over the median', () => {
    expect(spread([10, 10, 10, 10])).toBe(0);
    expect(spread([8, 9, 10, 11, 12])).toBeCloseTo(0.2);
  });
});

describe('budget verdicts and the table', () => {
  it('marks a figure met only when it is there and within the limit', () => {
    expect(atMost(29_999, 30_000)).toBe('met');
    expect(atMost(30_000, 30_000)).toBe('met');
    expect(atMost(30_001, 30_000)).toBe('missed');
    expect(atMost(null, 30_000)).toBe('missed');
    expect(atMost(Number.NaN, 30_000)).toBe('missed');
  });

  it('prints one aligned Markdown row per figure, escaping pipes', () => {
    const table = formatTable([
      { section: 'S', what: 'a | b', figure: '1 ms', budget: '≤ 2 ms', verdict: 'met' },
      { section: 'Longer section', what: 'c', figure: '3 ms', budget: '—', verdict: '—', note: 'n' },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[2]).toContain('a \\| b');
    expect(lines[3]).toMatch(/^\| Longer section \| c/);
  });
});

describe('linearity', () => {
  const timing = (courses: number, usPerCourse: number): ReaderTiming => ({
    courses, usPerCourse, msPerPage: (usPerCourse * courses) / 1000, coursesRead: courses, kind: 'nremt-education', mismatches: 0, runs: 5,
  });
  it('accepts per-course cost that stays within 3x and rejects quadratic growth', () => {
    expect(isLinear([timing(50, 20), timing(500, 12), timing(5000, 11)])).toBe(true);
    expect(isLinear([timing(50, 10), timing(500, 100), timing(5000, 1000)])).toBe(false);
    expect(isLinear([timing(50, Number.NaN), timing(5000, 1)])).toBe(false);
  });
});

describe('content script scope from the manifest', () => {
  it('accepts only NREMT and eLicensing matches', () => {
    const ours = contentScriptScope({
      content_scripts: [{ matches: ['https://www.nremt.org/*', 'https://nremt.org/*'] }, { matches: ['https://healthprofessionlicensing.mass.gov/*'] }],
    });
    expect(ours.outside).toEqual([]);
    expect(ours.contentScripts).toBe(2);
    const wide = contentScriptScope({ content_scripts: [{ matches: ['<all_urls>', 'https://*.nremt.org.evil.com/*', 'https://www.nremt.org/*'] }] });
    expect(wide.outside).toEqual(['<all_urls>', 'https://*.nremt.org.evil.com/*']);
  });
});

describe('bundle sizes', () => {
  it('counts a page script with the chunks it imports, and each content script on its own', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
    mkdirSync(join(root, 'chunks'));
    mkdirSync(join(root, 'content-scripts'));
    const repeated = 'const panel = "recert";\n'.repeat(200);
    writeFileSync(join(root, 'content-scripts', 'nremt.js'), repeated);
    writeFileSync(join(root, 'content-scripts', 'nremt.css'), ':host{color:red}');
    writeFileSync(join(root, 'popup.html'), '<script type="module" crossorigin src="/chunks/popup-a1.js"></script>');
    writeFileSync(join(root, 'chunks', 'popup-a1.js'), 'import{r as o}from"./shared-b2.js";const l=()=>import("./lazy-c3.js");o(l);');
    writeFileSync(join(root, 'chunks', 'shared-b2.js'), 'export const r=(x)=>x;');
    writeFileSync(join(root, 'chunks', 'lazy-c3.js'), 'export default 1;');
    const sizes = measureSizes(root);
    const content = sizes.find((size) => size.name === 'content script nremt.js');
    expect(content?.raw).toBe(repeated.length);
    expect(content?.gzip).toBeLessThan(content?.raw ?? 0);
    const popup = sizes.find((size) => size.name.startsWith('popup'));
    expect(popup?.files.sort()).toEqual(['chunks/lazy-c3.js', 'chunks/popup-a1.js', 'chunks/shared-b2.js']);
    expect(sizes.find((size) => size.name === 'content script style nremt.css')?.raw).toBe(16);
    expect(sizes.some((size) => size.name === 'background.js')).toBe(false);
  });
});

describe('CPU profile attribution', () => {
  it('counts samples whose stack passes through an extension script, including native calls it makes', async () => {
    const { cpuMsOf } = await import('../../bench/cpu-profile');
    const frame = (url: string, functionName = 'f') => ({ url, functionName });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('', '(root)'), children: [2, 4, 6] },
        { id: 2, callFrame: frame('chrome-extension://abc/content-scripts/nremt.js'), children: [3] },
        { id: 3, callFrame: frame('', 'querySelectorAll') },
        { id: 4, callFrame: frame('https://www.nremt.org/app.js'), children: [5] },
        { id: 5, callFrame: frame('', 'querySelectorAll') },
        { id: 6, callFrame: frame('', '(idle)') },
      ],
      // Samples: ext, ext-native, page, page-native, idle; each stands for the next delta.
      samples: [2, 3, 5, 4, 6, 2],
      timeDeltas: [0, 1000, 2000, 4000, 8000, 16000],
    };
    // Sample 0 (node 2) -> 1000 µs, sample 1 (node 3) -> 2000 µs; the rest are page or idle; the last has no end.
    expect(cpuMsOf(profile)).toBe(3);
    expect(cpuMsOf(profile, (url) => url.startsWith('https://www.nremt.org/'))).toBe(12);
  });
});

describe('source map attribution', () => {
  it('decodes VLQ and splits generated bytes between sources', async () => {
    const { attributeBytes, decodeVlq, sourceLocator } = await import('../../bench/source-map-bytes');
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('KACd')).toEqual([5, 0, 1, -14]);
    // Line 0 of "abcdefghij": columns 0-3 from a.ts, then +4 columns and +1 source ("ICAA") b.ts.
    const fixed = { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,ICAA' };
    expect(Object.fromEntries(attributeBytes('abcdefghij', fixed))).toEqual({ 'a.ts': 4, 'b.ts': 6 });
    const locate = sourceLocator(fixed);
    expect(locate(0, 2)).toBe('a.ts');
    expect(locate(0, 7)).toBe('b.ts');
    expect(locate(3, 0)).toBeNull();
  });
});
