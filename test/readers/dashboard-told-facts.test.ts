// A post or a note in which the user tells what their own NREMT dashboard says ("Dashboard says
// last recertified 03/30/2025.", "My dashboard shows expiration 03/31/2027."): the sentence
// states their own facts, as a "your"/"my" clause does. A sentence telling what someone else's
// dashboard or NREMT in general says states none.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROWS = [
  'Airway Adjuncts Skills 05/14/2025 2 CAPCE 25-EMSX-F1-0188',
  'Pediatric Airway Emergencies 09/09/2025 1.5 CAPCE 25-PEDS-F3-0221',
  'Cardiac Arrest Management 11/03/2025 2 CAPCE 25-EMSX-F3-0390',
];
const post = (intro: string): string =>
  `<!DOCTYPE html><html><head><title>Am I short on Trauma? - Recertification - EMS Forum</title></head><body><h1>Am I short on Trauma?</h1>` +
  `<p>Hi all – AEMT here (NREMT A4470962), cert expires 03/31/2027. ${intro} Below is my Manage Education page copied as plain text, one course per line.</p>` +
  `<div>${ROWS.join('<br>')}</div></body></html>`;

describe("a sentence telling what the user's own dashboard says", () => {
  it.each([
    ['"Dashboard says …"', 'Dashboard says last recertified 03/30/2025.'],
    ['"My dashboard shows …"', 'My dashboard shows last recertified 03/30/2025.'],
    ['"My NREMT dashboard says …"', 'My NREMT dashboard says last recertified 03/30/2025.'],
  ])('%s: the cycle starts the day after', (_, intro) => {
    const read = readHtml(post(intro));
    expect(read.kind).toBe('nremt-education');
    expect(read.certification).toMatchObject({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-03-31' });
  });
  it.each([
    ["someone else's dashboard", "Jess's dashboard says last recertified 03/30/2025."],
    ['NREMT in general', 'NREMT says providers last recertified 03/30/2025 must finish by March.'],
  ])('%s: no cycle start', (_, intro) => {
    expect(readHtml(post(intro)).certification?.cycleStart).toBeUndefined();
  });
});
