// Round 35's layouts, each written here in its own words:
// - a transcript pasted into a snippet manager's code block as markdown bullets, each title in
//   "**" marks: the NREMT content script's read, judged by the background, is the page read whole
//   (titles and an unread row's text without the marks).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers/index';
import { readPageEvidence } from '../../lib/readers/read-page';
import { finishRead } from '../../lib/readers/judge-page';
import { PageRequest } from '../../lib/extension/page-service';
import { PageSnapshot } from '../../lib/model';
import { parseHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

/** The page read whole, and as the content script sends it and the background judges it. */
function bothReads(html: string, url: string): { full: PageSnapshot; sent: PageSnapshot } {
  const { document, close } = parseHtml(html);
  try {
    const full = readPage(document, url);
    const { snapshot, evidence } = readPageEvidence(document, url);
    const sent = PageSnapshot.parse(finishRead(PageRequest.parse(structuredClone({ snapshot, evidence }))));
    return { full, sent };
  } finally {
    close();
  }
}

describe('markdown bullets pasted into a code block', () => {
  const bullets = [
    '## My continuing education (AEMT)',
    '',
    '- **Bag-Valve-Mask Refresher** 08/03/2026 2 hrs CAPCE 26-LMN-F3-0803 National Airway',
    '- **Chest Pain Differentials** 08/19/2026 1.5 hrs CAPCE 26-LMN-F3-0819 National Cardiovascular',
    '- **Splinting Lab** 09/02/2026 2 hrs CAPCE 26-RST-F1-0902 National Trauma',
    '- **Decon Corridor Walkthrough** 09/15/2026 ? hrs OEMS 26-0915-T',
    '- **Sepsis Screening** 10/01/2026 1 hrs CAPCE 26-RST-F1-1001 National Medical',
    '- **County Protocol Update** 10/22/2026 3 hrs OEMS 26-1022-T Local',
  ];
  const html = page('Snippets · CE log', `<main><h1>Snippets</h1><article><h2>CE log</h2><pre><code>${bullets.join('\n')}</code></pre></article></main>`);

  it('reads the same on nremt.org through the content script as read whole', () => {
    const { full, sent } = bothReads(html, 'https://www.nremt.org/snippets/ce-log');
    expect(sent).toEqual(full);
    expect(full.courses?.map((course) => course.title)).toEqual(['Bag-Valve-Mask Refresher', 'Chest Pain Differentials', 'Splinting Lab', 'Sepsis Screening', 'County Protocol Update']);
    expect(full.unread?.map((row) => row.text)).toEqual([expect.not.stringContaining('**')]);
  });
});
