// A paragraph holding a hidden control (a margin note's check box toggle, `display: none` by the
// stylesheet) is still one paragraph of text: the hidden box shows nothing, so the sentences
// around it are read whole ("… expires March 31, 2027; the cycle began April 1, 2025."), never
// cut down to the pieces in its inline tags.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const TABLE = `<table><thead><tr><th>Date</th><th>Course</th><th>Hours</th><th>Approval</th></tr></thead><tbody>
<tr><td>May 3, 2025</td><td>Burn Care Basics</td><td>2.0</td><td>25-BURN-F3-0104</td></tr>
<tr><td>June 9, 2025</td><td>Neonatal Resuscitation</td><td>1.5</td><td>25-NRPX-F3-0318</td></tr></tbody></table>`;

const page = (toggle: string): string => `<!DOCTYPE html><html><head><title>CE log</title><style>input.note-toggle { display: none; }</style></head><body><article><h1>Continuing Education Log</h1>
<p><span class="lead">This is my running record</span> of every class toward this recertification. My National Registry EMT certification (registry no. E4410267) expires <strong>March 31, 2027</strong>; the cycle began April 1, 2025.${toggle}<span class="note">Copied from the NREMT dashboard.</span> Certificates live in the shared drive.</p>
${TABLE}</article></body></html>`;

describe('a hidden control inside a paragraph', () => {
  it.each([
    ['a hidden check box toggle', '<label for="n1" class="note-number"></label><input type="checkbox" id="n1" class="note-toggle">'],
    ['a check box hidden by its own attribute', '<input type="checkbox" hidden>'],
    ['no control at all', ''],
  ])('%s: the sentences are read whole', (_name, toggle) => {
    const read = readHtml(page(toggle));
    expect(read.kind).toBe('nremt-education');
    expect(read.certification?.expiresOn).toBe('2027-03-31');
    expect(read.certification?.cycleStart).toBe('2025-04-01');
    expect(read.courses?.length).toBe(2);
  });
});
