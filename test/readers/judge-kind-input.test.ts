// judgeKind and kindOfRead (judge-kind.ts) read a printout's or a drawn card's lines for
// themselves: the evidence the content script sent is left as it was sent, whichever is asked
// first and however often.
import { describe, expect, it } from 'vitest';
import { judgeKind, kindOfRead } from '../../lib/readers/judge-kind';
import { readPageEvidence } from '../../lib/readers/read-page';
import { parseHtml } from './load';

const PRINTOUT = `<html><head><title>NREMT | Certification</title></head><body><h1>My Certification</h1><pre>
CERTIFICATION SUMMARY
=========================
NAME ........ JORDAN REYES
LEVEL ....... EMT
EXPIRATION .. 03/31/2027
</pre></body></html>`;

const DRAWN = `<html><head><title>NREMT | Recertification Application</title></head><body><h1>Recertification Application</h1>
<svg width="400" height="120"><text x="10" y="20">Level:</text><text x="120" y="20">EMT</text>
<text x="10" y="50">Expiration Date:</text><text x="120" y="50">03/31/2027</text></svg>
<table><tr><td>Jordan Reyes</td><td>EMT</td><td>03/31/2027</td></tr></table></body></html>`;

function evidenceOf(html: string) {
  const { document, close } = parseHtml(html);
  try {
    return readPageEvidence(document, 'https://www.nremt.org/x');
  } finally {
    close();
  }
}

describe('judgeKind leaves the evidence as sent', () => {
  it.each([
    ['a printout', PRINTOUT, 'pre', 'LEVEL: EMT'],
    ['a drawn card and a one-row table', DRAWN, 'drawn', 'Jordan Reyes · EMT · 03/31/2027'],
  ])('%s', (_, html, field, line) => {
    const read = evidenceOf(html);
    const before = structuredClone(read);
    expect(read.evidence?.outline?.some((shown) => field in shown)).toBe(true);
    const kind = kindOfRead(read);
    const judged = judgeKind(read);
    expect(read).toEqual(before);
    // Asked again, on the same evidence: the same kind and lines.
    const again = judgeKind(read);
    expect([again.snapshot, again.evidence]).toEqual([judged.snapshot, judged.evidence]);
    expect(judged.snapshot.kind).toBe(kind);
    // What was judged was read from the printout's or the card's lines (the evidence sent still holds them).
    expect(judged.evidence?.outline?.some((shown) => field in shown)).toBe(false);
    expect(judged.evidence?.outline?.map((shown) => shown.text)).toContain(line);
  });
});
