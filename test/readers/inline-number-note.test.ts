// A note's sentence states the person's registry number in inline markup ("NREMT # <code>A1865024</code>",
// "<strong>E2233445</strong>"): the outline gets the sentence in pieces, the number alone on its
// own; a long paragraph (over 160 characters) is read sentence by sentence only there; the page's top lines keep the sentence whole, and its number is the person's.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (sentence: string): string => `<!doctype html><html><head><title>NREMT recert – Manage Education copy</title></head><body>
<h1>NREMT recert – Manage Education copy</h1>
<div class="p"><div>${sentence}</div></div>
<h2>National Component</h2>
<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>
<tr><td>CPAP in the Field</td><td>Jun 12, 2025</td><td>2 hrs</td><td>CAPCE 25-RESP-F3-0744</td></tr>
<tr><td>Pediatric Respiratory Distress</td><td>Aug 3, 2025</td><td>1.5 hrs</td><td>CAPCE 25-PEDS-F1-0219</td></tr>
</tbody></table></body></html>`;

describe('a registry number in inline markup inside a note sentence', () => {
  it.each([
    ['Pasted from nremt.org → Manage Education on <span>recert</span> <span>nremt</span> 2026-11-29. Cert level <strong>Advanced EMT</strong>, NREMT # <code>A1865024</code>, expires <strong>March 31, 2027</strong>. Cycle start: April 1, 2025.', 'A1865024'],
    ['Copied out of the registry site on <span>2026-10-02</span> for my records, tables and all, before the state portal opens. Level <b>EMT</b>, NREMT # <code>E2233445</code>, expires <b>March 31, 2028</b>. Cycle start: April 1, 2026.', 'E2233445'],
    ['Exported from my notes app on <em>2026-09-14</em>, table kept as is, tags and links stripped by the exporter. Paramedic, NRP # <code>P5566778</code>, expiration <strong>03/31/2028</strong>. Cycle start: 04/01/2026.', 'P5566778'],
  ])('%s', (sentence, registryNumber) => {
    expect(readHtml(page(sentence)).person?.registryNumber).toBe(registryNumber);
  });
});
