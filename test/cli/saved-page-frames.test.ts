import { describe, expect, it } from 'vitest';
import { readHtml } from '../../lib/cli/html';

// A saved page's inline frame shows its own document (srcdoc): a mail preview tool saves the
// message so. A browser draws it where the frame stands, unless the frame is hidden or placed off
// the page (a print library's frame holding a copy for printing).
const message =
  '<h2>Your CE transcript</h2><p>Here is your NREMT transcript, copied from Manage Education:</p><table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr>' +
  '<tr><td>Airway Management Update</td><td>05/01/2026</td><td>2</td><td>26-AMU-F3-0501</td></tr><tr><td>Stroke Scales</td><td>06/02/2026</td><td>1.5</td><td>26-STS-F3-0602</td></tr></table>';
const quoted = message.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const page = (frame: string) => `<!doctype html><html><head><title>Mail preview</title></head><body><h1>Outgoing mail</h1><dl><dt>To:</dt><dd>jo@example.net</dd></dl>${frame}</body></html>`;

describe('a saved page’s inline frame', () => {
  it('is read where it stands', async () => {
    const read = await readHtml(page(`<iframe seamless="seamless" srcdoc="${quoted}"></iframe>`), null);
    expect((read.courses ?? []).map((course) => course.title)).toEqual(['Airway Management Update', 'Stroke Scales']);
  });
  // A minus sign in another declaration ("-apple-system", a negative margin) places nothing off the page.
  it.each(['font-family: -apple-system, sans-serif; margin: -2px 0 0', 'border: 0; top: 0; left: 12px'])('is read when its style only looks like an offset (%s)', async (style) => {
    const read = await readHtml(page(`<iframe style="${style}" srcdoc="${quoted}"></iframe>`), null);
    expect((read.courses ?? []).map((course) => course.title)).toEqual(['Airway Management Update', 'Stroke Scales']);
  });
  it.each(['visibility: hidden; height: 0', 'position: absolute; top: -1013px; left: -1380px', 'position:absolute;left:-9999px', 'display: none !important'])('is not read when its style hides it (%s)', async (style) => {
    const read = await readHtml(page(`<iframe style="${style}" srcdoc="${quoted}"></iframe>`), null);
    expect(read.courses ?? []).toEqual([]);
  });
});
