import { describe, expect, it } from 'vitest';
import { inertWindow, savedDocument } from '../../lib/cli/html';
import { keepsLineBreaks } from '../../lib/readers/dom';

// A saved page's white-space as a browser takes it: a webmail writes a message body's
// "white-space:pre-wrap" again with old browsers' prefixes, which a browser drops.
const saved = (body: string) => savedDocument(inertWindow(), `<!doctype html><html><body>${body}</body></html>`);

describe('a saved page’s own white-space', () => {
  it.each([
    ['pre-wrap, then prefixed values', 'white-space:pre-wrap;white-space:-moz-pre-wrap;white-space:-o-pre-wrap', 'pre-wrap'],
    ['a prefixed value alone', 'white-space:-moz-pre-wrap', ''],
    ['pre, then nowrap', 'white-space:pre;white-space:nowrap', 'nowrap'],
  ])('%s', (_name, style, shown) => {
    const span = saved(`<p>Hi <span id="s" style="${style}">a\nb</span></p>`).getElementById('s') as HTMLElement;
    expect(span.style.whiteSpace).toBe(shown);
  });

  it('lets a block whose whole text is one such span keep its lines', () => {
    const doc = saved('<div id="d"><span style="white-space:pre-wrap;white-space:-o-pre-wrap">Course\tHours\nAirway Update\t2</span></div><div id="e">Note: <span style="white-space:pre-wrap">a\nb</span></div>');
    expect(keepsLineBreaks(doc.getElementById('d')!)).toBe(true);
    expect(keepsLineBreaks(doc.getElementById('e')!)).toBe(false);
  });
});
