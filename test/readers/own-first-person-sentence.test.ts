// A post's writer states their own cycle in a sentence opening "I'm" ("I'm an EMT in Mass., new
// cycle runs 04/01/2026 – 03/31/2028"): the cycle is theirs. A sentence of theirs that speaks of
// someone else ("I'm helping Mike, his cycle runs …") states nobody's certification here.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROWS =
  '<table><tr><th>Completed</th><th>Course</th><th>Credits</th><th>Approval #</th></tr>' +
  '<tr><td>05/14/2026</td><td>Pediatric Airway Management</td><td>2</td><td>26-BOUND-F1-0412</td></tr>' +
  '<tr><td>06/02/2026</td><td>STEMI Recognition and 12-Lead Acquisition</td><td>3</td><td>26-CENTR-F1-0088</td></tr></table>';
const post = (sentence: string): string =>
  `<!DOCTYPE html><html><head><title>Are my Manage Education assignments right?</title></head><body><article><h1>Are my NREMT Manage Education assignments right?</h1><p>${sentence}</p>${ROWS}</article></body></html>`;

describe('the writer speaking of themselves', () => {
  it.each([
    ["I'm an EMT in Mass., new cycle runs <strong>04/01/2026 – 03/31/2028</strong> (last recert went through in March). Copied this out of my Manage Education page."],
    ['I am an EMT in Mass. and my new cycle runs 04/01/2026 – 03/31/2028.'],
  ])('%s', (sentence) => {
    expect(readHtml(post(sentence)).certification).toMatchObject({ expiresOn: '2028-03-31', cycleStart: '2026-04-01' });
  });

  it.each([
    "I'm helping Mike with his list, his cycle runs 04/01/2026 – 03/31/2028.",
    "I'm posting Dana's list for her: cycle runs 04/01/2026 – 03/31/2028.",
  ])('not where the sentence speaks of someone else: %s', (sentence) => {
    const read = readHtml(post(sentence));
    expect(read.certification?.expiresOn).toBeUndefined();
    expect(read.certification?.cycleStart).toBeUndefined();
  });
});
