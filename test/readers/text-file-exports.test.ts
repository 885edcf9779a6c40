// A plain-text course log (the person's own copy of their NREMT transcript, a space-aligned text
// table) exported by an editor with its syntax colours: the file's text in spans inside a
// `white-space: pre` box (Notepad++ "Export to HTML"). It reads as the same text in a <pre>: the
// column titles, the rule that underlines them, then one row a course, whatever the box's tags.
// A combined column title ("Component / Topic") names where the course counts; a possessive of the
// person's own first name ("(Jordan's laptop)" under "Name: Jordan …") is theirs, nobody else's.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const HEAD = `NREMT TRANSCRIPT - copied from nremt.org 11/02/2026 (Jordan's laptop)
==================================================================
Name:     Jordan P. Ellery
NREMT #:  E4471902
`;
const TABLE = `COMPLETED   HRS    COMPONENT / TOPIC          COURSE                              APPROVAL #
----------  -----  -------------------------  ----------------------------------  ----------------
05/14/2025  2.0    National - Trauma          Bleeding Control for Crews          CAPCE 25-EMSX-F3-0514
09/02/2025  1:30   Local                      County Stroke Protocol              OEMS 25-0902-T3
02/11/2026  3      Individual                 Wilderness Rescue Basics            CAPCE 26-WILD-F1-0211
`;
const EXPECTED = [
  ['Bleeding Control for Crews', '2025-05-14', 2, 'national', 'trauma'],
  ['County Stroke Protocol', '2025-09-02', 1.5, 'local', null],
  ['Wilderness Rescue Basics', '2026-02-11', 3, 'individual', null],
];

const page = (box: (text: string) => string, text: string): string => `<!DOCTYPE html><html><head><title>Exported from an editor</title></head><body>${box(text)}</body></html>`;
const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const spans = (text: string): string => `<span style="color:#000">${esc(text)}</span>`;
// Each line coloured on its own, as a syntax colourer splits it.
const lineSpans = (text: string): string => text.split('\n').map((line) => `<span style="color:#00f">${esc(line)}</span>`).join('\n');

describe('a text file exported with its syntax colours reads like the same text in a <pre>', () => {
  it.each([
    ['one span in a white-space: pre div (Notepad++)', (t: string) => `<div style="float: left; white-space: pre; line-height: 1;">${spans(t)}</div>`, HEAD + '\n' + TABLE],
    ['a span a line in a white-space: pre div', (t: string) => `<div style="white-space: pre">${lineSpans(t)}</div>`, HEAD + '\n' + TABLE],
    ['CRLF line ends', (t: string) => `<div style="white-space: pre">${spans(t.replaceAll('\n', '\r\n'))}</div>`, HEAD + '\n' + TABLE],
    ['the same text in a <pre>', (t: string) => `<pre>${esc(t)}</pre>`, HEAD + '\n' + TABLE],
  ])('%s', (_, box, text) => {
    const read = readHtml(page(box, text));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.topic ?? null])).toEqual(EXPECTED);
  });

  it("someone else's copy (another first name's possessive) stays unknown", () => {
    const read = readHtml(page((t) => `<div style="white-space: pre">${spans(t)}</div>`, HEAD.replace("Jordan's", "Mike's").replace('NREMT TRANSCRIPT', "Mike's NREMT TRANSCRIPT") + '\n' + TABLE));
    expect(read.kind).toBe('unknown');
  });
});
