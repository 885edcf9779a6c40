// The user's own NREMT record pasted into a chat or workspace tool: the tool's own names (the
// account's display name, the server's or workspace's name) are not the person's. Where the pasted
// record names the person (a name on the line before the registry number, or a name beside the
// number and level in one line), that name wins; a possessive phrase ("Dana's Stuff", "Maya's
// Workspace") is never a person's name. Unknown beats wrong.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const dashboardFacts = (registry: string): string =>
  `<div>National Registry Number: ${registry}</div><div>Certification Level: EMT</div><div>Expiration Date: 03/31/2027</div>`;

const courses =
  '<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody>' +
  '<tr><td>Airway Management Review</td><td>01/14/2026</td><td>2</td></tr>' +
  '<tr><td>Pediatric Assessment</td><td>02/03/2026</td><td>1.5</td></tr>' +
  '<tr><td>Stroke Recognition</td><td>03/09/2026</td><td>1</td></tr></tbody></table>';

const cases: Array<[string, string, string]> = [
  [
    'a chat server named for its owner, the record quoted in a message',
    page(
      '<nav><h2>Dana\'s Stuff</h2><div>general</div><div>recert</div></nav><section><div>dwhit</div><div>Online</div></section>' +
        '<main><h1>recert</h1><article><h3>dwhit 11/28/2026 9:14 PM</h3><div>pasting my nremt dashboard here</div>' +
        '<blockquote style="white-space: pre-wrap"><strong>Dana K. Whitcomb</strong>\nNational Registry Number: E1234567\nCertification Level: EMT\nExpiration Date: 03/31/2027</blockquote></article></main>',
      'Discord | #recert | Dana\'s Stuff',
    ),
    'Dana K. Whitcomb',
  ],
  [
    'a notes workspace named for its owner, the record on the page',
    page(
      '<aside><div>Maya\'s Workspace</div><div>Private</div></aside><main><h1>Recert stuff</h1>' +
        `<p>Copied from my National Registry account</p><p>Maya R. Castillo</p>${dashboardFacts('P3318204')}</main>`,
      'Recert stuff',
    ),
    'Maya R. Castillo',
  ],
  [
    'a chat account’s display name cued as the user, the record’s line naming the person beside the number',
    page(
      '<header><div>User: Rob Tanaka</div></header><main><div>Rob Tanaka</div><div>5:32 PM</div>' +
        '<div>Pasted my NREMT transcript so I have it at work <span><img src="e.png" aria-label="clipboard emoji"></span><br><b>Transcript</b> — Roberto J. Tanaka · Nationally Registered EMT · Registry # E2204417 · Expires 03/31/2028</div>' +
        `${courses}</main>`,
      'Slack | Rob Tanaka',
    ),
    'Roberto J. Tanaka',
  ],
  [
    'a signed-in cue of a workspace, the record’s line cut at bars',
    page(
      '<header><div>Logged in as Priya Raman</div></header><main><h1>Notes</h1><p>Pasted my NREMT transcript</p>' +
        `<p><span>📋</span> <b>Transcript</b> | Priya N. Raman | Paramedic | P5521460</p>${courses}</main>`,
      'Notes',
    ),
    'Priya N. Raman',
  ],
];

describe('a tool’s own names are not the person’s', () => {
  it.each(cases)('the pasted record names the person: %s', (_, html, name) => {
    expect(readHtml(html).person?.name).toBe(name);
  });

  it('a possessive server name alone is no name (unknown beats wrong)', () => {
    const html = page(
      '<nav><h2>Jordan\'s Server</h2><div>general</div></nav><main><h1>general</h1><p>my national registry card</p>' +
        '<blockquote style="white-space: pre-wrap">National Registry Number: E7654321\nCertification Level: EMT\nExpiration Date: 03/31/2027</blockquote></main>',
      'Discord',
    );
    expect(readHtml(html).person?.name).toBeUndefined();
  });
});
