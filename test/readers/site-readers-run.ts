// The NREMT content script reads without the eLicensing readers (its size budget), and sends what
// it read with the evidence the background judges (facts in sentences, the chrome person, the
// course list's coverage): on every fixture page, what the background makes of the message must
// be what readPage reads, except that an eLicensing page is unknown there. Run in three files
// (site-readers.test.ts, site-readers-recent.test.ts, site-readers-newest.test.ts): the sets from 50
// on read in one worker ran out of Node 20's default heap at 57 sets.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers/index';
import { readPageEvidence } from '../../lib/readers/read-page';
import { finishRead } from '../../lib/readers/judge-page';
import { PageRequest } from '../../lib/extension/page-service';
import { PageSnapshot } from '../../lib/model';
import { parseHtml, savedFromUrl } from './load';
import { NEWEST_FROM, RECENT_FROM, setNumber } from '../blind/blind-floors';

const FIXTURES = join(__dirname, '../fixtures');
// Every set of pages: the outline carries the dashboard's tables and the application's evidence
// as text, and what crosses the boundary must judge exactly as the page read whole does.
const ALL_SETS = ['pages', 'outsider', ...readdirSync(FIXTURES).filter((dir) => dir.startsWith('blind-'))];
type Part = 'early' | 'recent' | 'newest';
const partOf = (set: string): Part => (!set.startsWith('blind-') || setNumber(set) < RECENT_FROM ? 'early' : setNumber(set) < NEWEST_FROM ? 'recent' : 'newest');

/** The check on the bundled pages and the sets before RECENT_FROM, on those from it to NEWEST_FROM, or on those from NEWEST_FROM on. */
export function describeSiteReaders(part: Part): void {
  const SETS = ALL_SETS.filter((set) => partOf(set) === part);
  const pages = SETS.flatMap((set) =>
    readdirSync(join(FIXTURES, set))
      .filter((file) => file.endsWith('.html'))
      .map((file) => join(set, file)),
  );
  describe('the NREMT content script reader (no eLicensing readers), judged by the background', () => {
    it.each(pages)('%s', (page) => {
      const html = readFileSync(join(FIXTURES, page), 'utf8');
      const url = savedFromUrl(html);
      const { document, close } = parseHtml(html);
      try {
        const full = readPage(document, url);
        const { snapshot, evidence } = readPageEvidence(document, url);
        // What crosses the message boundary: a structured clone, checked with zod there.
        const request = PageRequest.parse(structuredClone({ snapshot, evidence }));
        const nremtOnly = PageSnapshot.parse(finishRead(request));
        if (full.kind === 'elicensing-license') expect(nremtOnly).toEqual({ url, kind: 'unknown' });
        // An eLicensing renewal page (never on nremt.org, where this script runs) may look like
        // NREMT's application to readers without eLicensing's: the same either way it is judged.
        else if (full.kind === 'elicensing-renewal') expect(nremtOnly).toEqual(PageSnapshot.parse(finishRead(readPageEvidence(document, url))));
        else expect(nremtOnly).toEqual(full);
      } finally {
        close();
      }
    });

    it('covers eLicensing pages as well as NREMT ones', () => {
      expect(pages.some((page) => page.includes('elic'))).toBe(true);
    });
  });
}
