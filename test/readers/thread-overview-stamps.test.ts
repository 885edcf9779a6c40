// A mail-list archive's message page holding the provider's own transcript pasted as plain text,
// then the archive's thread overview: one line per message, its sent date and time of day first,
// then its subject or sender ("2026-11-29 1:44 ` Dana Okafor [this message]"). The class: a clock
// figure right after a line's leading date that is no quarter-hour (domain.md: hours come in 0.25
// steps) is the date's time of day, so the line is a message's stamp, never a course's values.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const TRANSCRIPT = `Course                                 Completed   Hrs   Component   Approval #
-------------------------------------------------------------------------------
Airway Adjuncts Review                 2026-04-18  2:00  National    26-EMSX-F3-1022
Pediatric Respiratory Distress         2026-05-06  1:30  National    26-PEDS-F5-0118
MA Statewide Treatment Protocols 2026  2026-10-02  4:00  State/Local 26-0588-T3`;

const page = (overview: string): string => `<!DOCTYPE html><html><head><title>[EMS-L] my transcript</title></head><body>
<pre>From: Dana Okafor &lt;dokafor@example.org&gt;
Subject: [EMS-L] my transcript
Date: Sat, 28 Nov 2026 20:44:55 -0500</pre>
<pre>Here is mine, copied out of the NREMT site (Manage Education):

${TRANSCRIPT}

Thanks,
Dana</pre>
<pre>Thread overview: 3 messages
${overview}</pre></body></html>`;

describe('a thread overview\'s dated lines are messages, not courses', () => {
  it.each([
    ['ISO dates, 24-hour times', '-- links below jump to the message on this page --\n2026-11-20 14:02 [EMS-L] transcripts due Dec 1 Luis Ortega\n2026-11-29 1:44 ` Dana Okafor [this message]\n2026-11-30 13:10 ` Luis Ortega'],
    ['US dates, times with seconds', 'Messages in this topic:\n11/20/2026 14:02:11 Re: transcripts due Dec 1  Luis Ortega\n11/29/2026 01:44:52 Re: transcripts due Dec 1  Dana Okafor\n11/30/2026 13:10:07 Re: transcripts due Dec 1  Luis Ortega'],
    ['a subject line over each stamp', 'transcripts due Dec 1 for 2028 expirations\n2026-11-20 14:02 Luis Ortega\nRe: transcripts due Dec 1\n2026-11-29 1:44 Dana Okafor'],
  ])('%s', (_, overview) => {
    const read = readHtml(page(overview));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Airway Adjuncts Review', '2026-04-18', 2],
      ['Pediatric Respiratory Distress', '2026-05-06', 1.5],
      ['MA Statewide Treatment Protocols 2026', '2026-10-02', 4],
    ]);
  });
});
