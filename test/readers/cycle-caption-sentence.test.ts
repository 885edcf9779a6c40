// A notice captioned with the cycle ("Current cycle", "Recertification cycle") whose sentence
// says what its date is: "You last recertified on 27 March 2026. Your certification expires 31
// March 2028." domain.md: hours count after the last recertification date, so the cycle starts
// the day after it (28 March 2026), not on it. The caption names the topic; the sentence's own
// words name the fact. A caption over the cycle's own dates still gives its first date.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = `<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Management Update</td><td>05/10/2026</td><td>2</td><td>26-EMSX-F3-0101</td></tr>
<tr><td>Diabetic Emergencies</td><td>06/14/2026</td><td>1.5</td><td>26-EMSX-F3-0202</td></tr>
</tbody></table>`;
const transcript = (caption: string, sentence: string): string =>
  '<!DOCTYPE html><html><head><title>Transcript – NREMT</title></head><body><main><h1>Transcript</h1><p>Advanced EMT · Registry # A2290418</p>' +
  `<div role="status"><h3>${caption}</h3><p>${sentence}</p></div>${COURSES}</main></body></html>`;

describe("a cycle caption over a sentence naming its date's fact", () => {
  it.each([
    ['last recertified, then the expiration', 'Current cycle', 'You last recertified on 27 March 2026. Your certification expires 31 March 2028. Courses completed before your cycle began do not count.', '2026-03-28'],
    ['last recertified, then a clause', 'Recertification cycle', 'Last recertified March 30, 2025; courses completed after that date count toward this cycle.', '2025-03-31'],
    ['last renewed', 'Your cycle', 'You were last renewed on 03/28/2025, so only later courses count.', '2025-03-29'],
    ['the cycle range itself', 'Current cycle', '04/01/2026 – 03/31/2028', '2026-04-01'],
  ])('%s', (_, caption, sentence, start) => {
    expect(readHtml(transcript(caption, sentence)).certification?.cycleStart).toBe(start);
  });
});
